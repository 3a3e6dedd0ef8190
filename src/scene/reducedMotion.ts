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
 * Takes the camera to look at `target` from `position` (world mm): it eases there, or jumps when the reader
 * has asked for less motion. Either way it asks for a frame: on a page drawn on demand, a jump is only
 * applied by the next frame, which nothing else would ask for. Resolves when the camera has arrived.
 */
export function moveCamera(
  controls: Pick<CameraMoveControls, 'setLookAt'>,
  position: Triple,
  target: Triple,
  invalidate: () => void,
): Promise<void> {
  const arrived = controls.setLookAt(...position, ...target, !prefersReducedMotion())
  invalidate()
  return arrived
}

/** Shifts the picture by `offset` (camera frame, mm) without turning the camera, eased or at once as above. */
export function moveFocalOffset(
  controls: Pick<CameraMoveControls, 'setFocalOffset'>,
  offset: Triple,
  invalidate: () => void,
): Promise<void> {
  const arrived = controls.setFocalOffset(...offset, !prefersReducedMotion())
  invalidate()
  return arrived
}
