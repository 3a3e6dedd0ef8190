import { describe, expect, it } from 'vitest'
import {
  CONDITION_CHANGES,
  CONDITION_IDS,
  CONDITION_INVOLVES,
  CONDITION_MODELS,
  conditionView,
  genantGrade,
  meyerdingGrade,
} from '../../src/anatomy/conditionModels'
import type { StructureId } from '../../src/anatomy/ids'
import { vertebraLandmarks } from '../../src/anatomy/landmarks'
import type { NerveId, NerveRoot } from '../../src/anatomy/neural'
import { posture } from '../../src/anatomy/posture'
import { rotateX, sub, type Vec3 } from '../../src/anatomy/vec'
import { createStructureGeometry } from '../../src/geometry/cache'
import {
  type ChangedStructure,
  changedGeometry,
  lowerEndplateDepth,
  parsCutZ,
  conditionScene as sceneOf,
} from '../../src/geometry/conditions'
import { createNeuralGeometry } from '../../src/geometry/neural'
import { rootCourse } from '../../src/geometry/neural/nerveRoots'
import { sampleCentreline } from '../../src/geometry/neural/routing'

/** A root's surface as the 3D view has it (overview detail, world frame), made once per root. */
const surfaces = new Map<NerveId, ArrayLike<number>>()
const surfaceOf = (root: NerveId): ArrayLike<number> => {
  let s = surfaces.get(root)
  if (!s) {
    s = createNeuralGeometry(root, 0).getAttribute('position').array
    surfaces.set(root, s)
  }
  return s
}
const conditionScene = (id: (typeof CONDITION_IDS)[number]) => sceneOf(id, surfaceOf)

/**
 * How far (mm) a geometry's nearest vertex is from a root's surface, measured from the root's own centreline
 * and radius (not from the surface vertices the bulge aimed at): below zero, the disc presses into the root.
 */
function gapToRoot(world: ArrayLike<number>, root: NerveId): number {
  const [, name, side] = root.split(':') as [string, NerveRoot, 'left' | 'right']
  const course = rootCourse(name, side)
  const line = sampleCentreline(course.path, 8).map((s) => s.p)
  let best = Infinity
  for (let i = 0; i < world.length; i += 3)
    for (const q of line)
      best = Math.min(
        best,
        Math.hypot((world[i] as number) - q[0], (world[i + 1] as number) - q[1], (world[i + 2] as number) - q[2]),
      )
  return best - course.radius
}

const change = (id: (typeof CONDITION_IDS)[number], structure: StructureId): ChangedStructure => {
  const c = conditionScene(id).changed.find((s) => s.id === structure)
  if (!c) throw new Error(`${id} does not change ${structure}`)
  return c
}
/** A structure's world vertices before and after the condition changes it. */
function beforeAfter(c: ChangedStructure): { before: Float32Array; after: Float32Array; dropped: number } {
  const source = createStructureGeometry(c.id, 1)
  const after = changedGeometry(source, c)
  const { drop: _drop, ...rest } = c
  const before = changedGeometry(source, { ...rest, deform: () => {} })
  const triangles = (g: typeof after) => (g.getIndex()?.count ?? g.getAttribute('position').count) / 3
  return {
    before: before.getAttribute('position').array as Float32Array,
    after: after.getAttribute('position').array as Float32Array,
    dropped: triangles(before) - triangles(after),
  }
}
const points = (a: Float32Array): Vec3[] => {
  const out: Vec3[] = []
  for (let i = 0; i < a.length; i += 3) out.push([a[i] as number, a[i + 1] as number, a[i + 2] as number])
  return out
}
/** A point in a structure's own frame (world in). */
const local = (id: StructureId, p: Vec3): Vec3 => {
  const all = posture()
  const pose = id.startsWith('disc:') ? all.discs[id as 'disc:L4-L5'] : all.bones[id as 'L1']
  if (!pose) throw new Error(id)
  return rotateX(sub(p, pose.position), -pose.tilt)
}

describe('a herniated disc', { timeout: 60_000 }, () => {
  for (const id of ['herniation-l4-l5-posterolateral', 'herniation-l4-l5-foraminal', 'herniation-c5-c6'] as const) {
    const m = CONDITION_MODELS[id]
    it(`${id}: bulges out until it reaches the root it names (${m.root}), which it did not touch before`, () => {
      const { before, after } = beforeAfter(change(id, m.disc))
      expect(gapToRoot(before, m.root)).toBeGreaterThan(0)
      // touching: within half a millimetre of the root's surface, or pressing into it, never past its middle
      const [, name, side] = m.root.split(':') as [string, NerveRoot, 'left' | 'right']
      expect(gapToRoot(after, m.root)).toBeLessThanOrEqual(0.5)
      expect(gapToRoot(after, m.root)).toBeGreaterThan(-rootCourse(name, side).radius)
    })
  }

  it('posterolateral L4–L5 bulges back and to the side; foraminal L4–L5 more to the side', () => {
    const apex = (id: 'herniation-l4-l5-posterolateral' | 'herniation-l4-l5-foraminal') => {
      const { before, after } = beforeAfter(change(id, 'disc:L4-L5'))
      let best = 0
      let dir: Vec3 = [0, 0, 0]
      for (let i = 0; i < before.length; i += 3) {
        const d: Vec3 = [
          (after[i] as number) - (before[i] as number),
          (after[i + 1] as number) - (before[i + 1] as number),
          (after[i + 2] as number) - (before[i + 2] as number),
        ]
        const n = Math.hypot(...d)
        if (n > best) {
          best = n
          dir = d
        }
      }
      return { best, dir }
    }
    const pl = apex('herniation-l4-l5-posterolateral')
    const fo = apex('herniation-l4-l5-foraminal')
    // a visible bulge (mm), toward the left (x > 0) in both, backward (z < 0) in the posterolateral one
    expect(pl.best).toBeGreaterThan(3)
    expect(fo.best).toBeGreaterThan(3)
    expect(pl.dir[2]).toBeLessThan(0)
    expect(pl.dir[0]).toBeGreaterThan(0)
    expect(Math.abs(fo.dir[0]) / Math.hypot(fo.dir[0], fo.dir[2])).toBeGreaterThan(
      Math.abs(pl.dir[0]) / Math.hypot(pl.dir[0], pl.dir[2]),
    )
  })
})

describe('spondylolisthesis', () => {
  for (const id of ['spondylolisthesis-l5-s1-isthmic', 'spondylolisthesis-l4-l5-degenerative'] as const) {
    const m = CONDITION_MODELS[id]
    it(`${id}: the body slides forward by its grade's share of the lower endplate (${m.slipPercent} %)`, () => {
      const { before, after } = beforeAfter(change(id, m.upper))
      const disc = `disc:${m.upper}-${m.lower === 'sacrum' ? 'S1' : m.lower}` as const
      // the front of the body (its most forward vertex) moves by the slip
      let i = 0
      let front = -Infinity
      for (let k = 0; k < before.length; k += 3) {
        const z = local(m.upper, [before[k] as number, before[k + 1] as number, before[k + 2] as number])[2]
        if (z > front) {
          front = z
          i = k
        }
      }
      const moved = Math.hypot(
        (after[i] as number) - (before[i] as number),
        (after[i + 1] as number) - (before[i + 1] as number),
        (after[i + 2] as number) - (before[i + 2] as number),
      )
      expect((moved / lowerEndplateDepth(disc)) * 100).toBeCloseTo(m.slipPercent, 1)
    })
  }

  it('grades the slips by Meyerding: 35 % is grade II, 18 % grade I; the boundaries as published', () => {
    expect(meyerdingGrade(CONDITION_MODELS['spondylolisthesis-l5-s1-isthmic'].slipPercent)).toBe(2)
    expect(meyerdingGrade(CONDITION_MODELS['spondylolisthesis-l4-l5-degenerative'].slipPercent)).toBe(1)
    expect([25, 26, 50, 51, 75, 76, 100, 101].map(meyerdingGrade)).toEqual([1, 2, 2, 3, 3, 4, 4, 5])
  })

  it('isthmic: the arch behind the pars defect stays, and the break opens (no triangle bridges it)', () => {
    const { before, after, dropped } = beforeAfter(change('spondylolisthesis-l5-s1-isthmic', 'L5'))
    const cut = parsCutZ('L5')
    let behind = 0
    for (let k = 0; k < before.length; k += 3) {
      const p: Vec3 = [before[k] as number, before[k + 1] as number, before[k + 2] as number]
      if (local('L5', p)[2] > cut - 2) continue
      behind++
      expect(Math.hypot(after[k]! - p[0], after[k + 1]! - p[1], after[k + 2]! - p[2])).toBe(0)
    }
    expect(behind).toBeGreaterThan(100)
    expect(dropped).toBeGreaterThan(0)
    expect(conditionScene('spondylolisthesis-l5-s1-isthmic').marks.filter((m) => m.kind === 'pars')).toHaveLength(2)
  })

  it('degenerative: the whole bone moves, arch included (no break)', () => {
    const { before, after, dropped } = beforeAfter(change('spondylolisthesis-l4-l5-degenerative', 'L4'))
    expect(dropped).toBe(0)
    const d0 = after[0]! - before[0]!
    for (let k = 0; k < before.length; k += 3) expect(after[k]! - before[k]!).toBeCloseTo(d0, 4)
  })
})

describe('an osteoporotic compression fracture', () => {
  const m = CONDITION_MODELS['compression-fracture-l1']
  /** The body's height (mm) at its front and back (within 3 mm of each wall, near the midline). */
  const heights = (a: Float32Array) => {
    const l = vertebraLandmarks('L1')
    const front = { lo: Infinity, hi: -Infinity }
    const back = { lo: Infinity, hi: -Infinity }
    for (const p of points(a)) {
      const q = local('L1', p)
      if (Math.abs(q[0]) > 6) continue
      const wall = q[2] > l.halfDepth - 4 ? front : q[2] > l.bodyBackZ && q[2] < l.bodyBackZ + 3 ? back : null
      if (!wall) continue
      wall.lo = Math.min(wall.lo, q[1])
      wall.hi = Math.max(wall.hi, q[1])
    }
    return { front: front.hi - front.lo, back: back.hi - back.lo }
  }

  it(`wedges L1 at the front by its height loss (${m.heightLoss * 100} %), the back wall kept`, () => {
    const { before, after } = beforeAfter(change('compression-fracture-l1', 'L1'))
    const b = heights(before)
    const a = heights(after)
    expect(a.front / b.front).toBeGreaterThan(1 - m.heightLoss - 0.04)
    expect(a.front / b.front).toBeLessThan(1 - m.heightLoss + 0.06)
    expect(a.back / b.back).toBeGreaterThan(0.93)
  })

  it('is Genant grade 2 (25–40 %), at the thoracolumbar junction', () => {
    expect(genantGrade(m.heightLoss)).toBe(2)
    expect([0.19, 0.2, 0.25, 0.26, 0.4, 0.41].map(genantGrade)).toEqual([0, 1, 1, 2, 2, 3])
    expect(['T12', 'L1']).toContain(m.bone)
  })
})

describe('a worn disc', () => {
  it('loses height, and the bone above comes down to meet it; gas sits inside the disc', () => {
    const m = CONDITION_MODELS['disc-degeneration-l4-l5']
    const { before, after } = beforeAfter(change('disc-degeneration-l4-l5', 'disc:L4-L5'))
    const span = (a: Float32Array) => {
      const ys = points(a).map((p) => local('disc:L4-L5', p)[1])
      return Math.max(...ys) - Math.min(...ys)
    }
    expect(span(after) / span(before)).toBeCloseTo(1 - m.heightLoss, 1)
    const gas = conditionScene('disc-degeneration-l4-l5').marks.find((k) => k.kind === 'gas')
    expect(gas).toBeDefined()
    const g = local('disc:L4-L5', gas!.centre)
    const top = Math.max(...points(after).map((p) => local('disc:L4-L5', p)[1]))
    expect(g[1] + gas!.radii[1]).toBeLessThan(top)
    // the L4 body's lowest point comes down by the disc's lost height (no gap opens above the disc)
    const bone = beforeAfter(change('disc-degeneration-l4-l5', 'L4'))
    const low = (a: Float32Array) =>
      Math.min(
        ...points(a)
          .map((p) => local('disc:L4-L5', p))
          .filter((q) => Math.abs(q[0]) < 8 && q[2] > 0)
          .map((q) => q[1]),
      )
    const lost = posture().discs['disc:L4-L5']!.height * m.heightLoss
    expect(low(bone.before) - low(bone.after)).toBeCloseTo(lost, 0)
  })
})

describe('worn facet joints', () => {
  it('are narrower across the joint and carry bony spurs', () => {
    const joint = 'facet:L4-L5:left' as const
    const n = posture().facets[joint]!.normal
    const { before, after } = beforeAfter(change('facet-arthritis-l4-l5', joint))
    const thickness = (a: Float32Array) => {
      const pose = posture().facets[joint]!
      const ds = points(a).map((p) => {
        const q = rotateX(sub(p, pose.position), -pose.tilt)
        return q[0] * n[0] + q[1] * n[1] + q[2] * n[2]
      })
      return Math.max(...ds) - Math.min(...ds)
    }
    expect(thickness(after)).toBeLessThan(thickness(before) * 0.8)
    expect(conditionScene('facet-arthritis-l4-l5').marks.filter((m) => m.kind === 'osteophyte').length).toBeGreaterThan(
      3,
    )
  })
})

describe('every condition', { timeout: 60_000 }, () => {
  it('changes exactly the structures the store hides for it, presses on the roots its view names, and involves both', () => {
    for (const id of CONDITION_IDS) {
      const scene = conditionScene(id)
      expect(scene.changed.map((c) => c.id).sort(), id).toEqual([...CONDITION_CHANGES[id]].sort())
      expect(scene.roots, id).toEqual(conditionView(id).roots)
      expect(scene.focus, id).toBe(conditionView(id).focus)
      for (const s of [...scene.changed.map((c) => c.id), ...scene.roots])
        expect(CONDITION_INVOLVES[id], `${id}: ${s}`).toContain(s)
    }
  })
})
