// Facet's service worker: lets the explorer open without a network after one visit (a clinician's
// laptop in the exam room). The build (scripts/offlinePlugin.ts) puts `self.FACET_BUILD` in front of
// this file: the build's version and every file it wrote. Nothing about the user is stored here,
// only the app's own files.
//
// - install: save every file of the build in one cache named after the build's version.
// - files named by their hash (assets/*-Hash.js): cache first; such a file never changes.
// - the page itself (navigation): network first, so an online visit gets a new build; the saved
//   index.html when the network fails, answers with a server error (a proxy's or host's 5xx), or has
//   not answered within NAVIGATION_WAIT_MS (a connection that is up but carries nothing).
// - activate: delete the caches of older builds and take control of open pages.
const { version, files } = self.FACET_BUILD
const PREFIX = 'facet-'
const CACHE = `${PREFIX}${version}`
const HASHED = /^assets\/.+-[\w-]{8,}\.\w+$/
const INDEX = new URL('index.html', self.location).href

/**
 * Hashed files come from the browser's HTTP cache when the page has just loaded them ('force-cache'
 * uses a stored copy however old, which is right for a name that never changes), so the first visit
 * does not download them again. Other files are checked with the server ('no-cache').
 */
async function save(cache, file) {
  const url = new URL(file, self.location).href
  let response = await fetch(url, { cache: HASHED.test(file) ? 'force-cache' : 'no-cache' })
  if (!response.ok) response = await fetch(url, { cache: 'reload' })
  if (!response.ok) throw new Error(`could not save ${file} for offline use: ${response.status}`)
  await cache.put(url, response)
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE)
      await Promise.all(files.map((file) => save(cache, file)))
      // a new build's worker takes over at once; pages loaded online already run the new build
      await self.skipWaiting()
    })(),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key)
      }
      await self.clients.claim()
    })(),
  )
})

// Saved entries are keyed by a request without an Origin header, while the page's module scripts are
// requested with one; with `Vary: Origin` (vite preview sends it) a strict match may miss, depending
// on which headers the browser shows the worker. Vary is ignored: one file has one content whoever asks.
const MATCH = { ignoreVary: true }

/**
 * How long the page waits for the network before the saved copy is used (ms). A trust review (s37) found a
 * network that never answered kept the page blank for good, and a server's 503 page shown in place of
 * the saved app.
 */
const NAVIGATION_WAIT_MS = 4000

async function fromNetworkFirst(request) {
  const saved = () => caches.match(INDEX, { ...MATCH, cacheName: CACHE })
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), NAVIGATION_WAIT_MS)
  try {
    const response = await fetch(request, { signal: abort.signal })
    // the server's own trouble: the saved app is better than its error page (a 404 is the server's answer)
    if (response.status >= 500) return (await saved()) ?? response
    return response
  } catch (error) {
    const copy = await saved()
    if (copy) return copy
    throw error
  } finally {
    clearTimeout(timer)
  }
}

async function fromCacheFirst(request) {
  const saved = await caches.match(request, { ...MATCH, cacheName: CACHE })
  return saved ?? fetch(request)
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  event.respondWith(request.mode === 'navigate' ? fromNetworkFirst(request) : fromCacheFirst(request))
})
