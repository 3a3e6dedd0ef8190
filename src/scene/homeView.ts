import type { ViewPreset } from '../store'

/**
 * The camera's standing views, without three: the camera rig moves to them, and the page's first script
 * (boot.ts) draws the spine's poster from the home one before the app has loaded.
 */

/**
 * The whole spine, framed (mm): centre of the column and a distance that fits it at a 30° field of view, from the
 * coccyx's tip to the ghosted base of the skull above C1: centred 35 mm higher than before the skull was drawn
 * (its top was clipped), at the same distance, so the level labels keep their room on a phone.
 */
export const HOME_TARGET: [number, number, number] = [0, 285, -10]
export const HOME_DISTANCE = 1450
/** The lens of the 3D view's camera (App.tsx gives it to the Canvas): field of view in degrees, near, far (mm). */
export const VIEW_LENS = { fov: 30, near: 5, far: 20000 } as const
/** From the target toward the camera, per preset view. */
export const PRESET_DIRECTIONS: Record<ViewPreset, [number, number, number]> = {
  home: [0.42, 0.1, 0.9],
  front: [0, 0, 1],
  back: [0, 0, -1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
}

/** Where the camera stands for the home view (mm). */
export function homeCameraPosition(): [number, number, number] {
  const d = PRESET_DIRECTIONS.home
  const len = Math.hypot(d[0], d[1], d[2])
  return [
    HOME_TARGET[0] + (d[0] / len) * HOME_DISTANCE,
    HOME_TARGET[1] + (d[1] / len) * HOME_DISTANCE,
    HOME_TARGET[2] + (d[2] / len) * HOME_DISTANCE,
  ]
}
