import type { BufferGeometry } from 'three'
import { parseStructureId, type StructureId } from '../anatomy/ids'
import type { Detail } from './builder'
import { createDiscGeometry, createFacetJointGeometry } from './joints'
import { createCoccyxGeometry, createSacrumGeometry } from './pelvicBones'
import { createVertebraGeometry } from './vertebra'

/** Builds the geometry of any structure in its own anatomical frame (mm). */
export function createStructureGeometry(id: StructureId, detail: Detail): BufferGeometry {
  const parsed = parseStructureId(id)
  if (!parsed) throw new Error(`Unknown structure ${id}`)
  switch (parsed.kind) {
    case 'vertebra':
      return createVertebraGeometry(parsed.level, detail)
    case 'sacrum':
      return createSacrumGeometry(detail)
    case 'coccyx':
      return createCoccyxGeometry(detail)
    case 'disc':
      return createDiscGeometry(parsed.id, detail)
    case 'facet':
      return createFacetJointGeometry(parsed.id, detail)
  }
}

/**
 * A least-recently-used cache of geometries that knows which ones are borrowed. `get` only creates and
 * marks as recent, never evicts: a component asks during render, before its effect can `retain`, so
 * eviction waits for `release` (after a commit). Only geometries nobody retains are evicted, oldest
 * first, down to `capacity`; the newest `capacity` entries always survive, so geometries asked for by
 * a render not yet committed are safe as long as one view never needs more than `capacity`.
 */
export class GeometryLru {
  /** Map order is recency: the first entry is the least recently used. */
  private readonly entries = new Map<string, { geometry: BufferGeometry; users: number }>()

  constructor(
    /** How many geometries to keep, borrowed or not (borrowed ones are never evicted, so it is a soft bound). */
    readonly capacity: number,
  ) {}

  get size(): number {
    return this.entries.size
  }

  has(key: string): boolean {
    return this.entries.has(key)
  }

  /** The geometry for `key`, made with `make` if absent; marks it most recently used. */
  get(key: string, make: () => BufferGeometry): BufferGeometry {
    const entry = this.entries.get(key)
    if (entry) {
      this.entries.delete(key)
      this.entries.set(key, entry)
      return entry.geometry
    }
    const geometry = make()
    this.entries.set(key, { geometry, users: 0 })
    return geometry
  }

  /** A mounted user now holds `geometry`; re-adopts it if it was evicted meanwhile, so it is freed later. */
  retain(key: string, geometry: BufferGeometry): void {
    let entry = this.entries.get(key)
    if (!entry || entry.geometry !== geometry) {
      if (entry) this.dispose(entry)
      entry = { geometry, users: 0 }
      this.entries.set(key, entry)
    }
    entry.users++
  }

  /** A user let go of `key`; frees what no one uses beyond the capacity. */
  release(key: string): void {
    const entry = this.entries.get(key)
    if (entry && entry.users > 0) entry.users--
    this.trim()
  }

  /** Evicts and disposes unborrowed geometries, least recently used first, until within capacity. */
  trim(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.capacity) return
      if (entry.users > 0) continue
      this.entries.delete(key)
      this.dispose(entry)
    }
  }

  /** Frees everything, borrowed or not (teardown). */
  clear(): void {
    for (const entry of this.entries.values()) this.dispose(entry)
    this.entries.clear()
  }

  private dispose(entry: { geometry: BufferGeometry }): void {
    entry.geometry.dispose()
  }
}

/**
 * Full-detail geometries kept: a close-up view draws at most 35 structures at full detail (the
 * largest neighbourhood within CLOSE_UP_RADIUS, checked by a unit test), so one view fits with room
 * to go back to the previous one without rebuilding all of it.
 */
export const FULL_DETAIL_CAPACITY = 48

/** Overview geometries: one per structure, all in use by the pick meshes, so a fixed set (99). */
const overview = new Map<StructureId, BufferGeometry>()
const pending = new Map<StructureId, () => BufferGeometry>()
/** Full-detail geometries: only the close-up round the selection needs them, so bounded. */
const fullDetail = new GeometryLru(FULL_DETAIL_CAPACITY)

/**
 * One shared geometry per structure and detail; scene components borrow it and never dispose it. A
 * component that keeps a full-detail geometry mounted must `retainStructureGeometry` it (after commit)
 * and `releaseStructureGeometry` when done, or it may be evicted.
 */
export function structureGeometry(id: StructureId, detail: Detail): BufferGeometry {
  if (detail !== 0) return fullDetail.get(id, () => createStructureGeometry(id, detail))
  let geometry = overview.get(id)
  if (!geometry) {
    geometry = pending.get(id)?.() ?? createStructureGeometry(id, 0)
    pending.delete(id)
    overview.set(id, geometry)
  }
  return geometry
}

/** Marks a geometry from `structureGeometry` as in use by a mounted mesh. */
export function retainStructureGeometry(id: StructureId, detail: Detail, geometry: BufferGeometry): void {
  if (detail !== 0) fullDetail.retain(id, geometry)
}

/** The mesh no longer uses it: full-detail geometries beyond the capacity are freed. */
export function releaseStructureGeometry(id: StructureId, detail: Detail): void {
  if (detail !== 0) fullDetail.release(id)
}

/** How many full-detail geometries are held (for tests and the debug hook). */
export function fullDetailCount(): number {
  return fullDetail.size
}

/**
 * Offers a geometry made elsewhere (by the overview worker); it is wrapped only when first asked for,
 * so the work stays off the path to the first frame.
 */
export function seedStructureGeometry(id: StructureId, detail: Detail, make: () => BufferGeometry): void {
  if (detail === 0 && !overview.has(id)) pending.set(id, make)
}

/** Frees every cached geometry (on teardown of the viewer). */
export function disposeAllGeometries(): void {
  for (const geometry of overview.values()) geometry.dispose()
  overview.clear()
  pending.clear()
  fullDetail.clear()
}
