import { Box3, BufferAttribute, BufferGeometry, Sphere, Vector3 } from 'three'
import type { PartRange } from './builder'

/** A geometry as plain typed arrays, so it can cross from a worker without copying. */
export interface GeometryArrays {
  position: Float32Array
  normal: Float32Array
  color: Float32Array
  index: Uint32Array | Uint16Array
  structureIndex?: Float32Array
  /** The same surface's triangles for seeing from afar: fewer, over the same vertices (neural worker). */
  farIndex?: Uint32Array
  parts?: PartRange[]
  /**
   * The geometry's bounding box (min, max) and sphere (centre, radius) where they were worked out where it
   * was made (a worker): three needs them for the first frame that draws it, and they then cost the main
   * thread nothing.
   */
  bounds?: { box: [number, number, number, number, number, number]; sphere: [number, number, number, number] }
}

export function toArrays(g: BufferGeometry): GeometryArrays {
  const index = g.getIndex()
  if (!index) throw new Error('expected an indexed geometry')
  const arrays: GeometryArrays = {
    position: g.getAttribute('position').array as Float32Array,
    normal: g.getAttribute('normal').array as Float32Array,
    color: g.getAttribute('color').array as Float32Array,
    index: index.array as Uint32Array | Uint16Array,
    parts: g.userData.parts as PartRange[],
  }
  const structureIndex = g.getAttribute('structureIndex')
  if (structureIndex) arrays.structureIndex = structureIndex.array as Float32Array
  if (g.userData.farIndex instanceof Uint32Array) arrays.farIndex = g.userData.farIndex
  const bounds = boundsOf(g)
  if (bounds) arrays.bounds = bounds
  return arrays
}

/** The geometry's box and sphere as plain numbers, once three has worked them out (null before). */
export function boundsOf(g: BufferGeometry): GeometryArrays['bounds'] | null {
  if (!g.boundingBox || !g.boundingSphere) return null
  const { min, max } = g.boundingBox
  const { center, radius } = g.boundingSphere
  return { box: [min.x, min.y, min.z, max.x, max.y, max.z], sphere: [center.x, center.y, center.z, radius] }
}

export function fromArrays(a: GeometryArrays): BufferGeometry {
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(a.position, 3))
  g.setAttribute('normal', new BufferAttribute(a.normal, 3))
  g.setAttribute('color', new BufferAttribute(a.color, 3))
  if (a.structureIndex) g.setAttribute('structureIndex', new BufferAttribute(a.structureIndex, 1))
  g.setIndex(new BufferAttribute(a.index, 1))
  g.userData.parts = a.parts ?? []
  if (a.farIndex) g.userData.farIndex = a.farIndex
  if (a.bounds) {
    const [x0, y0, z0, x1, y1, z1] = a.bounds.box
    const [cx, cy, cz, r] = a.bounds.sphere
    g.boundingBox = new Box3(new Vector3(x0, y0, z0), new Vector3(x1, y1, z1))
    g.boundingSphere = new Sphere(new Vector3(cx, cy, cz), r)
  } else {
    g.computeBoundingBox()
    g.computeBoundingSphere()
  }
  return g
}

export const transferables = (a: GeometryArrays): ArrayBuffer[] =>
  [a.position, a.normal, a.color, a.index, a.structureIndex, a.farIndex]
    .filter((x): x is NonNullable<typeof x> => x !== undefined)
    .map((x) => x.buffer as ArrayBuffer)
