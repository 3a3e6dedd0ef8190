import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { type Mesh, Raycaster, Vector2, Vector3 } from 'three'
import { type PartId, parsePartId } from '../anatomy/parts'
import { partAtHit, partLocalCentre, partVertices } from '../runtime/partGeometry'
import { lendPartPicker } from '../runtime/partPicking'
import { useRuntime } from '../runtime/react'

/** Points of a part tried, at most, when looking for one a click would land on. */
const SAMPLES = 160

/**
 * Lends the automation API a way to find where a click lands on a part of a bone (the view's bridge does
 * the same for whole structures): points of the part, pulled a little toward its centre, are cast from the
 * camera until one hits this bone first, on this part.
 */
export function PartPicking() {
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const { scene: slot } = useRuntime()
  useEffect(() => {
    const raycaster = new Raycaster()
    const ndc = new Vector3()
    const local = new Vector3()
    return lendPartPicker(slot, {
      visiblePoint(id: PartId) {
        const part = parsePartId(id)
        const mesh = part ? (scene.getObjectByName(part.bone) as Mesh | undefined) : undefined
        if (!part || !mesh?.visible) return null
        const geometry = mesh.geometry
        const centre = partLocalCentre(part.id, geometry)
        const position = geometry.getAttribute('position')
        if (!centre || !position) return null
        const own = partVertices(part.id, geometry)
        const step = Math.max(1, Math.floor(own.length / SAMPLES))
        const rect = gl.domElement.getBoundingClientRect()
        for (let i = 0; i < own.length; i += step) {
          const v = own[i] as number
          ndc
            .set(
              centre[0] + (position.getX(v) - centre[0]) * 0.85,
              centre[1] + (position.getY(v) - centre[1]) * 0.85,
              centre[2] + (position.getZ(v) - centre[2]) * 0.85,
            )
            .applyMatrix4(mesh.matrixWorld)
            .project(camera)
          if (ndc.z >= 1 || Math.abs(ndc.x) > 0.98 || Math.abs(ndc.y) > 0.98) continue
          raycaster.setFromCamera(new Vector2(ndc.x, ndc.y), camera)
          const first = raycaster
            .intersectObject(scene, true)
            .find((hit) => hit.object.visible && hit.object.type === 'Mesh')
          if (first?.object !== mesh || !first.face) continue
          if (partAtHit(part.bone, geometry, first.face, mesh.worldToLocal(local.copy(first.point))) !== part.id)
            continue
          return { x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height }
        }
        return null
      },
    })
  }, [camera, gl, scene, slot])
  return null
}
