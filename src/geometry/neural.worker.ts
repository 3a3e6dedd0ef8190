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
// later visit shows them at once. They come from the build's packs when those can be read
// (geometry/neuralPack.ts): the sacroiliac joints and ilia every visit shows from a small one, the rest of the
// layer from a second, fetched the first time any of it is shown.

const kept = openWorkerStore<GeometryArrays>('facet-neural-geometries', 'geometries')

const post = (reply: NeuralReply, transfer: ArrayBuffer[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer)

// each of the build's packs is fetched the first time a structure is looked for in it
const readPack = packReader(decodeNeuralPack, 'the neural structures')

async function packed(id: NeuralId, urls: readonly string[]): Promise<GeometryArrays | null> {
  for (const url of urls) {
    const structures = await readPack(url)
    const arrays = structures?.get(id)
    if (!arrays) continue
    // handed over once (its buffers go with it): asked again, the structure comes from the store or is built
    structures?.delete(id)
    return arrays
  }
  return null
}

// requests are worked through one after another, in the order they came
let queue: Promise<void> = Promise.resolve()
self.onmessage = (e: MessageEvent<NeuralRequest>) => {
  const { ids, packs } = e.data
  queue = queue.then(async () => {
    for (const id of ids) {
      try {
        let origin: NeuralOrigin = 'packed'
        let arrays = await packed(id, packs)
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
