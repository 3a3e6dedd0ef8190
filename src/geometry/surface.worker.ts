import type { BoneId } from '../anatomy/ids'
import { createBoneSurface } from './boneSurface'

// Builds bones' continuous surfaces off the main thread, one request at a time, and hands the arrays over
// without copying. A bone that cannot be built answers with its error, so the page keeps its shells.
self.onmessage = (e: MessageEvent<{ bone: BoneId }>) => {
  const { bone } = e.data
  try {
    const surface = createBoneSurface(bone)
    const buffers = [surface.positions, surface.normals, surface.colors, surface.indices].map((a) => a.buffer)
    ;(self as unknown as Worker).postMessage({ bone, surface }, buffers as ArrayBuffer[])
  } catch (error) {
    ;(self as unknown as Worker).postMessage({ bone, error: String(error) })
  }
}
