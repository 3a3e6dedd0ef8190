/**
 * The 3D view's keys, for a reader who cannot or does not drag (WCAG 2.1.1): with the view focused, the
 * arrow keys turn the spine and tilt the view, + and − move closer and further. The steps are big enough
 * for a few presses to go round (24 to a full turn), small enough to keep a selected bone in sight.
 * Which move a key asks for, without three or the DOM, so it is tested in Node.
 */

/** Degrees the view turns (left, right) or tilts (up, down) per press. */
export const TURN_STEP_DEG = 15
/** Share of the distance to the target that + comes closer by; − goes back by the inverse. */
export const ZOOM_STEP = 0.2

export type CameraKeyMove =
  | { readonly kind: 'rotate'; readonly azimuth: number; readonly polar: number }
  | { readonly kind: 'dolly'; readonly closer: number }

const STEP = (TURN_STEP_DEG * Math.PI) / 180

/**
 * The move for a key (`KeyboardEvent.key`), or null for a key the view leaves to the page. ← turns the spine
 * as a drag to the left does (the camera goes round to its right), ↑ looks from higher up; `closer` is the
 * share of the current distance to move in (negative: out).
 */
export function cameraKeyMove(key: string): CameraKeyMove | null {
  switch (key) {
    case 'ArrowLeft':
      return { kind: 'rotate', azimuth: STEP, polar: 0 }
    case 'ArrowRight':
      return { kind: 'rotate', azimuth: -STEP, polar: 0 }
    case 'ArrowUp':
      return { kind: 'rotate', azimuth: 0, polar: -STEP }
    case 'ArrowDown':
      return { kind: 'rotate', azimuth: 0, polar: STEP }
    case '+':
    case '=':
      return { kind: 'dolly', closer: ZOOM_STEP }
    case '-':
    case '_':
      // the inverse of a step in: in then out comes back to the same distance
      return { kind: 'dolly', closer: 1 - 1 / (1 - ZOOM_STEP) }
    default:
      return null
  }
}
