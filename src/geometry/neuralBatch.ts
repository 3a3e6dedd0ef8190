import { BufferAttribute, BufferGeometry } from 'three'

/**
 * Merges the cord's, roots', ligaments' and the rest's geometries (already in the world frame) into one,
 * with a per-vertex `structureIndex` (the structure's place in the list it was given), so all of them
 * that are shown draw in one call: software WebGL pays per draw call, and with every layer shown there
 * are 162 of them. Only positions, normals, colours and the triangles are kept.
 */
export function mergeNeuralGeometries(parts: readonly { index: number; geometry: BufferGeometry }[]): BufferGeometry {
  let vertices = 0
  let indices = 0
  for (const { geometry } of parts) {
    vertices += geometry.getAttribute('position').count
    indices += geometry.getIndex()?.count ?? 0
  }
  // buffers
  const position = new Float32Array(vertices * 3)
  const normal = new Float32Array(vertices * 3)
  const color = new Float32Array(vertices * 3)
  const structureIndex = new Float32Array(vertices)
  const index = new Uint32Array(indices)
  // build geometry
  let v = 0
  let i = 0
  for (const { index: structure, geometry } of parts) {
    const count = geometry.getAttribute('position').count
    position.set(geometry.getAttribute('position').array as Float32Array, v * 3)
    normal.set(geometry.getAttribute('normal').array as Float32Array, v * 3)
    color.set(geometry.getAttribute('color').array as Float32Array, v * 3)
    structureIndex.fill(structure, v, v + count)
    const own = geometry.getIndex()
    if (own) {
      for (let k = 0; k < own.count; k++) index[i + k] = (own.array[k] as number) + v
      i += own.count
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
  return merged
}
