import type { BoneId } from '../anatomy/ids'
import type { SurfaceArrays } from './surface'

/**
 * Which of a bone's two surfaces: the close-up's (fine, for a bone shown up close) or the overview's
 * (coarser and simplified, for the whole spine in one batch).
 */
export type SurfaceQuality = 'close' | 'overview'

/**
 * What the worker is asked: a bone's surface of one quality (the overview's to about `triangles`), and
 * where the build's pack holding it is (geometry/surfacePack.ts), if it has one: the overview surfaces'
 * pack, or the bone's own close-up pack.
 */
export interface SurfaceRequest {
  bone: BoneId
  quality: SurfaceQuality
  triangles?: number
  pack?: string
}

/**
 * Where a surface came from: built by the worker, kept in this browser from an earlier visit, or read
 * from the build's pack.
 */
export type SurfaceOrigin = 'built' | 'kept' | 'packed'

type Done = (surface: SurfaceArrays | null, origin?: SurfaceOrigin) => void

/** Builds bones' continuous surfaces somewhere other than the main thread, in the order asked for. */
export interface SurfaceBuilder {
  /**
   * Asks for a bone's surface; `done` gets it (and where it came from), or null if it could not be made.
   * Close-up surfaces go before overview ones.
   */
  build(bone: BoneId, done: Done, request?: Omit<SurfaceRequest, 'bone'>): void
  /** Stops building (the queue is dropped; nothing more is delivered). */
  dispose(): void
}

type Reply =
  | { bone: BoneId; quality: SurfaceQuality; surface: SurfaceArrays; origin: SurfaceOrigin }
  | { bone: BoneId; quality: SurfaceQuality; error: string }

/**
 * A SurfaceBuilder backed by one module worker, started on the first request (so a visit that never
 * goes close costs nothing) and fed one bone at a time, so a request made later but wanted sooner can
 * still be moved ahead: close-up surfaces before the overview's, and among them the bones `first` names.
 * Overview surfaces are read from the build's pack at `pack` (null: a dev server, which has none), and
 * built only if it cannot be read; a bone's close-up surface likewise from its own pack in `closeUpPacks`.
 * Null where the platform has no workers (Node tests): the app then keeps each bone's shells, which are
 * correct, only less refined.
 */
export function createSurfaceWorker(
  first: () => readonly BoneId[] = () => [],
  pack: string | null = null,
  closeUpPacks: Readonly<Record<string, string>> | null = null,
): SurfaceBuilder | null {
  if (typeof Worker === 'undefined') return null
  let worker: Worker | null = null
  type Job = { request: SurfaceRequest; done: Done }
  let busy: Job | null = null
  const queue: Job[] = []
  let stopped = false
  const stop = () => {
    stopped = true
    busy?.done(null)
    busy = null
    for (const q of queue.splice(0)) q.done(null)
  }
  const next = () => {
    if (busy || stopped || queue.length === 0) return
    // the bones shown most prominently go first (the selection, the opened joint's two bones), then any
    // other close-up bone, then the overview's
    const wanted = first()
    let pick = queue.findIndex((q) => q.request.quality === 'close' && wanted.includes(q.request.bone))
    if (pick < 0) pick = queue.findIndex((q) => q.request.quality === 'close')
    if (pick < 0) pick = 0
    busy = queue.splice(pick, 1)[0] ?? null
    if (!busy) return
    if (!worker) {
      try {
        worker = new Worker(new URL('./surface.worker.ts', import.meta.url), { type: 'module' })
      } catch {
        stop()
        return
      }
      worker.onmessage = (e: MessageEvent<Reply>) => {
        const job = busy
        busy = null
        if (job && job.request.bone === e.data.bone && job.request.quality === e.data.quality) {
          if ('surface' in e.data) job.done(e.data.surface, e.data.origin)
          else job.done(null)
        }
        next()
      }
      worker.onerror = () => {
        // the worker itself failed (it could not load): keep the shells for everything asked for
        stop()
        worker?.terminate()
      }
    }
    const { request } = busy
    const from = request.quality === 'overview' ? pack : (closeUpPacks?.[request.bone] ?? null)
    worker.postMessage(from ? { ...request, pack: from } : request)
  }
  return {
    build(bone, done, request = { quality: 'close' }) {
      if (stopped) return done(null)
      queue.push({ request: { ...request, bone }, done })
      next()
    },
    dispose() {
      stopped = true
      queue.length = 0
      busy = null
      worker?.terminate()
      worker = null
    },
  }
}
