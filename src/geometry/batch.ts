import { Box3, BufferAttribute, BufferGeometry, Matrix3, type Matrix4, Sphere, Vector3 } from 'three'
import type { StructureId } from '../anatomy/ids'

/**
 * Where a geometry keeps its lighter triangle list for a moving camera (a Uint32Array over its own vertices;
 * geometry/simplify.ts, `motionTriangles`), if it has one.
 */
export const MOTION_INDEX = 'motionIndex'

/**
 * Where a merged geometry says which of its triangles to draw while the camera moves: `{ start, count }` in
 * its index, after the full triangles (absent when none of the merged geometries had a lighter list).
 */
export const MOTION_RANGE = 'motionRange'

/**
 * Merges many structures' geometries, each placed by its world matrix, into one geometry with a
 * per-vertex `structureIndex`, so the whole overview draws in one call. Software WebGL pays per draw
 * call; ~100 separate meshes cost more than the triangles themselves.
 *
 * Written out rather than three's clone, `applyMatrix4` and `mergeGeometries`: those go through an
 * attribute accessor per coordinate and re-measure every clone's bounds, which made this merge a third of
 * the overview's build, and the page's first frame waits for that build. Positions, normals and colours
 * are what the overview draws (a geometry without colours gets white).
 */
export function createBatchGeometry(
  ids: readonly StructureId[],
  geometryOf: (id: StructureId) => BufferGeometry,
  matrixOf: (id: StructureId) => Matrix4,
): BufferGeometry {
  const geometries = ids.map(geometryOf)
  let vertices = 0
  let indices = 0
  // the moving camera's triangles go after the full ones in the same index (the same vertices): a geometry
  // without a lighter list repeats its own
  const lighter = geometries.map((g) => g.userData[MOTION_INDEX] as Uint32Array | undefined)
  const withMotion = lighter.some((l) => l !== undefined)
  let motionIndices = 0
  for (const [s, g] of geometries.entries()) {
    const count = g.getAttribute('position').count
    const own = g.index ? g.index.count : count
    vertices += count
    indices += own
    if (withMotion) motionIndices += lighter[s]?.length ?? own
  }
  indices += motionIndices
  const position = new Float32Array(vertices * 3)
  const normal = new Float32Array(vertices * 3)
  const color = new Float32Array(vertices * 3).fill(1)
  const structureIndex = new Float32Array(vertices)
  const index = new Uint32Array(indices)
  const normalMatrix = new Matrix3()
  let v0 = 0
  let i0 = 0
  geometries.forEach((g, s) => {
    const matrix = matrixOf(ids[s] as StructureId)
    const m = matrix.elements
    normalMatrix.getNormalMatrix(matrix)
    const n = normalMatrix.elements
    const p = g.getAttribute('position').array
    const nn = g.getAttribute('normal')?.array
    const c = g.getAttribute('color')?.array
    const count = p.length / 3
    for (let v = 0; v < count; v++) {
      const x = p[v * 3] as number
      const y = p[v * 3 + 1] as number
      const z = p[v * 3 + 2] as number
      const o = (v0 + v) * 3
      // three's Matrix4 and Matrix3 are column-major
      position[o] = (m[0] as number) * x + (m[4] as number) * y + (m[8] as number) * z + (m[12] as number)
      position[o + 1] = (m[1] as number) * x + (m[5] as number) * y + (m[9] as number) * z + (m[13] as number)
      position[o + 2] = (m[2] as number) * x + (m[6] as number) * y + (m[10] as number) * z + (m[14] as number)
      if (nn) {
        const a = nn[v * 3] as number
        const b = nn[v * 3 + 1] as number
        const d = nn[v * 3 + 2] as number
        const nx = (n[0] as number) * a + (n[3] as number) * b + (n[6] as number) * d
        const ny = (n[1] as number) * a + (n[4] as number) * b + (n[7] as number) * d
        const nz = (n[2] as number) * a + (n[5] as number) * b + (n[8] as number) * d
        const length = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1
        normal[o] = nx / length
        normal[o + 1] = ny / length
        normal[o + 2] = nz / length
      }
      if (c) {
        color[o] = c[v * 3] as number
        color[o + 1] = c[v * 3 + 1] as number
        color[o + 2] = c[v * 3 + 2] as number
      }
      structureIndex[v0 + v] = s
    }
    i0 = appendTriangles(index, i0, g.index?.array, count, v0)
    v0 += count
  })
  if (withMotion) {
    v0 = 0
    geometries.forEach((g, s) => {
      const count = g.getAttribute('position').count
      i0 = appendTriangles(index, i0, lighter[s] ?? g.index?.array, count, v0)
      v0 += count
    })
  }
  const merged = new BufferGeometry()
  merged.setAttribute('position', new BufferAttribute(position, 3))
  merged.setAttribute('normal', new BufferAttribute(normal, 3))
  merged.setAttribute('color', new BufferAttribute(color, 3))
  merged.setAttribute('structureIndex', new BufferAttribute(structureIndex, 1))
  merged.setIndex(new BufferAttribute(index, 1))
  if (withMotion) {
    merged.userData[MOTION_RANGE] = { start: indices - motionIndices, count: motionIndices }
    // the full triangles, unless the camera moves (scene/SpineBatch.tsx)
    merged.setDrawRange(0, indices - motionIndices)
  }
  const box = new Box3().setFromArray(position)
  merged.boundingBox = box
  const centre = box.getCenter(new Vector3())
  let farthest = 0
  for (let o = 0; o < position.length; o += 3) {
    const dx = (position[o] as number) - centre.x
    const dy = (position[o + 1] as number) - centre.y
    const dz = (position[o + 2] as number) - centre.z
    farthest = Math.max(farthest, dx * dx + dy * dy + dz * dz)
  }
  merged.boundingSphere = new Sphere(centre, Math.sqrt(farthest))
  return merged
}

/**
 * Writes a geometry's triangles into the merged index at `at`, its vertices numbered from `firstVertex`
 * (a geometry without an index lists its `count` vertices in order); returns where the next one starts.
 */
function appendTriangles(
  index: Uint32Array,
  at: number,
  source: ArrayLike<number> | undefined,
  count: number,
  firstVertex: number,
): number {
  if (!source) {
    for (let i = 0; i < count; i++) index[at + i] = firstVertex + i
    return at + count
  }
  for (let i = 0; i < source.length; i++) index[at + i] = (source[i] as number) + firstVertex
  return at + source.length
}
