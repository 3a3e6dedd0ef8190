import type { BufferGeometry } from 'three'
import { VERTEBRA_LEVELS, type VertebraLevel } from '../anatomy/ids'
import { forSide, vertebraLandmarks } from '../anatomy/landmarks'
import { LUMBAR_SPINOUS_HEIGHT, S1_FACET, VERTEBRA_MEASUREMENTS } from '../anatomy/levels'
import { posture } from '../anatomy/posture'
import { createAtlasGeometry, createAxisGeometry } from './atlas'
import { AXES, bodyOutline, type Detail, MeshBuilder, padAxes } from './builder'
import { SIDES, sided } from './sides'
import { add, normalize, scale, sub, type Vec3 } from './vec3'

const region = (level: VertebraLevel) => level[0] as 'C' | 'T' | 'L'
// (C2's bifid process is built with the rest of the axis, in atlas.ts)
const BIFID: ReadonlySet<VertebraLevel> = new Set(['C3', 'C4', 'C5', 'C6'])
const COSTAL_TP: ReadonlySet<VertebraLevel> = new Set(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10'])

/**
 * Height (y) of the laminae and the root of the spinous process. Lumbar laminae hang lower behind the body
 * than the pedicles, so the hatchet-shaped spinous process lies behind the lower half of the body.
 */
export function laminaLevel(level: VertebraLevel): number {
  const l = vertebraLandmarks(level)
  return l.pillar[1] - l.heightPosterior * (region(level) === 'L' ? 0.3 : 0.15)
}

/**
 * Size of the superior facet of the bone below, which an inferior facet meets: the joint's two surfaces
 * match (the posture seats the joint on the lower facet with these dimensions).
 */
function facetBelow(level: VertebraLevel): { readonly width: number; readonly height: number } {
  const next = VERTEBRA_LEVELS[VERTEBRA_LEVELS.indexOf(level) + 1]
  if (!next) return { width: S1_FACET.width.value, height: S1_FACET.height.value }
  const m = VERTEBRA_MEASUREMENTS[next]
  return { width: m.facetWidth.value, height: m.facetHeight.value }
}

/**
 * A vertebra in its own frame (origin at the centre of the body, x left, y up, z forward, mm), built from
 * the measurement table and the landmarks: body, pedicles, laminae, spinous and transverse processes,
 * superior and inferior articular processes with cartilage-covered facets, and each region's features.
 * @param level  C1…L5
 * @param detail 0 for the whole-spine overview, 1 for close-ups
 */
export function createVertebraGeometry(level: VertebraLevel, detail: Detail = 1): BufferGeometry {
  if (level === 'C1') return createAtlasGeometry(detail)
  if (level === 'C2') return createAxisGeometry(detail)
  const b = new MeshBuilder(detail)
  const m = VERTEBRA_MEASUREMENTS[level]
  const l = vertebraLandmarks(level)
  const r = region(level)
  const inferior = posture().inferiorFacets[level]
  const hw = l.halfWidth
  const hd = l.halfDepth
  const ha = l.heightAnterior
  const hp = l.heightPosterior

  // body: wedged between anterior and posterior heights, waisted, with rounded rims
  const half = Math.max(ha, hp) / 2
  b.superquadric(
    'body',
    [0, 0, 0],
    [hw, half, hd],
    AXES,
    r === 'C' ? 5 : 7,
    bodyOutline(r),
    undefined,
    (_x, z) => {
      const t = (z + 1) / 2
      const h = (hp + (ha - hp) * t) / 2 / half
      return [h, h]
    },
    0.1,
  )

  const pedicleHeight = r === 'C' ? 7 : hp * 0.5
  const pedicleY = r === 'C' ? 0 : hp * 0.18
  const laminaHeight = r === 'C' ? hp * 0.85 : r === 'T' ? hp * 0.9 : hp * 0.75
  const lt = m.laminaThickness.value
  const laminaY = laminaLevel(level)
  const laminaMid: Vec3 = [0, laminaY, l.canalBackZ - lt / 2]

  // bone beyond the cartilage at the tips of the articular processes; lumbar processes end close to
  // their facets, so a whole L4 stands about 46–48 mm tall (Clouthier 2023; issue 10's three models)
  const rim = r === 'L' ? 0.4 : 0.8
  for (const side of SIDES) {
    const pillar = sided(l.pillar, side)
    const xp = l.pedicleInnerX + m.pedicleWidth.value / 2
    b.tube(
      `pedicle-${side}`,
      [sided([xp, pedicleY, l.bodyBackZ + 4], side), sided([Math.max(xp, l.pillar[0]), pedicleY, l.pillar[2]], side)],
      [
        [m.pedicleWidth.value / 2, pedicleHeight / 2],
        [m.pedicleWidth.value / 2, pedicleHeight / 2],
      ],
    )
    // superior articular process with its facet
    const sup = forSide(l.superiorFacet, side)
    const supN = forSide(l.superiorFacetNormal, side)
    const supAxes = padAxes(supN)
    b.ellipsoid(
      `superior-process-${side}`,
      sub(sup, scale(supN, 3.2)),
      [m.facetWidth.value / 2 + 0.8, 3, m.facetHeight.value / 2 + rim],
      supAxes,
    )
    b.tube(
      `superior-process-root-${side}`,
      [pillar, sub(sup, scale(supN, 3.5))],
      [
        [4, 5],
        [4, 5],
      ],
    )
    b.facetPad(`superior-facet-${side}`, sup, supN, m.facetWidth.value, m.facetHeight.value)
    // inferior articular process, seated on the superior facet of the vertebra below
    const inf = forSide(inferior.centre, side)
    const infN = forSide(inferior.normal, side)
    const below = facetBelow(level)
    b.ellipsoid(
      `inferior-process-${side}`,
      sub(inf, scale(infN, 3.2)),
      [below.width / 2 + 0.8, 3, below.height / 2 + rim],
      padAxes(infN),
    )
    b.tube(
      `inferior-process-root-${side}`,
      [add(pillar, [0, -2, -2]), sub(inf, scale(infN, 3.5))],
      [
        [4.5, 5],
        [4, 5],
      ],
    )
    b.facetPad(`inferior-facet-${side}`, inf, infN, below.width, below.height)
    addTransverseProcess(b, level, side)
    if (r === 'L') {
      // mammillary process: a knob on the back edge of the superior articular process
      b.ellipsoid(`mammillary-${side}`, add(sub(sup, scale(supN, 3)), sided([1.5, -1, -6], side)), [3, 3.5, 3])
      // accessory process: a smaller tubercle at the back of the root of the transverse process, below
      // and lateral to the mammillary process (the two are joined by a ridge in life)
      const p = l.pillar
      b.ellipsoid(`accessory-${side}`, sided([p[0] + 5, p[1] - 3, p[2] + 0.5], side), [2.6, 2.4, 2.2])
    }
    if (r === 'T') addCostalFacets(b, level, side)
    if (r === 'C') {
      // uncinate process: the raised lip on each side of the upper endplate
      b.tube(
        `uncinate-${side}`,
        [
          sided([hw - 1.8, ha / 2, -hd * 0.7], side),
          sided([hw - 1.5, ha / 2 + 1.2, -hd * 0.1], side),
          sided([hw - 2, ha / 2, hd * 0.5], side),
        ],
        [
          [1.6, 2],
          [1.8, 2.6],
          [1.4, 1.6],
        ],
      )
    }
  }
  // laminae: one plate each side, from the pillar round the back of the canal to the midline under the
  // spinous process, where the two meet; each runs a little past the midline so they overlap there
  const lp = l.pillar
  for (const side of SIDES) {
    b.tube(
      `lamina-${side}`,
      [
        sided([lp[0] + 1, laminaY, lp[2]], side),
        sided([lp[0] * 0.6, laminaY, (lp[2] + laminaMid[2]) / 2 - 1.5], side),
        sided([1.2, laminaY, laminaMid[2]], side),
        sided([-1.5, laminaY, laminaMid[2]], side),
      ],
      [
        [lt / 2 + 1, laminaHeight / 2],
        [lt / 2, laminaHeight / 2],
        [lt / 2, laminaHeight / 2],
        [lt / 2, laminaHeight / 2],
      ],
      undefined,
      [0, 1, 0],
    )
  }
  addSpinousProcess(b, level, [0, laminaY, l.canalBackZ])
  return b.build()
}

function addSpinousProcess(b: MeshBuilder, level: VertebraLevel, canalBack: Vec3): void {
  const m = VERTEBRA_MEASUREMENTS[level]
  const r = region(level)
  const slope = (m.spinousSlope.value * Math.PI) / 180
  const dir: Vec3 = [0, -Math.sin(slope), -Math.cos(slope)]
  const length = m.spinousLength.value
  const start = add(canalBack, scale(dir, 1.5))
  if (BIFID.has(level)) {
    // bifid tip: a short shaft that splits into two tubercles
    const fork = add(canalBack, scale(dir, length * 0.62))
    const baseR: [number, number] = [3, 4]
    b.tube('spinous', [start, fork], [baseR, [3, baseR[1] * 0.8]])
    for (const side of SIDES) {
      const tipR = 2.8
      const spread = 4.5
      const tip = add(add(canalBack, scale(dir, length - tipR)), sided([spread, -1, 0], side))
      b.tube(
        `spinous-tubercle-${side}`,
        [fork, tip],
        [
          [2.6, 3],
          [tipR, tipR],
        ],
      )
    }
    return
  }
  const tipR = r === 'L' ? 3.5 : r === 'T' ? 2.6 : 4
  const end = add(canalBack, scale(dir, length - tipR))
  const mid = add(canalBack, scale(dir, length * 0.55))
  if (r === 'L') {
    // hatchet: thin side to side, tall (the level's height, see LUMBAR_SPINOUS_HEIGHT) and a little lower
    // at the thickened tip, which leaves the interspinous space open in the standing lordosis
    const h = LUMBAR_SPINOUS_HEIGHT[level as keyof typeof LUMBAR_SPINOUS_HEIGHT].value / 2
    b.tube(
      'spinous',
      [start, mid, end],
      [
        [3, h],
        [3.2, h * 0.95],
        [tipR, h * 0.8],
      ],
      undefined,
      [0, 1, 0],
    )
  } else {
    b.tube(
      'spinous',
      [start, mid, end],
      [
        [3.2, r === 'C' ? 4.5 : 6],
        [2.6, 4],
        [tipR, tipR + 0.5],
      ],
      undefined,
      [0, 1, 0],
    )
  }
}

function addTransverseProcess(b: MeshBuilder, level: VertebraLevel, side: 'left' | 'right'): void {
  const m = VERTEBRA_MEASUREMENTS[level]
  const l = vertebraLandmarks(level)
  const r = region(level)
  const span = m.transverseSpan.value / 2
  const p = l.pillar
  if (r === 'C') {
    // anterior and posterior bars meeting at the tubercles round the transverse foramen
    const tipR = 2.8
    const x = span - tipR
    const front: Vec3 = [l.halfWidth - 1.5, -1.5, -l.halfDepth * 0.3]
    const pts: Vec3[] = [
      front,
      [l.halfWidth + 5.5, -2.5, 0.5],
      [x, -3, -1.5],
      [x - 0.5, -3, -6.5],
      [p[0] + 3, -2, p[2] + 0.5],
      [p[0], -1, p[2]],
    ]
    b.tube(
      `transverse-${side}`,
      pts.map((q) => sided(q, side)),
      [
        [2.2, 2.8],
        [2.2, 2.6],
        [tipR, 3],
        [tipR, 3],
        [2.4, 3],
        [3, 4],
      ],
      undefined,
      [0, 1, 0],
    )
    return
  }
  if (r === 'T') {
    const tipR = 5
    const tip: Vec3 = [span - tipR, p[1] + 4, p[2] - 11]
    b.tube(
      `transverse-${side}`,
      [sided(p, side), sided([(p[0] + tip[0]) / 2, p[1] + 2, p[2] - 5], side), sided(tip, side)],
      [
        [4.5, 5.5],
        [4.2, 5],
        [tipR, 5.5],
      ],
      undefined,
      [0, 1, 0],
    )
    if (COSTAL_TP.has(level)) {
      b.facetPad(
        `transverse-costal-facet-${side}`,
        sided([tip[0] - 1, tip[1], tip[2] + tipR], side),
        normalize(sided([0.25, 0, 1], side)),
        6,
        6,
      )
    }
    return
  }
  const tipR = 3.5
  b.tube(
    `transverse-${side}`,
    [
      sided([p[0] - 2, p[1] - 2, p[2] + 4], side),
      sided([(p[0] + span) / 2, p[1] - 2, p[2] + 5], side),
      sided([span - tipR, p[1] - 1, p[2] + 3], side),
    ],
    [
      [4, 6],
      [3, 5],
      [tipR, 4],
    ],
    undefined,
    [0, 1, 0],
  )
}

/** Rib facets: a whole facet above and a demifacet below on T1, demifacets above on T2–T9 and below on T2–T8, whole facets on T10–T12. */
function addCostalFacets(b: MeshBuilder, level: VertebraLevel, side: 'left' | 'right'): void {
  const l = vertebraLandmarks(level)
  const n = Number(level.slice(1))
  const x = l.halfWidth * 0.9
  const z = -l.halfDepth * 0.55
  const outward = normalize(sided([1, 0, -0.25], side))
  if (n <= 9) b.facetPad(`costal-facet-upper-${side}`, sided([x, l.heightPosterior / 2 - 2.5, z], side), outward, 6, 5)
  if (n <= 8) b.facetPad(`costal-facet-lower-${side}`, sided([x, -l.heightPosterior / 2 + 2, z], side), outward, 6, 4)
  if (n >= 10) b.facetPad(`costal-facet-${side}`, sided([x, l.heightPosterior * 0.1, z - 1], side), outward, 8, 8)
}
