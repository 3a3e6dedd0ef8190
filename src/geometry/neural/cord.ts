import type { BufferGeometry } from 'three'
import type { Side, VertebraLevel } from '../../anatomy/ids'
import { vertebraLandmarks } from '../../anatomy/landmarks'
import { VERTEBRA_MEASUREMENTS } from '../../anatomy/levels'
import {
  CAUDA_EQUINA_ROOTS,
  CONUS_TAPER_TIP,
  CONUS_TIP,
  CORD_SECTIONS,
  FORAMEN_MAGNUM_ABOVE_ATLAS,
  NERVE_ROOT_ANATOMY,
  type NerveRoot,
  type SacralHeight,
  type SpinalHeight,
  spinalOrder,
} from '../../anatomy/neural'
import { partAnchor } from '../../anatomy/parts'
import type { Pose } from '../../anatomy/posture'
import { type Detail, MeshBuilder } from '../builder'
import { add, length, mirrorX, sub, type Vec3 } from '../vec3'
import { canalPoint, sacralCanal, sacralCanalPoint } from './canal'
import { CORD_COLOR, NERVE_COLOR } from './colors'
import { boneDir, bonePose, finish, indexOf, lerp, lerpV, levelAt, sideSign, toWorld } from './frames'
import { extreme, NERVE_OBSTACLES, shapeOf } from './obstacles'
import { repairPath, roomiest } from './routing'

// The spinal cord, and below it the cauda equina: the strands of the lumbar, sacral and coccygeal roots in
// the sac, and the filum terminale.

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
export function takeOffPoint(root: NerveRoot): Vec3 {
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
export function segmentPoint(root: NerveRoot, side: Side, inset = 0.75): Vec3 {
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
