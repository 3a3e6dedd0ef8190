import type { BoneId } from '../anatomy/ids'
import { createBoneSurface } from './boneSurface'
import type { SurfaceArrays } from './surface'

// Builds bones' continuous surfaces off the main thread, one request at a time, and hands the arrays over
// without copying. Built surfaces are kept in this browser (IndexedDB), so a later visit shows them at
// once; a bone that cannot be built answers with its error, and the page keeps its shells.

/** This build's generator: the worker's own address changes (by its content hash) when the code does. */
const VERSION = self.location.pathname
const STORE = 'surfaces'

/** The cache, or null where IndexedDB is missing or refused (private windows): then every bone is built. */
const cache: Promise<IDBDatabase | null> = new Promise((resolve) => {
  try {
    const request = indexedDB.open('facet-bone-surfaces', 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => resolve(null)
    request.onblocked = () => resolve(null)
  } catch {
    resolve(null)
  }
})

function keptSurface(bone: BoneId): Promise<SurfaceArrays | null> {
  return cache.then(
    (db) =>
      new Promise((resolve) => {
        if (!db) return resolve(null)
        try {
          const get = db.transaction(STORE).objectStore(STORE).get(bone)
          get.onsuccess = () => {
            const entry = get.result as { version: string; surface: SurfaceArrays } | undefined
            resolve(entry?.version === VERSION ? entry.surface : null)
          }
          get.onerror = () => resolve(null)
        } catch {
          resolve(null)
        }
      }),
  )
}

/** Keeps a surface; `put` copies it at once, so the buffers may be handed over as soon as this returns. */
async function keep(bone: BoneId, surface: SurfaceArrays): Promise<void> {
  const db = await cache
  try {
    // an entry from an older build is simply overwritten
    db?.transaction(STORE, 'readwrite').objectStore(STORE).put({ version: VERSION, surface }, bone)
  } catch {
    // full or refused: the surface is still delivered, only not kept
  }
}

self.onmessage = async (e: MessageEvent<{ bone: BoneId }>) => {
  const { bone } = e.data
  try {
    let surface = await keptSurface(bone)
    const fromStore = surface !== null
    if (!surface) {
      surface = createBoneSurface(bone)
      // stored before the buffers are handed over (and so emptied here)
      await keep(bone, surface)
    }
    const buffers = [surface.positions, surface.normals, surface.colors, surface.indices].map((a) => a.buffer)
    ;(self as unknown as Worker).postMessage({ bone, surface, kept: fromStore }, buffers as ArrayBuffer[])
  } catch (error) {
    ;(self as unknown as Worker).postMessage({ bone, error: String(error) })
  }
}
