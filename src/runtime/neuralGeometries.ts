import type { Box3, BufferGeometry, Vector3 } from 'three'
import type { NeuralId } from '../anatomy/neural'
import { labelAnchor } from '../geometry/labelAnchor'
import type { NeuralBuilder, NeuralOrigin } from '../geometry/neuralWorker'
import { fromArrays } from '../geometry/transfer'

/** What the 3D view lends about the cord and the rest while it draws them: where a click would land. */
export interface NeuralPicker {
  /** A page point (CSS px) where a click lands on the structure, or null when none of it can be clicked. */
  visiblePoint(id: NeuralId): { x: number; y: number } | null
}

/**
 * The cord's, nerve roots', ligaments', sacroiliac joints' and ilia's geometries (overview detail, world
 * frame), built on request by the neural worker and owned here: shared by whatever draws them, disposed
 * with the runtime.
 */
export interface NeuralGeometries {
  /** The structure's geometry once built; null before (or if it could not be built). */
  get(id: NeuralId): BufferGeometry | null
  /**
   * Its box in the standing spine's world frame (mm), once built (the geometry is built in that frame):
   * what frames it and what `boundingBox(id, 'world')` reports.
   */
  box(id: NeuralId): Box3 | null
  /** A point on the structure (world frame, mm) where its label sits, once built: see `labelAnchor`. */
  labelPoint(id: NeuralId): Readonly<Vector3> | null
  /** Asks for these structures to be built, in this order; those built or under way are not asked again. */
  want(ids: readonly NeuralId[]): void
  /** Structures asked for and not yet arrived: what the "Drawing the nerves…" line counts. */
  pending(): number
  /** Structures built and held. */
  builtCount(): number
  /** How many arrived from each origin (the build's pack, this browser's store, built by the worker or here). */
  arrived(): Record<NeuralOrigin, number>
  /** Called after each arrival; returns the unsubscribe. */
  subscribe(listener: () => void): () => void
  /** Changes with every arrival (for React's useSyncExternalStore). */
  version(): number
  /** The view lends its picker while it is mounted; returns the function that takes it back. */
  lendPicker(picker: NeuralPicker): () => void
  picker(): NeuralPicker | null
  dispose(): void
}

/**
 * `builder` is the worker (geometry/neuralWorker.ts); without one (no workers: Node tests) each structure
 * is built here on this thread, one per task, so a test sees them arrive as the app does.
 */
export function createNeuralGeometries(builder: NeuralBuilder | null): NeuralGeometries {
  const built = new Map<NeuralId, BufferGeometry>()
  const anchors = new Map<NeuralId, Vector3 | null>()
  const asked = new Set<NeuralId>()
  const listeners = new Set<() => void>()
  let changes = 0
  let lent: NeuralPicker | null = null
  let disposed = false
  const origins: Record<NeuralOrigin, number> = { packed: 0, kept: 0, built: 0 }
  const arrive = (id: NeuralId, geometry: BufferGeometry | null, origin: NeuralOrigin | null) => {
    if (disposed) {
      geometry?.dispose()
      return
    }
    changes++
    if (geometry) {
      if (origin) origins[origin]++
      if (!geometry.boundingBox) geometry.computeBoundingBox()
      built.set(id, geometry)
      anchors.delete(id)
    } else asked.delete(id)
    for (const listener of listeners) listener()
  }
  // the generator is loaded only here, where there is no worker: the page itself never carries it
  const buildHere = (ids: readonly NeuralId[]) => {
    const [id, ...rest] = ids
    if (id === undefined || disposed) return
    void import('../geometry/neural').then(({ createNeuralGeometry }) => {
      if (disposed) return
      const geometry = createNeuralGeometry(id, 0)
      geometry.computeBoundingBox()
      geometry.computeBoundingSphere()
      arrive(id, geometry, 'built')
      buildHere(rest)
    })
  }
  return {
    get: (id) => built.get(id) ?? null,
    box: (id) => built.get(id)?.boundingBox ?? null,
    labelPoint(id) {
      const geometry = built.get(id)
      if (!geometry) return null
      // found once per structure: a walk over its vertices
      if (!anchors.has(id)) anchors.set(id, labelAnchor(geometry))
      return anchors.get(id) ?? null
    },
    want(ids) {
      const fresh = ids.filter((id) => !asked.has(id))
      if (fresh.length === 0 || disposed) return
      for (const id of fresh) asked.add(id)
      if (builder) builder.build(fresh, (id, arrays, origin) => arrive(id, arrays ? fromArrays(arrays) : null, origin))
      else buildHere(fresh)
      changes++
      for (const listener of listeners) listener()
    },
    pending: () => asked.size - built.size,
    builtCount: () => built.size,
    arrived: () => ({ ...origins }),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    version: () => changes,
    lendPicker(picker) {
      lent = picker
      return () => {
        if (lent === picker) lent = null
      }
    },
    picker: () => lent,
    dispose() {
      disposed = true
      builder?.dispose()
      for (const geometry of built.values()) geometry.dispose()
      built.clear()
      anchors.clear()
      listeners.clear()
    },
  }
}
