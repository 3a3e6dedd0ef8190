import type { BufferGeometry } from 'three'
import type { BoneId, DiscId, Side, VertebraLevel } from '../../anatomy/ids'
import { sacralLayout, vertebraLandmarks } from '../../anatomy/landmarks'
import { VERTEBRA_MEASUREMENTS } from '../../anatomy/levels'
import { CAUDA_EQUINA_ROOTS, NERVE_ROOT_ANATOMY, type NerveRoot, spinalOrder } from '../../anatomy/neural'
import { partAnchor } from '../../anatomy/parts'
import { type Detail, MeshBuilder } from '../builder'
import { add, cross3, length, mirrorX, normalize, scale, sub, type Vec3 } from '../vec3'
import { canalPoint, sacralCanal } from './canal'
import { GANGLION_COLOR, NERVE_COLOR } from './colors'
import { cordRadiiAt, segmentPoint, takeOffPoint } from './cord'
import { bonePose, finish, indexOf, lerp, lerpV, levelAt, midHeight, toLocal, toWorld } from './frames'
import { extreme, NERVE_OBSTACLES, partBox, type ShapeId, shapeClearance, shapeOf } from './obstacles'
import { repairPath, roomiest } from './routing'

// The 62 nerve roots: each from the cord or the cauda equina to its foramen, where its dorsal root ganglion
// is placed in the roomiest spot, and out; the right side is the left one mirrored.

export interface RootCourse {
  readonly root: NerveRoot
  readonly side: Side
  /** Centreline control points of the root's tube (world mm). */
  readonly path: readonly Vec3[]
  /** Where it leaves the cord, or the cauda equina. */
  readonly origin: Vec3
  /** Centre of its dorsal root ganglion. */
  readonly ganglion: Vec3
  /** Where it passes through its way out: the ganglion in a foramen, else the foramen or the hiatus it crosses. */
  readonly exitPoint: Vec3
  readonly end: Vec3
  readonly radius: number
  /** Ganglion semi-axes: [across, along the root]. */
  readonly ganglionRadii: readonly [number, number]
}

interface Foramen {
  readonly upper: BoneId
  readonly lower: BoneId
  readonly obstacles: readonly ShapeId[]
}

const discBetween = (upper: VertebraLevel, lower: VertebraLevel | 'S1'): DiscId | null =>
  upper === 'C1' ? null : (`disc:${upper}-${lower}` as DiscId)

/** The bones round a root's way out, and what it must not pass through. */
function foramenOf(root: NerveRoot): Foramen {
  const exit = NERVE_ROOT_ANATOMY[root].exit
  if (exit.kind !== 'intervertebral') return { upper: 'sacrum', lower: 'coccyx', obstacles: ['sacrum', 'coccyx'] }
  const upper: BoneId = exit.upper === 'C0' ? 'C1' : exit.upper
  const lower: BoneId = exit.lower === 'S1' ? 'sacrum' : exit.lower
  const obstacles: ShapeId[] = [upper, lower]
  if (exit.upper !== 'C0') {
    const disc = discBetween(exit.upper, exit.lower)
    if (disc) obstacles.push(disc)
    obstacles.push(`facet:${exit.upper}-${exit.lower}:left`)
  } else obstacles.push('facet:C0-C1:left', 'C2')
  if (root === 'C2') obstacles.push('facet:C0-C1:left', 'C3')
  return { upper, lower, obstacles }
}

/** Box (the upper bone's frame, left side) in which the ganglion is placed, and the height it prefers. */
function ganglionBox(root: NerveRoot): { min: Vec3; max: Vec3; preferHigh: boolean } {
  const a = NERVE_ROOT_ANATOMY[root]
  if (root === 'C1') {
    const l = vertebraLandmarks('C1')
    return { min: [l.pedicleInnerX - 2, 7, -21], max: [l.pedicleInnerX + 5, 14, -9], preferHigh: false }
  }
  const f = foramenOf(root)
  const up = f.upper as VertebraLevel
  const l = vertebraLandmarks(up)
  const m = VERTEBRA_MEASUREMENTS[up]
  // C2: behind the lateral atlanto-axial joint, below the atlas's lateral mass (the atlas's frame)
  if (root === 'C2')
    return { min: [l.pedicleInnerX - 1, -14, -24], max: [l.pedicleInnerX + 7, -7, -10], preferHigh: false }
  const upperShape = shapeOf(f.upper)
  const lowerShape = shapeOf(f.lower)
  const ped = partBox(upperShape, 'pedicle-left')
  // the top of the bone below, under the foramen: its pedicle, or the sacrum's ala and S1 bar
  const below =
    f.lower === 'sacrum'
      ? Math.max(partBox(lowerShape, 'ala-left').max[1], partBox(lowerShape, 'bar-S1-left').max[1] - 4)
      : partBox(lowerShape, 'pedicle-left').max[1]
  const lowerTop = toLocal(bonePose(f.upper), toWorld(bonePose(f.lower), [l.pedicleInnerX, below, l.bodyBackZ]))[1]
  // Silverstein's zones: medial from the pedicle's inner border to its middle, lateral from there to its outer border
  const zones = { foramen: [0.1, 0.95], 'foramen-medial': [0.05, 0.5], 'foramen-lateral': [0.5, 0.95] } as const
  const zone = zones[a.ganglion as keyof typeof zones] ?? zones.foramen
  const pw = m.pedicleWidth.value
  // a quarter millimetre inside the zone's edges, so that a centre on the edge still counts as in the zone;
  // in the neck the ganglion may lie beside the body, lower down it lies behind the body and the disc
  const cervical = up[0] === 'C'
  return {
    min: [l.pedicleInnerX + zone[0] * pw + 0.25, lowerTop, l.pillar[2] - 1],
    max: [l.pedicleInnerX + zone[1] * pw - 0.25, ped.min[1], cervical ? l.bodyBackZ + 3 : l.bodyBackZ - 0.5],
    preferHigh: !cervical,
  }
}

/** Offsets (height, depth; mm) from the ganglion's centre at which the foramen's inner opening may lie. */
const ENTRY_OFFSETS: readonly (readonly [number, number])[] = [0, 1.5, 3, 4.5, 6, -1.5].flatMap((dy) =>
  [0, -1.5, -3, -4.5, -6, 1.5].map((dz) => [dy, dz] as const),
)

/**
 * The ganglion's centre (upper bone's frame, left side): the roomiest point of its box, the one farthest
 * from the bones, disc and joint capsule round it; in the thoracic and lumbar spine, among points roomy
 * enough for it, the highest, as the exiting root runs under the pedicle above.
 */
function placeGanglion(root: NerveRoot, across: number, along: number, radius: number): Vec3 {
  const box = ganglionBox(root)
  const f = foramenOf(root)
  const pose = bonePose(f.upper)
  const inner =
    root === 'C1' || root === 'C2' ? box.min[0] - 2 : vertebraLandmarks(f.upper as VertebraLevel).pedicleInnerX
  let best: Vec3 = lerpV(box.min, box.max, 0.5)
  let bestScore = -Infinity
  const span = Math.max(1e-6, box.max[1] - box.min[1])
  const clear = (p: Vec3) => shapeClearance(toWorld(pose, p), f.obstacles, across + 4)
  // the ganglion is longer than wide, lying along the root as it leaves (out, and in the low back steeply
  // down and forward): its ends must be clear too
  const reach = Math.max(0, along - across)
  const axis = scale(normalize(OUTWARD[root[0] as 'C' | 'T' | 'L'] ?? [1, 0, 0]), reach)
  const consider = (p: Vec3) => {
    const room = Math.min(clear(p), clear(add(p, axis)), clear(sub(p, axis))) - across
    if (room < bestScore - 2) return
    // and the root must get there from the canal: a clear passage from the side of the canal, at the same
    // height or up to 6 mm above, a little in front or behind (where computeCourse may put its inner opening)
    let passage = -Infinity
    for (const [dy, dz] of ENTRY_OFFSETS) {
      let worst = Infinity
      for (const t of [0, 0.33, 0.66]) {
        worst = Math.min(
          worst,
          clear([lerp(inner, p[0] - along, t), p[1] + dy * (1 - t), p[2] + dz * (1 - t)]) - radius,
        )
        if (worst <= passage) break
      }
      passage = Math.max(passage, worst)
    }
    const fit = Math.min(room, passage, 1.2)
    const score = fit + (box.preferHigh && fit >= 0.3 ? ((p[1] - box.min[1]) / span) * 1.2 : 0)
    if (score > bestScore) {
      bestScore = score
      best = p
    }
  }
  // a coarse search of the whole box, then a fine one round the best point (clamped to the box)
  for (let x = box.min[0]; x <= box.max[0] + 1e-6; x += 1.5)
    for (let y = box.min[1]; y <= box.max[1] + 1e-6; y += 1.5)
      for (let z = box.min[2]; z <= box.max[2] + 1e-6; z += 1.5) consider([x, y, z])
  const coarse = best
  const clamp = (v: number, k: 0 | 1 | 2) => Math.max(box.min[k], Math.min(box.max[k], v))
  for (let dx = -1.5; dx <= 1.5 + 1e-6; dx += 0.5)
    for (let dy = -1.5; dy <= 1.5 + 1e-6; dy += 0.5)
      for (let dz = -1.5; dz <= 1.5 + 1e-6; dz += 0.5)
        consider([clamp(coarse[0] + dx, 0), clamp(coarse[1] + dy, 1), clamp(coarse[2] + dz, 2)])
  return best
}

/** Default outward direction after the foramen (upper bone's frame): out and down, forward in the neck and low back. */
const OUTWARD: Readonly<Record<string, Vec3>> = {
  C: [1, -0.35, 0.55],
  T: [1, -0.45, 0.1],
  L: [1, -0.75, 0.45],
}

/** The direction out of the foramen that keeps farthest from the bones, near the default. */
function chooseOutward(root: NerveRoot, from: Vec3, reach: number, radius: number): Vec3 {
  const f = foramenOf(root)
  const pose = bonePose(f.upper)
  const base = OUTWARD[root[0] as 'C' | 'T' | 'L'] ?? OUTWARD.T!
  let best = normalize(base)
  let bestScore = -Infinity
  for (const dy of [-0.6, -0.3, 0, 0.3, 0.6]) {
    for (const dz of [-0.6, -0.3, 0, 0.3, 0.6]) {
      const d = normalize([base[0], base[1] + dy, base[2] + dz])
      let worst = Infinity
      for (let t = 2; t <= reach; t += 1.5) {
        worst = Math.min(worst, shapeClearance(toWorld(pose, add(from, scale(d, t))), f.obstacles, radius + 3))
      }
      const score = Math.min(worst, radius + 1.5) - 0.4 * (Math.abs(dy) + Math.abs(dz))
      if (score > bestScore) {
        bestScore = score
        best = d
      }
    }
  }
  return best
}

const courses = new Map<string, RootCourse>()
/** A root's course (world): from the cord or the cauda equina, through its foramen with its ganglion, and out. */
export function rootCourse(root: NerveRoot, side: Side): RootCourse {
  const key = `${root}:${side}`
  let c = courses.get(key)
  if (!c) {
    const left = side === 'left' ? computeCourse(root) : (rootCourse(root, 'left') as RootCourse)
    c = side === 'left' ? left : mirrorCourse(left)
    courses.set(key, c)
  }
  return c
}

const mirrorCourse = (c: RootCourse): RootCourse => ({
  ...c,
  side: 'right',
  path: c.path.map(mirrorX),
  origin: mirrorX(c.origin),
  ganglion: mirrorX(c.ganglion),
  exitPoint: mirrorX(c.exitPoint),
  end: mirrorX(c.end),
})

/** A world point on the canal at a spinal order (the nearest vertebra's frame), `x` to the side. */
function canalAtOrder(order: number, x = 0, dz = 0): Vec3 {
  const i = Math.max(0, Math.min(indexOf('L5'), Math.round(order)))
  return canalPoint({ level: levelAt(i), at: i - order }, x, dz)
}

function computeCourse(root: NerveRoot): RootCourse {
  const a = NERVE_ROOT_ANATOMY[root]
  const radius = a.diameter.value / 2
  const across = a.ganglionWidth.value / 2
  const ganglionRadii: [number, number] = [across, Math.max(across * 1.4, 2.5)]
  if (a.exit.kind !== 'intervertebral') return sacralCourse(root, radius, ganglionRadii)
  const f = foramenOf(root)
  const pose = bonePose(f.upper)
  const G = placeGanglion(root, across, ganglionRadii[1], radius)
  const up = f.upper as VertebraLevel
  const l = vertebraLandmarks(up)
  const inCauda = CAUDA_EQUINA_ROOTS.includes(root)
  const origin = inCauda ? takeOffPoint(root) : segmentPoint(root, 'left')
  // the foramen's inner opening: just inside the canal, beside the ganglion, wherever it is roomiest
  const entryCandidates: Vec3[] = []
  for (const dx of [0.5, 1.5, 2.5])
    for (const [dy, dz] of ENTRY_OFFSETS)
      entryCandidates.push(toWorld(pose, [l.pedicleInnerX - radius - dx, G[1] + dy, G[2] + dz]))
  // the roomiest, counting the straight way from it to the ganglion's inner end as well as the point itself
  const medialEnd = toWorld(pose, add(G, [-across, 0, 0]))
  let entry = entryCandidates[0] as Vec3
  let entryRoom = -Infinity
  for (const p of entryCandidates) {
    let room = Math.min(radius + 1.5, shapeClearance(p, NERVE_OBSTACLES, radius + 2.5))
    for (const t of [0.25, 0.5, 0.75]) {
      if (room <= entryRoom + 1e-6) break
      room = Math.min(room, shapeClearance(lerpV(p, medialEnd, t), NERVE_OBSTACLES, radius + 2.5))
    }
    if (room > entryRoom + 1e-6) {
      entryRoom = room
      entry = p
    }
  }
  const path: Vec3[] = [origin]
  // from a segment well above: down beside the cord, in each level's own canal, before turning out
  const entryOrder = indexOf(up) - toLocal(pose, entry)[1] / midHeight(up)
  const startOrder = spinalOrder(a.segment)
  if (!inCauda) {
    for (let o = startOrder + 0.45; o < entryOrder - 0.4; o += 0.5) {
      const r = cordRadiiAt(o)
      const candidates: Vec3[] = []
      for (const dx of [0.4, 1, 1.8])
        for (const dz of [0, 1, 2, 3, -1, -2]) candidates.push(canalAtOrder(o, r[0] + radius + dx, dz))
      path.push(roomiest(candidates, NERVE_OBSTACLES, radius + 1.5))
    }
  }
  path.push(entry)
  const ganglion = toWorld(pose, G)
  path.push(ganglion)
  const reach = up[0] === 'L' ? 20 : 15
  const out = chooseOutward(root, add(G, [across, 0, 0]), reach, radius)
  path.push(toWorld(pose, add(G, scale(out, reach * 0.5 + across))))
  path.push(toWorld(pose, add(G, scale(out, reach + across))))
  const repaired = repairPath(path, radius, new Set([0, path.indexOf(ganglion)]))
  const end = repaired[repaired.length - 1] as Vec3
  return { root, side: 'left', path: repaired, origin, ganglion, exitPoint: ganglion, end, radius, ganglionRadii }
}

/** S1–S5 and Co1: from the sac in the sacral canal, ganglion in the canal, out by a foramen or the hiatus. */
function sacralCourse(root: NerveRoot, radius: number, ganglionRadii: readonly [number, number]): RootCourse {
  const a = NERVE_ROOT_ANATOMY[root]
  const sacrum = bonePose('sacrum')
  const origin = takeOffPoint(root)
  /** The left root's course along `path` (the right one is its mirror image). */
  const course = (path: Vec3[], ganglion: Vec3, exitPoint: Vec3): RootCourse => ({
    root,
    side: 'left',
    path,
    origin,
    ganglion,
    exitPoint,
    end: path[path.length - 1] as Vec3,
    radius,
    ganglionRadii,
  })
  // the ganglion lies in the sacral canal beside the sac, in the roomiest spot of its box (sacrum frame)
  const roomyIn = (min: Vec3, max: Vec3): Vec3 => {
    const candidates: Vec3[] = [toWorld(sacrum, lerpV(min, max, 0.5))]
    for (let x = min[0]; x <= max[0] + 1e-6; x += 0.75)
      for (let y = min[1]; y <= max[1] + 1e-6; y += 0.75)
        for (let z = min[2]; z <= max[2] + 1e-6; z += 0.75) candidates.push(toWorld(sacrum, [x, y, z]))
    return roomiest(candidates, NERVE_OBSTACLES, ganglionRadii[0] + 1)
  }
  if (a.exit.kind === 'sacral-foramen') {
    const n = a.exit.foramen
    // (the middle of the hole, between its pelvic and dorsal openings)
    const anchor = sacralLayout().foramina[n - 1]?.centre as Vec3
    const c = sacralCanal(n)
    const ganglion = roomyIn(
      [c.halfWidth * 0.4, anchor[1] + 1, c.centre[2] - c.halfDepth * 0.8],
      [c.halfWidth, anchor[1] + 9, c.centre[2] + c.halfDepth * 0.8],
    )
    const front = extreme(shapeOf('sacrum'), `body-S${Math.min(5, n + 1)}`, [0, 0, 1])
    const out: Vec3 = [anchor[0] + 6, anchor[1] - 5, front[2] + 8]
    const beyond: Vec3 = [anchor[0] + 12, anchor[1] - 12, front[2] + 14]
    const raw = [origin, ganglion, toWorld(sacrum, anchor), toWorld(sacrum, out), toWorld(sacrum, beyond)]
    // the foramen is where the root must pass: the path is repaired round the bone everywhere but there
    const path = repairPath(raw, radius, new Set([0, 1, 2]))
    return course(path, ganglion, toWorld(sacrum, anchor))
  }
  // S5 and Co1: down the canal to the hiatus, then forward round the side of the sacrum and coccyx
  const hiatus = partAnchor('sacrum/hiatus') as Vec3
  const s5 = sacralCanal(5)
  // at S5 the laminae are missing: the canal opens behind, at the hiatus, where these ganglia lie
  const ganglion = roomyIn(
    [1.5, s5.centre[1] + (root === 'S5' ? 0 : -5), hiatus[2] + 2],
    [7, s5.centre[1] + (root === 'S5' ? 5 : 0), hiatus[2] + 10],
  )
  const coccyx = shapeOf('coccyx')
  const cornu = extreme(coccyx, 'cornu-left', [0, 1, 0])
  const beside = extreme(coccyx, 'transverse-left', [1, 0, 0])
  // S5 passes forward between the sacral apex and the coccyx, beside its cornu; Co1 below its transverse process
  const under = toWorld(coccyx.pose, add(root === 'S5' ? cornu : beside, root === 'S5' ? [5, 1, 1] : [0, -5, -2]))
  const out = toWorld(coccyx.pose, add(root === 'S5' ? cornu : beside, root === 'S5' ? [9, -1, 9] : [4, -8, 5]))
  const beyond = toWorld(coccyx.pose, add(root === 'S5' ? cornu : beside, root === 'S5' ? [13, -5, 16] : [8, -12, 11]))
  const path = repairPath([origin, ganglion, under, out, beyond], radius, new Set([0, 1]))
  return course(path, ganglion, toWorld(sacrum, add(hiatus, [4, 0, 6])))
}

/** A nerve root: its tube (`root`) and its dorsal root ganglion (`ganglion`), an ellipsoid along the root. */
export function createNerveRootGeometry(root: NerveRoot, side: Side, detail: Detail = 1): BufferGeometry {
  const c = rootCourse(root, side)
  const b = new MeshBuilder(detail)
  b.tube(
    'root',
    c.path,
    c.path.map(() => [c.radius, c.radius] as const),
    NERVE_COLOR,
    [0, 0, 1],
  )
  // the ganglion is a control point of the path: its neighbours give the root's direction there
  const i = c.path.reduce(
    (best, p, k) => (length(sub(p, c.ganglion)) < length(sub(c.path[best] as Vec3, c.ganglion)) ? k : best),
    0,
  )
  const before = c.path[Math.max(0, i - 1)] as Vec3
  const after = c.path[Math.min(c.path.length - 1, i + 1)] as Vec3
  const along = normalize(sub(after, before))
  b.ellipsoid(
    'ganglion',
    c.ganglion,
    [c.ganglionRadii[0], c.ganglionRadii[0], c.ganglionRadii[1]],
    frameAlong(along),
    GANGLION_COLOR,
  )
  return finish(b)
}

/** Orthonormal, right-handed axes whose third axis is `w`. */
function frameAlong(w: Vec3): [Vec3, Vec3, Vec3] {
  const n = normalize(w)
  const helper: Vec3 = Math.abs(n[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]
  const u = normalize(cross3(helper, n))
  const v = cross3(n, u)
  return [u, v, n]
}
