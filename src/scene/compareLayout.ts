import type { BoneId } from '../anatomy/ids'
import { structureBox } from '../geometry/world'

/** The gap between two bones in the row (mm). */
export const COMPARE_GAP = 24

export interface CompareSlot {
  readonly id: BoneId
  /** Where the bone's own frame goes in the row (mm): its box centred on its slot, the slots left to right. */
  readonly position: readonly [number, number, number]
  /** Its width across the row (its own left–right extent, mm). */
  readonly width: number
  /** Where its name goes: just above its middle (mm, in the row's frame). */
  readonly label: readonly [number, number, number]
  /**
   * Where its name goes when the row is seen from above or below: in front of its body, so that the name sits
   * under the bone on the screen (the body at the bottom, the spinous process at the top) and not on it.
   */
  readonly labelFront: readonly [number, number, number]
  /** How it is turned in its place (radians, about x, y and z): see `CompareTurn`. */
  readonly rotation: readonly [number, number, number]
}

/**
 * How each bone of the row is turned in its place: not at all (upright, facing the viewer); `side`, a
 * quarter turn about the vertical so its left side faces the viewer (its front on the viewer's left), so a
 * row seen from the side does not hide one bone behind another; `over`, a half turn about its front-to-back
 * axis, so that a camera above sees its underside as a camera below would (its right on the viewer's
 * right), with the row still in the order given and lit from above; `back`, a half turn about the vertical, so
 * the viewer sees its back with its left on the viewer's left, as from behind a person, the row still in order.
 */
export type CompareTurn = 'none' | 'side' | 'over' | 'back'

export interface CompareRow {
  readonly slots: readonly CompareSlot[]
  /** The row's extent (mm): across, up and down, and front to back; the row is centred on the origin. */
  readonly size: readonly [number, number, number]
}

/**
 * Bones side by side at their real size, each in its own frame (upright, facing the viewer), left to right in
 * the order given, centred on the origin with a gap between them. The row is what the compare view draws
 * and frames; it does not depend on where the bones sit in the standing spine. `turn` turns each bone in its
 * place (see `CompareTurn`).
 */
export function compareRow(ids: readonly BoneId[], turn: CompareTurn = 'none'): CompareRow {
  const side = turn === 'side'
  const boxes = ids.map((id) => structureBox(id))
  // across the row: a bone's width, or, turned, its depth
  const widths = boxes.map((b) => (side ? b.max.z - b.min.z : b.max.x - b.min.x))
  const total = widths.reduce((a, w) => a + w, 0) + COMPARE_GAP * Math.max(0, ids.length - 1)
  let left = -total / 2
  let height = 0
  let depth = 0
  const slots = ids.map((id, i) => {
    const box = boxes[i] as (typeof boxes)[number]
    const width = widths[i] ?? 0
    const cx = (box.min.x + box.max.x) / 2
    const cy = (box.min.y + box.max.y) / 2
    const cz = (box.min.z + box.max.z) / 2
    const middle = left + width / 2
    height = Math.max(height, box.max.y - box.min.y)
    depth = Math.max(depth, side ? box.max.x - box.min.x : box.max.z - box.min.z)
    // the box's centre, turned, is moved to the slot: a quarter turn takes the bone's point (x, y, z) to
    // (−z, y, x), a half turn over to (−x, −y, z), a half turn about the vertical to (−x, y, −z)
    const slot: CompareSlot = {
      id,
      position: side
        ? [middle + cz, -cy, -cx]
        : turn === 'over'
          ? [middle + cx, cy, -cz]
          : turn === 'back'
            ? [middle + cx, -cy, cz]
            : [middle - cx, -cy, -cz],
      width,
      label: [middle, box.max.y - cy + 8, 0],
      labelFront: [middle, 0, (side ? box.max.x - cx : turn === 'back' ? cz - box.min.z : box.max.z - cz) + 10],
      rotation: side
        ? [0, -Math.PI / 2, 0]
        : turn === 'over'
          ? [0, 0, Math.PI]
          : turn === 'back'
            ? [0, Math.PI, 0]
            : [0, 0, 0],
    }
    left += width + COMPARE_GAP
    return slot
  })
  return { slots, size: [total, height, depth] }
}

/**
 * How far the camera stands from the row's centre (mm) so the whole row fits the view, with a margin, at a
 * vertical field of view `fovDeg` and the canvas's aspect (width / height); the row fills the upper part of
 * the view (`fill`, from 0 to 1), the table of dimensions sits under it.
 */
export function compareDistance(
  size: readonly [number, number, number],
  fovDeg: number,
  aspect: number,
  fill = 0.5,
  overhead = false,
) {
  const half = Math.tan((fovDeg * Math.PI) / 360)
  // the row turns as it is orbited: allow for its diagonal across, and its depth in front of it
  const across = Math.hypot(size[0], size[2])
  const byWidth = across / (2 * half * Math.max(0.2, aspect) * 0.96)
  // seen from a little above (scene/CompareScene.tsx), the picture's height takes in some of the row's depth;
  // seen from straight above or below (`overhead`), the depth is the picture's height, and the names in front
  const seenHeight = overhead ? size[2] + 24 : size[1] * 0.92 + size[2] * 0.45
  const byHeight = seenHeight / (2 * half * fill)
  return Math.max(byWidth, byHeight) + size[2] / 4
}
