import type { ThreeEvent } from '@react-three/fiber'
import type { CameraPose } from '../runtime/camera'

/**
 * How far (CSS px) the pointer may move between press and release for it to count as a click on a
 * structure. A drag that turns the camera and ends on the bone it started on is not a click: the browser
 * still sends one, and it selected the bone, flew the camera to it and, in Test yourself, answered the
 * question (a student's review). react-three-fiber gives the distance as `delta`.
 */
export const CLICK_SLOP_PX = 4

/**
 * True for a click that was a press and release in place, not the end of a drag: the pointer did not move
 * between them, and the press did not turn the camera (a drag out and back to where it started has no
 * distance, but it turned the camera).
 */
export const isClickInPlace = (e: ThreeEvent<MouseEvent>, camera: Pick<CameraPose, 'pressTurned'>): boolean =>
  e.delta <= CLICK_SLOP_PX && !camera.pressTurned
