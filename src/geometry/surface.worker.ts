import type { BoneId } from '../anatomy/ids'
import { createBoneOverviewSurface, createBoneSurface } from './boneSurface'
import { cacheFriendlyTriangles } from './simplify'
import type { SurfaceArrays } from './surface'
import { decodeSurfacePack, fetchPack, packReader } from './surfacePack'
import type { SurfaceOrigin, SurfaceRequest } from './surfaceWorker'
import { openWorkerStore } from './workerStore'

// Builds bones' continuous surfaces off the main thread, one request at a time, and hands the arrays over
// without copying. Surfaces come from the build's packs when they can be read (one download instead of
// seconds of meshing: the overview surfaces' pack, and each bone's close-up pack); built surfaces are kept in
// this browser (IndexedDB), so a later visit shows them at once; a bone that cannot be made answers with its
// error, and the page keeps its shells.

const kept = openWorkerStore<SurfaceArrays>('facet-bone-surfaces', 'surfaces')

const readPack = packReader(decodeSurfacePack, "the bones' overview surfaces")

async function packed(request: SurfaceRequest): Promise<SurfaceArrays | null> {
  if (!request.pack) return null
  if (request.quality === 'close') {
    // each close-up pack holds one bone and is asked for once: read, not kept
    const surfaces = await fetchPack(request.pack, decodeSurfacePack, `${request.bone}'s close-up surface`)
    return surfaces?.get(request.bone)?.surface ?? null
  }
  const surfaces = await readPack(request.pack)
  const entry = surfaces?.get(request.bone)
  // handed over once (its buffers go with it): asked again, the bone is built
  surfaces?.delete(request.bone)
  // made for the same triangle count as asked: a pack from another build of the bones is not used
  return entry && entry.triangles === request.triangles ? entry.surface : null
}

self.onmessage = async (e: MessageEvent<SurfaceRequest>) => {
  const { bone, quality } = e.data
  // a bone's two surfaces are kept apart (the close-up's under the bone's own id, as before)
  const key = quality === 'overview' ? `${bone}:overview` : bone
  try {
    let origin: SurfaceOrigin = 'packed'
    let surface = await packed(e.data)
    if (!surface) {
      surface = await kept.get(key)
      origin = 'kept'
    }
    if (!surface) {
      origin = 'built'
      if (quality === 'overview') surface = await createBoneOverviewSurface(bone, e.data.triangles ?? 2000)
      else {
        surface = createBoneSurface(bone as BoneId)
        // in an order a GPU shades fewer vertices for (the overview's come that way)
        surface.indices = await cacheFriendlyTriangles(surface.indices)
      }
      // stored before the buffers are handed over (and so emptied here)
      await kept.put(key, surface)
    }
    const buffers = [surface.positions, surface.normals, surface.colors, surface.indices, surface.motionIndices]
      .filter((a) => a !== undefined)
      .map((a) => a.buffer)
    ;(self as unknown as Worker).postMessage({ bone, quality, surface, origin }, buffers as ArrayBuffer[])
  } catch (error) {
    ;(self as unknown as Worker).postMessage({ bone, quality, error: String(error) })
  }
}
