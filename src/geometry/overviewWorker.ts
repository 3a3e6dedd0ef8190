import type { OverviewArrays } from './overview'

let started: Promise<OverviewArrays> | null = null

/**
 * Starts the worker that generates the spine's overview, once per page, and gives its result. The page's
 * first script (boot.ts) calls this before the main bundle has even been parsed; the app's own
 * call later gets the same promise, because both scripts share this module. Rejects where no worker can
 * start (or it fails), so the caller can generate the overview on the main thread instead.
 */
export function startOverviewWorker(): Promise<OverviewArrays> {
  started ??= new Promise<OverviewArrays>((resolve, reject) => {
    const worker = new Worker(new URL('./overview.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<OverviewArrays>) => {
      resolve(e.data)
      worker.terminate()
    }
    worker.onerror = (e) => {
      worker.terminate()
      reject(new Error(`the overview worker failed: ${e.message}`))
    }
  })
  return started
}
