import type { NeuralId } from '../anatomy/neural'
import type { GeometryArrays } from './transfer'

/** Builds the cord's, roots', ligaments', sacroiliac joints' and ilia's geometries off the main thread. */
export interface NeuralBuilder {
  /**
   * Asks for these structures at overview detail (world frame, mm); `done` gets each as it comes (and where
   * it came from), or null if it could not be built.
   */
  build(ids: readonly NeuralId[], done: NeuralDone): void
  /** Stops building (nothing more is delivered). */
  dispose(): void
}

/** Where a structure came from: the build's pack, this browser's store (an earlier visit), or built now. */
export type NeuralOrigin = 'packed' | 'kept' | 'built'

export type NeuralDone = (id: NeuralId, arrays: GeometryArrays | null, origin: NeuralOrigin | null) => void

/**
 * What the page asks the worker: structures, and the addresses of the build's packs, looked in in turn (none
 * on a dev server): the one of those shown at start, then the rest of the layer's.
 */
export interface NeuralRequest {
  ids: NeuralId[]
  packs: readonly string[]
}

export type NeuralReply =
  | { id: NeuralId; arrays: GeometryArrays; origin: NeuralOrigin }
  | { id: NeuralId; error: string }

/**
 * A NeuralBuilder backed by one module worker, started on the first request (a visit that never shows
 * the nerves still builds the sacroiliac joints and ilia, which are shown at start, but nothing else).
 * The worker answers each structure as it is done, in the order asked, reading those in the build's packs
 * (`packs`, their addresses) from them. Null where the platform has no workers (Node tests): the caller then builds
 * on its own thread.
 */
export function createNeuralWorker(packs: readonly string[] = []): NeuralBuilder | null {
  if (typeof Worker === 'undefined') return null
  let worker: Worker | null = null
  let stopped = false
  const waiting = new Map<NeuralId, NeuralDone>()
  const failAll = () => {
    stopped = true
    for (const [id, done] of waiting) done(id, null, null)
    waiting.clear()
    worker?.terminate()
    worker = null
  }
  const start = (): Worker | null => {
    if (worker) return worker
    try {
      worker = new Worker(new URL('./neural.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      failAll()
      return null
    }
    worker.onmessage = (e: MessageEvent<NeuralReply>) => {
      const done = waiting.get(e.data.id)
      waiting.delete(e.data.id)
      if (!done) return
      if ('arrays' in e.data) done(e.data.id, e.data.arrays, e.data.origin)
      else done(e.data.id, null, null)
    }
    // the worker itself failed (it could not load): every structure asked for is reported as not built
    worker.onerror = failAll
    return worker
  }
  return {
    build(ids, done) {
      const fresh = ids.filter((id) => !waiting.has(id))
      if (stopped) {
        for (const id of fresh) done(id, null, null)
        return
      }
      for (const id of fresh) waiting.set(id, done)
      if (fresh.length > 0) start()?.postMessage({ ids: fresh, packs } satisfies NeuralRequest)
    },
    dispose() {
      stopped = true
      waiting.clear()
      worker?.terminate()
      worker = null
    },
  }
}
