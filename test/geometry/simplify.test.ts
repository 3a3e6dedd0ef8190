import { describe, expect, it } from 'vitest'
import { BONE_IDS, type BoneId } from '../../src/anatomy/ids'
import { createBoneOverviewSurface, createBoneSurface } from '../../src/geometry/boneSurface'
import { createStructureGeometry } from '../../src/geometry/cache'
import { cacheFriendlyTriangles, compacted } from '../../src/geometry/simplify'
import { isManifold, type SurfaceArrays } from '../../src/geometry/surface'

const extent = (s: SurfaceArrays) => {
  const min = [Infinity, Infinity, Infinity]
  const max = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < s.positions.length; i++) {
    const k = i % 3
    min[k] = Math.min(min[k] as number, s.positions[i] as number)
    max[k] = Math.max(max[k] as number, s.positions[i] as number)
  }
  return max.map((m, k) => m - (min[k] as number))
}

/** A bone's overview surface at its shells' triangle count (as the app asks), built once per bone in this file. */
const overviews = new Map<BoneId, Promise<SurfaceArrays>>()
const shellTriangles = (bone: BoneId) => (createStructureGeometry(bone, 0).index?.count ?? 0) / 3
const overviewOf = (bone: BoneId): Promise<SurfaceArrays> => {
  let overview = overviews.get(bone)
  if (!overview) {
    overview = createBoneOverviewSurface(bone, shellTriangles(bone))
    overviews.set(bone, overview)
  }
  return overview
}

// (building L4's close-up surface and simplifying it takes seconds on a busy two-core machine)
describe('a bone’s overview surface', { timeout: 30_000 }, () => {
  it('is a closed skin about as light as the shells it replaces, the same size as the close-up surface, with every part', async () => {
    const overview = await overviewOf('L4')
    const close = createBoneSurface('L4')
    expect(isManifold(overview.indices)).toBe(true)
    const triangles = overview.indices.length / 3
    expect(triangles).toBeLessThan(shellTriangles('L4') * 1.5)
    expect(triangles).toBeLessThan(close.indices.length / 3 / 5)
    // within a millimetre of the close-up surface in every direction (the simplifier may stray 0.3 mm)
    const [a, b] = [extent(overview), extent(close)]
    for (let k = 0; k < 3; k++) expect(Math.abs((a[k] as number) - (b[k] as number))).toBeLessThan(1.5)
    const names = (s: SurfaceArrays) => new Set(s.parts.map((p) => p.name))
    for (const name of ['body', 'pedicle-left', 'pedicle-right', 'spinous']) expect(names(overview)).toContain(name)
    // the parts still tile the vertices, in order
    let next = 0
    for (const part of overview.parts) {
      expect(part.start).toBe(next)
      next += part.count
    }
    expect(next).toBe(overview.positions.length / 3)
  })

  it('is a closed, manifold skin for every bone (the simplifier once folded thin parts of C3, C4, T3, T8, T9)', async () => {
    const open: string[] = []
    for (const bone of BONE_IDS) if (!isManifold((await overviewOf(bone)).indices)) open.push(bone)
    expect(open).toEqual([])
  })

  it('is simplified for every bone: no bone left at its grid’s triangles, the whole spine about as light as its shells', async () => {
    // where no simplification stays closed the unsimplified grid is kept (3–5 times the shells' triangles):
    // the sacrum once was, after a narrower S2 body left a crease at S3 (16 000 triangles instead of 5 500),
    // and every frame of the overview pays for each triangle
    let triangles = 0
    let shells = 0
    const heavy: string[] = []
    for (const bone of BONE_IDS) {
      const count = (await overviewOf(bone)).indices.length / 3
      if (count > shellTriangles(bone) * 2.5) heavy.push(`${bone}: ${count} for ${shellTriangles(bone)}`)
      triangles += count
      shells += shellTriangles(bone)
    }
    expect(heavy).toEqual([])
    expect(triangles / shells).toBeLessThan(1.25)
  })

  it('comes with a level for a moving camera: about a sixth of its triangles, over the same vertices, near the same shape', async () => {
    for (const bone of ['L4', 'C2', 'sacrum'] as const) {
      const overview = await overviewOf(bone)
      const motion = overview.motionIndices as Uint32Array
      const share = motion.length / overview.indices.length
      expect(share, bone).toBeGreaterThan(0.12)
      expect(share, bone).toBeLessThan(0.25)
      const vertices = overview.positions.length / 3
      expect(motion.every((v) => v < vertices)).toBe(true)
      // the same outline: its vertices span the bone's whole extent within a millimetre or two
      const used = new Set(motion)
      const spanOf = (pick: (v: number) => boolean) =>
        [0, 1, 2].map((k) => {
          let lo = Infinity
          let hi = -Infinity
          for (let v = 0; v < vertices; v++) {
            if (!pick(v)) continue
            lo = Math.min(lo, overview.positions[v * 3 + k] as number)
            hi = Math.max(hi, overview.positions[v * 3 + k] as number)
          }
          return hi - lo
        })
      const full = spanOf(() => true)
      const light = spanOf((v) => used.has(v))
      for (const k of [0, 1, 2]) expect(Math.abs((full[k] as number) - (light[k] as number)), bone).toBeLessThan(2.5)
    }
  })

  it('orders its triangles so a GPU shades each vertex fewer times, keeping every triangle and its winding', async () => {
    const close = createBoneSurface('L5')
    const ordered = await cacheFriendlyTriangles(close.indices)
    // a cache of the 16 vertices shaded last, as a GPU keeps: how many shadings a triangle costs
    const perTriangle = (indices: Uint32Array) => {
      const recent: number[] = []
      let misses = 0
      for (const v of indices) {
        if (recent.includes(v)) continue
        misses++
        recent.push(v)
        if (recent.length > 16) recent.shift()
      }
      return misses / (indices.length / 3)
    }
    expect(perTriangle(ordered)).toBeLessThan(perTriangle(close.indices) * 0.8)
    const triangles = (indices: Uint32Array) => {
      const out: string[] = []
      for (let t = 0; t < indices.length; t += 3) {
        const [a, b, c] = [indices[t], indices[t + 1], indices[t + 2]] as [number, number, number]
        const m = Math.min(a, b, c)
        out.push(String(m === a ? [a, b, c] : m === b ? [b, c, a] : [c, a, b]))
      }
      return out.sort()
    }
    expect(triangles(ordered)).toEqual(triangles(close.indices))
  })

  it('keeps only the vertices its triangles use, in their order, with their parts', () => {
    const surface: SurfaceArrays = {
      positions: new Float32Array([0, 0, 0, 1, 0, 0, 9, 9, 9, 0, 1, 0, 1, 1, 0]),
      normals: new Float32Array(15).fill(1),
      colors: new Float32Array([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]),
      indices: new Uint32Array([0, 1, 3, 1, 4, 3]),
      parts: [
        { name: 'a', start: 0, count: 3 },
        { name: 'b', start: 3, count: 2 },
      ],
    }
    const kept = compacted(surface, surface.indices)
    expect([...kept.colors]).toEqual([0, 0, 0, 1, 1, 1, 3, 3, 3, 4, 4, 4])
    expect([...kept.indices]).toEqual([0, 1, 2, 1, 3, 2])
    expect(kept.parts).toEqual([
      { name: 'a', start: 0, count: 2 },
      { name: 'b', start: 2, count: 2 },
    ])
  })
})
