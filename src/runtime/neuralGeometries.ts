import type { BufferGeometry } from 'three'
import type { NeuralId } from '../anatomy/neural'
import { createNeuralGeometry } from '../geometry/neural'
import type { NeuralBuilder } from '../geometry/neuralWorker'
import { fromArrays } from '../geometry/transfer'
import { noteNeuralBox } from '../geometry/world'

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
  /** Asks for these structures to be built, in this order; those built or under way are not asked again. */
  want(ids: readonly NeuralId[]): void
  /** Structures asked for and not yet arrived: what the "Drawing the nerves…" line counts. */
  pending(): number
  /** Structures built and held. */
  builtCount(): number
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
  const asked = new Set<NeuralId>()
  const listeners = new Set<() => void>()
  let changes = 0
  let lent: NeuralPicker | null = null
  let disposed = false
  const arrive = (id: NeuralId, geometry: BufferGeometry | null) => {
    if (disposed) {
      geometry?.dispose()
      return
    }
    changes++
    if (geometry) {
      built.set(id, geometry)
      if (geometry.boundingBox) noteNeuralBox(id, geometry.boundingBox)
    } else asked.delete(id)
    for (const listener of listeners) listener()
  }
  const buildHere = (ids: readonly NeuralId[]) => {
    const [id, ...rest] = ids
    if (id === undefined || disposed) return
    setTimeout(() => {
      if (disposed) return
      const geometry = createNeuralGeometry(id, 0)
      geometry.computeBoundingBox()
      geometry.computeBoundingSphere()
      arrive(id, geometry)
      buildHere(rest)
    }, 0)
  }
  return {
    get: (id) => built.get(id) ?? null,
    want(ids) {
      const fresh = ids.filter((id) => !asked.has(id))
      if (fresh.length === 0 || disposed) return
      for (const id of fresh) asked.add(id)
      if (builder) builder.build(fresh, (id, arrays) => arrive(id, arrays ? fromArrays(arrays) : null))
      else buildHere(fresh)
      changes++
      for (const listener of listeners) listener()
    },
    pending: () => asked.size - built.size,
    builtCount: () => built.size,
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
      listeners.clear()
    },
  }
}
