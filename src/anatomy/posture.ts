import { DISC_MEASUREMENTS, LUMBAR_DISC_WEDGE_MM } from './discs'
import {
  type BoneId,
  type DiscId,
  FACET_LEVELS,
  type FacetJointId,
  facetJointId,
  type JointLevel,
  type Side,
  VERTEBRA_LEVELS,
  type VertebraLevel,
} from './ids'
import { forSide, sacralFacet, vertebraLandmarks } from './landmarks'
import { SACRUM, VERTEBRA_MEASUREMENTS } from './levels'
import { type Measure, measure } from './measure'
import { add, deg, rotateX, scale, sub, type Vec3 } from './vec'

/**
 * The standing sagittal posture: every bone's position (mm) and sagittal tilt (degrees, positive tips
 * the top forward), built bottom-up from the sacral slope through the discs and bodies.
 *
 * Regional curves come from normative values; how each curve is shared between levels comes from
 * measured wedging (lumbar discs, thoracic and cervical bodies). The one free angle, at the
 * thoracolumbar junction, is solved so the C7 plumb line falls at the normative sagittal vertical axis.
 * The world origin is the centre of the S1 upper endplate.
 */
export const POSTURE_TARGETS = {
  sacralSlope: measure(41, 'bmcSurg2019', 'S'),
  lumbarLordosis: measure(60.9, 'bmcSurg2019', 'S'),
  thoracicKyphosis: measure(40.6, 'bmcSurg2019', 'S'),
  cervicalLordosis: measure(12.71, 'guo2018', 'P'),
  sagittalVerticalAxis: measure(-0.5, 'bmcSurg2019', 'S'),
  /** Share of standing lordosis carried by L4–S1, used as a check of the distribution. */
  lowerLumbarShare: measure(0.708, 'lordosisShare2019', 'P'),
} as const satisfies Record<string, Measure>

/** Synovial joint space between the two cartilage surfaces, mm. */
export const FACET_JOINT_SPACE = 1.6

export interface Pose {
  readonly position: Vec3
  readonly tilt: number
}

export interface DiscPose extends Pose {
  /** Tilt of the upper and lower endplates relative to the disc's own frame. */
  readonly upperTilt: number
  readonly lowerTilt: number
  readonly height: number
  readonly upperHalfWidth: number
  readonly upperHalfDepth: number
  readonly lowerHalfWidth: number
  readonly lowerHalfDepth: number
  /** Front-minus-back wedge angle, degrees (lordotic positive). */
  readonly wedge: number
}

export interface FacetJointPose extends Pose {
  /** Outward normal of the lower surface (the lower bone's superior facet), in the joint's frame. */
  readonly normal: Vec3
  readonly width: number
  readonly height: number
}

export interface PostureSummary {
  readonly lumbarLordosis: number
  readonly thoracicKyphosis: number
  readonly cervicalLordosis: number
  readonly sacralSlope: number
  readonly sagittalVerticalAxis: number
  readonly thoracolumbarAngle: number
  readonly lowerLumbarShare: number
}

export interface Posture {
  readonly bones: Readonly<Record<BoneId, Pose>>
  readonly discs: Readonly<Record<DiscId, DiscPose>>
  readonly facets: Readonly<Record<FacetJointId, FacetJointPose>>
  /** Left inferior facet of each mobile vertebra in its own frame (centre and outward normal). */
  readonly inferiorFacets: Readonly<Record<VertebraLevel, { readonly centre: Vec3; readonly normal: Vec3 }>>
  readonly summary: PostureSummary
}

const UP: Vec3 = [0, 1, 0]
const bodyWedge = (level: VertebraLevel): number => {
  const m = VERTEBRA_MEASUREMENTS[level]
  if (level === 'C1' || level === 'C2') return 0
  return Math.atan((m.bodyHeightAnterior.value - m.bodyHeightPosterior.value) / m.bodyDepth.value) / deg
}
const midHeight = (level: VertebraLevel): number => {
  const m = VERTEBRA_MEASUREMENTS[level]
  return (m.bodyHeightAnterior.value + m.bodyHeightPosterior.value) / 2
}
const levels = (from: VertebraLevel, to: VertebraLevel): VertebraLevel[] =>
  VERTEBRA_LEVELS.slice(VERTEBRA_LEVELS.indexOf(from), VERTEBRA_LEVELS.indexOf(to) + 1)
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
const discKey = (upper: VertebraLevel): string => {
  const i = VERTEBRA_LEVELS.indexOf(upper)
  return `${upper}-${VERTEBRA_LEVELS[i + 1] ?? 'S1'}`
}

/** Disc wedge angles (degrees, lordotic positive), keyed by 'upper-lower', for a thoracolumbar junction angle. */
function discWedges(junction: number): Record<string, number> {
  const wedges: Record<string, number> = {}
  // Lumbar: the measured wedge shape, scaled so bodies plus discs give the normative lordosis.
  const lumbarBodies = sum(levels('L1', 'L5').map(bodyWedge))
  const shape = Object.values(LUMBAR_DISC_WEDGE_MM)
  const k = (POSTURE_TARGETS.lumbarLordosis.value - lumbarBodies) / sum(shape)
  for (const [key, mm] of Object.entries(LUMBAR_DISC_WEDGE_MM)) wedges[key] = mm * k
  // Thoracic T2–T12: bodies are wedged (taller behind); the discs share the rest of the kyphosis evenly.
  const thoracicBodies = sum(levels('T2', 'T12').map(bodyWedge))
  const thoracicDisc = (-POSTURE_TARGETS.thoracicKyphosis.value - thoracicBodies) / 10
  for (const upper of levels('T2', 'T11')) wedges[discKey(upper)] = thoracicDisc
  // Cervical C2–C7 (Cobb from C2's lower to C7's lower endplate).
  const cervicalBodies = sum(levels('C3', 'C7').map(bodyWedge))
  const cervicalDisc = (POSTURE_TARGETS.cervicalLordosis.value - cervicalBodies) / 5
  for (const upper of levels('C2', 'C6')) wedges[discKey(upper)] = cervicalDisc
  wedges['C7-T1'] = 0
  wedges['T1-T2'] = 0
  wedges['T12-L1'] = junction
  return wedges
}

const S1_POSTERIOR_CORNER: Vec3 = rotateX([0, 0, -SACRUM.s1Depth.value / 2], POSTURE_TARGETS.sacralSlope.value)

function buildChain(junction: number) {
  const wedges = discWedges(junction)
  const bones: Partial<Record<BoneId, Pose>> = {}
  const endplates: Partial<Record<VertebraLevel, { upper: Pose; lower: Pose }>> = {}
  const sacralSlope = POSTURE_TARGETS.sacralSlope.value
  bones.sacrum = { position: [0, 0, 0], tilt: sacralSlope }
  let below: Pose = { position: [0, 0, 0], tilt: sacralSlope }
  for (const level of [...levels('C2', 'L5')].reverse()) {
    const key = discKey(level)
    const wedge = wedges[key] ?? 0
    const height = DISC_MEASUREMENTS.find((d) => d.id === `disc:${key}`)?.middleHeight.value ?? 0
    const lowerEndplate = add(below.position, scale(rotateX(UP, below.tilt - wedge / 2), height))
    const wb = bodyWedge(level)
    const tilt = below.tilt - wedge - wb / 2
    const axis = rotateX(UP, tilt)
    const centre = add(lowerEndplate, scale(axis, midHeight(level) / 2))
    const upperEndplate = add(centre, scale(axis, midHeight(level) / 2))
    bones[level] = { position: centre, tilt }
    endplates[level] = {
      lower: { position: lowerEndplate, tilt: tilt + wb / 2 },
      upper: { position: upperEndplate, tilt: tilt - wb / 2 },
    }
    below = { position: upperEndplate, tilt: tilt - wb / 2 }
  }
  const sva = (bones.C7?.position[2] ?? 0) - S1_POSTERIOR_CORNER[2]
  return { bones, endplates, wedges, sva }
}

/**
 * Solves the thoracolumbar junction angle for the normative SVA (SVA falls as the angle grows) by regula
 * falsi with the Illinois step: SVA is nearly linear in the angle, so a handful of chain builds reach
 * what 60 halvings did (the posture is worked out on the way to the first frame, in the worker and on the
 * page).
 */
function solveJunction(): number {
  const target = POSTURE_TARGETS.sagittalVerticalAxis.value
  const excess = (angle: number) => buildChain(angle).sva - target
  let lo = -25
  let hi = 25
  let fLo = excess(lo)
  let fHi = excess(hi)
  let side = 0
  for (let i = 0; i < 60 && hi - lo > 1e-9; i++) {
    const mid = hi - (fHi * (hi - lo)) / (fHi - fLo)
    const fMid = excess(mid)
    if (Math.abs(fMid) < 1e-9) return mid
    if (fMid * fHi > 0) {
      hi = mid
      fHi = fMid
      if (side === 1) fLo /= 2
      side = 1
    } else {
      lo = mid
      fLo = fMid
      if (side === -1) fHi /= 2
      side = -1
    }
  }
  return (lo + hi) / 2
}

const toWorld = (pose: Pose, local: Vec3): Vec3 => add(pose.position, rotateX(local, pose.tilt))
const toLocal = (pose: Pose, world: Vec3): Vec3 => rotateX(sub(world, pose.position), -pose.tilt)

function computePosture(): Posture {
  const junction = solveJunction()
  const { bones: chain, endplates, wedges, sva } = buildChain(junction)
  const c2 = chain.C2 as Pose
  // C1 rests on C2's superior facets; its ring is set level with C2's (a neutral head posture).
  const c2Facet = vertebraLandmarks('C2').superiorFacet
  const c1Facet = vertebraLandmarks('C1')
  const c1LocalBottom = 6.5 // mm from C1's origin down to its inferior facet surfaces
  const c1Origin = toWorld(c2, [0, c2Facet[1] + FACET_JOINT_SPACE + c1LocalBottom, c2Facet[2] - c1Facet.pillar[2]])
  chain.C1 = { position: c1Origin, tilt: c2.tilt }

  // Coccyx: continues from the sacral apex and curves forward (segment angles are in pelvicBones.ts).
  const sacrum = chain.sacrum as Pose
  chain.coccyx = { position: toWorld(sacrum, [0, -SACRUM.length.value * 0.97, -2]), tilt: sacrum.tilt - 25 }
  const bones = chain as Record<BoneId, Pose>

  const discs = {} as Record<DiscId, DiscPose>
  for (const d of DISC_MEASUREMENTS) {
    const [upperLevel, lowerLevel] = d.id.slice(5).split('-') as [VertebraLevel, VertebraLevel | 'S1']
    const upper = endplates[upperLevel]?.lower as Pose
    const lower: Pose =
      lowerLevel === 'S1'
        ? { position: [0, 0, 0], tilt: POSTURE_TARGETS.sacralSlope.value }
        : (endplates[lowerLevel]?.upper as Pose)
    const tilt = (upper.tilt + lower.tilt) / 2
    const position = scale(add(upper.position, lower.position), 0.5)
    const um = VERTEBRA_MEASUREMENTS[upperLevel]
    const lm = lowerLevel === 'S1' ? null : VERTEBRA_MEASUREMENTS[lowerLevel]
    discs[d.id] = {
      position,
      tilt,
      upperTilt: upper.tilt - tilt,
      lowerTilt: lower.tilt - tilt,
      height: d.middleHeight.value,
      upperHalfWidth: um.bodyWidth.value / 2,
      upperHalfDepth: um.bodyDepth.value / 2,
      lowerHalfWidth: (lm ? lm.bodyWidth.value : SACRUM.s1Width.value) / 2,
      lowerHalfDepth: (lm ? lm.bodyDepth.value : SACRUM.s1Depth.value) / 2,
      wedge: wedges[d.id.slice(5)] ?? 0,
    }
  }

  const facets = {} as Record<FacetJointId, FacetJointPose>
  const inferiorFacets = {} as Record<VertebraLevel, { centre: Vec3; normal: Vec3 }>
  for (const joint of FACET_LEVELS) {
    const lowerPose = joint.lower === 'S1' ? bones.sacrum : bones[joint.lower]
    const seat = lowerSeat(joint)
    for (const side of ['left', 'right'] as const satisfies readonly Side[]) {
      const centre = forSide(seat.centre, side)
      const normal = forSide(seat.normal, side)
      const jointCentre = add(centre, scale(normal, FACET_JOINT_SPACE / 2))
      facets[facetJointId(joint, side)] = {
        position: toWorld(lowerPose, jointCentre),
        tilt: lowerPose.tilt,
        normal,
        width: seat.width,
        height: seat.height,
      }
    }
    if (joint.upper !== 'C0') {
      const upperPose = bones[joint.upper]
      const contact = toWorld(lowerPose, add(seat.centre, scale(seat.normal, FACET_JOINT_SPACE)))
      inferiorFacets[joint.upper] = {
        centre: toLocal(upperPose, contact),
        normal: rotateX(scale(seat.normal, -1), lowerPose.tilt - upperPose.tilt),
      }
    }
  }

  const lumbar = POSTURE_TARGETS.sacralSlope.value - (endplates.L1?.upper.tilt ?? 0)
  const lowerLumbar = POSTURE_TARGETS.sacralSlope.value - (endplates.L4?.upper.tilt ?? 0)
  return {
    bones,
    discs,
    facets,
    inferiorFacets,
    summary: {
      lumbarLordosis: lumbar,
      thoracicKyphosis: (endplates.T2?.upper.tilt ?? 0) - (endplates.T12?.lower.tilt ?? 0),
      cervicalLordosis: (endplates.C7?.lower.tilt ?? 0) - (endplates.C2?.lower.tilt ?? 0),
      sacralSlope: POSTURE_TARGETS.sacralSlope.value,
      sagittalVerticalAxis: sva,
      thoracolumbarAngle: junction,
      lowerLumbarShare: lowerLumbar / lumbar,
    },
  }
}

/** The lower half of a facet joint: the lower bone's superior facet (left side), in that bone's frame. */
function lowerSeat(joint: JointLevel): { centre: Vec3; normal: Vec3; width: number; height: number } {
  if (joint.lower === 'S1') return sacralFacet()
  const l = vertebraLandmarks(joint.lower)
  const m = VERTEBRA_MEASUREMENTS[joint.lower]
  // The joint's width lies along the first of its pad axes, horizontal in the facet's plane. On C1 and C2,
  // whose superior facets face up and sideways, that axis runs front to back, along the facet's length (the
  // table's height for them): a capsule sized the other way round lay across the facet, short of its ends.
  const lengthwise = joint.lower === 'C1' || joint.lower === 'C2'
  return {
    centre: l.superiorFacet,
    normal: l.superiorFacetNormal,
    width: lengthwise ? m.facetHeight.value : m.facetWidth.value,
    height: lengthwise ? m.facetWidth.value : m.facetHeight.value,
  }
}

let cached: Posture | null = null
/** The posture is deterministic; it is computed once and shared. */
export function posture(): Posture {
  cached ??= computePosture()
  return cached
}
