import type { BufferGeometry } from 'three'
import { type BoneId, parseStructureId, STRUCTURE_IDS, type StructureId } from '../anatomy/ids'
import { createBatchGeometry, MOTION_INDEX } from './batch'
import type { Detail } from './builder'
import { createDiscGeometry, createFacetJointGeometry } from './joints'
import { createCoccyxGeometry, createSacrumGeometry } from './pelvicBones'
import { structureMatrix } from './pose'
import type { SurfaceArrays } from './surface'
import type { SurfaceBuilder, SurfaceOrigin } from './surfaceWorker'
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
  private readonly entries = new Map<string, { geometry: BufferGeometry; users: number; superseded?: boolean }>()

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

  /** A user let go of `key`; frees what no one uses beyond the capacity, and a superseded entry at once. */
  release(key: string): void {
    const entry = this.entries.get(key)
    if (entry && entry.users > 0) entry.users--
    if (entry?.superseded && entry.users === 0) this.remove(key, entry)
    this.trim()
  }

  /**
   * `key` is replaced by something better (a bone's shells by its surface): freed now if no mesh shows
   * it, else as soon as the last one lets go.
   */
  supersede(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    if (entry.users === 0) this.remove(key, entry)
    else entry.superseded = true
  }

  private remove(key: string, entry: { geometry: BufferGeometry }): void {
    this.entries.delete(key)
    this.dispose(entry)
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
  release(id: StructureId, detail: Detail, geometry: BufferGeometry): void
  /**
   * True once a bone's continuous surface has arrived: from then on its full-detail geometry is that
   * surface instead of the shells of its parts (always false for discs and joints).
   */
  refined(id: StructureId): boolean
  /**
   * Asks for every bone's overview surface (coarse and simplified, see `createBoneOverviewSurface`), once,
   * behind any close-up surface asked for; when the last has arrived, each bone's overview geometry becomes
   * its surface and the batch is made again from them (`overviewBatch`). Does nothing without a builder.
   */
  refineOverview(): void
  /** True once the bones' overview geometries are their continuous surfaces. */
  overviewRefined(): boolean
  /** The whole spine merged from the overview surfaces (null until they have all arrived). */
  overviewBatch(): BufferGeometry | null
  /** Calls `listener` whenever a bone's surface arrives; returns the unsubscribe. */
  subscribe(listener: () => void): () => void
  /** Surfaces (close-up and overview) asked for and not yet here: the view is still refining. */
  surfacesPending(): number
  /** Surfaces arrived so far: built by the worker, read back from this browser's store, or from the build's pack. */
  surfacesArrived(): Record<SurfaceOrigin, number>
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
  /**
   * Builds bones' continuous surfaces off the main thread (a worker in the app). A bone's full detail
   * is its shells until its surface arrives; without a builder (tests in Node) it stays the shells.
   */
  surfaces?: SurfaceBuilder | null
}

/** The triangles a bone's overview surface is simplified toward: as many as its overview shells have. */
export function overviewTriangleTarget(overviewShells: BufferGeometry): number {
  return Math.round((overviewShells.index?.count ?? 6000) / 3)
}

/** Wraps a bone's surface arrays as a geometry (no copy), with its parts as named vertex ranges. */
export function surfaceGeometry(s: SurfaceArrays): BufferGeometry {
  const geometry = fromArrays({
    position: s.positions,
    normal: s.normals,
    color: s.colors,
    index: s.indices,
    parts: s.parts,
  })
  geometry.userData.continuous = true
  if (s.motionIndices) geometry.userData[MOTION_INDEX] = s.motionIndices
  return geometry
}

/** The full-detail cache's key for a bone's continuous surface (its shells use the plain id). */
const surfaceKey = (id: StructureId) => `${id}~surface`
const isBone = (id: StructureId): id is BoneId => {
  const kind = parseStructureId(id)?.kind
  return kind === 'vertebra' || kind === 'sacrum' || kind === 'coccyx'
}

export function createGeometryCache({
  madeElsewhere = () => null,
  fullDetailCapacity = FULL_DETAIL_CAPACITY,
  surfaces = null,
}: GeometryCacheOptions = {}): GeometryCache {
  const overview = new Map<StructureId, BufferGeometry>()
  // the overview's surfaces: asked for all at once, swapped in together (one new batch, not 26)
  const overviewArrived = new Map<BoneId, SurfaceArrays>()
  let overviewAsked = false
  const bones = STRUCTURE_IDS.filter(isBone)
  // counted as pending from the start (with a builder), so that "still refining" holds until they are here
  let overviewPending = surfaces ? bones.length : 0
  let overviewBatch: BufferGeometry | null = null
  const fullDetail = new GeometryLru(fullDetailCapacity)
  // arrived surfaces (kept: a bone's surface takes a worker a few hundred ms, and its arrays are shared
  // with the geometry made from them, not copied) and the bones asked for
  const arrived = new Map<BoneId, SurfaceArrays>()
  const asked = new Set<BoneId>()
  const pending = new Set<BoneId>()
  const origin: Record<SurfaceOrigin, number> = { built: 0, kept: 0, packed: 0 }
  const listeners = new Set<() => void>()
  let disposed = false
  const keyOf = (id: StructureId, geometry: BufferGeometry) => (geometry.userData.continuous ? surfaceKey(id) : id)
  const notify = () => {
    for (const listener of listeners) listener()
  }
  const overviewGeometry = (id: StructureId): BufferGeometry => {
    let geometry = overview.get(id)
    if (!geometry) {
      const arrays = madeElsewhere(id)
      geometry = arrays ? fromArrays(arrays) : createStructureGeometry(id, 0)
      overview.set(id, geometry)
    }
    return geometry
  }
  /** Every bone's overview surface is here: they replace the shells, in the bones' geometries and the batch. */
  const swapOverview = () => {
    for (const [bone, arrays] of overviewArrived) {
      overview.get(bone)?.dispose()
      overview.set(bone, surfaceGeometry(arrays))
    }
    overviewBatch = createBatchGeometry(STRUCTURE_IDS, overviewGeometry, structureMatrix)
  }
  return {
    structure(id, detail) {
      if (detail !== 0) {
        if (!isBone(id)) return fullDetail.get(id, () => createStructureGeometry(id, detail))
        const surface = arrived.get(id)
        if (surface) return fullDetail.get(surfaceKey(id), () => surfaceGeometry(surface))
        if (surfaces && !asked.has(id)) {
          // asked once: a bone that could not be built keeps its shells
          asked.add(id)
          pending.add(id)
          surfaces.build(id, (built, from = 'built') => {
            if (disposed) return
            pending.delete(id)
            if (built) {
              arrived.set(id, built)
              origin[from]++
              // the shells are not shown again: free them (on the GPU too) once their meshes swap
              fullDetail.supersede(id)
            }
            notify()
          })
        }
        return fullDetail.get(id, () => createStructureGeometry(id, detail))
      }
      return overviewGeometry(id)
    },
    retain(id, detail, geometry) {
      if (detail !== 0) fullDetail.retain(keyOf(id, geometry), geometry)
    },
    release(id, detail, geometry) {
      if (detail !== 0) fullDetail.release(keyOf(id, geometry))
    },
    refined: (id) => isBone(id) && arrived.has(id),
    refineOverview() {
      if (!surfaces || overviewAsked || disposed) return
      overviewAsked = true
      for (const bone of bones) {
        // about as many triangles as the shells it replaces, so the batch costs the same to draw
        const triangles = overviewTriangleTarget(overviewGeometry(bone))
        surfaces.build(
          bone,
          (built, from = 'built') => {
            if (disposed) return
            overviewPending--
            if (built) {
              overviewArrived.set(bone, built)
              origin[from]++
            }
            // all or nothing: a bone that could not be built keeps the whole overview as shells
            if (overviewPending === 0 && overviewArrived.size === bones.length) swapOverview()
            if (overviewPending === 0) notify()
          },
          { quality: 'overview', triangles },
        )
      }
    },
    overviewRefined: () => overviewBatch !== null,
    overviewBatch: () => overviewBatch,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    surfacesPending: () => pending.size + overviewPending,
    surfacesArrived: () => ({ ...origin }),
    fullDetailCount: () => fullDetail.size,
    dispose() {
      disposed = true
      surfaces?.dispose()
      for (const geometry of overview.values()) geometry.dispose()
      overview.clear()
      overviewBatch?.dispose()
      overviewBatch = null
      overviewArrived.clear()
      fullDetail.clear()
      arrived.clear()
      listeners.clear()
    },
  }
}
