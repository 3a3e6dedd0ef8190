import type { BufferGeometry } from 'three'
import {
  BONE_IDS,
  type BoneId,
  DISC_IDS,
  type DiscId,
  FACET_JOINT_IDS,
  type FacetJointId,
  type VertebraLevel,
} from '../../anatomy/ids'
import { type Pose, posture } from '../../anatomy/posture'
import { partFieldsOf } from '../builder'
import { createDiscGeometry, createFacetJointGeometry } from '../joints'
import { createCoccyxGeometry, createSacrumGeometry } from '../pelvicBones'
import type { SdfPart } from '../sdf'
import { add, dot, normalize, scale, type Vec3 } from '../vec3'
import { createVertebraGeometry } from '../vertebra'
import { toLocal, toWorld } from './frames'

// The bones (and discs and joint capsules) as obstacles: each generated once at close-up detail and kept as
// its parts' signed distance fields and vertices, to measure how far a point is from them and to probe them.

/** A generated structure: its pose, its parts as fields and its vertices per part, all in its own frame. */
export interface Shape {
  readonly pose: Pose
  readonly parts: readonly SdfPart[]
  readonly vertices: (part: string) => Vec3[]
  /** World-space box round the whole shape, to skip far shapes quickly. */
  readonly worldMin: Vec3
  readonly worldMax: Vec3
}
export type ShapeId = BoneId | DiscId | FacetJointId

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
    // more clearance being asked of what passes by; so is bone made only to have a hole cut through it, the
    // plate round a sacral foramen, whose hole the shells keep as the gap between the bars)
    if (part.cut || part.surfaceOnly || (only && !only(part.name))) continue
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
export function march(
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

export const named =
  (...prefixes: string[]) =>
  (name: string) =>
    prefixes.some((p) => name === p || name.startsWith(p))

/** C2's dens as generated, in the world frame. */
export const densVertices = (): Vec3[] => {
  const c2 = shapeOf('C2')
  return c2.vertices('dens').map((v) => toWorld(c2.pose, v))
}

/** The tip of C2's dens (world): the midline point at the height of its highest vertex. */
export function densTip(): Vec3 {
  const dens = densVertices()
  let top = dens[0] as Vec3
  for (const v of dens) if (v[1] > top[1]) top = v
  return [0, top[1], top[2]]
}

/** The part's vertex farthest along `dir` (shape frame). */
export function extreme(shape: Shape, part: string, dir: Vec3): Vec3 {
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
export const partBox = (shape: Shape, name: string): { min: Vec3; max: Vec3 } => {
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
