import { BufferGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import { STRUCTURE_IDS } from '../../src/anatomy/ids'
import { AXES, BONE } from '../../src/geometry/builder'
import {
  createGeometryCache,
  createStructureGeometry,
  FULL_DETAIL_CAPACITY,
  GeometryLru,
} from '../../src/geometry/cache'
import { ellipsoid } from '../../src/geometry/sdf'
import { meshSurface, type SurfaceArrays } from '../../src/geometry/surface'
import type { SurfaceBuilder, SurfaceOrigin } from '../../src/geometry/surfaceWorker'
import { toArrays } from '../../src/geometry/transfer'
import { structureBox, structuresNear } from '../../src/geometry/world'
import { createFacetRuntime } from '../../src/runtime/runtime'
import { CLOSE_UP_RADIUS } from '../../src/store'

type Tracked = BufferGeometry & { disposed: boolean }
/** A geometry that records whether it was disposed. */
function tracked(): Tracked {
  const g: Tracked = Object.assign(new BufferGeometry(), { disposed: false })
  g.addEventListener('dispose', () => {
    g.disposed = true
  })
  return g
}

describe('the bounded geometry cache', () => {
  it('returns the same geometry for the same key while it is cached', () => {
    const lru = new GeometryLru(2)
    const a = lru.get('a', tracked)
    expect(lru.get('a', tracked)).toBe(a)
  })

  it('never evicts on get, so a render may ask for more than fits before its effects retain them', () => {
    const lru = new GeometryLru(2)
    const made = ['a', 'b', 'c'].map((k) => lru.get(k, tracked) as Tracked)
    expect(lru.size).toBe(3)
    expect(made.some((g) => g.disposed)).toBe(false)
  })

  it('after a release, disposes the least recently used unborrowed geometries down to the capacity', () => {
    const lru = new GeometryLru(2)
    const a = lru.get('a', tracked) as Tracked
    const b = lru.get('b', tracked) as Tracked
    const c = lru.get('c', tracked) as Tracked
    lru.retain('c', c)
    lru.get('a', tracked) // a is now more recent than b
    lru.release('c')
    expect(lru.size).toBe(2)
    expect(b.disposed).toBe(true)
    expect(a.disposed).toBe(false)
    expect(c.disposed).toBe(false)
    expect(lru.has('b')).toBe(false)
    // asked for again, it is made anew
    expect(lru.get('b', tracked)).not.toBe(b)
  })

  it('never disposes a geometry that a mounted mesh retains, even over capacity', () => {
    const lru = new GeometryLru(1)
    const held = ['a', 'b', 'c'].map((k) => {
      const g = lru.get(k, tracked) as Tracked
      lru.retain(k, g)
      return g
    })
    lru.trim()
    expect(lru.size).toBe(3)
    expect(held.some((g) => g.disposed)).toBe(false)
    lru.release('a')
    expect(held[0]?.disposed).toBe(true)
    expect(lru.size).toBe(2)
  })

  it('stays bounded over many views: 200 keys each shown and released leave at most the capacity', () => {
    const lru = new GeometryLru(8)
    const all: Tracked[] = []
    for (let i = 0; i < 200; i++) {
      const key = `k${i}`
      const g = lru.get(key, tracked) as Tracked
      all.push(g)
      lru.retain(key, g)
      lru.release(key)
    }
    expect(lru.size).toBe(8)
    expect(all.filter((g) => !g.disposed)).toHaveLength(8)
  })

  it('re-adopts a retained geometry that was evicted between render and commit, so it is freed later', () => {
    const lru = new GeometryLru(0)
    const a = lru.get('a', tracked) as Tracked
    lru.trim()
    expect(lru.has('a')).toBe(false)
    lru.retain('a', a)
    expect(lru.has('a')).toBe(true)
    lru.release('a')
    expect(lru.has('a')).toBe(false)
  })

  it('holds the largest close-up neighbourhood of the spine', () => {
    const largest = Math.max(...STRUCTURE_IDS.map((id) => structuresNear(id, CLOSE_UP_RADIUS, STRUCTURE_IDS).size))
    expect(largest).toBeLessThanOrEqual(FULL_DETAIL_CAPACITY)
    // and not wastefully larger: one view plus a third of another
    expect(FULL_DETAIL_CAPACITY).toBeLessThanOrEqual(Math.ceil(largest * 1.5))
  })
})

describe('the geometry cache an owner holds', () => {
  /** Records every geometry disposed. */
  const disposals = () => {
    const seen = new Set<BufferGeometry>()
    return {
      watch(g: BufferGeometry) {
        g.addEventListener('dispose', () => seen.add(g))
        return g
      },
      has: (g: BufferGeometry) => seen.has(g),
    }
  }

  it('shares one geometry per structure and detail within a cache, and nothing between two caches', () => {
    const a = createGeometryCache()
    const b = createGeometryCache()
    expect(a.structure('L4', 0)).toBe(a.structure('L4', 0))
    expect(a.structure('L4', 1)).toBe(a.structure('L4', 1))
    expect(b.structure('L4', 0)).not.toBe(a.structure('L4', 0))
    a.structure('L5', 1)
    expect(a.fullDetailCount()).toBe(2)
    expect(b.fullDetailCount()).toBe(0)
  })

  it('wraps the overview the worker made instead of generating it again', () => {
    const made = toArrays(createStructureGeometry('T6', 0))
    const cache = createGeometryCache({ madeElsewhere: (id) => (id === 'T6' ? made : null) })
    expect(cache.structure('T6', 0).getAttribute('position').array).toBe(made.position)
    expect(cache.structure('T7', 0).getAttribute('position').array).not.toBe(made.position)
  })

  it('frees full-detail geometries beyond its capacity once released, but not one a mesh still shows', () => {
    const seen = disposals()
    const cache = createGeometryCache({ fullDetailCapacity: 1 })
    const shown = seen.watch(cache.structure('L3', 1))
    cache.retain('L3', 1, shown)
    const left = seen.watch(cache.structure('L4', 1))
    cache.retain('L4', 1, left)
    cache.release('L4', 1, left)
    expect(seen.has(left)).toBe(true)
    expect(seen.has(shown)).toBe(false)
    expect(cache.fullDetailCount()).toBe(1)
  })

  it('disposes every geometry it made, borrowed or not, when its owner goes', () => {
    const seen = disposals()
    const runtime = createFacetRuntime()
    const overview = seen.watch(runtime.geometries.structure('C5', 0))
    const detailed = seen.watch(runtime.geometries.structure('C5', 1))
    runtime.geometries.retain('C5', 1, detailed)
    runtime.dispose()
    expect(seen.has(overview)).toBe(true)
    expect(seen.has(detailed)).toBe(true)
    expect(runtime.geometries.fullDetailCount()).toBe(0)
  })

  it('leaves the structures’ extents to the world maths, which keeps no geometry', () => {
    const box = structureBox('L4')
    const made = createStructureGeometry('L4', 0)
    made.computeBoundingBox()
    expect(box.equals(made.boundingBox as NonNullable<typeof made.boundingBox>)).toBe(true)
  })
})

describe('a bone shown up close is refined to its continuous surface', () => {
  /** A surface builder the test answers by hand, recording what it was asked. */
  function manualBuilder() {
    const asked: string[] = []
    const waiting = new Map<string, (s: SurfaceArrays | null, origin?: SurfaceOrigin) => void>()
    const builder: SurfaceBuilder = {
      // a close-up surface is asked for by the bone's id, an overview one as `<bone>:overview`
      build(bone, done, request) {
        const key = request?.quality === 'overview' ? `${bone}:overview` : bone
        asked.push(key)
        waiting.set(key, done)
      },
      dispose() {},
    }
    return {
      builder,
      asked,
      answer: (bone: string, s: SurfaceArrays | null, origin: SurfaceOrigin = 'built') =>
        waiting.get(bone)?.(s, origin),
    }
  }
  const tinySurface = (): SurfaceArrays =>
    meshSurface([ellipsoid({ name: 'body', color: BONE, blend: 0 }, [0, 0, 0], [5, 4, 3], AXES)], { cell: 1 })

  it('shows the shells first, asks once, then shows the surface and tells the view', () => {
    const { builder, asked, answer } = manualBuilder()
    const cache = createGeometryCache({ surfaces: builder })
    const changes: number[] = []
    cache.subscribe(() => changes.push(1))
    const shells = cache.structure('L4', 1)
    expect(shells.userData.continuous).toBeUndefined()
    cache.structure('L4', 1)
    cache.structure('disc:L4-L5', 1)
    expect(asked).toEqual(['L4'])
    // the 26 bones' overview surfaces count as still to come from the start (asked after the first frame)
    expect(cache.surfacesPending()).toBe(26 + 1)
    answer('L4', tinySurface())
    expect(changes).toHaveLength(1)
    expect(cache.refined('L4')).toBe(true)
    expect(cache.surfacesPending()).toBe(26)
    const surface = cache.structure('L4', 1)
    expect(surface).not.toBe(shells)
    expect(surface.userData.continuous).toBe(true)
    expect(cache.surfacesArrived()).toEqual({ built: 1, kept: 0, packed: 0 })
    // one read back from this browser's store counts as kept
    cache.structure('L5', 1)
    answer('L5', tinySurface(), 'kept')
    expect(cache.surfacesArrived()).toEqual({ built: 1, kept: 1, packed: 0 })
    expect((surface.userData.parts as { name: string }[]).map((p) => p.name)).toEqual(['body'])
    // a close-up surface does not replace the overview's shells (its own surfaces do, see below)
    expect(cache.structure('L4', 0).userData.continuous).toBeUndefined()
  })

  it('frees a bone’s shells once the mesh that showed them has its surface', () => {
    const { builder, answer } = manualBuilder()
    const cache = createGeometryCache({ surfaces: builder })
    const shells = cache.structure('L4', 1)
    let freed = false
    shells.addEventListener('dispose', () => {
      freed = true
    })
    cache.retain('L4', 1, shells)
    answer('L4', tinySurface())
    // still on screen until the mesh swaps
    expect(freed).toBe(false)
    const surface = cache.structure('L4', 1)
    cache.retain('L4', 1, surface)
    cache.release('L4', 1, shells)
    expect(freed).toBe(true)
    expect(cache.structure('L4', 1)).toBe(surface)
    expect(cache.fullDetailCount()).toBe(1)
  })

  it('keeps the shells of a bone whose surface could not be built, and stops waiting for it', () => {
    const { builder, asked, answer } = manualBuilder()
    const cache = createGeometryCache({ surfaces: builder })
    const shells = cache.structure('C2', 1)
    answer('C2', null)
    expect(cache.surfacesPending()).toBe(26)
    expect(cache.refined('C2')).toBe(false)
    expect(cache.structure('C2', 1)).toBe(shells)
    expect(asked).toEqual(['C2'])
  })

  it('drops a surface that arrives after the cache is gone', () => {
    const { builder, answer } = manualBuilder()
    const cache = createGeometryCache({ surfaces: builder })
    cache.structure('T6', 1)
    const changes: number[] = []
    cache.subscribe(() => changes.push(1))
    cache.dispose()
    answer('T6', tinySurface())
    expect(changes).toHaveLength(0)
  })

  it('swaps the whole overview to surfaces at once, after the close-up ones asked for first, and only if all came', () => {
    const { builder, asked, answer } = manualBuilder()
    const cache = createGeometryCache({ surfaces: builder })
    const shells = cache.structure('L4', 0)
    const changes: number[] = []
    cache.subscribe(() => changes.push(1))
    cache.refineOverview()
    cache.refineOverview()
    const bones = STRUCTURE_IDS.filter((id) => !id.includes(':'))
    expect(asked).toEqual(bones.map((b) => `${b}:overview`))
    for (const bone of bones.slice(0, -1)) answer(`${bone}:overview`, tinySurface())
    // nothing changes on screen until the last one is here
    expect(cache.overviewRefined()).toBe(false)
    expect(cache.overviewBatch()).toBeNull()
    expect(cache.structure('L4', 0)).toBe(shells)
    expect(changes).toHaveLength(0)
    expect(cache.surfacesPending()).toBe(1)
    answer(`${bones.at(-1)}:overview`, tinySurface())
    expect(changes).toHaveLength(1)
    expect(cache.surfacesPending()).toBe(0)
    expect(cache.overviewRefined()).toBe(true)
    expect(cache.structure('L4', 0).userData.continuous).toBe(true)
    // one draw for the whole spine still: bones' surfaces, discs' and joints' shells, each vertex tagged
    const batch = cache.overviewBatch() as BufferGeometry
    const tags = new Set(batch.getAttribute('structureIndex').array)
    expect(tags.size).toBe(STRUCTURE_IDS.length)
    cache.dispose()
  })

  it('keeps the whole overview as shells when one bone’s surface could not be built', () => {
    const { builder, answer } = manualBuilder()
    const cache = createGeometryCache({ surfaces: builder })
    cache.refineOverview()
    const bones = STRUCTURE_IDS.filter((id) => !id.includes(':'))
    answer(`${bones[0]}:overview`, null)
    for (const bone of bones.slice(1)) answer(`${bone}:overview`, tinySurface())
    expect(cache.surfacesPending()).toBe(0)
    expect(cache.overviewRefined()).toBe(false)
    expect(cache.structure('L4', 0).userData.continuous).toBeUndefined()
  })
})
