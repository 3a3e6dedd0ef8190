import type { BoneId } from '../anatomy/ids'
import type { SurfaceArrays } from './surface'

/** Builds bones' continuous surfaces somewhere other than the main thread, in the order asked for. */
export interface SurfaceBuilder {
  /**
   * Asks for a bone's surface; `done` gets it (and whether it came from this browser's store rather than
   * being built), or null if it could not be built.
   */
  build(bone: BoneId, done: (surface: SurfaceArrays | null, kept?: boolean) => void): void
  /** Stops building (the queue is dropped; nothing more is delivered). */
  dispose(): void
}

type Reply = { bone: BoneId; surface: SurfaceArrays; kept: boolean } | { bone: BoneId; error: string }

/**
 * A SurfaceBuilder backed by one module worker, started on the first request (so a visit that never
 * goes close costs nothing) and fed one bone at a time, so a request made later but wanted sooner can
 * still be moved ahead (`first`). Null where the platform has no workers (Node tests): the app then
 * keeps each bone's shells, which are correct, only less refined.
 */
export function createSurfaceWorker(first: () => readonly BoneId[] = () => []): SurfaceBuilder | null {
  if (typeof Worker === 'undefined') return null
  let worker: Worker | null = null
  let busy: { bone: BoneId; done: (surface: SurfaceArrays | null, kept?: boolean) => void } | null = null
  const queue: { bone: BoneId; done: (surface: SurfaceArrays | null, kept?: boolean) => void }[] = []
  let stopped = false
  const next = () => {
    if (busy || stopped || queue.length === 0) return
    // the bones shown most prominently go first (the selection, the opened joint's two bones)
    const wanted = first()
    let pick = queue.findIndex((q) => wanted.includes(q.bone))
    if (pick < 0) pick = 0
    busy = queue.splice(pick, 1)[0] ?? null
    if (!busy) return
    if (!worker) {
      try {
        worker = new Worker(new URL('./surface.worker.ts', import.meta.url), { type: 'module' })
      } catch {
        stopped = true
        busy.done(null)
        for (const q of queue.splice(0)) q.done(null)
        return
      }
      worker.onmessage = (e: MessageEvent<Reply>) => {
        const job = busy
        busy = null
        if (job && job.bone === e.data.bone) {
          if ('surface' in e.data) job.done(e.data.surface, e.data.kept)
          else job.done(null)
        }
        next()
      }
      worker.onerror = () => {
        // the worker itself failed (it could not load): keep the shells for everything asked for
        stopped = true
        busy?.done(null)
        busy = null
        for (const q of queue.splice(0)) q.done(null)
        worker?.terminate()
      }
    }
    worker.postMessage({ bone: busy.bone })
  }
  return {
    build(bone, done) {
      if (stopped) return done(null)
      queue.push({ bone, done })
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
