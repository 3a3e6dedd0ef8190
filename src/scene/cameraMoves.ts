import type { CameraControls } from '@react-three/drei/core/CameraControls.js'
import { Vector3 } from 'three'
import type { ViewPreset } from '../store'
import { HOME_DISTANCE, HOME_TARGET, PRESET_DIRECTIONS } from './homeView'

/*
 * The camera rig's moves that need no React: ending an eased move once what is left of it cannot be seen,
 * and the preset views of the whole spine. scene/CameraRig.tsx calls them.
 */

/**
 * How near its end an eased move is finished at once, as a share of the camera's distance from its target:
 * a ten-thousandth is under a tenth of a pixel at any zoom (a 30° view 300 px tall spans 0.54 × the distance).
 * camera-controls eases on until every step is under 0.00001 (mm or radians), which from across the spine took
 * 3.8 s after a click on a structure from the home view, the last 1.4 s of it drawing frames that show no change
 * (2.4 s now): the labels, hovering and the full-detail spine, which wait for the camera to rest, came back that
 * much later, and a software renderer spent those frames' time for nothing.
 */
const FINISH_WITHIN = 1e-4
/** Nearer than this share of the distance the move is done (camera-controls' own last step finishes it). */
const FINISHED = 1e-7

/** Scratch vectors for `finishNearEnd`, made once: nothing is allocated per frame. */
export function createMoveEnds() {
  return {
    position: new Vector3(),
    positionEnd: new Vector3(),
    target: new Vector3(),
    targetEnd: new Vector3(),
    offset: new Vector3(),
    offsetEnd: new Vector3(),
  }
}

/**
 * Puts the camera where its eased move is heading once what is left of the move is too small to see (see
 * `FINISH_WITHIN`); camera-controls then applies it on the next frame and, with nothing left to do, sleeps.
 */
export function finishNearEnd(c: CameraControls | null, v: ReturnType<typeof createMoveEnds>): void {
  if (!c) return
  c.getPosition(v.position, false)
  c.getPosition(v.positionEnd, true)
  c.getTarget(v.target, false)
  c.getTarget(v.targetEnd, true)
  c.getFocalOffset(v.offset, false)
  c.getFocalOffset(v.offsetEnd, true)
  const left = Math.max(
    v.position.distanceTo(v.positionEnd),
    v.target.distanceTo(v.targetEnd),
    v.offset.distanceTo(v.offsetEnd),
  )
  const distance = v.positionEnd.distanceTo(v.targetEnd)
  if (left <= FINISHED * distance || left > FINISH_WITHIN * distance) return
  const { positionEnd: p, targetEnd: t } = v
  void c.setLookAt(p.x, p.y, p.z, t.x, t.y, t.z, false)
  void c.setFocalOffset(v.offsetEnd.x, v.offsetEnd.y, v.offsetEnd.z, false)
}

export function goTo(c: CameraControls, preset: ViewPreset, animate: boolean): void {
  const d = PRESET_DIRECTIONS[preset]
  const len = Math.hypot(...d)
  void c.setLookAt(
    HOME_TARGET[0] + (d[0] / len) * HOME_DISTANCE,
    HOME_TARGET[1] + (d[1] / len) * HOME_DISTANCE,
    HOME_TARGET[2] + (d[2] / len) * HOME_DISTANCE,
    ...HOME_TARGET,
    animate,
  )
}
