/**
 * Offline use: after the first spine frame, register the service worker (src/sw.js, built with a list
 * of every file of this build). Its install saves them all; `saved` turns true once a worker with a
 * complete copy is active and controls this page. Production builds only; a failure here (no service
 * workers, blocked storage, private mode) never reaches the app, which carries on online.
 */
export const offlineState = { saved: false }

/** Resolves once a service worker controls the page (it claims open pages when it activates). */
function controlled(container: ServiceWorkerContainer): Promise<void> {
  if (container.controller) return Promise.resolve()
  return new Promise((resolve) => container.addEventListener('controllerchange', () => resolve(), { once: true }))
}

/**
 * @param settled resolves once the files the page is loading anyway have arrived; the worker's
 *   install then takes them from the HTTP cache.
 */
export async function enableOffline(settled: () => Promise<unknown>): Promise<void> {
  try {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
    // a panel that failed to load is its error boundary's business; the worker still tries them all
    await settled().catch(() => undefined)
    const container = navigator.serviceWorker
    await container.register('./sw.js')
    // `ready` resolves with an active worker, and a worker becomes active only after its install
    // saved every file of its build.
    await container.ready
    await controlled(container)
    offlineState.saved = true
  } catch {
    // private mode, storage full or blocked, a sandboxed frame: Facet still works online
  }
}
