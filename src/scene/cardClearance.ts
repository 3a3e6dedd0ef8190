import type { Vector3 } from 'three'

/** A box on the page, CSS pixels. */
export interface ScreenBox {
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
}

/**
 * How far (mm, along the view's right) to move the point a camera looks at, so that what it frames sits in the
 * middle of the part of the view a card over its left side leaves free: the self-test's card covered the left
 * third of a laptop's view, and the name of the root just found ran under it (student review). 0 when there is
 * no card, when it lies beside the view or below it, or when it leaves less than `MIN_FREE` of it (a phone:
 * nothing is left to centre in). The flashcards' panel covers nearly two thirds of a laptop's view and leaves
 * 250 px, room for a part it lights up to be named. Negative: the look-at point moves left, so the framed thing
 * shows right of centre.
 */
/** The least width (CSS px) a card must leave free of the view for a framing to move into it. */
const MIN_FREE = 200

export function clearOfCardShift(
  view: ScreenBox,
  card: ScreenBox | null,
  distance: number,
  fovDegrees: number,
): number {
  if (!card) return 0
  const width = view.right - view.left
  const height = view.bottom - view.top
  const covered = card.right - view.left
  if (covered <= 0 || width - covered < MIN_FREE || card.bottom <= view.top || card.top >= view.bottom || height <= 0)
    return 0
  const perPixel = (2 * distance * Math.tan((fovDegrees * Math.PI) / 360)) / height
  return (-covered / 2) * perPixel
}

/** The view's right for a camera looking back along `direction` (from the point toward the camera), into `out`. */
export function viewRight(up: Vector3, direction: Vector3, out: Vector3): Vector3 {
  return out.crossVectors(up, direction).normalize()
}
