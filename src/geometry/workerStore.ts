/**
 * What a geometry worker keeps in this browser (IndexedDB) between visits, one database per worker. Entries
 * are stamped with the worker's own address, which changes (by its content hash) when its code does, so an
 * entry from an older generator is never read back. Where IndexedDB is missing or refused (private windows)
 * nothing is kept and every read finds nothing: the worker just builds.
 */
export interface WorkerStore<T> {
  get(key: string): Promise<T | null>
  /** `put` copies the value at once, so its buffers may be handed over as soon as this returns. */
  put(key: string, value: T): Promise<void>
}

export function openWorkerStore<T>(database: string, store: string): WorkerStore<T> {
  const version = self.location.pathname
  const db: Promise<IDBDatabase | null> = new Promise((resolve) => {
    try {
      const request = indexedDB.open(database, 1)
      request.onupgradeneeded = () => request.result.createObjectStore(store)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => resolve(null)
      request.onblocked = () => resolve(null)
    } catch {
      resolve(null)
    }
  })
  return {
    get: (key) =>
      db.then(
        (open) =>
          new Promise((resolve) => {
            if (!open) return resolve(null)
            try {
              const get = open.transaction(store).objectStore(store).get(key)
              get.onsuccess = () => {
                const entry = get.result as { version: string; value: T } | undefined
                resolve(entry?.version === version ? entry.value : null)
              }
              get.onerror = () => resolve(null)
            } catch {
              resolve(null)
            }
          }),
      ),
    async put(key, value) {
      const open = await db
      try {
        // an entry from an older build is simply overwritten
        open?.transaction(store, 'readwrite').objectStore(store).put({ version, value }, key)
      } catch {
        // full or refused: the value is still delivered, only not kept
      }
    },
  }
}
