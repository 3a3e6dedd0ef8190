/** Where an opening or an area of a bone is, for its label and pick target: they have no vertices of their own. */

import type { Side } from '../ids'
import { axisTransverseForamen, sacralLayout, vertebraLandmarks } from '../landmarks'
import { ATLAS, SACRAL_HIATUS, SACRUM, VERTEBRA_MEASUREMENTS } from '../levels'
import type { Vec3 } from '../vec'
import { formOf, parsePartId } from './catalog'
import type { PartKind } from './ids'
import { isLevel } from './neighbours'

const mirror = (p: Vec3, side: Side | null): Vec3 => (side === 'right' ? [-p[0], p[1], p[2]] : p)

/**
 * Where the label and pick target of an opening or an area go, in the bone's own frame (mm; x to the
 * subject's left, y up, z forward), or null for a solid part (use `partCentre` with its geometry).
 */
export function partAnchor(id: string): Vec3 | null {
  const p = parsePartId(id)
  if (!p) return null
  const form = formOf(p.bone, p.part)
  if (form === 'solid') return null
  if (p.bone === 'sacrum') return sacralAnchor(p.part, p.side)
  if (!isLevel(p.bone)) return null
  const level = p.bone
  const l = vertebraLandmarks(level)
  const m = VERTEBRA_MEASUREMENTS[level]
  switch (p.part) {
    case 'vertebral-foramen':
      // C1: the back two thirds of the ring, where the cord runs (the dens fills the front)
      return level === 'C1'
        ? [0, 0, l.bodyBackZ - (ATLAS.canalDepth.value * 2) / 3]
        : [0, l.pillar[1], (l.bodyBackZ + l.canalBackZ) / 2]
    case 'transverse-foramen': {
      if (level === 'C1') {
        // in the loop of the transverse process, midway between the foramen's edges as Patel measured them
        const x = (ATLAS.transverseForaminaOuter.value + ATLAS.transverseForaminaInner.value) / 4
        return mirror([x, 0, l.pillar[2] - 0.5], p.side)
      }
      // C2: the centre of the hole its transverse process rings, where the generator builds it
      if (level === 'C2') return mirror(axisTransverseForamen().centre, p.side)
      // just outside the pedicle, about a third of the way to the tip, in front of the articular pillar
      const pedicleOuter = l.pedicleInnerX + m.pedicleWidth.value
      const tip = m.transverseSpan.value / 2
      return mirror([pedicleOuter + (tip - pedicleOuter) * 0.28, -2.5, l.pillar[2] * 0.3], p.side)
    }
    case 'accessory-process':
      // at the back of the root of the transverse process, below the mammillary process
      return mirror([l.pillar[0] + 9, l.pillar[1] - 5, l.pillar[2]], p.side)
    default:
      return null
  }
}

function sacralAnchor(part: PartKind, side: Side | null): Vec3 | null {
  // the sacrum's layout is shared with its generator (landmarks.ts), so each anchor is where the part is built
  const layout = sacralLayout()
  const foramen = /^(pelvic|dorsal)-foramen-s(\d)$/.exec(part)
  if (foramen) {
    // in the opening, on the hole's axis: in front just inside the pelvic surface, behind in the dorsal rim
    const f = layout.foramina[Number(foramen[2]) - 1]
    return f ? mirror(foramen[1] === 'pelvic' ? f.pelvic : f.dorsal, side) : null
  }
  const s5 = layout.bodyCentre(4)
  const s5Back = s5[2] - (layout.bodyDepths[4] ?? 11) / 2
  switch (part) {
    case 'promontory':
      return [0, -1.5, SACRUM.s1Depth.value / 2]
    case 'canal': {
      const s2 = layout.bodyCentre(1)
      return [0, s2[1], s2[2] - (layout.bodyDepths[1] ?? 24) / 2 - 3]
    }
    case 'hiatus':
      // in the opening behind the body of S5, midway between the cornua, below the end of the laminae
      return [0, (layout.hiatusApexY + layout.apexY) / 2 - 1, s5Back - 6]
    case 'cornu':
      return mirror([SACRAL_HIATUS.baseWidth.value / 2 + 2.2, s5[1] + 2, s5Back - 3.5], side)
    default:
      return null
  }
}
