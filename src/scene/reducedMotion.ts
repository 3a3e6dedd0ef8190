/**
 * Whether the reader has asked their system for less motion (`prefers-reduced-motion: reduce`). Camera
 * moves then jump to where they were going instead of easing there (WCAG 2.3.3, animation from
 * interactions). Read at each move, so a change of the setting applies from the next one; false where
 * there is no `matchMedia` (Node, old browsers).
 */
export function prefersReducedMotion(
  view: { matchMedia?: (query: string) => { matches: boolean } } | undefined = globalThis.window,
): boolean {
  return view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
}

type Triple = readonly [number, number, number]

/** What a camera move asks of camera-controls (drei's `CameraControls`, or a stand-in in a test). */
export interface CameraMoveControls {
  setLookAt(px: number, py: number, pz: number, tx: number, ty: number, tz: number, animate: boolean): Promise<void>
  setFocalOffset(x: number, y: number, z: number, animate: boolean): Promise<void>
}

/**
 * What a move needs besides the controls: the frame it asks for (a page drawn on demand draws nothing
 * otherwise), and the pose the runtime mirrors for links and the automation API (`FacetRuntime.camera`).
 */
export interface MoveView {
  invalidate: () => void
  pose: { atRest: boolean }
}

/**
 * After a move was asked for: an eased one wakes the camera itself (camera-controls' `transitionstart`) and
 * asks for its own frames; a jump is applied only by the next frame, so it asks for that one, and until then
 * the pose is the old one: not at rest, so whoever waits for the camera to rest (a test, `screenPosition`
 * after `setView`) reads the new pose. camera-controls wakes on that frame and sleeps on the next.
 */
export function afterMove(view: MoveView, eased: boolean): void {
  if (!eased) view.pose.atRest = false
  view.invalidate()
}

/**
 * Takes the camera to look at `target` from `position` (world mm): it eases there, or jumps when the reader
 * has asked for less motion (see `afterMove`). Resolves when the camera has arrived.
 */
export function moveCamera(
  controls: Pick<CameraMoveControls, 'setLookAt'>,
  position: Triple,
  target: Triple,
  view: MoveView,
): Promise<void> {
  const eased = !prefersReducedMotion()
  const arrived = controls.setLookAt(...position, ...target, eased)
  afterMove(view, eased)
  return arrived
}

/** Shifts the picture by `offset` (camera frame, mm) without turning the camera, eased or at once as above. */
export function moveFocalOffset(
  controls: Pick<CameraMoveControls, 'setFocalOffset'>,
  offset: Triple,
  view: MoveView,
): Promise<void> {
  const eased = !prefersReducedMotion()
  const arrived = controls.setFocalOffset(...offset, eased)
  afterMove(view, eased)
  return arrived
}
