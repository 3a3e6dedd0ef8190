import type { Side, VertebraLevel } from './ids'
import {
  AXIS_TRANSVERSE_FORAMEN_LENGTH,
  S1_FACET,
  S1_FORAMEN_WIDTH,
  S2_BODY_WIDTH,
  SACRAL_FORAMEN_SIZES,
  SACRAL_HIATUS,
  SACRUM,
  VERTEBRA_MEASUREMENTS,
} from './levels'
import { deg, mirrorX, rotateX, type Vec3 } from './vec'

/**
 * Where the parts of a vertebra sit in its own frame (origin at the centre of the body, x left, y up,
 * z forward), derived from the measurement table. Geometry builds on these points and the posture uses
 * the facet centres to seat each joint, so the two cannot disagree.
 */
export interface VertebraLandmarks {
  readonly halfWidth: number
  readonly halfDepth: number
  readonly heightAnterior: number
  readonly heightPosterior: number
  /** z of the back wall of the body at the midline. */
  readonly bodyBackZ: number
  /** z of the front of the laminae at the midline (back of the canal). */
  readonly canalBackZ: number
  /** x of the inner (medial) face of the left pedicle. */
  readonly pedicleInnerX: number
  /** Centre of the left articular pillar, where pedicle, laminae and articular processes meet. */
  readonly pillar: Vec3
  /** Centre of the left superior articular facet surface and its outward normal. */
  readonly superiorFacet: Vec3
  readonly superiorFacetNormal: Vec3
}

/** The outward normal of a left superior facet from its inclination and rotation (see levels.ts). */
export function superiorFacetNormal(inclination: number, rotation: number): Vec3 {
  const up = Math.cos(inclination * deg)
  const horizontal = Math.sin(inclination * deg)
  // Left facet (x > 0): facing the midline means pointing toward −x.
  return [-Math.sin(rotation * deg) * horizontal, up, -Math.cos(rotation * deg) * horizontal]
}

/** Side-to-side semi-axis of each atlas lateral mass, mm (geometry and landmarks share it). */
export const ATLAS_LATERAL_MASS_RADIUS = 6.5

/** How far the back wall of the body curves forward at the midline, as a fraction of half its depth. */
export const BODY_CONCAVITY = { C: 0.06, T: 0.1, L: 0.16, S: 0.06 } as const

export const forSide = (v: Vec3, side: Side): Vec3 => (side === 'left' ? v : mirrorX(v))

export function vertebraLandmarks(level: VertebraLevel): VertebraLandmarks {
  const m = VERTEBRA_MEASUREMENTS[level]
  if (level === 'C1' || level === 'C2') return upperCervicalLandmarks(level)
  const halfWidth = m.bodyWidth.value / 2
  const halfDepth = m.bodyDepth.value / 2
  const ha = m.bodyHeightAnterior.value
  const hp = m.bodyHeightPosterior.value
  const region = level[0] as 'C' | 'T' | 'L'
  const bodyBackZ = -halfDepth * (1 - BODY_CONCAVITY[region])
  const canalBackZ = bodyBackZ - m.canalDepth.value
  const pedicleInnerX = m.canalWidth.value / 2
  const pillarX = pedicleInnerX + m.pedicleWidth.value * (region === 'C' ? 0.9 : 0.5)
  const pillarZ = bodyBackZ - m.canalDepth.value * (region === 'C' ? 0.45 : 0.55)
  const pillarY = region === 'L' ? hp * 0.15 : region === 'T' ? hp * 0.2 : 0
  const pillar: Vec3 = [pillarX, pillarY, pillarZ]
  const normal = superiorFacetNormal(m.facetInclination.value, m.facetRotation.value)
  // The superior facet stands on the pillar, its surface a little above the top of the body.
  const facetRise = region === 'C' ? hp * 0.35 : region === 'T' ? hp * 0.55 : hp * 0.5
  const facetOffset = region === 'L' ? 3 : 2
  const superiorFacet: Vec3 = [
    pillarX + normal[0] * facetOffset,
    facetRise,
    pillarZ + normal[2] * facetOffset + (region === 'T' ? -2 : 0),
  ]
  return {
    halfWidth,
    halfDepth,
    heightAnterior: ha,
    heightPosterior: hp,
    bodyBackZ,
    canalBackZ,
    pedicleInnerX,
    pillar,
    superiorFacet,
    superiorFacetNormal: normal,
  }
}

/**
 * S1's superior facets in the sacrum's frame (origin at the centre of the S1 upper endplate). Placed by us,
 * 14.5 mm behind the back of S1's body (L5's own superior facets sit 13.3 mm behind its body): at 10.5 mm the
 * front of S1's superior articular process left the L5–S1 foramen 4 mm from front to back where the L5 root
 * runs, narrower than the root (5.6 mm) and than the narrowest published lumbar foramen (6.0 mm on CT at L5,
 * Gkasdaris 2018; 8.8 ± 1.7 mm in cadavers, Torun 2006). Now 7–10 mm. Its facing and size are the table's
 * (S1_FACET).
 */
export function sacralFacet(): {
  readonly centre: Vec3
  readonly normal: Vec3
  readonly width: number
  readonly height: number
} {
  const normal = superiorFacetNormal(S1_FACET.inclination.value, S1_FACET.rotation.value)
  return { centre: [19, 6, -30], normal, width: S1_FACET.width.value, height: S1_FACET.height.value }
}

/**
 * C1 has no body: its origin is the centre of the ring between the lateral masses, which carry the
 * skull on concave facets facing up and in. C2's superior facets sit on the body beside the dens,
 * facing up and out (Neumann, about 20° to the horizontal).
 */
function upperCervicalLandmarks(level: 'C1' | 'C2'): VertebraLandmarks {
  const m = VERTEBRA_MEASUREMENTS[level]
  const normal = superiorFacetNormal(m.facetInclination.value, m.facetRotation.value)
  if (level === 'C1') {
    const canalHalfWidth = m.canalWidth.value / 2
    return {
      halfWidth: 6,
      halfDepth: 5,
      heightAnterior: m.bodyHeightAnterior.value,
      heightPosterior: m.bodyHeightPosterior.value,
      bodyBackZ: 8,
      canalBackZ: 8 - m.canalDepth.value,
      pedicleInnerX: canalHalfWidth,
      // the lateral masses' inner faces bound the canal at its published width (Patel: 26.63 mm)
      pillar: [canalHalfWidth + ATLAS_LATERAL_MASS_RADIUS, 0, -2],
      superiorFacet: [canalHalfWidth + ATLAS_LATERAL_MASS_RADIUS - 1, 6.5, -2],
      superiorFacetNormal: normal,
    }
  }
  const halfDepth = m.bodyDepth.value / 2
  const hp = m.bodyHeightPosterior.value
  return {
    halfWidth: m.bodyWidth.value / 2,
    halfDepth,
    heightAnterior: m.bodyHeightAnterior.value,
    heightPosterior: hp,
    bodyBackZ: -halfDepth * (1 - BODY_CONCAVITY.C),
    canalBackZ: -halfDepth * (1 - BODY_CONCAVITY.C) - m.canalDepth.value,
    pedicleInnerX: m.canalWidth.value / 2,
    pillar: [m.canalWidth.value / 2 + 4, hp * 0.2, -halfDepth - 6],
    superiorFacet: [15.5, hp / 2 + 1.5, -2.5],
    superiorFacetNormal: normal,
  }
}

/**
 * Half the breadth of the ring of bone round the axis's transverse foramen, from the hole's edge to the outside of
 * the ring, mm: as thick as the tips of the C3–C7 transverse processes (vertebra.ts). Our estimate.
 */
export const AXIS_FORAMEN_RING = 2.8

/** The axis's left transverse foramen in its own frame (the right is its mirror image). */
export interface AxisTransverseForamen {
  /** Centre of the hole, mm. */
  readonly centre: Vec3
  /** The way the vertebral artery passes through it, upward (unit). */
  readonly axis: Vec3
  /** Half its width across, mm. */
  readonly radius: number
}

/**
 * The axis's transverse foramen: a round hole as long as the dry-bone mean (AXIS_TRANSVERSE_FORAMEN_LENGTH, 5.11 mm;
 * the model's hole was an oblong about 9.6 by 3.8 mm before, issue 10), ringed by the small transverse process.
 * The artery comes up into it and turns out under the superior facet on its way to the atlas, so the hole faces
 * up and out as that facet does. The ring's outer edge is the tip of the process, at the table's transverse span;
 * the hole sits at the height and depth of the C3–C7 foramina's labels (parts/anchors.ts), below the pedicle.
 * Geometry (atlas.ts) and the part's label are placed from these numbers, so they cannot disagree.
 */
export function axisTransverseForamen(): AxisTransverseForamen {
  const m = VERTEBRA_MEASUREMENTS.C2
  const radius = AXIS_TRANSVERSE_FORAMEN_LENGTH.value / 2
  const x = m.transverseSpan.value / 2 - radius - 2 * AXIS_FORAMEN_RING
  return {
    centre: [x, -2.5, vertebraLandmarks('C2').pillar[2] * 0.3],
    axis: superiorFacetNormal(m.facetInclination.value, m.facetRotation.value),
    radius,
  }
}

/** One pair of sacral foramina (the left one; the right is its mirror image), in the sacrum's frame. */
export interface SacralForamen {
  /** Centre of the hole, in the plane of the bodies, mm. */
  readonly centre: Vec3
  /** Half its width (x) and half its height (y), mm: the channel and the dorsal opening. */
  readonly radius: readonly [number, number]
  /** Half the width and half the height of its pelvic (front) opening, the wider, mm. */
  readonly pelvicRadius: readonly [number, number]
  /** The hole's axis, front to back through the bone, pointing forward: square to the bodies' tilt there. */
  readonly axis: Vec3
  /** z of the pelvic surface round the hole: the face of the plate it is cut through, a little behind the bars'. */
  readonly frontZ: number
  /**
   * A point toward the pelvic (anterior) opening, on the axis 2 mm in front of the hole's middle (the left one;
   * mirror for the right): there bone walls it all round in the close-up shells too, which draw the opening as the
   * gap between the bars.
   */
  readonly pelvic: Vec3
  /** A point in the dorsal (posterior) opening, at the middle of its rim, on the axis. */
  readonly dorsal: Vec3
}

/**
 * How the sacrum is laid out in its own frame (origin at the centre of the S1 upper endplate, which faces
 * +y; x to the left, z forward; mm). The generator builds it this way and the part anchors (labels and pick
 * targets of its foramina, hiatus and cornua) are placed from the same numbers, so they cannot disagree.
 * Published: the length and width (Mymensingh 2018), the width of the body of S2 (Ebraheim 1997, secondary), the
 * first foramen's width (Kim 2023) and the hiatus (Abera 2021, Shewale 2013); the rest are our estimates, scaled to
 * those.
 */
export interface SacralLayout {
  /** Height of one of the five fused segments along the bone, mm. */
  readonly step: number
  /** Centre of the body of segment i (0 = S1 … 4 = S5): straight down, bowing back, the apex curling forward. */
  readonly bodyCentre: (i: number) => Vec3
  /** Tilt of each body about x, degrees (positive tips its top forward): square to the curve. */
  readonly bodyTilt: (i: number) => number
  /** Half the width of the body of segment i, mm. */
  readonly bodyHalfWidths: readonly number[]
  /**
   * Half the width of segment i between its pair of foramina, mm: its body and, where the body is narrower, the
   * roots of its bars (the fused costal elements) and laminae beside it.
   */
  readonly segmentHalfWidths: readonly number[]
  readonly bodyDepths: readonly number[]
  /** Foramina S1–S4, each between the bodies and the lateral part, below the segment of its number. */
  readonly foramina: readonly SacralForamen[]
  /** x of the outer (lateral) border at the level of body i, mm: wing-tip width at S1, down to the apex. */
  readonly border: readonly number[]
  /** Height (y) of the apex of the sacral hiatus: the lower edge of the fused laminae, mm. */
  readonly hiatusApexY: number
  /** Height (y) of the lower end of the sacrum (the apex, S5's lower face), mm. */
  readonly apexY: number
}

/** How far S5's body reaches below its centre, as a share of the other bodies' half-height. */
export const APEX_DEPTH = 0.62

let sacral: SacralLayout | null = null
export function sacralLayout(): SacralLayout {
  if (sacral) return sacral
  const step = SACRUM.length.value / 5
  const bodyCentre = (i: number): Vec3 => {
    const t = (i + 0.5) / 5
    return [0, -(i + 0.5) * step, -13 * Math.sin(Math.PI * t * 0.9) + 4 * t * t]
  }
  // Each segment between its foramina: S1 as wide as its endplate, the others our estimates. The bodies fill
  // them, except S2's, which is as wide as Ebraheim 1997 measured it (S2_BODY_WIDTH, 29.4 mm; it was the whole
  // 38 mm here before, issue 10): the roots of its bars and laminae reach past it to the foramina, which stay
  // where they were, and so does the lateral part beyond them.
  const segmentHalfWidths = [SACRUM.s1Width.value / 2, 19, 15, 11, 8]
  // Below S2 each body is no wider than the one above, less a millimetre each side (our estimate: the fused
  // bodies narrow toward the apex). With S3's 30 mm estimate left wider than S2's measured 29.4, the ridge
  // between them met S3's corner in a crease the overview's simplifier could not keep closed: the sacrum was
  // then drawn unsimplified, 16 000 triangles instead of about 5 500.
  const bodyHalfWidths = [SACRUM.s1Width.value / 2, S2_BODY_WIDTH.value / 2]
  for (const w of segmentHalfWidths.slice(2)) bodyHalfWidths.push(Math.min(w, (bodyHalfWidths.at(-1) ?? w) - 1))
  const bodyDepths = [SACRUM.s1Depth.value, 24, 19, 15, 11]
  // each pair just outside the bodies above and below it, smaller and closer together down the bone: S1's
  // as wide as Kim 2023 measured on CT, the others smaller in turn (our estimate)
  const s1 = S1_FORAMEN_WIDTH.value / 2
  const radii = [s1, s1 * 0.9, s1 * 0.79, s1 * 0.67]
  // Each body lies square to the curve, as the fused column does: its top tipped forward where the curve
  // runs back going down (S2), back where it curls forward (S4, S5). S1 stands square to its endplate.
  const bodyTilt = (i: number): number => {
    if (i <= 0) return 0
    const above = bodyCentre(i - 1)
    const below = bodyCentre(Math.min(4, i + 1))
    return (Math.atan2(above[2] - below[2], above[1] - below[1]) * 180) / Math.PI
  }
  // The pelvic openings are wider than the dorsal ones: S1's and S2's as Saluja 2018 measured them on 108 dry
  // sacra (12–13 mm against Kim's 8.3 mm dorsal S1); S3's and S4's, unmeasured, widened in the same proportion
  // as S1's (our estimate).
  const half = (m: { value: number }) => m.value / 2
  const { S1, S2 } = SACRAL_FORAMEN_SIZES
  const widening = S1.frontWidth.value / S1_FORAMEN_WIDTH.value
  const pelvicRadii: readonly (readonly [number, number])[] = [
    [half(S1.frontWidth), half(S1.frontHeight)],
    [half(S2.frontWidth), half(S2.frontHeight)],
    ...radii.slice(2).map((r) => [r * widening, r * widening] as const),
  ]
  // the bars' fronts above and below a hole (a bar is as thick as its segment's half depth, to 12 mm)
  const barFront = (i: number) => (bodyCentre(i)[2] ?? 0) + Math.min((bodyDepths[i] ?? 11) / 2, 12)
  const foramina = radii.map((r, j): SacralForamen => {
    const inner = Math.max(segmentHalfWidths[j] ?? 0, segmentHalfWidths[j + 1] ?? 0) + 1.2
    const z = ((bodyCentre(j)[2] ?? 0) + (bodyCentre(j + 1)[2] ?? 0)) / 2
    const centre: Vec3 = [inner + r, -(j + 1) * step, z]
    const axis = rotateX([0, 0, 1], (bodyTilt(j) + bodyTilt(j + 1)) / 2)
    const frontZ = Math.min(barFront(j), barFront(j + 1)) - 1
    // the dorsal opening's rim lies behind the middle by a little over half the segments' mean half depth
    const back = Math.min(((bodyDepths[j] ?? 11) + (bodyDepths[j + 1] ?? 11)) / 4, 12) * 0.5 * 0.55
    const along = (t: number): Vec3 => [centre[0] + axis[0] * t, centre[1] + axis[1] * t, centre[2] + axis[2] * t]
    return {
      centre,
      radius: [r, r] as const,
      pelvicRadius: pelvicRadii[j] ?? [r, r],
      axis,
      frontZ,
      pelvic: along(2),
      dorsal: along(-back),
    }
  })
  // the body of S5 is short below its centre: the apex, on which the coccyx sits (the posture puts the coccyx
  // at 97 % of the sacrum's length)
  const apexY = (bodyCentre(4)[1] ?? 0) - (step / 2 + 1.5) * APEX_DEPTH
  sacral = {
    step,
    bodyCentre,
    bodyTilt,
    bodyHalfWidths,
    segmentHalfWidths,
    bodyDepths,
    foramina,
    border: [SACRUM.width.value / 2, 45.5, 37, 27, 21],
    hiatusApexY: apexY + SACRAL_HIATUS.length.value,
    apexY,
  }
  return sacral
}
