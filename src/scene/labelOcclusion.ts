import { type Camera, type Intersection, type Object3D, Raycaster, Vector3 } from 'three'
import { type BoneId, jointsOfBone } from '../anatomy/ids'

/**
 * How far in front of a label's point something else may lie and the label still count as seen (mm): a
 * bone's own disc, facet joints and ligaments sit on it, and at the whole-spine distance its label is at the
 * middle of the bone, a little inside it.
 */
export const OCCLUSION_SLACK = 25

const raycaster = /*@__PURE__*/ new Raycaster()
const toward = /*@__PURE__*/ new Vector3()
const hits: Intersection[] = []

/**
 * Whether a label's point is hidden from the camera by something other than its own structure: the first
 * mesh the line of sight meets (a visible one that answers rays, not a ligament; ghosted bones do not answer,
 * so an x-ray view shows the names through them), more than `OCCLUSION_SLACK` in front of the point, is not one of `own`
 * (the bone and the discs and joints on it: from the whole-spine distance a label is at the middle of its
 * bone, and the line to it may graze the bone's disc first). The level labels of bones behind others (the
 * lumbar spine seen down the neck from above) otherwise pile up over the bones in view, naming what cannot
 * be seen.
 */
export function labelHidden(camera: Camera, scene: Object3D, point: Vector3, own: ReadonlySet<string>): boolean {
  toward.subVectors(point, camera.position)
  const distance = toward.length()
  if (distance === 0) return false
  raycaster.set(camera.position, toward.divideScalar(distance))
  // up close a tenth of the distance: from 13 cm above the atlas, its front arch stands 15 mm over C2's body
  raycaster.far = distance - Math.min(OCCLUSION_SLACK, distance / 10)
  if (raycaster.far <= 0) return false
  hits.length = 0
  raycaster.intersectObject(scene, true, hits)
  for (const hit of hits) {
    if (!hit.object.visible || hit.object.type !== 'Mesh') continue
    // a ligament is a band over the bones, which show round it: it hides no bone's name (from the back, the
    // supraspinous and nuchal ligaments hid nearly every level label: student review s38, L3)
    if (hit.object.name.startsWith('ligament:')) continue
    // the nearest mesh that answers: the structure itself in front of its own point, or another hiding it
    return !own.has(hit.object.name)
  }
  return false
}

/**
 * Whether a label's point lies too far behind what the camera looks at to be named: beyond the target by half
 * the camera's distance to it, and at least 15 cm. Up close (the ring of C1 from 13 cm above), bones far down
 * the canal or seen through a gap were named in a column over the bones in view; from the whole-spine
 * distance every bone is within reach.
 */
export function labelBeyondFocus(camera: Camera, target: Vector3, point: Vector3): boolean {
  const focus = camera.position.distanceTo(target)
  return camera.position.distanceTo(point) > focus + Math.max(FOCUS_DEPTH, focus / 2)
}
/** The least depth behind the camera's target within which labels are named (mm). */
export const FOCUS_DEPTH = 150

/**
 * A bone and the discs and facet joints on it, by their meshes' names: what may stand in front of its own
 * label without hiding it.
 */
export const ownStructures = (bone: BoneId): ReadonlySet<string> => new Set<string>([bone, ...jointsOfBone(bone)])
