import type { NeuralId } from '../anatomy/neural'
import { createNeuralGeometry } from './neural'
import { farIndex } from './neuralFar'
import type { NeuralReply } from './neuralWorker'
import { type GeometryArrays, toArrays, transferables } from './transfer'
import { openWorkerStore } from './workerStore'

// Builds the cord, nerve roots, ligaments, sacroiliac joints and ilia at overview detail off the main thread
// (placing the roots by their clearance from the bones takes seconds the first time), each answered as soon
// as it is done and handed over without copying. Built geometries are kept in this browser (IndexedDB), so a
// later visit shows them at once.

const kept = openWorkerStore<GeometryArrays>('facet-neural-geometries', 'geometries')

const post = (reply: NeuralReply, transfer: ArrayBuffer[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer)

// requests are worked through one after another, in the order they came
let queue: Promise<void> = Promise.resolve()
self.onmessage = (e: MessageEvent<{ ids: NeuralId[] }>) => {
  const { ids } = e.data
  queue = queue.then(async () => {
    for (const id of ids) {
      try {
        let arrays = await kept.get(id)
        const fromStore = arrays !== null
        if (!arrays) {
          const geometry = createNeuralGeometry(id, 0)
          geometry.computeBoundingBox()
          geometry.computeBoundingSphere()
          arrays = toArrays(geometry)
        }
        // new, or kept by a version before the view from afar: its far triangles made now, and kept with it
        if (!arrays.farIndex) {
          arrays.farIndex = await farIndex(arrays)
          await kept.put(id, arrays)
        }
        post({ id, arrays, kept: fromStore }, transferables(arrays))
      } catch (error) {
        post({ id, error: String(error) })
      }
    }
  })
}
