import type { BufferGeometry } from 'three'
import { APEX_DEPTH, sacralFacet, sacralLayout } from '../anatomy/landmarks'
import { COCCYX, SACRAL_HIATUS } from '../anatomy/levels'
import { bodyOutline, type Detail, MeshBuilder, padAxes } from './builder'
import { SIDES, sided } from './sides'
import { add, normalize, rotateX, scale, sub, type Vec3 } from './vec3'

/** Axes of a segment whose long axis is tilted by `tilt` degrees about x. */
const tiltedAxes = (tilt: number): [Vec3, Vec3, Vec3] => [[1, 0, 0], rotateX([0, 1, 0], tilt), rotateX([0, 0, 1], tilt)]

/**
 * The sacrum in its own frame (origin at the centre of the S1 upper endplate, which faces +y; see
 * `sacralLayout`): one wedge-shaped bone, broad above and narrowing to its apex, curved so its pelvic
 * surface is concave. Five fused bodies down the middle, with transverse ridges in front where their discs
 * were; beside them four pairs of open foramina, each between the bars (the fused costal elements) of two
 * segments; beyond them the lateral parts, broad at S1 as the alae, with the ear-shaped auricular surfaces on
 * their sides. Behind: the fused laminae roofing the sacral canal, the median crest, S1's superior articular
 * processes, and below the fourth segment the open sacral hiatus between the cornua.
 */
export function createSacrumGeometry(detail: Detail = 1): BufferGeometry {
  const b = new MeshBuilder(detail)
  const s = sacralLayout()
  const { step, foramina } = s
  const centre = (i: number): Vec3 => s.bodyCentre(i)
  // half the width of segment i between its foramina (its bars and laminae), and of its body
  const hw = (i: number) => s.segmentHalfWidths[i] ?? 8
  const bodyHw = (i: number) => s.bodyHalfWidths[i] ?? 8
  const depth = (i: number) => s.bodyDepths[i] ?? 11
  const back = (i: number) => centre(i)[2] - depth(i) / 2
  const hole = (j: number) => foramina[j]
  for (let i = 0; i < 5; i++) {
    const c = centre(i)
    // (S1's top is its endplate, level with the origin; the others overlap their neighbours, fused)
    b.superquadric(
      `body-S${i + 1}`,
      c,
      [bodyHw(i), i === 0 ? step / 2 : step / 2 + 1.5, depth(i) / 2],
      tiltedAxes(s.bodyTilt(i)),
      4,
      bodyOutline('S'),
      undefined,
      i === 4 ? apexHeights : undefined,
    )
    // bar: the fused costal and transverse elements of the segment, from the body out to the lateral border,
    // as tall as the foramina above and below it leave room for
    const above = hole(i - 1)
    const below = hole(i)
    const room = Math.min(above ? step / 2 - above.radius[1] : step, below ? step / 2 - below.radius[1] : step)
    // S5's is short and high: the inferior lateral angle, below which the S5 nerve passes forward
    const last = i === 4
    // (beside the auricular surface, S1–S3, the bars stop short of the border: the block under the joint
    // surface makes the side of the bone there, flat)
    const outer = (s.border[i] ?? 18) - (i < 3 ? 7 : 4)
    const thickness = Math.min(depth(i) / 2, 12)
    const barY = last ? c[1] + 1 : c[1]
    const barHalf = last ? room * 0.6 : room - 0.5
    for (const side of SIDES) {
      b.tube(
        `bar-S${i + 1}-${side}`,
        [sided([hw(i) * 0.55, barY, c[2]], side), sided([outer, barY, c[2] - 1.5], side)],
        [
          [thickness, barHalf],
          [thickness * 0.9, barHalf],
        ],
        undefined,
        [0, 1, 0],
      )
    }
    // the fused laminae: one continuous roof over the canal, down to the apex of the hiatus
    if (i < 4) {
      // (S1's upper edge a little below the top of its body, as the L5–S1 interlaminar space needs)
      const top = c[1] + step / 2 + (i === 0 ? -2.5 : 1)
      const bottom = i === 3 ? s.hiatusApexY : c[1] - step / 2 - 1
      const mid = (top + bottom) / 2
      const half = (top - bottom) / 2
      // Its ends, where it joins the segment's bar, are only as tall as the bar, which leaves the channel from
      // the canal out to each pair of foramina open above and below them. (Three points of the arch for the
      // whole-spine overview, five for close-ups.)
      const whole: { p: Vec3; r: [number, number] }[] = [
        { p: [hw(i) - 4, c[1], back(i) + 2], r: [3, room - 0.5] },
        { p: [hw(i) * 0.45, mid, back(i) - 6], r: [3, half] },
        { p: [0, mid + 1, back(i) - 9], r: [3, half] },
        { p: [-hw(i) * 0.45, mid, back(i) - 6], r: [3, half] },
        { p: [-(hw(i) - 4), c[1], back(i) + 2], r: [3, room - 0.5] },
      ]
      const arch = whole.filter((_, k) => detail || k % 2 === 0)
      b.tube(
        `lamina-S${i + 1}`,
        arch.map((q) => q.p),
        arch.map((q) => q.r),
        undefined,
        [0, 1, 0],
      )
      // the median crest: a tubercle per segment, the fused spinous processes
      b.ellipsoid(`median-crest-S${i + 1}`, [0, c[1] + 2, back(i) - 12], [3, i === 3 ? step * 0.28 : step * 0.35, 4])
    }
  }

  // transverse ridges: where the discs between the bodies ossified. The bodies, fused, are one column: each
  // ridge is a broad band across the junction that fills the groove the two bodies' rounded edges left
  // there (seen from the front it read as a slit, as if the bodies were still apart: student review s38, L1)
  // and stands a little proud of them, a low line across the front, not a plank (close-ups only)
  for (let j = 0; j < (detail ? 4 : 0); j++) {
    const y = -(j + 1) * step
    const w = Math.min(bodyHw(j), bodyHw(j + 1)) * 0.85
    // the bodies' fronts where they meet: the lower front edge of the one above, the upper of the one below
    const edge = (i: number, end: 1 | -1) => {
      const t = (s.bodyTilt(i) * Math.PI) / 180
      const h = i === 0 ? step / 2 : step / 2 + 1.5
      return centre(i)[2] + end * h * Math.sin(t) + (depth(i) / 2) * Math.cos(t)
    }
    const front = Math.max(edge(j, -1), edge(j + 1, 1))
    // (the band's section: 5 mm deep behind the front, 4.5 mm up and down, standing 0.6 mm proud)
    const band: [number, number] = [5, 4.5]
    b.tube(
      `ridge-S${j + 1}`,
      [
        [w, y, front - 5 - 2],
        [0, y, front + 0.6 - band[0]],
        [-w, y, front - 5 - 2],
      ],
      [band, band, band],
    )
  }

  // Each foramen opens on the pelvic surface as a round hole through a plate of bone flush with the bars above
  // and below it (a raised ring round each hole, as drawn before, made the bone look unfused: student review
  // s38, L1). The hole runs right through, front to back: behind the plate it is the channel from the canal
  // (the intervertebral foramen), which opens behind as the posterior foramen, its rim round above, below
  // and outside. The plate and its hole are the continuous surface's alone (`surfaceTube`, `cutTube`): the
  // close-up shells, and the bones as the nerve roots' obstacles, keep the holes as the gaps between the
  // bars, open. Close-ups only: in the whole-spine overview, built before the first frame, the holes are
  // those gaps.
  for (let j = 0; j < (detail ? 4 : 0); j++) {
    const f = hole(j) as (typeof foramina)[number]
    const [e0, e1] = tiltedAxes((s.bodyTilt(j) + s.bodyTilt(j + 1)) / 2)
    const e2 = f.axis
    const band = 3.2
    const ring = f.radius[0] + band
    const thickness = Math.min((depth(j) + depth(j + 1)) / 4, 12) * 0.5
    const plateFront = f.frontZ
    // (back to behind the hole's middle, so bone walls the hole all round, the body's side included)
    const plateHalf = (plateFront - (f.centre[2] - 3)) / 2
    for (const side of SIDES) {
      // the plate: from inside the bodies out past the hole to the lateral part, between the bars
      const inner = Math.min(bodyHw(j), bodyHw(j + 1)) - 3
      const outer = f.centre[0] + ring
      b.surfaceTube(
        `rim-S${j + 1}-${side}`,
        [
          sided([inner, f.centre[1], plateFront - plateHalf], side),
          sided([outer, f.centre[1], plateFront - plateHalf], side),
        ],
        [
          [plateHalf, step / 2 - 1],
          [plateHalf, step / 2 - 1],
        ],
        [0, 1, 0],
        [
          [0.5, 0.5, 0.5, 0.5],
          [0.5, 0.5, 0.5, 0.5],
        ],
      )
      // the hole, square to the bodies' tilt there, its edge rounded as a foramen's is: from its middle back, as
      // wide as the dorsal opening (the wider pelvic opening in front is cut last, `pelvicOpenings`)
      b.cutTube(
        `foramen-S${j + 1}-${side}`,
        [sided(f.centre, side), add(sided(f.centre, side), scale(e2, -FORAMEN_THROUGH))],
        [
          [f.radius[0], f.radius[1]],
          [f.radius[0], f.radius[1]],
        ],
        e1,
        1.2,
      )
      // the posterior foramen's rim behind: round above, below and outside, open on the inner side, where
      // the channel comes in from the canal
      const back = sided(f.dorsal, side)
      const arc: Vec3[] = []
      for (let k = -4; k <= 4; k++) {
        const a = (k / 12) * 2 * Math.PI
        arc.push(add(back, add(scale(sided(e0, side), ring * Math.cos(a)), scale(e1, ring * Math.sin(a)))))
      }
      b.tube(
        `posterior-rim-S${j + 1}-${side}`,
        arc,
        arc.map(() => [band, thickness] as [number, number]),
        undefined,
        e2,
      )
    }
  }

  for (const side of SIDES) {
    // lateral part: the column outside the foramina, from the ala down to the inferior lateral angle, joining
    // the bars' outer ends
    const column: Vec3[] = []
    const radii: [number, number][] = []
    for (let i = 0; i < 5; i++) {
      const f = hole(Math.min(i, 3)) as (typeof foramina)[number]
      const inner = f.centre[0] + f.radius[0] + (i < 4 ? 0.8 : -1)
      const outer = (s.border[i] ?? 18) - (i < 3 ? 2.5 : 0)
      // ending at the inferior lateral angle, level with the top of S5: below it the S5 nerve passes forward
      const y = i === 0 ? -16 : i === 4 ? centre(4)[1] + 3 : centre(i)[1] - step / 2
      column.push(sided([(inner + outer) / 2, y, centre(i)[2] - 1.5], side))
      radii.push([(outer - inner) / 2, Math.min(depth(i) / 2, 12) * 0.95])
    }
    b.tube(`lateral-part-${side}`, column, radii, undefined, [0, 0, 1])
    // ala: the wing of S1, its upper surface a little below the S1 endplate, out to the border
    // (its inner end lies within the body of S1)
    const alaInner = hw(0) * 0.42
    const alaOuter = (s.border[0] ?? 50) - 2
    // (its outer end a little lower: the upper surface slopes down toward the pelvic brim)
    const droop = ((side === 'left' ? -1 : 1) * 8 * Math.PI) / 180
    b.superquadric(
      `ala-${side}`,
      sided([(alaInner + alaOuter) / 2, -8.5, -4], side),
      [(alaOuter - alaInner) / 2, 7.8, 15],
      [
        [Math.cos(droop), Math.sin(droop), 0],
        [-Math.sin(droop), Math.cos(droop), 0],
        [0, 0, 1],
      ],
      3,
      bodyOutline('S'),
    )
    // the pelvic brim on the ala: its rounded front edge, continuing the arcuate line of the ilium round to
    // the promontory (Gray's), where the ala's upper surface turns down into the pelvic surface; a bar 4 mm
    // thick (our estimate) so the edge reads from the front
    if (detail) {
      const s1Front = (depth(0) / 2) * 0.92
      b.tube(
        `pelvic-brim-${side}`,
        [
          sided([11, -2.2, s1Front - 3.2], side),
          sided([(alaInner + alaOuter) / 2, -5.6, 9.6], side),
          sided([alaOuter - 4, -10.5, 6.5], side),
        ],
        [
          [2, 2.2],
          [2, 2.2],
          [1.8, 2],
        ],
      )
    }
    // auricular surface: ear-shaped, a short limb running back at S1 and a long one down over S2 and S3, on
    // one plane (the joint is nearly flat, its ridges and hollows aside) across a flat-faced block of the
    // lateral part that carries it
    const earNormal = normalize(sided([1, -0.2, -0.2], side))
    const earAt = (y: number, z: number): Vec3 => {
      // the point of the plane through the border at S1 with this y and z
      const x = (s.border[0] ?? 50) + 0.2 * (y + 12) + 0.2 * (z + 8)
      return sided([x, y, z], side)
    }
    const earAxes = padAxes(earNormal)
    b.superquadric(
      `lateral-face-${side}`,
      sub(earAt(-27, -9), scale(earNormal, 3.2)),
      [16, 3.2, 23],
      earAxes,
      4,
      (a) => [Math.cos(a), Math.sin(a)],
    )
    b.facetPad(`auricular-surface-upper-${side}`, earAt(-11, -12), earNormal, 20, 11, 2)
    b.facetPad(`auricular-surface-${side}`, earAt(-33, -6), earNormal, 15, 34, 2)
    // S1 superior articular process and facet (the lower half of the L5–S1 facet joint)
    const f = sacralFacet()
    const fc = sided(f.centre, side)
    const normal = sided(f.normal, side)
    // (no wider or taller than its facet, S1_FACET's size: a process reaching higher filled the top of the
    // L5–S1 foramen, under L5's pedicle, where the L5 root leaves)
    b.ellipsoid(
      `superior-process-${side}`,
      sub(fc, scale(normal, 3.5)),
      [f.width / 2, 3.5, f.height / 2],
      padAxes(normal),
    )
    b.tube(
      `superior-process-root-${side}`,
      [sided([14, -10, -22], side), sub(fc, scale(normal, 4))],
      [
        [5, 6],
        [5, 6],
      ],
    )
    b.facetPad(`superior-facet-${side}`, fc, normal, f.width, f.height)
    // sacral cornu: the horn behind the body of S5 beside the hiatus, running down from the end of the laminae
    // (the hiatus between the two is as wide as Shewale measured at its base)
    const cornuX = SACRAL_HIATUS.baseWidth.value / 2 + 2.2
    b.tube(
      `cornu-${side}`,
      [
        sided([cornuX + 0.5, s.hiatusApexY + 2, back(3) + 1], side),
        sided([cornuX, centre(4)[1] - 1, back(4) - 4], side),
      ],
      [
        [2.6, 2.8],
        [2.2, 2.4],
      ],
    )
  }
  // (inside the body's rounded top edge: reaching onto the edge, its rim was meshed as a row of dark teeth)
  pelvicOpenings(b, detail)
  b.facetPad('S1-endplate', [0, 0, 0], [0, 1, 0], hw(0) * 2 - 4, depth(0) * 0.95 - 4, 0.6, false)
  // promontory: the rounded front lip of the top of S1, the landmark that juts into the pelvis
  const s1Front = (depth(0) / 2) * 0.92
  // (a lip 3 mm deep standing 1.5 mm proud of the body's front, our estimate, so it reads from the front)
  b.tube(
    'promontory',
    [
      [14, -1.6, s1Front - 3],
      [0, -1.6, s1Front + 1.2],
      [-14, -1.6, s1Front - 3],
    ],
    [
      [2.4, 2.4],
      [3, 2.8],
      [2.4, 2.4],
    ],
  )
  return b.build()
}

/** How far a foramen's cuts reach along its axis from its middle, front and back, mm: through the bone. */
const FORAMEN_THROUGH = 24

/**
 * The pelvic (front) half of each foramen, as wide as its pelvic opening (`SacralForamen.pelvicRadius`), cut after
 * the lateral parts and alae so that S1's, 13 mm tall, is round under its ala rather than flattened by it.
 * Close-ups only, as the holes' plates.
 */
function pelvicOpenings(b: MeshBuilder, detail: Detail): void {
  if (!detail) return
  const s = sacralLayout()
  s.foramina.forEach((f, j) => {
    const [, e1] = tiltedAxes((s.bodyTilt(j) + s.bodyTilt(j + 1)) / 2)
    for (const side of SIDES)
      b.cutTube(
        `pelvic-foramen-S${j + 1}-${side}`,
        [add(sided(f.centre, side), scale(f.axis, FORAMEN_THROUGH)), sided(f.centre, side)],
        [f.pelvicRadius, f.pelvicRadius],
        e1,
        1.2,
      )
  })
}

/** S5's body: as tall as the others above its centre, short below it (the apex). */
const apexHeights = (): readonly [number, number] => [APEX_DEPTH, 1]

/**
 * The coccyx, modelled as four fused segments, the commonest count (76 % on CT, Woon 2013), in its own
 * frame: origin at the centre of the first segment, curving forward as it descends.
 */
export function createCoccyxGeometry(detail: Detail = 1): BufferGeometry {
  const b = new MeshBuilder(detail)
  const widths = [19, 13, 9.5, 6.5]
  const heights = [10, 8, 7, 6]
  const depths = [9, 7.5, 6, 5]
  const total = COCCYX.straightLength.value
  let y = 0
  let z = 0
  for (let i = 0; i < COCCYX.segments; i++) {
    const h = ((heights[i] ?? 6) / 31) * total
    const tilt = -(10 + i * 14)
    b.superquadric(
      `segment-Co${i + 1}`,
      [0, y, z],
      [(widths[i] ?? 6) / 2, h / 2 + 0.6, (depths[i] ?? 5) / 2],
      tiltedAxes(tilt),
      3,
      bodyOutline('S'),
    )
    const next = rotateX([0, -h, 0], tilt)
    y += next[1]
    z += next[2]
  }
  for (const side of SIDES) {
    b.tube(
      `cornu-${side}`,
      [sided([4, 0, -3.5], side), sided([4.5, 6, -4.5], side)],
      [
        [2, 2],
        [1.6, 1.6],
      ],
      undefined,
    )
    b.ellipsoid(`transverse-${side}`, sided([(widths[0] ?? 19) / 2 + 2, 0, 0], side), [4, 3, 3])
  }
  return b.build()
}
