import { Box3, Matrix4, Vector3 } from 'three'
import { parseStructureId, type StructureId } from '../anatomy/ids'
import { type Pose, posture } from '../anatomy/posture'
import { structureGeometry } from './cache'

/** Where a structure's own frame sits in the world (mm): its bone's pose, or the joint's. */
export function structurePose(id: StructureId): Pose {
  const p = parseStructureId(id)
  const all = posture()
  if (!p) throw new Error(`Unknown structure ${id}`)
  const pose = p.kind === 'disc' ? all.discs[p.id] : p.kind === 'facet' ? all.facets[p.id] : all.bones[p.id]
  if (!pose) throw new Error(`No pose for ${id}`)
  return pose
}

export function structureMatrix(id: StructureId, target = new Matrix4()): Matrix4 {
  const pose = structurePose(id)
  return target
    .makeRotationX((pose.tilt * Math.PI) / 180)
    .setPosition(pose.position[0], pose.position[1], pose.position[2])
}

const box = new Box3()
const matrix = new Matrix4()
/** Centre of the structure's generated mesh in world space (mm). */
export function structureWorldCentre(id: StructureId, target = new Vector3()): Vector3 {
  const geometry = structureGeometry(id, 0)
  if (!geometry.boundingBox) geometry.computeBoundingBox()
  box.copy(geometry.boundingBox as Box3)
  return box.getCenter(target).applyMatrix4(structureMatrix(id, matrix))
}

/** Radius of the structure's bounding sphere (mm), for framing it. */
export function structureRadius(id: StructureId): number {
  const geometry = structureGeometry(id, 0)
  if (!geometry.boundingSphere) geometry.computeBoundingSphere()
  return geometry.boundingSphere?.radius ?? 20
}

const centres = new Map<StructureId, Vector3>()
const centreOf = (id: StructureId): Vector3 => {
  let c = centres.get(id)
  if (!c) {
    c = structureWorldCentre(id)
    centres.set(id, c)
  }
  return c
}

const near = new Map<string, ReadonlySet<StructureId>>()
/**
 * Structures whose centres lie within `radius` mm of the given one's: what a close-up shows. Cached:
 * every mesh asks on every store change (hover included), and the answer never changes.
 */
export function structuresNear(id: StructureId, radius: number, all: readonly StructureId[]): ReadonlySet<StructureId> {
  const key = `${id}|${radius}|${all.length}`
  let set = near.get(key)
  if (!set) {
    const centre = centreOf(id)
    set = new Set(all.filter((other) => centreOf(other).distanceTo(centre) <= radius))
    near.set(key, set)
  }
  return set
}
