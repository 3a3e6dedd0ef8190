import type { BoneId } from '../anatomy/ids'
import { createBoneOverviewSurface, createBoneSurface } from './boneSurface'
import type { SurfaceArrays } from './surface'
import type { SurfaceRequest } from './surfaceWorker'

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

function keptSurface(key: string): Promise<SurfaceArrays | null> {
  return cache.then(
    (db) =>
      new Promise((resolve) => {
        if (!db) return resolve(null)
        try {
          const get = db.transaction(STORE).objectStore(STORE).get(key)
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
async function keep(key: string, surface: SurfaceArrays): Promise<void> {
  const db = await cache
  try {
    // an entry from an older build is simply overwritten
    db?.transaction(STORE, 'readwrite').objectStore(STORE).put({ version: VERSION, surface }, key)
  } catch {
    // full or refused: the surface is still delivered, only not kept
  }
}

self.onmessage = async (e: MessageEvent<SurfaceRequest>) => {
  const { bone, quality } = e.data
  // a bone's two surfaces are kept apart (the close-up's under the bone's own id, as before)
  const key = quality === 'overview' ? `${bone}:overview` : bone
  try {
    let surface = await keptSurface(key)
    const fromStore = surface !== null
    if (!surface) {
      surface =
        quality === 'overview'
          ? await createBoneOverviewSurface(bone, e.data.triangles ?? 2000)
          : createBoneSurface(bone as BoneId)
      // stored before the buffers are handed over (and so emptied here)
      await keep(key, surface)
    }
    const buffers = [surface.positions, surface.normals, surface.colors, surface.indices].map((a) => a.buffer)
    ;(self as unknown as Worker).postMessage({ bone, quality, surface, kept: fromStore }, buffers as ArrayBuffer[])
  } catch (error) {
    ;(self as unknown as Worker).postMessage({ bone, quality, error: String(error) })
  }
}
