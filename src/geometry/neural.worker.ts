import type { NeuralId } from '../anatomy/neural'
import { createNeuralGeometry } from './neural'
import type { NeuralReply } from './neuralWorker'
import { type GeometryArrays, toArrays, transferables } from './transfer'

// Builds the cord, nerve roots, ligaments, sacroiliac joints and ilia at overview detail off the main thread
// (placing the roots by their clearance from the bones takes seconds the first time), each answered as soon
// as it is done and handed over without copying. Built geometries are kept in this browser (IndexedDB), so a
// later visit shows them at once.

/** This build's generator: the worker's own address changes (by its content hash) when the code does. */
const VERSION = self.location.pathname
const STORE = 'geometries'

/** The cache, or null where IndexedDB is missing or refused (private windows): then everything is built. */
const cache: Promise<IDBDatabase | null> = new Promise((resolve) => {
  try {
    const request = indexedDB.open('facet-neural-geometries', 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => resolve(null)
    request.onblocked = () => resolve(null)
  } catch {
    resolve(null)
  }
})

function kept(id: NeuralId): Promise<GeometryArrays | null> {
  return cache.then(
    (db) =>
      new Promise((resolve) => {
        if (!db) return resolve(null)
        try {
          const get = db.transaction(STORE).objectStore(STORE).get(id)
          get.onsuccess = () => {
            const entry = get.result as { version: string; arrays: GeometryArrays } | undefined
            resolve(entry?.version === VERSION ? entry.arrays : null)
          }
          get.onerror = () => resolve(null)
        } catch {
          resolve(null)
        }
      }),
  )
}

/** Keeps a geometry; `put` copies it at once, so the buffers may be handed over as soon as this returns. */
async function keep(id: NeuralId, arrays: GeometryArrays): Promise<void> {
  const db = await cache
  try {
    db?.transaction(STORE, 'readwrite').objectStore(STORE).put({ version: VERSION, arrays }, id)
  } catch {
    // full or refused: the geometry is still delivered, only not kept
  }
}

const post = (reply: NeuralReply, transfer: ArrayBuffer[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer)

// requests are worked through one after another, in the order they came
let queue: Promise<void> = Promise.resolve()
self.onmessage = (e: MessageEvent<{ ids: NeuralId[] }>) => {
  const { ids } = e.data
  queue = queue.then(async () => {
    for (const id of ids) {
      try {
        let arrays = await kept(id)
        const fromStore = arrays !== null
        if (!arrays) {
          const geometry = createNeuralGeometry(id, 0)
          geometry.computeBoundingBox()
          geometry.computeBoundingSphere()
          arrays = toArrays(geometry)
          await keep(id, arrays)
        }
        post({ id, arrays, kept: fromStore }, transferables(arrays))
      } catch (error) {
        post({ id, error: String(error) })
      }
    }
  })
}
