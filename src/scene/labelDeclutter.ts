/**
 * Which of a set of labels on the 3D view to show so that none covers another: the spine's level labels sit
 * a few pixels apart in the neck at the home zoom (and further apart as the camera comes closer), and two
 * dozen names piled on each other read as nothing. Plain data, no DOM: `pinnedLabels.ts` measures the
 * labels and writes the result.
 */

/** A label's box on screen (CSS px, centre and size) and whether it may be shown at all this frame. */
export interface LabelBox {
  centreX: number
  centreY: number
  width: number
  height: number
  /** On screen and asked for: only these take part. */
  inView: boolean
  /**
   * Where the box's centre would be on the other side of its point (CSS px), for a label drawn beside its
   * point; NaN for one that has no other side (drawn on its point).
   */
  otherSideX: number
  /** The answer: shown, covering no label kept before it. */
  kept: boolean
  /** The answer: kept on the other side of its point (`centreX` is then `otherSideX`). */
  otherSide: boolean
}

/**
 * Keeps labels in the order given (the most wanted first), each one only if its box, grown by `gap` on every
 * side, overlaps no label already kept. A label beside its point that would overlap is tried on the other
 * side before it is left out: in the patient view's larger type L4's name and L5's overlap to the right of
 * the spine, and L4–L5 is the level clinicians point at most (a clinician's review, s36). Writes `kept`,
 * `otherSide` and, for a label moved, `centreX`; allocates nothing, so it can run on every frame.
 */
export function declutterLabels(order: readonly LabelBox[], gap: number): void {
  for (let i = 0; i < order.length; i++) {
    const label = order[i] as LabelBox
    label.kept = false
    label.otherSide = false
    if (!label.inView) continue
    if (clearOfKept(order, i, label.centreX, gap)) label.kept = true
    else if (!Number.isNaN(label.otherSideX) && clearOfKept(order, i, label.otherSideX, gap)) {
      label.kept = true
      label.otherSide = true
      label.centreX = label.otherSideX
    }
  }
}

/** Whether `order[i]`'s box, centred at `centreX`, keeps `gap` from every label kept before it. */
function clearOfKept(order: readonly LabelBox[], i: number, centreX: number, gap: number): boolean {
  const label = order[i] as LabelBox
  for (let k = 0; k < i; k++) {
    const other = order[k] as LabelBox
    if (!other.kept) continue
    const apartX = Math.abs(other.centreX - centreX) >= (other.width + label.width) / 2 + gap
    const apartY = Math.abs(other.centreY - label.centreY) >= (other.height + label.height) / 2 + gap
    if (!apartX && !apartY) return false
  }
  return true
}
