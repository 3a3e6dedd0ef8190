import { describe, expect, it } from 'vitest'
import { BONE_IDS, type BoneId } from '../../src/anatomy/ids'
import { createBoneOverviewSurface, createBoneSurface } from '../../src/geometry/boneSurface'
import { createStructureGeometry } from '../../src/geometry/cache'
import { compacted } from '../../src/geometry/simplify'
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
