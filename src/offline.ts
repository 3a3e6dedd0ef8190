/**
 * Offline use: after the first spine frame, register the service worker and save the files this page
 * has loaded (and the feature chunks it loads later) so the next visit works without a network.
 * Production builds only; a failure here never affects the app.
 */
export const offlineState = { saved: false }

export async function enableOffline(prefetch: () => Promise<unknown>): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !('caches' in window)) return
  try {
    await navigator.serviceWorker.register('./sw.js')
    await prefetch()
    const urls = new Set<string>([new URL('./', location.href).href, new URL('./sw.js', location.href).href])
    for (const entry of performance.getEntriesByType('resource')) {
      const url = new URL(entry.name)
      if (url.origin === location.origin) urls.add(url.href)
    }
    const cache = await caches.open('facet-app-v1')
    await cache.addAll([...urls])
    offlineState.saved = true
  } catch {
    // private mode, storage full or blocked: Facet still works online
  }
}
