import { BufferAttribute, BufferGeometry } from 'three'

/**
 * How far (mm) the view from afar may move a structure's surface: under a pixel while a millimetre is under
 * 1.25 px on screen (`FAR_PIXELS_PER_MM`), as in the home view (about 0.8 px/mm at 1280 × 720).
 */
export const FAR_ERROR_MM = 0.8
/** Below this many screen pixels per millimetre the batch draws the far triangles. */
export const FAR_PIXELS_PER_MM = 1.25

/** The triangles of one structure in a merged geometry's index: `count` indices from `start`. */
export interface StructureTriangles {
  readonly structure: number
  readonly start: number
  readonly count: number
}

/** A merged geometry, where each structure's triangles are in its index, and a copy of the whole index. */
export interface NeuralBatchGeometry {
  readonly geometry: BufferGeometry
  readonly triangles: readonly StructureTriangles[]
  /** Every structure's triangles: the index the geometry draws is rewritten from it (`drawOnly`). */
  readonly fullIndex: Uint32Array
  /** The same for the view from afar (fewer triangles; a structure without far ones keeps its own). */
  readonly farTriangles: readonly StructureTriangles[]
  readonly farIndex: Uint32Array
}

/**
 * Merges the cord's, roots', ligaments' and the rest's geometries (already in the world frame) into one,
 * with a per-vertex `structureIndex` (the structure's place in the list it was given), so all of them
 * that are shown draw in one call: software WebGL pays per draw call, and with every layer shown there
 * are 162 of them. Only positions, normals, colours and the triangles are kept.
 */
export function mergeNeuralGeometries(
  parts: readonly { index: number; geometry: BufferGeometry }[],
): NeuralBatchGeometry {
  let vertices = 0
  let indices = 0
  let farIndices = 0
  const farOf = (g: BufferGeometry): ArrayLike<number> | null =>
    g.userData.farIndex instanceof Uint32Array ? g.userData.farIndex : (g.getIndex()?.array ?? null)
  for (const { geometry } of parts) {
    vertices += geometry.getAttribute('position').count
    indices += geometry.getIndex()?.count ?? 0
    farIndices += farOf(geometry)?.length ?? 0
  }
  // buffers
  const position = new Float32Array(vertices * 3)
  const normal = new Float32Array(vertices * 3)
  const color = new Float32Array(vertices * 3)
  const structureIndex = new Float32Array(vertices)
  const index = new Uint32Array(indices)
  const farIndex = new Uint32Array(farIndices)
  // build geometry
  let v = 0
  let i = 0
  let f = 0
  const triangles: StructureTriangles[] = []
  const farTriangles: StructureTriangles[] = []
  for (const { index: structure, geometry } of parts) {
    const count = geometry.getAttribute('position').count
    position.set(geometry.getAttribute('position').array as Float32Array, v * 3)
    normal.set(geometry.getAttribute('normal').array as Float32Array, v * 3)
    color.set(geometry.getAttribute('color').array as Float32Array, v * 3)
    structureIndex.fill(structure, v, v + count)
    const own = geometry.getIndex()
    if (own) {
      for (let k = 0; k < own.count; k++) index[i + k] = (own.array[k] as number) + v
      triangles.push({ structure, start: i, count: own.count })
      i += own.count
    }
    const far = farOf(geometry)
    if (far) {
      for (let k = 0; k < far.length; k++) farIndex[f + k] = (far[k] as number) + v
      farTriangles.push({ structure, start: f, count: far.length })
      f += far.length
    }
    v += count
  }
  const merged = new BufferGeometry()
  merged.setAttribute('position', new BufferAttribute(position, 3))
  merged.setAttribute('normal', new BufferAttribute(normal, 3))
  merged.setAttribute('color', new BufferAttribute(color, 3))
  merged.setAttribute('structureIndex', new BufferAttribute(structureIndex, 1))
  merged.setIndex(new BufferAttribute(index, 1))
  merged.computeBoundingSphere()
  merged.computeBoundingBox()
  return { geometry: merged, triangles, fullIndex: index.slice(), farTriangles, farIndex }
}

/**
 * Makes the batch draw only the structures `draws` keeps: their triangles are written to the front of its
 * index (in place, one buffer re-sent) and the draw range ends after them. Each vertex of a structure left
 * out is then neither shaded nor drawn: with the nerves and ligaments hidden again, their 38 000 triangles
 * cost nothing (a per-structure skip in the shader would still run every vertex, a few ms per frame on
 * SwiftShader). `far`: their triangles for the view from afar. Returns how many indices are drawn.
 */
export function drawOnly(batch: NeuralBatchGeometry, draws: (structure: number) => boolean, far = false): number {
  const index = batch.geometry.getIndex()
  if (!index) return 0
  const out = index.array as Uint32Array
  const from = far ? batch.farIndex : batch.fullIndex
  let n = 0
  for (const { structure, start, count } of far ? batch.farTriangles : batch.triangles) {
    if (!draws(structure)) continue
    out.set(from.subarray(start, start + count), n)
    n += count
  }
  index.needsUpdate = true
  batch.geometry.setDrawRange(0, n)
  return n
}
