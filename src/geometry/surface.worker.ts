import type { BoneId } from '../anatomy/ids'
import { createBoneOverviewSurface, createBoneSurface } from './boneSurface'
import type { SurfaceArrays } from './surface'
import type { SurfaceRequest } from './surfaceWorker'
import { openWorkerStore } from './workerStore'

// Builds bones' continuous surfaces off the main thread, one request at a time, and hands the arrays over
// without copying. Built surfaces are kept in this browser (IndexedDB), so a later visit shows them at
// once; a bone that cannot be built answers with its error, and the page keeps its shells.

const kept = openWorkerStore<SurfaceArrays>('facet-bone-surfaces', 'surfaces')

self.onmessage = async (e: MessageEvent<SurfaceRequest>) => {
  const { bone, quality } = e.data
  // a bone's two surfaces are kept apart (the close-up's under the bone's own id, as before)
  const key = quality === 'overview' ? `${bone}:overview` : bone
  try {
    let surface = await kept.get(key)
    const fromStore = surface !== null
    if (!surface) {
      surface =
        quality === 'overview'
          ? await createBoneOverviewSurface(bone, e.data.triangles ?? 2000)
          : createBoneSurface(bone as BoneId)
      // stored before the buffers are handed over (and so emptied here)
      await kept.put(key, surface)
    }
    const buffers = [surface.positions, surface.normals, surface.colors, surface.indices].map((a) => a.buffer)
    ;(self as unknown as Worker).postMessage({ bone, quality, surface, kept: fromStore }, buffers as ArrayBuffer[])
  } catch (error) {
    ;(self as unknown as Worker).postMessage({ bone, quality, error: String(error) })
  }
}
