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
  /** The answer: shown, covering no label kept before it. */
  kept: boolean
}

/**
 * Keeps labels in the order given (the most wanted first), each one only if its box, grown by `gap` on every
 * side, overlaps no label already kept. Writes `kept`; allocates nothing, so it can run on every frame.
 */
export function declutterLabels(order: readonly LabelBox[], gap: number): void {
  for (let i = 0; i < order.length; i++) {
    const label = order[i] as LabelBox
    label.kept = false
    if (!label.inView) continue
    let clear = true
    for (let k = 0; k < i && clear; k++) {
      const other = order[k] as LabelBox
      if (!other.kept) continue
      const apartX = Math.abs(other.centreX - label.centreX) >= (other.width + label.width) / 2 + gap
      const apartY = Math.abs(other.centreY - label.centreY) >= (other.height + label.height) / 2 + gap
      clear = apartX || apartY
    }
    label.kept = clear
  }
}
