import { CameraControlsImpl } from '@react-three/drei/core/CameraControls.js'

/**
 * Where the 3D view sits in a page that scrolls under a finger: the stacked layout of phones and portrait
 * tablets (app.css, under 900 px) on a touch screen. There app.css lets one finger moving up or down scroll the
 * page; this must match its media query.
 */
const SCROLLING_PAGE_TOUCH = '(max-width: 900px) and (pointer: coarse)'

const { ACTION } = CameraControlsImpl

/**
 * What two fingers do to the camera. Where one finger's up-and-down belongs to the page, two fingers pinch to
 * zoom and turn the spine any way, tilting it included; elsewhere they pinch and slide it (camera-controls'
 * default), one finger turning it freely.
 */
const twoFingerAction = (inScrollingPage: boolean): number =>
  inScrollingPage ? ACTION.TOUCH_DOLLY_ROTATE : ACTION.TOUCH_DOLLY_TRUCK

/** The layout's query where the browser answers media queries (not in a test renderer's window). */
export const scrollingPageQuery = (view: Window): MediaQueryList | null =>
  typeof view.matchMedia === 'function' ? view.matchMedia(SCROLLING_PAGE_TOUCH) : null

/** Keeps `controls`' two-finger gesture fitting the layout, as the screen turns or resizes; returns the undo. */
export function fitTouchGestures(controls: { touches: { two: number } }, media: MediaQueryList | null): () => void {
  const apply = () => {
    controls.touches.two = twoFingerAction(media?.matches ?? false)
  }
  apply()
  media?.addEventListener?.('change', apply)
  return () => media?.removeEventListener?.('change', apply)
}

/**
 * Where the page scrolls under a finger, a finger that sets off up or down is the page's: the browser scrolls and
 * cancels the pointer, but only after the gesture's first move has reached the page, and that one move tipped the
 * spine over by tens of degrees. Each touch's moves are held back from the camera (and from hover picking) until
 * one of them has gone more sideways than up or down; from then on that touch turns the spine as usual. Listens
 * on `view` in the capture phase, ahead of camera-controls' listener on the document. Returns the undo.
 */
export function holdVerticalTouchStarts(
  view: Window,
  media: MediaQueryList | null,
  stage: () => Element | null,
): () => void {
  /** Where each touch on the 3D view went down, until it has moved sideways first. */
  const undecided = new Map<number, { x: number; y: number }>()
  const down = (e: PointerEvent) => {
    if (e.pointerType !== 'touch' || !media?.matches) return
    const area = stage()
    if (area && e.target instanceof Node && area.contains(e.target))
      undecided.set(e.pointerId, { x: e.clientX, y: e.clientY })
  }
  const move = (e: PointerEvent) => {
    const start = undecided.get(e.pointerId)
    if (!start) return
    if (Math.abs(e.clientX - start.x) > Math.abs(e.clientY - start.y)) undecided.delete(e.pointerId)
    else e.stopImmediatePropagation()
  }
  const end = (e: PointerEvent) => {
    undecided.delete(e.pointerId)
  }
  view.addEventListener('pointerdown', down, true)
  view.addEventListener('pointermove', move, true)
  view.addEventListener('pointerup', end, true)
  view.addEventListener('pointercancel', end, true)
  return () => {
    view.removeEventListener('pointerdown', down, true)
    view.removeEventListener('pointermove', move, true)
    view.removeEventListener('pointerup', end, true)
    view.removeEventListener('pointercancel', end, true)
  }
}
