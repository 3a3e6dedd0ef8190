import type { BufferGeometry } from 'three'
import { discMeasurements } from '../anatomy/discs'
import type { DiscId, FacetJointId } from '../anatomy/ids'
import { FACET_JOINT_SPACE, posture } from '../anatomy/posture'
import { ANNULUS, bodyOutline, CAPSULE, type Detail, MeshBuilder, NUCLEUS, padAxes } from './builder'
import type { Vec3 } from './vec3'

/**
 * An intervertebral disc in its own frame (origin at its centre, tilted halfway between its endplates):
 * the annulus follows the lower endplate of the bone above and the upper endplate of the bone below, so
 * it is wedged with the curve and bulges a little at its waist; the nucleus sits inside, behind centre.
 */
export function createDiscGeometry(id: DiscId, detail: Detail = 1): BufferGeometry {
  const pose = posture().discs[id]
  if (!pose) throw new Error(`no posture for ${id}`)
  const nucleus = discMeasurements(id).nucleusFraction.value
  const b = new MeshBuilder(detail)
  const region = id.slice(5, 6) as 'C' | 'T' | 'L'
  const outline = bodyOutline(region)
  const hw = (pose.upperHalfWidth + pose.lowerHalfWidth) / 2
  const hd = (pose.upperHalfDepth + pose.lowerHalfDepth) / 2
  const h = pose.height / 2
  const tanUp = Math.tan((pose.upperTilt * Math.PI) / 180)
  const tanDown = Math.tan((pose.lowerTilt * Math.PI) / 180)
  // heightAt scales the lower and upper half-heights for each outline point to land on the endplates
  b.superquadric(
    'annulus',
    [0, 0, 0],
    [hw * 0.97, h, hd * 0.97],
    [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ],
    10,
    outline,
    ANNULUS,
    (_x, z) => {
      const zz = z * hd
      return [Math.max(0.2, (h + zz * tanDown) / h), Math.max(0.2, (h - zz * tanUp) / h)]
    },
    -0.05,
  )
  b.ellipsoid('nucleus', [0, 0, -hd * 0.12], [hw * nucleus * 0.75, h * 0.7, hd * nucleus * 0.7], undefined, NUCLEUS)
  return b.build()
}

/**
 * A synovial facet joint in the frame of the bone below it (origin at the joint centre): the capsule as
 * a lens enclosing the two cartilage surfaces and the joint space, facing along the facet normal.
 */
export function createFacetJointGeometry(id: FacetJointId, detail: Detail = 1): BufferGeometry {
  const pose = posture().facets[id]
  if (!pose) throw new Error(`no posture for ${id}`)
  const b = new MeshBuilder(detail)
  // the capsule wraps the joint margins, so it stands a little proud of the articular processes
  const thickness = FACET_JOINT_SPACE + 2 * 1.4 + 4
  const axes = padAxes(pose.normal)
  const centre: Vec3 = [0, 0, 0]
  b.ellipsoid('capsule', centre, [pose.width / 2 + 2.5, thickness / 2, pose.height / 2 + 2.5], axes, CAPSULE)
  return b.build()
}
