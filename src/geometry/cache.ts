import type { BufferGeometry } from 'three'
import { parseStructureId, type StructureId } from '../anatomy/ids'
import type { Detail } from './builder'
import { createDiscGeometry, createFacetJointGeometry } from './joints'
import { createCoccyxGeometry, createSacrumGeometry } from './pelvicBones'
import { fromArrays, type GeometryArrays } from './transfer'
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

/**
 * The geometries of one app's structures, made on demand and shared by every mesh that shows them: one
 * per structure at overview detail (a fixed set, all in use by the pick meshes), and a bounded set at
 * full detail (only the close-up round the selection needs them). Created and disposed by its owner,
 * the runtime; meshes borrow from it and never dispose what they borrow.
 */
export interface GeometryCache {
  /**
   * One shared geometry per structure and detail. A component that keeps a full-detail geometry mounted
   * must `retain` it (after commit) and `release` it when done, or it may be evicted.
   */
  structure(id: StructureId, detail: Detail): BufferGeometry
  /** Marks a geometry from `structure` as in use by a mounted mesh. */
  retain(id: StructureId, detail: Detail, geometry: BufferGeometry): void
  /** The mesh no longer uses it: full-detail geometries beyond the capacity are freed. */
  release(id: StructureId, detail: Detail): void
  /** How many full-detail geometries are held (for tests and the debug hook). */
  fullDetailCount(): number
  /** Frees every geometry it made, borrowed or not: its owner is going. */
  dispose(): void
}

export interface GeometryCacheOptions {
  /**
   * A structure's overview arrays when they are already made (by the overview worker), else null: they
   * are wrapped instead of generating the structure again on the main thread.
   */
  madeElsewhere?: (id: StructureId) => GeometryArrays | null
  /** Full-detail geometries kept (FULL_DETAIL_CAPACITY). */
  fullDetailCapacity?: number
}

export function createGeometryCache({
  madeElsewhere = () => null,
  fullDetailCapacity = FULL_DETAIL_CAPACITY,
}: GeometryCacheOptions = {}): GeometryCache {
  const overview = new Map<StructureId, BufferGeometry>()
  const fullDetail = new GeometryLru(fullDetailCapacity)
  return {
    structure(id, detail) {
      if (detail !== 0) return fullDetail.get(id, () => createStructureGeometry(id, detail))
      let geometry = overview.get(id)
      if (!geometry) {
        const arrays = madeElsewhere(id)
        geometry = arrays ? fromArrays(arrays) : createStructureGeometry(id, 0)
        overview.set(id, geometry)
      }
      return geometry
    },
    retain(id, detail, geometry) {
      if (detail !== 0) fullDetail.retain(id, geometry)
    },
    release(id, detail) {
      if (detail !== 0) fullDetail.release(id)
    },
    fullDetailCount: () => fullDetail.size,
    dispose() {
      for (const geometry of overview.values()) geometry.dispose()
      overview.clear()
      fullDetail.clear()
    },
  }
}
