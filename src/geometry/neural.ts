import type { BufferGeometry } from 'three'
import {
  BONE_IDS,
  type BoneId,
  DISC_IDS,
  type DiscId,
  FACET_JOINT_IDS,
  type FacetJointId,
  type JointLevel,
  type Side,
  VERTEBRA_LEVELS,
  type VertebraLevel,
} from '../anatomy/ids'
import { vertebraLandmarks } from '../anatomy/landmarks'
import { AXIS, VERTEBRA_MEASUREMENTS } from '../anatomy/levels'
import {
  ALL_THICKNESS,
  CAUDA_EQUINA_ROOTS,
  CONUS_TAPER_TIP,
  CONUS_TIP,
  CORD_SECTIONS,
  FORAMEN_MAGNUM_ABOVE_ATLAS,
  flavumThickness,
  ILIUM,
  INTERTRANSVERSE_SIZE,
  interspinousThickness,
  longitudinalWidth,
  NERVE_ROOT_ANATOMY,
  type NerveRoot,
  type NeuralId,
  NUCHAE,
  neural,
  type ParsedNeural,
  PLL_THICKNESS,
  pllDiscWidth,
  type SacralHeight,
  SI_JOINT,
  type SpinalHeight,
  SUPRASPINOUS,
  siJointScale,
  spinalOrder,
} from '../anatomy/neural'
import { partAnchor } from '../anatomy/parts'
import { type Pose, posture } from '../anatomy/posture'
import { CARTILAGE, catmullRom, type Detail, MeshBuilder, partFieldsOf, type Rgb } from './builder'
import { createDiscGeometry, createFacetJointGeometry } from './joints'
import { createCoccyxGeometry, createSacrumGeometry } from './pelvicBones'
import type { SdfPart } from './sdf'
import { add, cross3, dot, length, mirrorX, normalize, rotateX, scale, sub, type Vec3 } from './vec3'
import { createVertebraGeometry } from './vertebra'

/**
 * Geometry of the cord, cauda equina, nerve roots, ligaments, sacroiliac joints and ilia.
 *
 * FRAME: every generator here returns its geometry in the WORLD frame of the standing spine (mm; x to the
 * subject's left, y up, z forward; origin at the centre of the S1 upper endplate), the frame posture.ts
 * poses the bones in: these structures span many levels, so they have no bone of their own to ride on.
 * Place them with the identity matrix. `geometry.userData.frame` says 'world'.
 *
 * Conventions as MeshBuilder's (builder.ts): every part a closed shell, per-vertex colours, named vertex
 * ranges in `userData.parts`, detail 0 for the overview and 1 for close-ups.
 *
 * Everything is placed from the posture and the bones as generated, at run time: canal and surfaces come
 * from the bones' landmarks and their parts' signed distance fields (builder.ts `partFieldsOf`), so a
 * change in the measurement table moves the cord, roots and ligaments with the bones.
 */

export const CORD_COLOR: Rgb = [0.96, 0.92, 0.74]
export const NERVE_COLOR: Rgb = [0.98, 0.8, 0.3]
export const GANGLION_COLOR: Rgb = [0.93, 0.62, 0.22]
export const LIGAMENT_COLOR: Rgb = [0.8, 0.86, 0.8]
export const FLAVUM_COLOR: Rgb = [0.86, 0.8, 0.58]
export const ILIUM_COLOR: Rgb = [0.89, 0.85, 0.76]

// ——— frames ———

const toWorld = (pose: Pose, p: Vec3): Vec3 => add(pose.position, rotateX(p, pose.tilt))
const toLocal = (pose: Pose, p: Vec3): Vec3 => rotateX(sub(p, pose.position), -pose.tilt)
const boneDir = (pose: Pose, d: Vec3): Vec3 => rotateX(d, pose.tilt)
const bonePose = (bone: BoneId): Pose => posture().bones[bone]
const sideSign = (side: Side) => (side === 'left' ? 1 : -1)
const sided = (p: Vec3, side: Side): Vec3 => (side === 'left' ? p : mirrorX(p))
const lerp = (a: number, b: number, t: number) => a + (b - a) * t
const lerpV = (a: Vec3, b: Vec3, t: number): Vec3 => [lerp(a[0], b[0], t), lerp(a[1], b[1], t), lerp(a[2], b[2], t)]
const LEVEL_INDEX = new Map<string, number>(VERTEBRA_LEVELS.map((l, i) => [l, i]))
const indexOf = (level: VertebraLevel) => LEVEL_INDEX.get(level) ?? 0
const levelAt = (i: number): VertebraLevel =>
  VERTEBRA_LEVELS[Math.max(0, Math.min(VERTEBRA_LEVELS.length - 1, i))] as VertebraLevel
const midHeight = (level: VertebraLevel): number => {
  const m = VERTEBRA_MEASUREMENTS[level]
  return (m.bodyHeightAnterior.value + m.bodyHeightPosterior.value) / 2
}

// ——— the bones (and discs and joint capsules) as obstacles ———

/** A generated structure: its pose, its parts as fields and its vertices per part, all in its own frame. */
export interface Shape {
  readonly pose: Pose
  readonly parts: readonly SdfPart[]
  readonly vertices: (part: string) => Vec3[]
  /** World-space box round the whole shape, to skip far shapes quickly. */
  readonly worldMin: Vec3
  readonly worldMax: Vec3
}
type ShapeId = BoneId | DiscId | FacetJointId

const shapes = new Map<ShapeId, Shape>()
/** A bone, disc or facet capsule as generated (detail 1, the close-up shape), cached. */
export function shapeOf(id: ShapeId): Shape {
  let s = shapes.get(id)
  if (s) return s
  const all = posture()
  let geometry: BufferGeometry
  let pose: Pose
  if (id.startsWith('disc:')) {
    geometry = createDiscGeometry(id as DiscId, 1)
    pose = all.discs[id as DiscId] as Pose
  } else if (id.startsWith('facet:')) {
    geometry = createFacetJointGeometry(id as FacetJointId, 1)
    pose = all.facets[id as FacetJointId] as Pose
  } else {
    geometry =
      id === 'sacrum'
        ? createSacrumGeometry(1)
        : id === 'coccyx'
          ? createCoccyxGeometry(1)
          : createVertebraGeometry(id as VertebraLevel, 1)
    pose = all.bones[id as BoneId]
  }
  const parts = partFieldsOf(geometry) ?? []
  const position = geometry.getAttribute('position')
  const ranges = (geometry.userData.parts ?? []) as { name: string; start: number; count: number }[]
  const byPart = new Map<string, Vec3[]>()
  const worldMin: [number, number, number] = [Infinity, Infinity, Infinity]
  const worldMax: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  for (const r of ranges) {
    const vs: Vec3[] = []
    for (let i = r.start; i < r.start + r.count; i++) {
      const v: Vec3 = [position.getX(i), position.getY(i), position.getZ(i)]
      vs.push(v)
      const w = toWorld(pose, v)
      for (let k = 0; k < 3; k++) {
        worldMin[k] = Math.min(worldMin[k] as number, w[k] as number)
        worldMax[k] = Math.max(worldMax[k] as number, w[k] as number)
      }
    }
    byPart.set(r.name, vs)
  }
  geometry.dispose()
  s = { pose, parts, vertices: (name) => byPart.get(name) ?? [], worldMin, worldMax }
  shapes.set(id, s)
  return s
}

const boxDistance = (p: SdfPart, x: number, y: number, z: number): number => {
  const dx = Math.max(p.min[0] - x, 0, x - p.max[0])
  const dy = Math.max(p.min[1] - y, 0, y - p.max[1])
  const dz = Math.max(p.min[2] - z, 0, z - p.max[2])
  return Math.hypot(dx, dy, dz)
}

/** Signed distance (mm) from a point in the shape's own frame to the union of its parts (or those named). */
export function localDistance(shape: Shape, p: Vec3, only?: (name: string) => boolean, limit = Infinity): number {
  let best = limit
  for (const part of shape.parts) {
    // (a cut, a groove in the bone, is left out: the bone is taken as whole there, which only errs toward
    // more clearance being asked of what passes by)
    if (part.cut || (only && !only(part.name))) continue
    if (boxDistance(part, p[0], p[1], p[2]) >= best) continue
    best = Math.min(best, part.distance(p[0], p[1], p[2]))
  }
  return best
}

/** Signed distance (mm) from a world point to the nearest of the given structures' surfaces; negative inside. */
export function shapeClearance(world: Vec3, ids: readonly ShapeId[], limit = 50): number {
  let best = limit
  for (const id of ids) {
    const s = shapeOf(id)
    const dx = Math.max(s.worldMin[0] - world[0], 0, world[0] - s.worldMax[0])
    const dy = Math.max(s.worldMin[1] - world[1], 0, world[1] - s.worldMax[1])
    const dz = Math.max(s.worldMin[2] - world[2], 0, world[2] - s.worldMax[2])
    if (Math.hypot(dx, dy, dz) >= best) continue
    best = Math.min(best, localDistance(s, toLocal(s.pose, world), undefined, best))
  }
  return best
}

/** Everything a nerve must not pass through: the bones, the discs and the facet joint capsules (left; the model is symmetric). */
export const NERVE_OBSTACLES: readonly ShapeId[] = [
  ...BONE_IDS,
  ...DISC_IDS,
  ...FACET_JOINT_IDS.filter((id) => id.endsWith(':left')),
]

/**
 * Walks from `from` (shape frame) along `dir` until the chosen parts are entered (`inside`) or left, and
 * returns the crossing point refined by bisection; null if it does not happen within `maxDist`.
 */
function march(
  shape: Shape,
  from: Vec3,
  dir: Vec3,
  inside: boolean,
  only?: (name: string) => boolean,
  maxDist = 80,
): Vec3 | null {
  const d = normalize(dir)
  const hit = (t: number) => localDistance(shape, add(from, scale(d, t)), only) < 0 === inside
  if (hit(0)) return from
  let prev = 0
  for (let t = 0.5; t <= maxDist; t += 0.5) {
    if (hit(t)) {
      let lo = prev
      let hi = t
      for (let k = 0; k < 20; k++) {
        const mid = (lo + hi) / 2
        if (hit(mid)) hi = mid
        else lo = mid
      }
      return add(from, scale(d, hi))
    }
    prev = t
  }
  return null
}

const named =
  (...prefixes: string[]) =>
  (name: string) =>
    prefixes.some((p) => name === p || name.startsWith(p))

/** The part's vertex farthest along `dir` (shape frame). */
function extreme(shape: Shape, part: string, dir: Vec3): Vec3 {
  const vs = shape.vertices(part)
  let best: Vec3 = vs[0] ?? [0, 0, 0]
  let bestD = -Infinity
  for (const v of vs) {
    const d = dot(v, dir)
    if (d > bestD) {
      bestD = d
      best = v
    }
  }
  return best
}

/** The box of the parts named `name` or starting with it (the two laminae are `lamina-left` and `lamina-right`). */
const partBox = (shape: Shape, name: string): { min: Vec3; max: Vec3 } => {
  const found = shape.parts.filter((q) => q.name === name || q.name.startsWith(`${name}-`))
  if (found.length === 0) throw new Error(`no part ${name}`)
  const min = [Infinity, Infinity, Infinity]
  const max = [-Infinity, -Infinity, -Infinity]
  for (const p of found) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] as number, p.min[k] as number)
      max[k] = Math.max(max[k] as number, p.max[k] as number)
    }
  }
  return { min: min as unknown as Vec3, max: max as unknown as Vec3 }
}

// ——— the vertebral canal ———

/** Front-to-back centre of the canal (z, the vertebra's own frame): behind the dens at C1, mid-canal elsewhere. */
export function canalCentreZ(level: VertebraLevel): number {
  const l = vertebraLandmarks(level)
  // at C1 the front of the ring holds the dens and the transverse ligament (about 2.5 mm, an estimate)
  const front = level === 'C1' ? l.bodyBackZ - AXIS.densDepth.value - 2.5 : l.bodyBackZ
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
function sacralCanal(i: number): SacralCanal {
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
function sacralCanalPoint(h: SacralHeight, x = 0): Vec3 {
  const c = sacralCanal(h.sacral)
  return toWorld(bonePose('sacrum'), add(c.centre, [x, h.at * c.segmentHeight * 0.8, 0]))
}

// ——— the cord ———

export interface CordStation {
  /** Centre of the cord (world mm). */
  readonly position: Vec3
  /** Semi-axes: [side to side, front to back] (mm). */
  readonly radii: readonly [number, number]
  /** Position along the spine in vertebrae (spinalOrder). */
  readonly order: number
}

/** Cord semi-axes at a spinal order: the table at each vertebra, linear between, tapering below T12 to the conus tip. */
export function cordRadiiAt(order: number): [number, number] {
  const t12 = indexOf('T12')
  const tip = spinalOrder(CONUS_TIP)
  const section = (i: number): [number, number] => {
    const s = CORD_SECTIONS[Math.max(0, Math.min(t12, i))]
    return s ? [s.transverse.value / 2, s.ap.value / 2] : [4, 3]
  }
  if (order <= 0) return section(0)
  if (order <= t12) {
    const i = Math.floor(order)
    const f = order - i
    const a = section(i)
    const b = section(i + 1)
    return [lerp(a[0], b[0], f), lerp(a[1], b[1], f)]
  }
  const end = CONUS_TAPER_TIP.value / 2
  const a = section(t12)
  // the conus narrows quickly at first, then runs out into the filum (a rounded cone)
  const f = Math.min(1, (order - t12) / (tip - t12))
  const k = Math.sqrt(Math.max(0, 1 - f * f))
  return [end + (a[0] - end) * k, end + (a[1] - end) * k]
}

let stations: CordStation[] | null = null
/**
 * The cord's centreline from the foramen magnum to the conus tip: a station at the middle of each
 * vertebra from C1 to L1, one at each disc between them (midway between the canal at the two facing
 * endplates), the foramen magnum above the atlas and the tip at its level.
 */
export function cordStations(): readonly CordStation[] {
  if (stations) return stations
  const out: CordStation[] = []
  const tip = spinalOrder(CONUS_TIP)
  const push = (position: Vec3, order: number) => out.push({ position, radii: cordRadiiAt(order), order })
  const atlasH = 10.21
  push(
    canalPoint({ level: 'C1', at: FORAMEN_MAGNUM_ABOVE_ATLAS.value / atlasH }),
    -FORAMEN_MAGNUM_ABOVE_ATLAS.value / atlasH,
  )
  const last = indexOf(CONUS_TIP.level)
  for (let i = 0; i <= last; i++) {
    const level = levelAt(i)
    push(canalPoint({ level, at: 0 }), i)
    if (i < last) {
      const next = levelAt(i + 1)
      const a = canalPoint({ level, at: -0.5 })
      const b = canalPoint({ level: next, at: 0.5 })
      if (level !== 'C1') push(lerpV(a, b, 0.5), i + 0.5)
    }
  }
  // the stretch of the conus below its level's centre, then the tip
  const mid = (indexOf(CONUS_TIP.level) + tip) / 2
  push(canalPoint({ level: CONUS_TIP.level, at: -(mid - indexOf(CONUS_TIP.level)) }), mid)
  push(canalPoint(CONUS_TIP), tip)
  stations = out
  return out
}

/** Length of the cord's centreline, foramen magnum to conus tip (mm). */
export function cordLength(): number {
  const s = cordStations()
  let total = 0
  for (let i = 1; i < s.length; i++)
    total += length(sub((s[i] as CordStation).position, (s[i - 1] as CordStation).position))
  return total
}

/** The cord as one tube: its cross-section changes with the level (the enlargements) and it tapers to the conus. */
export function createCordGeometry(detail: Detail = 1): BufferGeometry {
  const b = new MeshBuilder(detail)
  const s = cordStations()
  b.tube(
    'cord',
    s.map((q) => q.position),
    s.map((q) => q.radii),
    CORD_COLOR,
    [0, 0, 1],
  )
  return finish(b)
}

function finish(b: MeshBuilder): BufferGeometry {
  const g = b.build()
  g.userData.frame = 'world'
  return g
}

// ——— the cauda equina ———

interface Station {
  readonly order: number
  /** Where the bundle's centre is (world), the canal's half-width and half-depth there, and its frame. */
  readonly centre: Vec3
  readonly halfWidth: number
  readonly halfDepth: number
  readonly pose: Pose
}

/** Canal stations below the cord's segments: vertebral bodies and discs from T11 to L5, then the sacral segments. */
function canalStations(): Station[] {
  const out: Station[] = []
  const vertebral = (level: VertebraLevel, at: number, order: number) => {
    const l = vertebraLandmarks(level)
    const m = VERTEBRA_MEASUREMENTS[level]
    const pose = bonePose(level)
    out.push({
      order,
      centre: canalPoint({ level, at }),
      halfWidth: m.canalWidth.value / 2,
      halfDepth: (l.bodyBackZ - l.canalBackZ) / 2,
      pose,
    })
  }
  for (let i = indexOf('T11'); i <= indexOf('L5'); i++) {
    const level = levelAt(i)
    vertebral(level, 0.35, i - 0.35)
    vertebral(level, 0, i)
    vertebral(level, -0.35, i + 0.35)
  }
  const sacrum = bonePose('sacrum')
  for (let k = 1; k <= 5; k++) {
    const c = sacralCanal(k)
    out.push({
      order: sacralOrder({ sacral: k as SacralHeight['sacral'], at: 0 }),
      centre: toWorld(sacrum, c.centre),
      halfWidth: c.halfWidth,
      halfDepth: c.halfDepth,
      pose: sacrum,
    })
  }
  return out
}

const sacralOrder = (h: SacralHeight): number => indexOf('L5') + h.sacral - h.at
const heightOrder = (h: SpinalHeight | SacralHeight): number => ('sacral' in h ? sacralOrder(h) : spinalOrder(h))

const takeOffOrder = (root: NerveRoot): number => {
  const t = NERVE_ROOT_ANATOMY[root].takeOff
  return t ? heightOrder(t) : Infinity
}

/**
 * Where a strand of the cauda equina lies at a station: the strands of one side, in the order they leave
 * (the next to go most forward and outward, toward its foramen), spread over an arc inside the sac.
 */
function slot(station: Station, root: NerveRoot, side: Side): Vec3 {
  const remaining = CAUDA_EQUINA_ROOTS.filter((r) => takeOffOrder(r) >= station.order - 1e-6).sort(
    (a, b) => takeOffOrder(a) - takeOffOrder(b),
  )
  const k = Math.max(0, remaining.indexOf(root))
  const n = Math.max(1, remaining.length)
  // the facet joints bulge into the back corners of the canal, so the arc keeps to the front and middle
  const phi = ((40 - (k * 100) / Math.max(1, n - 1)) * Math.PI) / 180
  const ring = k % 2 === 0 ? 0.6 : 0.33
  const local: Vec3 = [
    sideSign(side) * (0.1 + ring * Math.cos(phi)) * station.halfWidth,
    0,
    ring * Math.sin(phi) * station.halfDepth * 0.8,
  ]
  return add(station.centre, boneDir(station.pose, local))
}

/** A station at a root's take-off height, for the point where it leaves the bundle. */
function takeOffStation(root: NerveRoot): Station {
  const t = NERVE_ROOT_ANATOMY[root].takeOff
  if (!t) throw new Error(`${root} has no take-off`)
  if ('sacral' in t) {
    const c = sacralCanal(t.sacral)
    const sacrum = bonePose('sacrum')
    return {
      order: sacralOrder(t),
      centre: sacralCanalPoint(t),
      halfWidth: c.halfWidth,
      halfDepth: c.halfDepth,
      pose: sacrum,
    }
  }
  const l = vertebraLandmarks(t.level)
  return {
    order: spinalOrder(t),
    centre: canalPoint(t),
    halfWidth: VERTEBRA_MEASUREMENTS[t.level].canalWidth.value / 2,
    halfDepth: (l.bodyBackZ - l.canalBackZ) / 2,
    pose: bonePose(t.level),
  }
}

const takeOffs = new Map<NerveRoot, Vec3>()
/**
 * Where a root of the cauda equina leaves the bundle for its foramen (world, left side): its place in the
 * bundle at its take-off height, moved to the roomiest spot close by (the facet joints bulge into the
 * back corners of the canal).
 */
function takeOffPoint(root: NerveRoot): Vec3 {
  let p = takeOffs.get(root)
  if (!p) {
    const station = takeOffStation(root)
    const base = slot(station, root, 'left')
    const radius = NERVE_ROOT_ANATOMY[root].diameter.value / 2
    const candidates: Vec3[] = [base]
    for (const dx of [-3, -2, -1, 0, 1])
      for (const dz of [-2, -1, 0, 1, 2, 3, 4]) candidates.push(add(base, boneDir(station.pose, [dx, 0, dz])))
    p = roomiest(candidates, NERVE_OBSTACLES, radius + 1)
    takeOffs.set(root, p)
  }
  return p
}

/** Strand radius in the bundle: half the root's diameter, an estimate that lets the roots share the sac. */
const strandRadius = (root: NerveRoot) => NERVE_ROOT_ANATOMY[root].diameter.value * 0.25

/** Where a root's rootlets leave the cord (world), on its side's surface at its segment. */
function segmentPoint(root: NerveRoot, side: Side, inset = 0.75): Vec3 {
  const h = NERVE_ROOT_ANATOMY[root].segment
  const r = cordRadiiAt(spinalOrder(h))
  return canalPoint(h, sideSign(side) * r[0] * inset)
}

/** The strand of one root in the cauda equina: from its segment on the conus down to where it leaves the sac. */
const strands = new Map<NerveRoot, Vec3[]>()
function caudaStrand(root: NerveRoot, side: Side): Vec3[] {
  let left = strands.get(root)
  if (!left) {
    left = leftStrand(root)
    strands.set(root, left)
  }
  return side === 'left' ? left : left.map(mirrorX)
}

/** Steps (mm, across and front to back in a station's frame) to try round a strand's place, nearest first. */
const STRAND_NUDGES: readonly Vec3[] = [-2, -1, 0, 1, 2]
  .flatMap((dx) => [-2, -1, 0, 1, 2].map((dz): Vec3 => [dx, 0, dz]))
  .sort((a, b) => Math.hypot(a[0], a[2]) - Math.hypot(b[0], b[2]))

/**
 * A strand's place at a station, moved up to 2 mm across or front to back if the bone is too close: the
 * inferior articular processes and the facet capsules reach into the back corners of the canal, more at
 * some levels than the slot's arc allows for. The nearest place with room enough wins, so most stay put.
 */
function roomyAround(p: Vec3, pose: Pose, radius: number): Vec3 {
  return roomiest(
    STRAND_NUDGES.map((d) => add(p, boneDir(pose, d))),
    NERVE_OBSTACLES,
    radius + 0.8,
  )
}

function leftStrand(root: NerveRoot): Vec3[] {
  const start = segmentPoint(root, 'left')
  const startOrder = spinalOrder(NERVE_ROOT_ANATOMY[root].segment)
  const end = takeOffOrder(root)
  const tip = spinalOrder(CONUS_TIP)
  const path: Vec3[] = [start]
  for (const st of canalStations()) {
    if (st.order <= startOrder + 0.2 || st.order >= end - 0.15) continue
    if (st.order < tip + 0.1) {
      // alongside the conus: just outside its surface, spread round its side
      const r = cordRadiiAt(st.order)
      const k = CAUDA_EQUINA_ROOTS.indexOf(root)
      const phi = ((25 - k * 14) * Math.PI) / 180
      const local: Vec3 = [
        (r[0] + strandRadius(root) + 0.4) * Math.cos(phi),
        0,
        (r[1] + strandRadius(root) + 0.4) * Math.sin(phi),
      ]
      path.push(roomyAround(add(st.centre, boneDir(st.pose, local)), st.pose, strandRadius(root)))
    } else path.push(roomyAround(slot(st, root, 'left'), st.pose, strandRadius(root)))
  }
  path.push(takeOffPoint(root))
  return repairPath(path, strandRadius(root), new Set([0, path.length - 1]), 16)
}

/**
 * The filum terminale: from the conus tip down the middle of the sac and the sacral canal, out of the
 * hiatus to the back of the coccyx. Its intradural part ends where the sac does (most often at upper S2).
 */
let filum: Vec3[] | null = null
export function filumPath(): Vec3[] {
  filum ??= repairPath(rawFilumPath(), FILUM_RADIUS, new Set([0]))
  return filum
}
const FILUM_RADIUS = 0.5

function rawFilumPath(): Vec3[] {
  const tip = spinalOrder(CONUS_TIP)
  const path: Vec3[] = [canalPoint(CONUS_TIP)]
  for (const st of canalStations()) {
    if (st.order <= tip + 0.3) continue
    path.push(add(st.centre, boneDir(st.pose, [0, 0, -st.halfDepth * 0.35])))
  }
  const hiatus = partAnchor('sacrum/hiatus')
  const sacrum = bonePose('sacrum')
  if (hiatus) path.push(toWorld(sacrum, add(hiatus, [0, 0, 6])))
  const coccyx = shapeOf('coccyx')
  const back = extreme(coccyx, 'segment-Co1', [0, 0.3, -1])
  path.push(toWorld(coccyx.pose, add(back, [0, 0, -0.8])))
  return path
}

/** Length of the filum inside the sac: from the conus tip to the top of S2 (mm). */
export function intraduralFilumLength(): number {
  const path = filumPath()
  const s2Top = toWorld(bonePose('sacrum'), [0, sacralCanal(2).centre[1] + sacralCanal(2).segmentHeight / 2, 0])
  let total = 0
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as Vec3
    const b = path[i] as Vec3
    if (b[1] >= s2Top[1]) total += length(sub(b, a))
    else {
      const f = (a[1] - s2Top[1]) / (a[1] - b[1])
      total += length(sub(b, a)) * Math.max(0, Math.min(1, f))
      break
    }
  }
  return total
}

/** The cauda equina: one thin strand per lumbar, sacral and coccygeal root on each side, and the filum terminale. */
export function createCaudaEquinaGeometry(detail: Detail = 1): BufferGeometry {
  const b = new MeshBuilder(detail)
  for (const side of ['left', 'right'] as const) {
    for (const root of CAUDA_EQUINA_ROOTS) {
      const path = caudaStrand(root, side)
      const r = strandRadius(root)
      b.tube(
        `strand-${root}-${side}`,
        path,
        path.map(() => [r, r] as const),
        NERVE_COLOR,
        [0, 0, 1],
      )
    }
  }
  const filum = filumPath()
  const r0 = CONUS_TAPER_TIP.value / 2
  b.tube(
    'filum-terminale',
    filum,
    filum.map((_, i) => {
      const r = lerp(r0, 0.35, i / Math.max(1, filum.length - 1))
      return [r, r] as const
    }),
    CORD_COLOR,
    [0, 0, 1],
  )
  return finish(b)
}

// ——— the nerve roots ———

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

/** Of the candidate points (world), the one farthest from the obstacles; ties go to the earlier. */
function roomiest(candidates: readonly Vec3[], obstacles: readonly ShapeId[], enough: number): Vec3 {
  let best = candidates[0] as Vec3
  let bestC = -Infinity
  for (const p of candidates) {
    const c = Math.min(enough, shapeClearance(p, obstacles, enough + 1))
    if (c > bestC + 1e-6) {
      bestC = c
      best = p
    }
  }
  return best
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

/** The centreline MeshBuilder.tube draws through control points (its Catmull–Rom), sampled. */
export function sampleCentreline(points: readonly Vec3[], perSegment = 8): { p: Vec3; segment: number }[] {
  const out: { p: Vec3; segment: number }[] = []
  for (let i = 0; i < points.length - 1; i++) {
    for (let k = 0; k < perSegment; k++) out.push({ p: catmullRom(points, i + k / perSegment), segment: i })
  }
  out.push({ p: points[points.length - 1] as Vec3, segment: points.length - 2 })
  return out
}

/**
 * Keeps a tube of the given radius out of the bones, discs and joint capsules: where its centreline comes
 * too close, the movable control points next to the spot are moved to the roomiest place nearby, or a new
 * one is put there. The fixed points (the origin and the ganglion) stay.
 */
function repairPath(input: readonly Vec3[], radius: number, fixed: ReadonlySet<number>, attempts = 8): Vec3[] {
  const path = [...input]
  const fixedPoints = new Set([...fixed].map((i) => path[i] as Vec3))
  const need = radius + 0.3
  const clear = (p: Vec3) => shapeClearance(p, NERVE_OBSTACLES, need + 2)
  const roomyNear = (p: Vec3, span: number, step: number): Vec3 => {
    const candidates: Vec3[] = [p]
    for (let dx = -span; dx <= span + 1e-6; dx += step)
      for (let dy = -span; dy <= span + 1e-6; dy += step)
        for (let dz = -span; dz <= span + 1e-6; dz += step) candidates.push(add(p, [dx, dy, dz]))
    // the roomiest, and among roomy enough ones the nearest, so the course changes as little as it can
    let best = p
    let bestScore = -Infinity
    for (const q of candidates) {
      const c = Math.min(clear(q), need + 0.5)
      const score = c - 0.05 * length(sub(q, p))
      if (score > bestScore) {
        bestScore = score
        best = q
      }
    }
    return best
  }
  const worstOf = (points: readonly Vec3[]) => {
    let worst = Infinity
    let at: { p: Vec3; segment: number } | null = null
    for (const s of sampleCentreline(points)) {
      const c = clear(s.p)
      if (c < worst) {
        worst = c
        at = s
      }
    }
    return { worst, at }
  }
  let current = worstOf(path)
  for (let iteration = 0; iteration < attempts && current.at && current.worst < need; iteration++) {
    const spot = current.at.p
    const i = current.at.segment
    const trial = [...path]
    // move a movable control point near the spot, or put a new one there
    const movable = [i, i + 1].filter((k) => k > 0 && k < trial.length && !fixedPoints.has(trial[k] as Vec3))
    const nearest = movable.sort((k, m) => length(sub(trial[k] as Vec3, spot)) - length(sub(trial[m] as Vec3, spot)))[0]
    if (nearest !== undefined && length(sub(trial[nearest] as Vec3, spot)) < 2.5) {
      trial[nearest] = roomyNear(trial[nearest] as Vec3, 3, 1)
    } else {
      trial.splice(i + 1, 0, roomyNear(spot, 3, 1))
    }
    const next = worstOf(trial)
    if (next.worst <= current.worst + 0.05) break
    path.splice(0, path.length, ...trial)
    current = next
  }
  // control points bunched closer than a millimetre or so (to the one before, or to a fixed one after) only
  // kink the tube
  return path.filter((p, k) => {
    if (k === 0 || fixedPoints.has(p)) return true
    const next = path[k + 1]
    if (next && fixedPoints.has(next) && length(sub(p, next)) <= 1.2) return false
    return length(sub(p, path[k - 1] as Vec3)) > 1.2
  })
}

/** S1–S5 and Co1: from the sac in the sacral canal, ganglion in the canal, out by a foramen or the hiatus. */
function sacralCourse(root: NerveRoot, radius: number, ganglionRadii: readonly [number, number]): RootCourse {
  const a = NERVE_ROOT_ANATOMY[root]
  const sacrum = bonePose('sacrum')
  const origin = takeOffPoint(root)
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
    const anchor = partAnchor(`sacrum/foramen-s${n}:left`) as Vec3
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
    return {
      root,
      side: 'left',
      path,
      origin,
      ganglion,
      exitPoint: toWorld(sacrum, anchor),
      end: path[path.length - 1] as Vec3,
      radius,
      ganglionRadii,
    }
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
  return {
    root,
    side: 'left',
    path,
    origin,
    ganglion,
    exitPoint: toWorld(sacrum, add(hiatus, [4, 0, 6])),
    end: path[path.length - 1] as Vec3,
    radius,
    ganglionRadii,
  }
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

// ——— ligaments ———

const bodyFront = (s: Shape, localY: number): Vec3 | null => march(s, [0, localY, 0], [0, 0, 1], false, named('body'))
const bodyBack = (s: Shape, localY: number): Vec3 | null => march(s, [0, localY, 0], [0, 0, -1], false, named('body'))
const discEdge = (id: DiscId, dir: 1 | -1): Vec3 | null => {
  const s = shapeOf(id)
  const p = march(s, [0, 0, 0], [0, 0, dir], false, named('annulus'))
  return p ? toWorld(s.pose, p) : null
}

const jointLevels = (from: VertebraLevel, to: VertebraLevel): VertebraLevel[] =>
  VERTEBRA_LEVELS.slice(indexOf(from), indexOf(to) + 1)

interface BandStation {
  readonly p: Vec3
  readonly r: readonly [number, number]
}

/** The anterior (front) or posterior (back) longitudinal ligament as stations down the bodies and discs. */
export function longitudinalStations(which: 'anterior-longitudinal' | 'posterior-longitudinal'): BandStation[] {
  const front = which === 'anterior-longitudinal'
  const t = (front ? ALL_THICKNESS : PLL_THICKNESS).value
  const out: BandStation[] = []
  const first: VertebraLevel = front ? 'C1' : 'C2'
  if (front) {
    const c1 = shapeOf('C1')
    const tubercle = extreme(c1, 'anterior-tubercle', [0, 0, 1])
    const w = longitudinalWidth(which, 'C1', 0).value
    out.push({ p: toWorld(c1.pose, add(tubercle, [0, 3, t / 2 - 0.5])), r: [w / 2, t / 2] })
    out.push({ p: toWorld(c1.pose, add(tubercle, [0, -3, t / 2 - 0.5])), r: [w / 2, t / 2] })
  }
  for (const level of jointLevels(first === 'C1' ? 'C2' : first, 'L5')) {
    const s = shapeOf(level)
    const h = midHeight(level)
    const w = longitudinalWidth(which, level, VERTEBRA_MEASUREMENTS[level].bodyWidth.value).value
    const heights = level === 'C2' ? (front ? [-0.15, -0.4] : [0.3, 0, -0.4]) : [0.38, 0, -0.38]
    for (const at of heights) {
      const q = front ? bodyFront(s, at * h) : bodyBack(s, at * h)
      if (!q) continue
      out.push({ p: toWorld(s.pose, add(q, [0, 0, front ? t / 2 - 0.3 : -t / 2 + 0.3])), r: [w / 2, t / 2] })
    }
    const below = VERTEBRA_LEVELS[indexOf(level) + 1] ?? 'S1'
    const disc = `disc:${level}-${below}` as DiscId
    const edge = discEdge(disc, front ? 1 : -1)
    if (edge) {
      const dPose = posture().discs[disc] as Pose
      const wDisc = front ? w : pllDiscWidth({ upper: level, lower: below as VertebraLevel }).value
      out.push({ p: add(edge, boneDir(dPose, [0, 0, front ? t / 2 - 0.3 : -t / 2 + 0.3])), r: [wDisc / 2, t / 2] })
    }
  }
  const sacrum = shapeOf('sacrum')
  for (const k of [1, 2]) {
    const box = partBox(sacrum, `body-S${k}`)
    const y = (box.min[1] + box.max[1]) / 2
    const start: Vec3 = [0, y, (box.min[2] + box.max[2]) / 2]
    const q = march(sacrum, start, [0, 0, front ? 1 : -1], false, named(`body-S${k}`))
    if (!q) continue
    const w = front ? 20 : 4
    out.push({ p: toWorld(sacrum.pose, add(q, [0, 0, front ? t / 2 - 0.3 : -t / 2 + 0.3])), r: [w / 2, t / 2] })
  }
  return out
}

/** A spinous process's tip (world): the farthest point of the process along its own direction. */
function spinousTip(level: VertebraLevel): { tip: Vec3; dir: Vec3 } {
  const s = shapeOf(level)
  const m = VERTEBRA_MEASUREMENTS[level]
  const slope = (m.spinousSlope.value * Math.PI) / 180
  const dir: Vec3 = [0, -Math.sin(slope), -Math.cos(slope)]
  const bifid = s.vertices('spinous-tubercle-left').length > 0
  let tip: Vec3
  if (bifid) {
    const a = extreme(s, 'spinous-tubercle-left', dir)
    tip = [0, a[1], a[2]]
  } else if (level === 'C1') tip = extreme(s, 'posterior-tubercle', dir)
  else tip = extreme(s, 'spinous', dir)
  return { tip: toWorld(s.pose, tip), dir: boneDir(s.pose, dir) }
}

function supraspinousPath(): BandStation[] {
  const t = SUPRASPINOUS.thickness.value
  const w = SUPRASPINOUS.width.value
  return jointLevels(SUPRASPINOUS.from, SUPRASPINOUS.to).map((level) => {
    const { tip, dir } = spinousTip(level)
    return { p: add(tip, scale(dir, t / 2 - 0.4)), r: [w / 2, t / 2] }
  })
}

/** The external occipital protuberance (world), estimated from the atlas (the skull is not modelled). */
function occipitalProtuberance(): Vec3 {
  const e = NUCHAE.externalOccipitalProtuberance
  return toWorld(bonePose('C1'), [0, e.up.value, -e.back.value])
}

/**
 * Where two neighbouring processes face each other across the gap between them (world): from a point
 * inside each, walk toward the other until leaving it. Returns the two facing surface points.
 */
function facingSurfaces(
  a: Shape,
  aInside: Vec3,
  aOnly: (name: string) => boolean,
  b: Shape,
  bInside: Vec3,
  bOnly: (name: string) => boolean,
): { a: Vec3; b: Vec3 } | null {
  const wa = toWorld(a.pose, aInside)
  const wb = toWorld(b.pose, bInside)
  const dir = normalize(sub(wb, wa))
  const outA = march(a, aInside, rotateX(dir, -a.pose.tilt), false, aOnly, 60)
  const outB = march(b, bInside, rotateX(scale(dir, -1), -b.pose.tilt), false, bOnly, 60)
  if (!outA || !outB) return null
  return { a: toWorld(a.pose, outA), b: toWorld(b.pose, outB) }
}

/** A point inside a process: walking from `from` along `dir` (shape frame) into the named parts, then a little deeper. */
function inside(shape: Shape, from: Vec3, dir: Vec3, only: (name: string) => boolean, depth = 1.5): Vec3 | null {
  const hit = march(shape, from, dir, true, only, 60)
  return hit ? add(hit, scale(normalize(dir), depth)) : null
}

/** The spinous process's axis in its own frame: where it leaves the laminae and its direction. */
function spinousAxis(level: VertebraLevel): { base: Vec3; dir: Vec3; length: number } {
  const s = shapeOf(level)
  const m = VERTEBRA_MEASUREMENTS[level]
  const slope = (m.spinousSlope.value * Math.PI) / 180
  const dir: Vec3 = [0, -Math.sin(slope), -Math.cos(slope)]
  const lam = partBox(s, 'lamina')
  const base: Vec3 = [0, (lam.min[1] + lam.max[1]) / 2, vertebraLandmarks(level).canalBackZ]
  return { base, dir, length: m.spinousLength.value }
}

/** The interspinous sheet between two spinous processes: stations from the root of the processes to their tips. */
function interspinousStations(level: JointLevel): BandStation[] {
  const upper = level.upper as VertebraLevel
  const U = shapeOf(upper)
  const sacral = level.lower === 'S1'
  const B = shapeOf(sacral ? 'sacrum' : (level.lower as VertebraLevel))
  const uOnly = named('spinous', 'lamina-')
  const bOnly = sacral ? named('median-crest-S1', 'lamina-S1') : named('spinous', 'lamina-')
  const u = spinousAxis(upper)
  // the lower process's axis; for the sacrum, from its first lamina back to the first tubercle of its crest
  const b = sacral
    ? (() => {
        const lam = partBox(B, 'lamina-S1')
        const crest = extreme(B, 'median-crest-S1', [0, 0, -1])
        const base: Vec3 = [0, (lam.min[1] + lam.max[1]) / 2, lam.max[2] - 2]
        const d = sub(crest, base)
        return { base, dir: normalize(d), length: length(d) }
      })()
    : spinousAxis(level.lower as VertebraLevel)
  const t = interspinousThickness(level).value
  const out: BandStation[] = []
  for (const f of [0.15, 0.4, 0.65, 0.88]) {
    const pu = add(u.base, scale(u.dir, u.length * f))
    const pb = add(b.base, scale(b.dir, b.length * f))
    if (localDistance(U, pu, uOnly) > 0 || localDistance(B, pb, bOnly) > 0) continue
    const faces = facingSurfaces(U, pu, uOnly, B, pb, bOnly)
    if (!faces) continue
    const gap = length(sub(faces.a, faces.b))
    if (gap > 45) continue
    out.push({ p: lerpV(faces.a, faces.b, 0.5), r: [t / 2, gap / 2 + 1] })
  }
  return out
}

/** The ligamentum flavum between two laminae: stations across from one side's facet joint to the other's. */
function flavumStations(level: JointLevel): BandStation[] {
  const upper = level.upper as VertebraLevel
  const U = shapeOf(upper)
  const sacral = level.lower === 'S1'
  const B = shapeOf(sacral ? 'sacrum' : (level.lower as VertebraLevel))
  const uOnly = named('lamina-')
  const bOnly = sacral ? named('lamina-S1') : named('lamina-')
  const l = vertebraLandmarks(upper)
  const t = flavumThickness(level).value
  const uLam = partBox(U, 'lamina')
  const bLam = partBox(B, sacral ? 'lamina-S1' : 'lamina')
  const lowerCanalZ = sacral ? sacralCanal(1).centre[2] : canalCentreZ(level.lower as VertebraLevel)
  const out: BandStation[] = []
  for (const k of [-0.75, -0.4, 0, 0.4, 0.75]) {
    const x = k * l.pedicleInnerX
    // a point just inside each lamina, reached from the canal
    const pu = inside(U, [x, (uLam.min[1] + uLam.max[1]) / 2, canalCentreZ(upper)], [0, 0, -1], uOnly)
    const pb = inside(B, [x, (bLam.min[1] + bLam.max[1]) / 2, lowerCanalZ], [0, 0, -1], bOnly)
    if (!pu || !pb) continue
    const faces = facingSurfaces(U, pu, uOnly, B, pb, bOnly)
    if (!faces) continue
    const gap = length(sub(faces.a, faces.b))
    if (gap > 40) continue
    const mid = lerpV(faces.a, faces.b, 0.5)
    // it lines the canal side of the gap
    out.push({ p: add(mid, boneDir(U.pose, [0, 0, t / 2])), r: [t / 2, gap / 2 + 2] })
  }
  return out
}

/** The intertransverse ligament on one side: from the tip region of one transverse process to the next. */
function intertransverseStations(level: JointLevel, side: Side): BandStation[] {
  const U = shapeOf(level.upper as VertebraLevel)
  const B = shapeOf(level.lower as VertebraLevel)
  const tipRegion = (s: Shape) => {
    const vs = s.vertices('transverse-left')
    const maxX = Math.max(...vs.map((v) => v[0]))
    const near = vs.filter((v) => v[0] >= maxX - 6)
    const c = scale(
      near.reduce((acc, v) => add(acc, v), [0, 0, 0] as Vec3),
      1 / Math.max(1, near.length),
    )
    return { c, minY: Math.min(...near.map((v) => v[1])), maxY: Math.max(...near.map((v) => v[1])) }
  }
  const u = tipRegion(U)
  const b = tipRegion(B)
  const top = toWorld(U.pose, [u.c[0] - 3, u.minY + 1, u.c[2]])
  const bottom = toWorld(B.pose, [b.c[0] - 3, b.maxY - 1, b.c[2]])
  const s = INTERTRANSVERSE_SIZE
  const r = [s.width.value / 2, s.thickness.value / 2] as const
  const pts = [top, lerpV(top, bottom, 0.5), bottom].map((p) => sided(p, side))
  return pts.map((p) => ({ p, r }))
}

function bandTube(b: MeshBuilder, name: string, stations: readonly BandStation[], color: Rgb, up: Vec3): void {
  if (stations.length < 2) throw new Error(`too few stations for ${name}`)
  b.tube(
    name,
    stations.map((s) => s.p),
    stations.map((s) => s.r),
    color,
    up,
  )
}

/** Any ligament: the whole-length bands and the segmental ones, in the world frame. */
export function createLigamentGeometry(p: ParsedNeural & { kind: 'ligament' }, detail: Detail = 1): BufferGeometry {
  const b = new MeshBuilder(detail)
  switch (p.ligament) {
    case 'anterior-longitudinal':
      bandTube(b, 'ligament', longitudinalStations('anterior-longitudinal'), LIGAMENT_COLOR, [0, 0, 1])
      break
    case 'posterior-longitudinal':
      bandTube(b, 'ligament', longitudinalStations('posterior-longitudinal'), LIGAMENT_COLOR, [0, 0, 1])
      break
    case 'supraspinous':
      bandTube(b, 'ligament', supraspinousPath(), LIGAMENT_COLOR, [0, 0, -1])
      break
    case 'nuchae':
      buildNuchae(b)
      break
    case 'flavum':
      bandTube(b, 'ligament', flavumStations(p.level as JointLevel), FLAVUM_COLOR, [0, 1, 0])
      break
    case 'interspinous':
      bandTube(b, 'ligament', interspinousStations(p.level as JointLevel), LIGAMENT_COLOR, [0, 1, 0])
      break
    case 'intertransverse':
      bandTube(
        b,
        'ligament',
        intertransverseStations(p.level as JointLevel, p.side ?? 'left'),
        LIGAMENT_COLOR,
        [0, 0, 1],
      )
      break
  }
  return finish(b)
}

/** The ligamentum nuchae: the dorsal raphe from the occiput to C7, and the septum from it to the spines. */
function buildNuchae(b: MeshBuilder): void {
  const eop = occipitalProtuberance()
  const c7 = spinousTip('C7')
  const raphe: Vec3[] = [eop, lerpV(eop, c7.tip, 0.33), lerpV(eop, c7.tip, 0.66), add(c7.tip, scale(c7.dir, 1.5))]
  const rw = NUCHAE.rapheWidth.value / 2
  const rt = NUCHAE.rapheThickness.value / 2
  b.tube(
    'raphe',
    raphe,
    raphe.map(() => [rw, rt] as const),
    LIGAMENT_COLOR,
    [0, 0, -1],
  )
  // the septum: a thin midline sheet from each cervical spine (and the occiput above the atlas) back to the raphe
  const c1 = bonePose('C1')
  const opisthion = toWorld(c1, [0, 10, canalCentreZ('C1') - 9])
  const tips = [opisthion, ...jointLevels('C1', 'C6').map((level) => spinousTip(level).tip)]
  const nearestOnRaphe = (p: Vec3): Vec3 => {
    const a = eop
    const d = sub(c7.tip, eop)
    const t = Math.max(0, Math.min(1, dot(sub(p, a), d) / dot(d, d)))
    return add(a, scale(d, t))
  }
  const half = NUCHAE.septumThickness.value / 2
  const stationsOut = tips.map((tip) => {
    const r = nearestOnRaphe(tip)
    return { p: lerpV(tip, r, 0.5), r: [half, Math.max(1.5, length(sub(r, tip)) / 2 + 0.5)] as const }
  })
  const up = normalize(
    stationsOut.reduce((acc, s, i) => add(acc, sub(nearestOnRaphe(tips[i] as Vec3), s.p)), [0, 0, 0] as Vec3),
  )
  b.tube(
    'septum',
    stationsOut.map((s) => s.p),
    stationsOut.map((s) => s.r),
    LIGAMENT_COLOR,
    up,
  )
}

// ——— the sacroiliac joint and the ilium ———

export interface SiJointLayout {
  readonly side: Side
  /** Corner of the L and the ends of its upper (short) and lower (long) limbs, on the joint's mid-plane (world). */
  readonly corner: Vec3
  readonly upperEnd: Vec3
  readonly lowerEnd: Vec3
  /** Outward normal of the sacrum's joint surface (world): toward the ilium. */
  readonly normal: Vec3
  /** Limb width (mm). */
  readonly width: number
}

/**
 * The joint on the sacrum's auricular surface as generated: its plane from the surface's own vertices
 * (the direction they vary least), centred on it; the L's short limb runs back and its long limb down,
 * in the published proportions, 93° apart, scaled to the men's articular area.
 */
const siLayouts = new Map<Side, SiJointLayout>()
export function siJointLayout(side: Side): SiJointLayout {
  let layout = siLayouts.get(side)
  if (!layout) {
    layout = side === 'left' ? fitSiJoint() : mirrorSiJoint(siJointLayout('left'))
    siLayouts.set(side, layout)
  }
  return layout
}

const mirrorSiJoint = (j: SiJointLayout): SiJointLayout => ({
  ...j,
  side: 'right',
  corner: mirrorX(j.corner),
  upperEnd: mirrorX(j.upperEnd),
  lowerEnd: mirrorX(j.lowerEnd),
  normal: mirrorX(j.normal),
})

/** The left joint, fitted to the sacrum as generated (the right one is its mirror image). */
function fitSiJoint(): SiJointLayout {
  const sacrum = shapeOf('sacrum')
  const vs = sacrum.vertices('auricular-surface-left')
  const centroid = scale(
    vs.reduce((acc, v) => add(acc, v), [0, 0, 0] as Vec3),
    1 / Math.max(1, vs.length),
  )
  let normal = leastVarying(vs, centroid)
  if (normal[0] < 0) normal = scale(normal, -1)
  const surface = Math.max(...vs.map((v) => dot(sub(v, centroid), normal)))
  const k = siJointScale()
  const upperLen = SI_JOINT.upperLimb.value * k
  const lowerLen = SI_JOINT.lowerLimb.value * k
  const width = SI_JOINT.limbWidth.value * k
  const halfAngle = ((SI_JOINT.angleBetweenLimbs.value / 2) * Math.PI) / 180
  const thickness = SI_JOINT.thickness.value
  const plane = add(centroid, scale(normal, surface + thickness / 2))
  // in the joint plane: the short limb toward the sacrum's back, the long one toward its apex, 93° apart
  const inPlane = (v: Vec3) => normalize(sub(v, scale(normal, dot(v, normal))))
  const back = inPlane([0, 0, -1])
  const across0 = normalize(cross3(normal, back))
  const place = (turn: number, du: number, dv: number) => {
    // the L's bisector, turned about the normal from "back and down"
    const a = (-Math.PI / 4 + turn) as number
    const bisector = normalize(add(scale(back, Math.cos(a)), scale(across0, Math.sin(a))))
    const side1 = normalize(cross3(normal, bisector))
    const d1 = normalize(add(scale(bisector, Math.cos(halfAngle)), scale(side1, -Math.sin(halfAngle))))
    const d2 = normalize(add(scale(bisector, Math.cos(halfAngle)), scale(side1, Math.sin(halfAngle))))
    // the corner placed so the limbs' centre of length sits on the surface's centre (moved by du, dv)
    const mean = scale(
      add(scale(d1, (upperLen * upperLen) / 2), scale(d2, (lowerLen * lowerLen) / 2)),
      1 / (upperLen + lowerLen),
    )
    const corner = add(sub(plane, mean), add(scale(back, du), scale(across0, dv)))
    // how deep each part of its inner face would sit in the bone
    const depths: number[] = []
    for (const [d, len] of [
      [d1, upperLen],
      [d2, lowerLen],
    ] as const) {
      const perp = normalize(cross3(normal, d))
      for (let t = 0; t <= 1.0001; t += 0.125)
        for (const k of [-1, 0, 1]) {
          const q = add(add(corner, scale(d, len * t)), scale(perp, (k * width) / 2))
          depths.push(-localDistance(sacrum, sub(q, scale(normal, thickness / 2))))
        }
    }
    const lift = Math.max(0, ...depths)
    const touching = depths.filter((d) => lift - d < 2).length
    return { d1, d2, corner: add(corner, scale(normal, lift)), touching, lift }
  }
  // the published L on the model's sacrum, turned at most 30° from its anatomical lie and shifted a little:
  // whatever keeps most of it on the bone, none of it sunk
  let best = place(0, 0, 0)
  for (let turn = -Math.PI / 6; turn <= Math.PI / 6 + 1e-6; turn += Math.PI / 24)
    for (const du of [-8, -4, 0, 4, 8])
      for (const dv of [-8, -4, 0, 4, 8]) {
        const p = place(turn, du, dv)
        if (p.touching > best.touching || (p.touching === best.touching && p.lift < best.lift)) best = p
      }
  const { d1, d2 } = best
  const cornerLocal = best.corner
  const toW = (p: Vec3) => toWorld(sacrum.pose, p)
  return {
    side: 'left',
    corner: toW(cornerLocal),
    upperEnd: toW(add(cornerLocal, scale(d1, upperLen))),
    lowerEnd: toW(add(cornerLocal, scale(d2, lowerLen))),
    normal: boneDir(sacrum.pose, normal),
    width,
  }
}

/** The unit direction in which points vary least about their centre (smallest principal axis). */
function leastVarying(vs: readonly Vec3[], c: Vec3): Vec3 {
  const m = [0, 0, 0, 0, 0, 0, 0, 0, 0]
  for (const v of vs) {
    const d = sub(v, c)
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) m[i * 3 + j] = (m[i * 3 + j] ?? 0) + (d[i] ?? 0) * (d[j] ?? 0)
  }
  // power iteration on (trace·I − M) finds the smallest eigenvector of M
  const tr = (m[0] ?? 0) + (m[4] ?? 0) + (m[8] ?? 0)
  const a = m.map((x, i) => (i % 4 === 0 ? tr - x : -x))
  let v: Vec3 = [1, 0.1, -0.2]
  for (let k = 0; k < 60; k++) {
    v = normalize([
      (a[0] ?? 0) * v[0] + (a[1] ?? 0) * v[1] + (a[2] ?? 0) * v[2],
      (a[3] ?? 0) * v[0] + (a[4] ?? 0) * v[1] + (a[5] ?? 0) * v[2],
      (a[6] ?? 0) * v[0] + (a[7] ?? 0) * v[1] + (a[8] ?? 0) * v[2],
    ])
  }
  return v
}

/** The sacroiliac joint: an L-shaped pad (cartilage and joint space) on the sacrum's auricular surface. */
export function createSiJointGeometry(side: Side, detail: Detail = 1): BufferGeometry {
  const j = siJointLayout(side)
  const b = new MeshBuilder(detail)
  const r = [j.width / 2, SI_JOINT.thickness.value / 2] as const
  b.tube('joint', [j.upperEnd, j.corner, j.lowerEnd], [r, r, r], CARTILAGE, j.normal)
  return finish(b)
}

/** Radius of the iliac crest's rim (mm): an estimate, a little thicker than the wing. */
const CREST_RADIUS = ILIUM.bladeThickness.value * 0.9

export interface IliumLayout {
  readonly crest: readonly Vec3[]
  /** Tip of L5's transverse process on this side (world), where the iliolumbar ligament starts. */
  readonly l5Tip: Vec3
}

/**
 * The simplified ilium's iliac crest (world): from the posterior superior iliac spine above the joint, past
 * the point 31.7 mm from the tip of L5's transverse process (the iliolumbar ligament's length), up to its
 * highest point level with the L4–L5 disc and forward to the anterior superior spine. Estimates except
 * the iliolumbar distance.
 */
export function iliumLayout(side: Side): IliumLayout {
  const j = siJointLayout('left')
  const l5 = shapeOf('L5')
  const l5Tip = toWorld(l5.pose, extreme(l5, 'transverse-left', [1, 0, 0]))
  const outward = j.normal
  const psis = add(j.upperEnd, add(scale(outward, 10), [0, 12, -6]))
  const ligament = normalize([0.75, -0.2, -0.45])
  // the ligament runs from the tip to the crest's surface, so the crest's centreline lies a radius further
  const posterior = add(l5Tip, scale(ligament, ILIUM.iliolumbarLength.value + CREST_RADIUS))
  const disc = posture().discs['disc:L4-L5'] as Pose
  const span = ILIUM.crestHalfSpan.value
  const highest: Vec3 = [span * 0.85, disc.position[1], posterior[2] + 22]
  const lateral: Vec3 = [span, disc.position[1] - 12, posterior[2] + 55]
  const asis: Vec3 = [span - 14, disc.position[1] - 42, posterior[2] + 85]
  const crest = [psis, posterior, highest, lateral, asis]
  // no part of the crest comes nearer the tip than the ligament's length
  const reach = ILIUM.iliolumbarLength.value + CREST_RADIUS
  for (let k = 0; k < 6; k++) {
    const near = sampleCentreline(crest, 12).reduce((a, b) =>
      length(sub(a.p, l5Tip)) < length(sub(b.p, l5Tip)) ? a : b,
    )
    if (length(sub(near.p, l5Tip)) >= reach - 0.3) break
    for (const i of [near.segment, near.segment + 1]) {
      const q = crest[i] as Vec3
      const away = normalize(sub(q, l5Tip))
      if (length(sub(q, l5Tip)) < reach + 1.5) crest[i] = add(l5Tip, scale(away, reach + 1.5))
    }
  }
  return { crest: crest.map((p) => sided(p, side)), l5Tip: sided(l5Tip, side) }
}

/**
 * A simplified ilium: the auricular part against the joint, the wing as a thin plate up to the crest and
 * the crest itself, enough to show where the sacroiliac joint sits (shown ghosted by default).
 */
export function createIliumGeometry(side: Side, detail: Detail = 1): BufferGeometry {
  const j = siJointLayout(side)
  const { crest } = iliumLayout(side)
  const b = new MeshBuilder(detail)
  const plate = ILIUM.bladeThickness.value
  // the auricular part: a block just outside the joint
  const jointCentre = lerpV(lerpV(j.upperEnd, j.lowerEnd, 0.5), j.corner, 0.35)
  const a1 = normalize(sub(j.lowerEnd, j.upperEnd))
  const blockCentre = add(jointCentre, scale(j.normal, SI_JOINT.thickness.value / 2 + 9))
  const a2 = j.normal
  const a3 = normalize(cross3(a1, a2))
  b.ellipsoid(
    'auricular-part',
    blockCentre,
    [length(sub(j.lowerEnd, j.upperEnd)) / 2 + 6, 9, j.width / 2 + 8],
    [a1, a2, a3],
    ILIUM_COLOR,
  )
  // the wing: a thin curved blade hanging from the crest down toward the joint and the hip socket
  const down = normalize([-sideSign(side) * 0.35, -1, 0.1])
  const hang = [10, 20, 30, 28, 18]
  const blade = crest.map((p, k) => add(p, scale(down, (hang[k] ?? 20) - plate * 0.5)))
  b.tube(
    'wing',
    blade,
    blade.map((_, k) => [plate / 2, hang[k] ?? 20] as const),
    ILIUM_COLOR,
    down,
  )
  b.tube(
    'crest',
    crest,
    crest.map(() => [CREST_RADIUS, CREST_RADIUS] as const),
    ILIUM_COLOR,
    [0, 1, 0],
  )
  return finish(b)
}

// ——— any structure ———

/** Builds any of these structures, in the WORLD frame (mm). */
export function createNeuralGeometry(id: NeuralId, detail: Detail = 1): BufferGeometry {
  const p = neural(id)
  switch (p.kind) {
    case 'cord':
      return createCordGeometry(detail)
    case 'cauda-equina':
      return createCaudaEquinaGeometry(detail)
    case 'nerve':
      return createNerveRootGeometry(p.root, p.side, detail)
    case 'ligament':
      return createLigamentGeometry(p, detail)
    case 'si-joint':
      return createSiJointGeometry(p.side, detail)
    case 'ilium':
      return createIliumGeometry(p.side, detail)
  }
}
