import type { VertebraLevel } from '../../anatomy/ids'
import { vertebraLandmarks } from '../../anatomy/landmarks'
import { AXIS } from '../../anatomy/levels'
import { type SacralHeight, type SpinalHeight, TECTORIAL, TRANSVERSE_ATLAS } from '../../anatomy/neural'
import { add, type Vec3 } from '../vec3'
import { bonePose, lerpV, midHeight, toWorld } from './frames'
import { march, named, partBox, shapeOf } from './obstacles'

// The vertebral canal: its midline in each vertebra from the bones' landmarks, and the sacral canal found in
// the sacrum as generated.

/** What lies behind the dens at C1, in front of the cord's space: the transverse ligament and the tectorial membrane. */
const C1_CANAL_FRONT_TISSUE = TRANSVERSE_ATLAS.thickness.value + TECTORIAL.thickness.value + 1

/** Front-to-back centre of the canal (z, the vertebra's own frame): behind the dens at C1, mid-canal elsewhere. */
export function canalCentreZ(level: VertebraLevel): number {
  const l = vertebraLandmarks(level)
  // at C1 the front of the ring holds the dens, the transverse ligament behind it and the tectorial membrane
  // behind that, with a millimetre to spare (all three thicknesses are estimates)
  const front = level === 'C1' ? l.bodyBackZ - AXIS.densDepth.value - C1_CANAL_FRONT_TISSUE : l.bodyBackZ
  return (front + l.canalBackZ) / 2
}

/** A point on the canal's midline at a height on a vertebra (world mm), `x` to the side. */
export function canalPoint(h: SpinalHeight, x = 0, dz = 0): Vec3 {
  const y = h.at * (h.level === 'C1' ? 10.21 : midHeight(h.level))
  return toWorld(bonePose(h.level), [x, y, canalCentreZ(h.level) + dz])
}

interface SacralCanal {
  readonly centre: Vec3 // sacrum frame
  readonly halfWidth: number
  readonly halfDepth: number
  readonly segmentHeight: number
}
const sacralCanals: SacralCanal[] = []
/** The sacral canal at segment i (1–5), in the sacrum's frame, found between the body's back and the laminae. */
export function sacralCanal(i: number): SacralCanal {
  const cached = sacralCanals[i]
  if (cached) return cached
  const sacrum = shapeOf('sacrum')
  const centreOf = (k: number): Vec3 => {
    const box = partBox(sacrum, `body-S${k}`)
    return lerpV(box.min, box.max, 0.5)
  }
  const centre = centreOf(i)
  const back = march(sacrum, centre, [0, 0, -1], false, named(`body-S${i}`)) ?? add(centre, [0, 0, -10])
  const lamina = march(sacrum, add(back, [0, 0, -0.5]), [0, 0, -1], true, named(`lamina-S${i}`), 30)
  const behind = lamina ? lamina[2] : back[2] - 6
  const mid: Vec3 = [0, centre[1], (back[2] + behind) / 2]
  const side = march(sacrum, mid, [1, 0, 0], true, undefined, 30)
  const neighbour = centreOf(i === 5 ? 4 : i + 1)
  const c: SacralCanal = {
    centre: mid,
    halfWidth: side ? side[0] : 8,
    halfDepth: Math.max(1, (back[2] - behind) / 2),
    segmentHeight: Math.abs(neighbour[1] - centre[1]),
  }
  sacralCanals[i] = c
  return c
}

/** A point in the sacral canal (world), at a height on segment i, `x` to the side. */
export function sacralCanalPoint(h: SacralHeight, x = 0): Vec3 {
  const c = sacralCanal(h.sacral)
  return toWorld(bonePose('sacrum'), add(c.centre, [x, h.at * c.segmentHeight * 0.8, 0]))
}
