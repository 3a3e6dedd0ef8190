import {
  BoxGeometry,
  type BufferGeometry,
  CapsuleGeometry,
  CylinderGeometry,
  Matrix4,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { BODY_FRACTIONS, type BodyPosition, bodyScale, type FigureAction, isUpright } from '../anatomy/bodySegments'
import { apply, IDENTITY, type Rigid, rotationAbout } from '../anatomy/motion'
import { posture } from '../anatomy/posture'
import { add, cross3, dot, length, normalize, scale, sub, type Vec3 } from './vec3'

/**
 * A simple person round the spine, to show a patient how a stretch is done: a smooth low-poly mannequin of
 * ellipsoids (pelvis, belly, chest, head) and capsules (neck, shoulders, limbs), proportioned from body-segment
 * fractions of height (anatomy/bodySegments.ts) and posed by the spine's own movement. The pelvis is fixed to
 * the sacrum, the belly follows L3, the chest T7, the head C1; the limbs are placed for the body position
 * and, where they bear weight (hands or feet on the floor), keep their place on the floor while the trunk moves.
 *
 * Everything is in the spine's frame (mm, S1 endplate centre at the origin, x left, y up, z forward): for a
 * lying card the person lies on a floor that stands upright in this frame, and the view turns to match.
 */

export const FIGURE_SEGMENTS = [
  'pelvis',
  'belly',
  'chest',
  'shoulders',
  'neck',
  'head',
  'upperArm:left',
  'forearm:left',
  'hand:left',
  'upperArm:right',
  'forearm:right',
  'hand:right',
  'thigh:left',
  'shank:left',
  'foot:left',
  'thigh:right',
  'shank:right',
  'foot:right',
] as const
export type FigureSegment = (typeof FIGURE_SEGMENTS)[number]
type Side = 'left' | 'right'
const SIDES: readonly Side[] = ['left', 'right']

interface Ellipsoid {
  kind: 'ellipsoid'
  radii: Vec3
}
interface Capsule {
  kind: 'capsule'
  radius: number
  /** Between the two cap centres, mm. */
  length: number
}
export type SegmentShape = Ellipsoid | Capsule

/** The figure's dimensions, mm: lengths from the body-height fractions, girths our estimate of a slim adult. */
export function figureDimensions() {
  const { height: H, hipY, shoulderY } = bodyScale()
  const f = BODY_FRACTIONS
  const s = H / 1750 // girths below are for a 1.75 m adult, scaled with the figure
  const hipHalfWidth = (f.hipWidth.value * H) / 2 - 10 * s
  const shoulderHalfWidth = (f.shoulderWidth.value * H) / 2 - 15 * s
  return {
    H,
    hipY,
    shoulderY,
    hipHalfWidth,
    shoulderHalfWidth,
    upperArm: f.upperArm.value * H,
    forearm: f.forearm.value * H,
    hand: f.hand.value * H,
    thigh: f.thigh.value * H,
    shank: f.shank.value * H,
    foot: f.footLength.value * H,
    ankleHeight: f.ankleHeight.value * H,
    head: f.head.value * H,
    radius: {
      upperArm: 42 * s,
      forearm: 34 * s,
      hand: 24 * s,
      thigh: 68 * s,
      shank: 46 * s,
      foot: 30 * s,
      neck: 46 * s,
      shoulders: 50 * s,
    },
  }
}
export type FigureDimensions = ReturnType<typeof figureDimensions>

/** Each segment's shape: built once, shared by every pose. */
export function segmentShapes(d: FigureDimensions = figureDimensions()): Record<FigureSegment, SegmentShape> {
  const r = d.radius
  const p = posture().bones
  const neckLength = length(sub(p.C2.position, p.C7.position))
  const capsule = (radius: number, len: number): Capsule => ({ kind: 'capsule', radius, length: len })
  const limbs = (side: Side) =>
    ({
      [`upperArm:${side}`]: capsule(r.upperArm, d.upperArm),
      [`forearm:${side}`]: capsule(r.forearm, d.forearm),
      [`hand:${side}`]: capsule(r.hand, d.hand - 2 * r.hand),
      [`thigh:${side}`]: capsule(r.thigh, d.thigh),
      [`shank:${side}`]: capsule(r.shank, d.shank),
      [`foot:${side}`]: capsule(r.foot, d.foot - 2 * r.foot),
    }) as Record<string, Capsule>
  return {
    pelvis: { kind: 'ellipsoid', radii: [d.hipHalfWidth + 45, 115, 120] },
    belly: { kind: 'ellipsoid', radii: [150, 125, 115] },
    chest: { kind: 'ellipsoid', radii: [165, 150, 140] },
    shoulders: capsule(r.shoulders, 2 * d.shoulderHalfWidth),
    neck: capsule(r.neck, neckLength),
    head: { kind: 'ellipsoid', radii: [78, d.head / 2, 100] },
    ...limbs('left'),
    ...limbs('right'),
  } as unknown as Record<FigureSegment, SegmentShape>
}

// --- the rest pose: where each part sits before the spine moves (mm, the spine's frame)

const X: Vec3 = [1, 0, 0]
const Y: Vec3 = [0, 1, 0]
const Z: Vec3 = [0, 0, 1]
const neg = (v: Vec3): Vec3 => scale(v, -1)
const sideX = (side: Side) => (side === 'left' ? 1 : -1)
const dir = (x: number, y: number, z: number): Vec3 => normalize([x, y, z])

/** A limb's three segment directions in the rest pose, and whether its end bears weight on the floor. */
interface LimbPlan {
  dirs: readonly [Vec3, Vec3, Vec3]
  /** Pole: the way the middle joint (elbow, knee) points. */
  bend: Vec3
  planted: boolean
  /** A free arm that hangs straight down whatever the trunk does (standing); otherwise it is carried by the chest. */
  hangs?: boolean
}

interface PositionPlan {
  /** Unit normal of the floor, pointing from the floor to the body. */
  up: Vec3
  arm: (side: Side) => LimbPlan
  leg: (side: Side, d: FigureDimensions) => LimbPlan
  /** A seat under the pelvis (sitting). */
  seat: boolean
}

const hangingArm = (side: Side): LimbPlan => ({
  dirs: [dir(0.12 * sideX(side), -1, 0.02), dir(0.05 * sideX(side), -1, 0.12), dir(0.03 * sideX(side), -1, 0.1)],
  bend: neg(Z),
  planted: false,
  hangs: true,
})
const standingLeg = (side: Side): LimbPlan => ({
  dirs: [dir(0.03 * sideX(side), -1, 0), dir(0, -1, 0), Z],
  bend: Z,
  planted: true,
})

const PLANS: Record<BodyPosition, PositionPlan> = {
  standing: { up: Y, arm: hangingArm, leg: standingLeg, seat: false },
  sitting: {
    up: Y,
    // hands resting on the thighs (placed there below)
    arm: (side) => ({
      dirs: [dir(0.1 * sideX(side), -1, 0.15), dir(0, -0.35, 1), dir(0, -0.3, 1)],
      bend: dir(0.4 * sideX(side), 0, -1),
      planted: true,
    }),
    leg: (side) => ({ dirs: [dir(0.08 * sideX(side), -0.08, 1), neg(Y), Z], bend: Z, planted: true }),
    seat: true,
  },
  // on the back, knees bent, feet flat: the floor is behind the back
  supine: {
    up: Z,
    arm: (side) => ({
      dirs: [dir(0.25 * sideX(side), -1, -0.3), dir(0.1 * sideX(side), -1, 0), dir(0.05 * sideX(side), -1, 0)],
      bend: Z,
      planted: true,
    }),
    leg: (side) => ({
      dirs: [dir(0.1 * sideX(side), -0.7, 0.7), dir(0, -0.7, -0.7), dir(0, -1, -0.05)],
      bend: Z,
      planted: true,
    }),
    seat: false,
  },
  // on the front: the floor is in front of the chest
  prone: {
    up: neg(Z),
    // hands flat beside the chest, elbows up: ready to press up
    arm: (side) => ({
      dirs: [dir(0.35 * sideX(side), -0.9, 0), dir(0.1 * sideX(side), 0.6, 0), dir(0, 1, 0)],
      bend: dir(0.6 * sideX(side), 0, -1),
      planted: true,
    }),
    leg: (side) => ({
      dirs: [dir(0.04 * sideX(side), -1, 0), dir(0, -1, 0.03), dir(0, -1, 0.1)],
      bend: neg(Z),
      planted: true,
    }),
    seat: false,
  },
  // on all fours: arms straight down to the floor, knees under the hips, shins along the floor
  'hands-and-knees': {
    up: neg(Z),
    arm: (side) => ({
      // elbows a little soft, so the hands can stay put as the back moves
      dirs: [dir(0.03 * sideX(side), -0.15, 1), dir(0, 0.3, 1), dir(0, 0.5, 1)],
      bend: neg(Y),
      planted: true,
    }),
    leg: (side) => ({ dirs: [dir(0.03 * sideX(side), 0, 1), neg(Y), dir(0, -1, -0.5)], bend: Y, planted: true }),
    seat: false,
  },
  // kneeling on the right knee, the left foot forward
  'half-kneeling': {
    up: Y,
    arm: hangingArm,
    leg: (side, d) => {
      if (side === 'right') return { dirs: [dir(0, -0.85, -0.5), neg(Z), dir(0, -0.3, -1)], bend: Z, planted: true }
      // the front thigh's slope puts the front foot on the floor the back knee rests on
      const kneeDrop = d.thigh * 0.85 * (1 / Math.hypot(0.85, 0.5)) + d.radius.shank
      const drop = (kneeDrop - d.shank - d.ankleHeight) / d.thigh
      const y = Math.max(-0.9, Math.min(0.3, -drop))
      return { dirs: [dir(0.05, y, Math.sqrt(1 - y * y)), neg(Y), Z], bend: Z, planted: true }
    },
    seat: false,
  },
}

/** The rest pose of the figure's trunk: centres of the ellipsoids and the joints the limbs hang from. */
function restTrunk(d: FigureDimensions) {
  const b = posture().bones
  const hip = (side: Side): Vec3 => [sideX(side) * d.hipHalfWidth * 0.62, d.hipY, 30]
  const shoulder = (side: Side): Vec3 => [sideX(side) * d.shoulderHalfWidth, d.shoulderY, -5]
  const c1 = b.C1.position
  return {
    pelvis: [0, d.hipY + 45, 0] as Vec3,
    belly: [0, b.L3.position[1] + 10, 40] as Vec3,
    chest: [0, b.T7.position[1] - 5, 20] as Vec3,
    head: [0, c1[1] + d.head / 2 - 0.19 * d.head, c1[2] + 30] as Vec3,
    neckLow: add(b.C7.position, [0, 0, 15]),
    neckHigh: add(b.C2.position, [0, 0, 10]),
    hip,
    shoulder,
  }
}

// --- posing

/** A foam roll's radius, mm (a common 15 cm roll). */
const ROLLER_RADIUS = 75

/** The parts of a keyframe of the spine's motion the figure follows. */
export interface SpineFrame {
  bones: ReadonlyMap<string, Rigid>
  /** How far into the movement (0 at the start, 1 at its full extent; −1…1 for a cycling one). */
  amount?: number
}

export interface FigurePose {
  /** Each segment's world matrix (column-major, as three's Matrix4.elements). */
  matrices: Record<FigureSegment, Matrix4>
  /** The floor: points p with dot(up, p) = level; `matrix` places a unit box as a thin tile of it. */
  floor: { up: Vec3; level: number; matrix: Matrix4 }
  /** A seat's box (centre and size, mm) when the person sits, and the chair's back behind the pelvis. */
  seat: { centre: Vec3; size: Vec3; back: { centre: Vec3; size: Vec3 } } | null
  /** A foam roll under the upper back: places a unit cylinder (axis y) across the body. */
  roller: Matrix4 | null
  /** Landmarks for checks: trunk centres and where hands and feet are. */
  points: {
    pelvis: Vec3
    head: Vec3
    chest: Vec3
    /** Fingertips. */
    hands: Record<Side, Vec3>
    wrists: Record<Side, Vec3>
    /** Toes. */
    feet: Record<Side, Vec3>
    knees: Record<Side, Vec3>
    elbows: Record<Side, Vec3>
  }
}

const bone = (frame: SpineFrame | null, id: string): Rigid => frame?.bones.get(id) ?? IDENTITY

/** Three's matrix of a rigid motion (rows of r, then t). */
function rigidMatrix(m: Rigid, out: Matrix4): Matrix4 {
  const [a, b, c] = m.r
  return out.set(a[0], a[1], a[2], m.t[0], b[0], b[1], b[2], m.t[1], c[0], c[1], c[2], m.t[2], 0, 0, 0, 1)
}

const q = new Quaternion()
const v1 = new Vector3()
const v2 = new Vector3()
/** A capsule's matrix from its two cap centres; `stretch` scales its length (the neck). */
function capsuleMatrix(a: Vec3, b: Vec3, restLength: number, stretch: boolean): Matrix4 {
  const axis = sub(b, a)
  const len = length(axis) || 1
  q.setFromUnitVectors(v1.set(0, 1, 0), v2.set(axis[0] / len, axis[1] / len, axis[2] / len))
  const mid = scale(add(a, b), 0.5)
  return new Matrix4().compose(new Vector3(...mid), q, new Vector3(1, stretch ? len / (restLength || 1) : 1, 1))
}

/** Two-bone reach from `root` toward `target` (lengths a, b), bending toward `pole`: the middle and end joints. */
export function reach(root: Vec3, target: Vec3, a: number, b: number, pole: Vec3): [Vec3, Vec3] {
  const toTarget = sub(target, root)
  const dist = Math.max(Math.abs(a - b) + 1e-3, Math.min(a + b - 1e-3, length(toTarget)))
  const u = normalize(toTarget)
  const along = (a * a - b * b + dist * dist) / (2 * dist)
  const h = Math.sqrt(Math.max(0, a * a - along * along))
  let p = sub(pole, scale(u, dot(pole, u)))
  if (length(p) < 1e-6) p = normalize(cross3(u, X))
  const mid = add(add(root, scale(u, along)), scale(normalize(p), h))
  return [mid, add(root, scale(u, dist))]
}

interface Limb {
  joints: [Vec3, Vec3, Vec3, Vec3]
}

/** A limb's joints in the rest pose from its root and plan. */
function restLimb(root: Vec3, plan: LimbPlan, lengths: readonly [number, number, number]): Limb {
  const j1 = add(root, scale(plan.dirs[0], lengths[0]))
  const j2 = add(j1, scale(plan.dirs[1], lengths[1]))
  return { joints: [root, j1, j2, add(j2, scale(plan.dirs[2], lengths[2]))] }
}

/**
 * Prepares a body position once (rest limbs, floor, seat) for a stretch's keyframes and returns the function
 * that poses the figure for one of them (null: the spine at rest).
 */
export function figurePoser(
  position: BodyPosition,
  frames: readonly SpineFrame[] = [],
  action: FigureAction = {},
  d: FigureDimensions = figureDimensions(),
) {
  const base = PLANS[position]
  const plan: PositionPlan =
    action.arms === 'reachForward'
      ? {
          ...base,
          // arms stretched forward along the floor
          arm: (side) => ({
            ...base.arm(side),
            dirs: [dir(0.05 * sideX(side), 0.75, 1), dir(0, 1, 0.4), dir(0, 1, 0)],
          }),
        }
      : base
  const shapes = segmentShapes(d)
  const trunk = restTrunk(d)
  const armLengths = [d.upperArm, d.forearm, d.hand - (shapes['hand:left'] as Capsule).radius] as const
  const legLengths = [d.thigh, d.shank, d.foot * 0.75] as const
  const rest = {
    arm: {
      left: restLimb(trunk.shoulder('left'), plan.arm('left'), armLengths),
      right: restLimb(trunk.shoulder('right'), plan.arm('right'), armLengths),
    },
    leg: {
      left: restLimb(trunk.hip('left'), plan.leg('left', d), legLengths),
      right: restLimb(trunk.hip('right'), plan.leg('right', d), legLengths),
    },
  }
  // the floor: as low as the hands, knees and feet that bear weight (on all fours, the plane through hands and knees)
  let up = plan.up
  if (position === 'hands-and-knees') {
    const knee = rest.leg.left.joints[1]
    const wrist = rest.arm.left.joints[2]
    const along = normalize([0, wrist[1] - knee[1], wrist[2] - knee[2]])
    up = normalize(cross3(along, X))
    if (dot(up, plan.up) < 0) up = neg(up)
  }
  // what bears the weight sets the floor's level: the ankles (standing, sitting), the back knee (half-kneeling),
  // hands and knees (on all fours), or the trunk (lying)
  const ellipsoidReach = (id: 'pelvis' | 'chest', toward: Vec3) =>
    Math.hypot(...(shapes[id] as Ellipsoid).radii.map((r, i) => r * (toward[i] ?? 0)))
  const heights: number[] = []
  for (const side of SIDES) {
    const arm = rest.arm[side].joints
    const leg = rest.leg[side].joints
    if (position === 'standing' || position === 'sitting') heights.push(dot(leg[2], up) - d.ankleHeight)
    if (position === 'hands-and-knees')
      heights.push(dot(leg[1], up) - d.radius.thigh, dot(arm[2], up) - d.radius.forearm)
  }
  if (position === 'half-kneeling') heights.push(dot(rest.leg.right.joints[1], up) - d.radius.thigh)
  if (position === 'supine' || position === 'prone')
    heights.push(
      dot(trunk.pelvis, up) - ellipsoidReach('pelvis', up),
      dot(trunk.chest, up) - ellipsoidReach('chest', up),
    )
  /** Places the trunk's segments for a frame (into `matrices`): what follows the spine's bones directly. */
  const poseTrunk = (frame: SpineFrame | null, matrices: Record<FigureSegment, Matrix4>) => {
    const place = (id: FigureSegment, rigid: Rigid, centre: Vec3) => {
      const shape = shapes[id] as Ellipsoid
      const m = rigidMatrix(rigid, new Matrix4())
      const at = apply(rigid, centre)
      m.setPosition(at[0], at[1], at[2])
      m.scale(new Vector3(...shape.radii))
      matrices[id] = m
      return at
    }
    const chest = bone(frame, 'T7')
    const pelvis = place('pelvis', bone(frame, 'sacrum'), trunk.pelvis)
    place('belly', bone(frame, 'L3'), trunk.belly)
    place('chest', chest, trunk.chest)
    const head = place('head', bone(frame, 'C1'), trunk.head)
    const neckShape = shapes.neck as Capsule
    matrices.neck = capsuleMatrix(
      apply(bone(frame, 'C7'), trunk.neckLow),
      apply(bone(frame, 'C2'), trunk.neckHigh),
      neckShape.length,
      true,
    )
    const shoulderAt = (side: Side) => apply(chest, trunk.shoulder(side))
    matrices.shoulders = capsuleMatrix(shoulderAt('right'), shoulderAt('left'), 0, false)
    return { pelvis, head, shoulderAt, chest }
  }
  const TRUNK: readonly FigureSegment[] = ['pelvis', 'belly', 'chest', 'shoulders', 'neck', 'head']
  // lying, the floor is as low as the trunk reaches in any keyframe: the back bending over a roll, say
  if (position === 'supine' || position === 'prone') {
    const matrices = {} as Record<FigureSegment, Matrix4>
    for (const frame of frames) {
      poseTrunk(frame, matrices)
      for (const id of TRUNK) heights.push(segmentLowest(shapes[id], matrices[id], up))
    }
  }
  // a foam roll holds the upper back one roll's width off the floor
  if (action.roller) {
    const matrices = {} as Record<FigureSegment, Matrix4>
    poseTrunk(null, matrices)
    heights.push(segmentLowest(shapes.chest, matrices.chest, up) - 2 * ROLLER_RADIUS)
  }
  const level = Math.min(...heights)
  // a hand or foot that bears weight is put on that floor: the elbow or knee bends to reach it there
  // a hand or foot that bears weight is put on that floor (sitting, the hands on the thighs): the elbow or knee
  // bends to reach it there
  const plant = (
    limb: Limb,
    lp: LimbPlan,
    lengths: readonly [number, number, number],
    clearance: number,
    on?: Vec3,
  ) => {
    if (!lp.planted) return
    const [root, , j2] = limb.joints
    const target = on ?? sub(j2, scale(up, dot(j2, up) - level - clearance))
    const [mid, end] = reach(root, target, lengths[0], lengths[1], lp.bend)
    // the hand or foot lies flat on the floor
    const last = normalize(sub(lp.dirs[2], scale(up, dot(lp.dirs[2], up))))
    limb.joints = [root, mid, end, add(end, scale(last, lengths[2]))]
  }
  const kneeling = (side: Side) => position === 'hands-and-knees' || (position === 'half-kneeling' && side === 'right')
  for (const side of SIDES)
    plant(rest.leg[side], plan.leg(side, d), legLengths, kneeling(side) ? d.radius.shank : d.ankleHeight)
  for (const side of SIDES) {
    const [hip, knee] = rest.leg[side].joints
    const onThigh =
      position === 'sitting'
        ? add(add(hip, scale(sub(knee, hip), 0.6)), [0, d.radius.thigh + d.radius.forearm, 0])
        : undefined
    plant(rest.arm[side], plan.arm(side), armLengths, d.radius.forearm, onThigh)
  }
  const seatTop = d.hipY - d.radius.thigh
  const chairBack = (floorLevel: number) => {
    const b = posture().bones
    const height = b.T8.position[1] - floorLevel
    const behind = Math.min(b.T8.position[2], b.L3.position[2]) - 125
    return {
      centre: [0, floorLevel + height / 2, behind - 20] as Vec3,
      size: [2 * d.hipHalfWidth + 120, height, 40] as Vec3,
    }
  }
  const seat = plan.seat
    ? {
        centre: [0, (seatTop + level) / 2, 120] as Vec3,
        size: [2 * d.hipHalfWidth + 120, seatTop - level, 420] as Vec3,
        // up to the shoulder blades, behind the back (the back-of-chair card leans over its top)
        back: chairBack(level),
      }
    : null

  // a tile of floor under the body: 2.4 m along the body, 1.4 m across, 6 mm thick
  const middle = scale(add(trunk.pelvis, trunk.head), 0.5)
  const onFloor = sub(middle, scale(up, dot(middle, up) - level + 3))
  const floorMatrix = new Matrix4()
    .makeBasis(new Vector3(...X), new Vector3(...up), new Vector3(...cross3(X, up)))
    .setPosition(...onFloor)
    .scale(new Vector3(1400, 6, isUpright(position) ? 1400 : 2400))
  if (isUpright(position)) floorMatrix.setPosition(onFloor[0], onFloor[1], onFloor[2] + 150)
  const floor = { up, level, matrix: floorMatrix }
  const rollerAt = sub(trunk.chest, scale(up, dot(trunk.chest, up) - level - ROLLER_RADIUS))
  const roller = action.roller
    ? new Matrix4()
        .makeBasis(new Vector3(...up), new Vector3(...X), new Vector3(...cross3(up, X)))
        .setPosition(rollerAt[0], rollerAt[1] + 40, rollerAt[2])
        .scale(new Vector3(ROLLER_RADIUS, 620, ROLLER_RADIUS))
    : null

  const restHip = (side: Side) => rest.leg[side].joints[0]
  const turn = (joints: readonly Vec3[], axis: Vec3, angle: number, pivot: Vec3): Vec3[] => {
    const r = rotationAbout(axis, angle, pivot)
    return joints.map((p) => apply(r, p))
  }

  return (frame: SpineFrame | null): FigurePose => {
    const matrices = {} as Record<FigureSegment, Matrix4>
    const trunkNow = poseTrunk(frame, matrices)
    const { pelvis, head, shoulderAt, chest } = trunkNow
    // how far into the movement: the limbs' part of the stretch follows the spine's
    const amount = Math.max(0, Math.min(1, Math.abs(frame?.amount ?? 0)))

    // legs: at rest as planted; drawn to the chest, rolled aside or crossed as the card says
    const legs = {} as Record<Side, Vec3[]>
    for (const side of SIDES) {
      const planted = rest.leg[side].joints
      const drawn =
        action.legs === 'kneesToChest' ||
        (action.legs === 'leftKneeToChest' && side === 'left') ||
        (action.legs === 'figureFour' && side === 'right')
      if (drawn) {
        // the whole bent leg turns about the hip, the knee coming up over the chest
        const angle = action.legs === 'figureFour' ? -(25 + 30 * amount) : -85 * amount
        const turned = turn(planted, X, angle, restHip(side))
        // and the knee bends further, the heel coming toward the buttock
        const knee = turned[1] as Vec3
        legs[side] = [turned[0] as Vec3, knee, ...turn(turned.slice(2), X, 45 * amount, knee)]
      } else if (action.legs === 'kneesRoll') {
        // each knee swings about the line from its hip to its ankle: the feet stay, the knees go to the right
        const [hip, , ankle] = planted
        legs[side] = turn(planted, sub(ankle, hip), 55 * amount, hip)
      } else legs[side] = [...planted]
    }
    if (action.legs === 'figureFour') {
      // the left ankle rests across the right thigh, just above the knee
      const rightKnee = legs.right[1] as Vec3
      const rightHip = legs.right[0] as Vec3
      const onKnee = add(
        add(rightKnee, scale(normalize(sub(rightHip, rightKnee)), 80)),
        scale(up, d.radius.thigh + d.radius.shank),
      )
      const hip = restHip('left')
      const [knee, ankle] = reach(hip, add(onKnee, [40, 0, 0]), legLengths[0], legLengths[1], dir(1, 0.2, 0.4))
      legs.left = [hip, knee, ankle, add(ankle, scale(dir(-1, -0.3, 0.3), legLengths[2]))]
    }

    // arms: on the floor, hanging, carried by the chest, or doing what the card says
    const arms = {} as Record<Side, Vec3[]>
    for (const side of SIDES) {
      const lp = plan.arm(side)
      const r = rest.arm[side].joints
      const root = shoulderAt(side)
      let target: Vec3 | null = null
      let pole = lp.bend
      let handToward: Vec3 | null = null
      if (action.arms === 'crossed') {
        // the forearms folded across the front of the chest, each hand on the other shoulder
        const other: Side = side === 'left' ? 'right' : 'left'
        const front = (shapes.chest as Ellipsoid).radii[2] + 10
        target = apply(chest, [
          -sideX(side) * 40,
          trunk.chest[1] + 40 - (side === 'left' ? 0 : 45),
          trunk.chest[2] + front,
        ])
        handToward = apply(chest, add(trunk.shoulder(other), [0, -40, 90]))
        pole = dir(0.4 * sideX(side), -1, 0.5)
      } else if (action.arms === 'behindHead') {
        // the hands cupping the back of the head, elbows out
        target = apply(bone(frame, 'C1'), add(trunk.head, [sideX(side) * 55, -10, -110]))
        pole = apply(chest, add(trunk.shoulder(side), [sideX(side) * 200, 0, 60]))
        pole = sub(pole, root)
      } else if (action.arms === 'holdKnees') {
        // from the floor to the knee (both hands to the one knee drawn up)
        const knee =
          action.legs === 'leftKneeToChest'
            ? (legs.left[1] as Vec3)
            : action.legs === 'figureFour'
              ? (legs.right[1] as Vec3)
              : (legs[side][1] as Vec3)
        const hold = add(add(knee, [sideX(side) * 45, 0, 0]), scale(up, d.radius.thigh * 0.5))
        const t = Math.min(1, amount / 0.35)
        target = add(scale(r[2], 1 - t), scale(hold, t))
        pole = dir(sideX(side), 0, -0.5)
      }
      let joints: Vec3[]
      if (target) {
        const [mid, end] = reach(root, target, armLengths[0], armLengths[1], pole)
        const handDir = normalize(sub(handToward ?? end, handToward ? end : mid))
        joints = [root, mid, end, add(end, scale(handDir, armLengths[2]))]
      } else if (lp.planted) {
        const [mid, end] = reach(root, r[2], armLengths[0], armLengths[1], lp.bend)
        joints = [root, mid, end, add(end, sub(r[3], r[2]))]
      } else if (lp.hangs) joints = r.map((p) => add(root, sub(p, r[0])))
      else joints = r.map((p) => apply(chest, p))
      arms[side] = joints
    }

    const place = (ids: readonly [FigureSegment, FigureSegment, FigureSegment], joints: readonly Vec3[]) => {
      for (let i = 0; i < 3; i++) {
        const id = ids[i] as FigureSegment
        const shape = shapes[id] as Capsule
        const a = joints[i] as Vec3
        const b = joints[i + 1] as Vec3
        // a hand or foot capsule sits within its segment, its cap at the joint
        const axis = normalize(sub(b, a))
        const start = i === 2 ? add(a, scale(axis, shape.radius * 0.6)) : a
        matrices[id] = capsuleMatrix(start, add(start, scale(axis, shape.length)), shape.length, false)
      }
    }
    const points: FigurePose['points'] = {
      pelvis,
      head,
      chest: apply(chest, trunk.chest),
      hands: { left: [0, 0, 0], right: [0, 0, 0] },
      wrists: { left: [0, 0, 0], right: [0, 0, 0] },
      feet: { left: [0, 0, 0], right: [0, 0, 0] },
      knees: { left: [0, 0, 0], right: [0, 0, 0] },
      elbows: { left: [0, 0, 0], right: [0, 0, 0] },
    }
    for (const side of SIDES) {
      const arm = arms[side]
      const leg = legs[side]
      place([`upperArm:${side}`, `forearm:${side}`, `hand:${side}`], arm)
      place([`thigh:${side}`, `shank:${side}`, `foot:${side}`], leg)
      points.elbows[side] = arm[1] as Vec3
      points.hands[side] = arm[3] as Vec3
      points.wrists[side] = arm[2] as Vec3
      points.knees[side] = leg[1] as Vec3
      points.feet[side] = leg[3] as Vec3
    }
    return { matrices, floor, seat, roller, points }
  }
}

/** The figure posed for one keyframe (or at rest): a convenience for tests and one-off poses. */
export const figurePose = (position: BodyPosition, frame: SpineFrame | null, action: FigureAction = {}): FigurePose =>
  figurePoser(position, frame ? [frame] : [], action)(frame)

/** Lowest point of a posed segment along `up` (for checking it against the floor). */
export function segmentLowest(shape: SegmentShape, m: Matrix4, up: Vec3): number {
  const e = m.elements
  const centre: Vec3 = [e[12] ?? 0, e[13] ?? 0, e[14] ?? 0]
  if (shape.kind === 'ellipsoid') {
    // columns of m are the ellipsoid's scaled axes
    const reachAlong = Math.hypot(
      dot([e[0] ?? 0, e[1] ?? 0, e[2] ?? 0], up),
      dot([e[4] ?? 0, e[5] ?? 0, e[6] ?? 0], up),
      dot([e[8] ?? 0, e[9] ?? 0, e[10] ?? 0], up),
    )
    return dot(centre, up) - reachAlong
  }
  const axis: Vec3 = [e[4] ?? 0, e[5] ?? 0, e[6] ?? 0]
  const half = scale(axis, shape.length / 2)
  return Math.min(dot(add(centre, half), up), dot(sub(centre, half), up)) - shape.radius
}

// --- build geometry

/**
 * The head: the unit sphere its pose scales to the head's radii, with a nose on its front (+z, the way the
 * body faces). A plain ellipsoid turned by a neck stretch looked the same from every side, so a turn or a tilt
 * of the head could not be seen (a home user's review, s37). Scaled by the head's radii (78 × 115 × 100 mm)
 * the nose stands about 20 mm out and 25 mm tall.
 */
function createHeadGeometry(): BufferGeometry {
  const skull = new SphereGeometry(1, 20, 14)
  const nose = new SphereGeometry(0.2, 10, 8).translate(0, -0.08, 0.97)
  const head = mergeGeometries([skull, nose])
  skull.dispose()
  nose.dispose()
  if (!head) throw new Error('the head and its nose did not merge')
  return head
}

/**
 * The shared geometries: a unit sphere for every ellipsoid but the head (which has a nose), scaled by its
 * matrix; one capsule per capsule segment (the same for left and right), a floor tile and a seat. About 3 k
 * triangles in all.
 */
export function createMannequinGeometries(d: FigureDimensions = figureDimensions()) {
  const shapes = segmentShapes(d)
  const sphere = new SphereGeometry(1, 20, 14)
  const head = createHeadGeometry()
  const capsules = new Map<string, BufferGeometry>()
  const segments = {} as Record<FigureSegment, BufferGeometry>
  for (const id of FIGURE_SEGMENTS) {
    const shape = shapes[id]
    if (shape.kind === 'ellipsoid') {
      segments[id] = id === 'head' ? head : sphere
      continue
    }
    const key = id.split(':')[0] as string
    let g = capsules.get(key)
    if (!g) {
      g = new CapsuleGeometry(shape.radius, shape.length, 4, 12)
      capsules.set(key, g)
    }
    segments[id] = g
  }
  const seat = new BoxGeometry(1, 1, 1)
  const roller = new CylinderGeometry(1, 1, 1, 24)
  const all = [sphere, head, ...capsules.values(), seat, roller]
  return {
    segments,
    seat,
    roller,
    all,
    dispose: () => {
      for (const g of all) g.dispose()
    },
  }
}
export type MannequinGeometries = ReturnType<typeof createMannequinGeometries>
