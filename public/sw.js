// Facet's service worker: lets the explorer open without a network after one visit (a clinician's
// laptop in the exam room). Network first, so an online visit always gets the latest build; the
// saved copy answers only when the network does not. Same-origin GET requests only; nothing about
// the user is stored here, only the app's own files.
const CACHE = 'facet-app-v1'

self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE)
      try {
        const response = await fetch(request)
        if (response.ok) cache.put(request, response.clone())
        return response
      } catch (error) {
        const saved = await cache.match(request, { ignoreSearch: request.mode === 'navigate' })
        if (saved) return saved
        throw error
      }
    })(),
  )
})
