/**
 * The camera pose, which changes every frame while orbiting: kept out of the reactive store (read on
 * demand by the link and the automation API; written by the camera rig and the frame driver).
 */
export interface CameraPose {
  position: [number, number, number]
  target: [number, number, number]
  fov: number
  /** False while the camera eases or is dragged; true once it has come to rest. */
  atRest: boolean
  /** True while a hand turns the camera (a mouse or finger dragging it), from its first move to letting go. */
  turning: boolean
  /**
   * Whether the last press turned the camera, kept after letting go: the browser's click follows the release,
   * and a press that turned the camera is not a click on what it ended on (see scene/pointerClick.ts).
   */
  pressTurned: boolean
  /**
   * Called each time the camera comes to rest, whatever moved it (an eased move, a drag, the wheel, a key):
   * the link is written then, with the pose it ended at, not one a timer caught halfway.
   */
  readonly rested: Set<() => void>
  /**
   * Where a card laid over the 3D view's left side sits (the self-test's; CSS pixels, as the page lays it out),
   * reported by the card while it is open, or null: the camera centres what it frames in the part left free.
   * The UI says where it is; the scene does not go looking for it in the page.
   */
  cardOver: { left: number; right: number; top: number; bottom: number } | null
}

export const createCameraPose = (): CameraPose => ({
  position: [0, 0, 0],
  target: [0, 0, 0],
  fov: 35,
  atRest: true,
  turning: false,
  pressTurned: false,
  rested: new Set(),
  cardOver: null,
})
