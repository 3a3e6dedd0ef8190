import { catmullRom } from '../builder'
import { add, length, sub, type Vec3 } from '../vec3'
import { NERVE_OBSTACLES, type ShapeId, shapeClearance } from './obstacles'

// Routing a tube round the obstacles: the roomiest of some places, the centreline a tube draws, and a path
// mended where its tube would pass through a bone, disc or joint capsule.

/** Of the candidate points (world), the one farthest from the obstacles; ties go to the earlier. */
export function roomiest(candidates: readonly Vec3[], obstacles: readonly ShapeId[], enough: number): Vec3 {
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
export function repairPath(input: readonly Vec3[], radius: number, fixed: ReadonlySet<number>, attempts = 8): Vec3[] {
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
  // the closest spot on the centreline, and how far the whole of it falls short of the clearance it needs
  const worstOf = (points: readonly Vec3[]) => {
    let worst = Infinity
    let shortfall = 0
    let at: { p: Vec3; segment: number } | null = null
    for (const s of sampleCentreline(points)) {
      const c = clear(s.p)
      shortfall += Math.max(0, need - c)
      if (c < worst) {
        worst = c
        at = s
      }
    }
    return { worst, shortfall, at }
  }
  // a change helps when the closest spot gets roomier, or when the tube as a whole does without its closest spot
  // getting tighter (two spots about as tight: mending one alone does not move the worst)
  const helps = (next: ReturnType<typeof worstOf>, now: ReturnType<typeof worstOf>) =>
    next.worst > now.worst + 0.05 || (next.worst >= now.worst - 0.05 && next.shortfall < now.shortfall * 0.9)
  let current = worstOf(path)
  for (let iteration = 0; iteration < attempts && current.at && current.worst < need; iteration++) {
    const spot = current.at.p
    const i = current.at.segment
    // move a movable control point near the spot; failing that, put a new one there, then one from a wider search
    const movable = [i, i + 1].filter((k) => k > 0 && k < path.length && !fixedPoints.has(path[k] as Vec3))
    const nearest = movable.sort((k, m) => length(sub(path[k] as Vec3, spot)) - length(sub(path[m] as Vec3, spot)))[0]
    const trials: (() => Vec3[])[] = []
    if (nearest !== undefined && length(sub(path[nearest] as Vec3, spot)) < 2.5)
      trials.push(() => path.map((p, k) => (k === nearest ? roomyNear(p, 3, 1) : p)))
    trials.push(() => [...path.slice(0, i + 1), roomyNear(spot, 3, 1), ...path.slice(i + 1)])
    trials.push(() => [...path.slice(0, i + 1), roomyNear(spot, 6, 1.5), ...path.slice(i + 1)])
    let improved = false
    for (const make of trials) {
      const trial = make()
      const next = worstOf(trial)
      if (helps(next, current)) {
        path.splice(0, path.length, ...trial)
        current = next
        improved = true
        break
      }
    }
    if (!improved) break
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
