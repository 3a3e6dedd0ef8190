import { FACET_LEVELS, type FacetJointId, facetJointId, type JointLevel, type Region, regionOfLevel } from './ids'
import { type Measure, measure } from './measure'
import { type Pose, posture } from './posture'
import { add, deg, dot, normalize, rotateX, scale, sub, type Vec3 } from './vec'

/**
 * How a movement is shared between the spinal segments, and what it does to the facet joints.
 *
 * Each segment (C0–C1 … L5–S1) can bend forward and back through some total angle, and bend sideways
 * and twist a certain angle each way. A movement asks for a fraction of the available range in chosen regions;
 * every segment in scope turns by that fraction of its own range, so the per-level angles add up to the
 * movement and none exceeds its range.
 *
 * A facet joint's "opening" is how far the upper articular surface moves away from the lower one:
 * separation along the facet normal plus the upward glide of the upper facet along the surface
 * (flexion slides the facets apart, extension drives them together).
 */

export interface SegmentRange {
  /** Flexion plus extension, degrees. */
  flexionExtension: Measure
  /** Share of flexion + extension that is flexion. */
  flexionShare: Measure
  sideBend: Measure
  axialRotation: Measure
}

const wp = (v: number) => measure(v, 'whitePanjabi1990', 'U')
/** Representative values (White & Panjabi, recalled [U]); lumbar F+E from Pearcy's in-vivo study where given. */
const RANGES: Record<string, [Measure, number, number]> = {
  'C0-C1': [wp(25), 5, 5],
  'C1-C2': [wp(20), 5, 40],
  'C2-C3': [wp(10), 10, 3],
  'C3-C4': [wp(15), 11, 7],
  'C4-C5': [wp(20), 11, 7],
  'C5-C6': [wp(20), 8, 7],
  'C6-C7': [wp(17), 7, 6],
  'C7-T1': [wp(9), 4, 2],
  'T1-T2': [wp(4), 6, 9],
  'T2-T3': [wp(4), 6, 8],
  'T3-T4': [wp(4), 6, 8],
  'T4-T5': [wp(4), 6, 8],
  'T5-T6': [wp(4), 6, 8],
  'T6-T7': [wp(5), 6, 8],
  'T7-T8': [wp(6), 6, 8],
  'T8-T9': [wp(6), 6, 7],
  'T9-T10': [wp(6), 6, 4],
  'T10-T11': [wp(9), 7, 2],
  'T11-T12': [wp(12), 9, 2],
  'T12-L1': [wp(12), 8, 2],
  'L1-L2': [measure(14, 'pearcy1984', 'P'), 6, 2],
  'L2-L3': [measure(14, 'pearcy1984', 'P'), 6, 2],
  'L3-L4': [measure(14, 'pearcy1984', 'P'), 8, 2],
  'L4-L5': [measure(16, 'whitePanjabi1990', 'U'), 6, 2],
  'L5-S1': [wp(17), 3, 1],
}

export const segmentKey = (j: JointLevel) => `${j.upper}-${j.lower}`

export function segmentRange(joint: JointLevel): SegmentRange {
  const row = RANGES[segmentKey(joint)]
  if (!row) throw new Error(`no range for ${segmentKey(joint)}`)
  // More flexion than extension at every lumbar level but L5–S1 (Pearcy 1984); 60 % is our estimate.
  const flexionShare = joint.upper === 'L5' ? measure(0.45, 'estimate', 'E') : measure(0.6, 'estimate', 'E')
  return { flexionExtension: row[0], flexionShare, sideBend: wp(row[1]), axialRotation: wp(row[2]) }
}

/** A movement as fractions (−1…1) of the available range, and the regions that take part. */
export interface Movement {
  /** + flexion (bending forward), − extension. */
  flexion: number
  /** + to the subject's left. */
  rotation: number
  /** + bending to the subject's left. */
  sideBend: number
  regions: readonly Region[]
}

export const NEUTRAL: Movement = { flexion: 0, rotation: 0, sideBend: 0, regions: [] }

export interface SegmentAngles {
  /** Degrees: + flexion, + rotation to the left, + bending to the left. */
  flexion: number
  rotation: number
  sideBend: number
}

const regionOfSegment = (j: JointLevel): Region => (j.upper === 'C0' ? 'cervical' : regionOfLevel(j.upper))

/** Each segment's angles for a movement: its share of the movement, within its own range. */
export function segmentAngles(movement: Movement): Map<string, SegmentAngles> {
  const out = new Map<string, SegmentAngles>()
  for (const joint of FACET_LEVELS) {
    const inScope = movement.regions.includes(regionOfSegment(joint))
    const r = segmentRange(joint)
    const clamp = (x: number) => Math.max(-1, Math.min(1, x))
    const f = inScope ? clamp(movement.flexion) : 0
    const flexRange = r.flexionExtension.value * (f >= 0 ? r.flexionShare.value : 1 - r.flexionShare.value)
    out.set(segmentKey(joint), {
      flexion: f * flexRange,
      rotation: (inScope ? clamp(movement.rotation) : 0) * r.axialRotation.value,
      sideBend: (inScope ? clamp(movement.sideBend) : 0) * r.sideBend.value,
    })
  }
  return out
}

// --- rigid transforms as 3×3 rotation + translation, column-major-free and small
export interface Rigid {
  /** Rows of the rotation matrix. */
  r: readonly [Vec3, Vec3, Vec3]
  t: Vec3
}
export const IDENTITY: Rigid = {
  r: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  t: [0, 0, 0],
}
const mulVec = (m: Rigid['r'], v: Vec3): Vec3 => [dot(m[0], v), dot(m[1], v), dot(m[2], v)]
export const apply = (m: Rigid, p: Vec3): Vec3 => add(mulVec(m.r, p), m.t)
export const applyDirection = (m: Rigid, v: Vec3): Vec3 => mulVec(m.r, v)
/** a ∘ b: apply b first, then a. */
export function compose(a: Rigid, b: Rigid): Rigid {
  const col = (i: 0 | 1 | 2): Vec3 => [b.r[0][i], b.r[1][i], b.r[2][i]]
  const c0 = mulVec(a.r, col(0))
  const c1 = mulVec(a.r, col(1))
  const c2 = mulVec(a.r, col(2))
  return {
    r: [
      [c0[0], c1[0], c2[0]],
      [c0[1], c1[1], c2[1]],
      [c0[2], c1[2], c2[2]],
    ],
    t: apply(a, b.t),
  }
}
/** Rotation by `angle` degrees about a unit axis through a pivot (Rodrigues). */
export function rotationAbout(axis: Vec3, angle: number, pivot: Vec3): Rigid {
  const [x, y, z] = normalize(axis)
  const c = Math.cos(angle * deg)
  const s = Math.sin(angle * deg)
  const k = 1 - c
  const r: Rigid['r'] = [
    [c + x * x * k, x * y * k - z * s, x * z * k + y * s],
    [y * x * k + z * s, c + y * y * k, y * z * k - x * s],
    [z * x * k - y * s, z * y * k + x * s, c + z * z * k],
  ]
  return { r, t: sub(pivot, mulVec(r, pivot)) }
}

/** Where each segment turns: the centre of the disc below the upper bone (the C0–C1 and C1–C2 joints: between the facets). */
function segmentPivot(joint: JointLevel): Pose {
  const p = posture()
  const disc = p.discs[`disc:${joint.upper}-${joint.lower}`]
  if (disc) return disc
  const left = p.facets[facetJointId(joint, 'left')] as Pose
  const right = p.facets[facetJointId(joint, 'right')] as Pose
  return { position: scale(add(left.position, right.position), 0.5), tilt: left.tilt }
}

/** The rotation of a segment: flexion about left–right, side bending about front–back, rotation about its long axis. */
export function segmentTransform(joint: JointLevel, a: SegmentAngles, fraction = 1): Rigid {
  const pivot = segmentPivot(joint)
  const lateral: Vec3 = [1, 0, 0]
  const long = rotateX([0, 1, 0], pivot.tilt)
  const front = rotateX([0, 0, 1], pivot.tilt)
  // flexion tips the top forward: about +x (see rotateX); bending left about −front; rotation left about +long
  const flex = rotationAbout(lateral, a.flexion * fraction, pivot.position)
  const bend = rotationAbout(front, -a.sideBend * fraction, pivot.position)
  const turn = rotationAbout(long, a.rotation * fraction, pivot.position)
  return compose(flex, compose(bend, turn))
}

/** Bones from the bottom up, each with the segment below it. */
const CHAIN: readonly { bone: string; segment: JointLevel }[] = [...FACET_LEVELS]
  .filter((j) => j.upper !== 'C0')
  .reverse()
  .map((j) => ({ bone: j.upper, segment: j }))

export interface SpinePoseResult {
  /** Rigid motion of each bone, from rest. */
  bones: Map<string, Rigid>
  /** Discs and facet joints move halfway between their two bones: keyed 'upper-lower'. */
  segments: Map<string, Rigid>
  /** Opening of each facet joint, mm: + opening (gapping), − closing. */
  facetOpening: Map<FacetJointId, number>
  /** Separation of the surfaces along the facet normal alone, mm: what can make a joint cavitate. */
  facetSeparation: Map<FacetJointId, number>
  angles: Map<string, SegmentAngles>
}

/** Applies a movement to the whole spine: every bone's motion and every facet joint's opening. */
export function poseSpine(movement: Movement): SpinePoseResult {
  const angles = segmentAngles(movement)
  const bones = new Map<string, Rigid>([
    ['sacrum', IDENTITY],
    ['coccyx', IDENTITY],
  ])
  const segments = new Map<string, Rigid>()
  let below = IDENTITY
  for (const { bone, segment } of CHAIN) {
    const a = angles.get(segmentKey(segment)) as SegmentAngles
    segments.set(segmentKey(segment), compose(below, segmentTransform(segment, a, 0.5)))
    below = compose(below, segmentTransform(segment, a))
    bones.set(bone, below)
  }
  // the atlanto-occipital joints sit on C1 with nothing modelled above them
  const c0c1 = FACET_LEVELS[0]
  if (c0c1) segments.set(segmentKey(c0c1), bones.get('C1') ?? IDENTITY)
  const p = posture()
  const facetOpening = new Map<FacetJointId, number>()
  const facetSeparation = new Map<FacetJointId, number>()
  for (const joint of FACET_LEVELS) {
    const a = angles.get(segmentKey(joint)) as SegmentAngles
    const relative = segmentTransform(joint, a)
    for (const side of ['left', 'right'] as const) {
      const id = facetJointId(joint, side)
      const pose = p.facets[id]
      if (!pose) continue
      const normal = rotateX(pose.normal, pose.tilt)
      const centre = pose.position
      const moved = sub(apply(relative, centre), centre)
      // the upward direction within the facet plane: the way the upper facet glides as the joint opens
      const up = rotateX([0, 1, 0], pose.tilt)
      const glide = sub(up, scale(normal, dot(up, normal)))
      const glideLength = Math.hypot(...glide)
      const along = glideLength > 0.2 ? dot(moved, scale(glide, 1 / glideLength)) : 0
      const separation = dot(moved, normal)
      facetSeparation.set(id, separation)
      facetOpening.set(id, separation + along)
    }
  }
  return { bones, segments, facetOpening, facetSeparation, angles }
}
