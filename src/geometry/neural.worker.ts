import type { NeuralId } from '../anatomy/neural'
import { createNeuralGeometry } from './neural'
import { farIndex } from './neuralFar'
import { decodeNeuralPack } from './neuralPack'
import type { NeuralOrigin, NeuralReply, NeuralRequest } from './neuralWorker'
import { packReader } from './surfacePack'
import { type GeometryArrays, toArrays, transferables } from './transfer'
import { openWorkerStore } from './workerStore'

// Builds the cord, nerve roots, ligaments, sacroiliac joints and ilia at overview detail off the main thread
// (placing the roots by their clearance from the bones takes seconds the first time), each answered as soon
// as it is done and handed over without copying. Built geometries are kept in this browser (IndexedDB), so a
// later visit shows them at once. Those every visit shows (the sacroiliac joints and ilia) come from the build's
// pack when it can be read (geometry/neuralPack.ts).

const kept = openWorkerStore<GeometryArrays>('facet-neural-geometries', 'geometries')

const post = (reply: NeuralReply, transfer: ArrayBuffer[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer)

const readPack = packReader(decodeNeuralPack, 'the sacroiliac joints and ilia')

async function packed(id: NeuralId, url: string | null): Promise<GeometryArrays | null> {
  if (!url) return null
  const structures = await readPack(url)
  const arrays = structures?.get(id) ?? null
  // handed over once (its buffers go with it): asked again, the structure comes from the store or is built
  structures?.delete(id)
  return arrays
}

// requests are worked through one after another, in the order they came
let queue: Promise<void> = Promise.resolve()
self.onmessage = (e: MessageEvent<NeuralRequest>) => {
  const { ids, pack: url } = e.data
  queue = queue.then(async () => {
    for (const id of ids) {
      try {
        let origin: NeuralOrigin = 'packed'
        let arrays = await packed(id, url)
        if (!arrays) {
          arrays = await kept.get(id)
          origin = 'kept'
        }
        if (!arrays) {
          origin = 'built'
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
        post({ id, arrays, origin }, transferables(arrays))
      } catch (error) {
        post({ id, error: String(error) })
      }
    }
  })
}
