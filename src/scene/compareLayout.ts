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
}

export interface CompareRow {
  readonly slots: readonly CompareSlot[]
  /** The row's extent (mm): across, up and down, and front to back; the row is centred on the origin. */
  readonly size: readonly [number, number, number]
}

/**
 * Bones side by side at their real size, each in its own frame (upright, facing the viewer), left to right in
 * the order given, centred on the origin with a gap between them. The row is what the compare view draws
 * and frames; it does not depend on where the bones sit in the standing spine.
 */
export function compareRow(ids: readonly BoneId[]): CompareRow {
  const boxes = ids.map((id) => structureBox(id))
  const widths = boxes.map((b) => b.max.x - b.min.x)
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
    height = Math.max(height, box.max.y - box.min.y)
    depth = Math.max(depth, box.max.z - box.min.z)
    const slot: CompareSlot = {
      id,
      position: [left + width / 2 - cx, -cy, -cz],
      width,
      label: [left + width / 2, box.max.y - cy + 8, 0],
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
export function compareDistance(size: readonly [number, number, number], fovDeg: number, aspect: number, fill = 0.5) {
  const half = Math.tan((fovDeg * Math.PI) / 360)
  // the row turns as it is orbited: allow for its diagonal across, and its depth in front of it
  const across = Math.hypot(size[0], size[2])
  const byWidth = across / (2 * half * Math.max(0.2, aspect) * 0.96)
  // seen from a little above (scene/CompareScene.tsx), the picture's height takes in some of the row's depth
  const seenHeight = size[1] * 0.92 + size[2] * 0.45
  const byHeight = seenHeight / (2 * half * fill)
  return Math.max(byWidth, byHeight) + size[2] / 4
}
