import { BufferAttribute, type BufferGeometry, type Matrix4 } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { StructureId } from '../anatomy/ids'

/**
 * Merges many structures' geometries, each placed by its world matrix, into one geometry with a
 * per-vertex `structureIndex`, so the whole overview draws in one call. Software WebGL pays per draw
 * call; ~100 separate meshes cost more than the triangles themselves.
 */
export function createBatchGeometry(
  ids: readonly StructureId[],
  geometryOf: (id: StructureId) => BufferGeometry,
  matrixOf: (id: StructureId) => Matrix4,
): BufferGeometry {
  const placed = ids.map((id, index) => {
    const g = geometryOf(id).clone()
    g.deleteAttribute('uv')
    g.applyMatrix4(matrixOf(id))
    g.setAttribute(
      'structureIndex',
      new BufferAttribute(new Float32Array(g.getAttribute('position').count).fill(index), 1),
    )
    return g
  })
  const merged = mergeGeometries(placed, false)
  for (const g of placed) g.dispose()
  if (!merged) throw new Error('could not merge the spine geometries')
  merged.computeBoundingSphere()
  return merged
}
