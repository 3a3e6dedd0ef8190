import { MeshoptSimplifier } from 'meshoptimizer'
import { FAR_ERROR_MM } from './neuralBatch'
import type { GeometryArrays } from './transfer'

/**
 * A structure's triangles for the view from afar: meshoptimizer's edge collapses that keep the surface
 * within FAR_ERROR_MM, over the same vertices. The cord, roots and ligaments are thin tubes and bands, 38 500
 * triangles in all at overview detail, about 8 500 afar. Used by the neural worker (the simplifier is a
 * WebAssembly module, kept off the main thread's bundle).
 */
export async function farIndex(arrays: Pick<GeometryArrays, 'index' | 'position'>): Promise<Uint32Array> {
  await MeshoptSimplifier.ready
  const index = Uint32Array.from(arrays.index)
  const [far] = MeshoptSimplifier.simplify(index, arrays.position, 3, 0, FAR_ERROR_MM, ['ErrorAbsolute'])
  return far
}
