import { BufferAttribute, BufferGeometry, Vector3 } from 'three'
import type { BoneId } from '../anatomy/ids'
import {
  type PartId,
  type PartRangeLike,
  parsePartId,
  partCentre,
  partIdForBuilderPart,
  partRanges,
} from '../anatomy/parts'
import type { Vec3 } from '../anatomy/vec'
import type { GeometryCache } from '../geometry/cache'
import { structureMatrix } from '../geometry/world'

/**
 * A bone's geometry and its named parts: every bone geometry (the overview, the shells at full detail and
 * the continuous surface that replaces them) carries `userData.parts`, vertex ranges named by the
 * generators, and a vertex belongs to the part whose range holds its index. No React here: the scene, the
 * labels and the automation API share it.
 */

const rangesOf = (geometry: BufferGeometry): readonly PartRangeLike[] =>
  (geometry.userData.parts as PartRangeLike[] | undefined) ?? []

const vertexAt = (geometry: BufferGeometry, v: number): Vec3 => {
  const p = geometry.getAttribute('position')
  return [p.getX(v), p.getY(v), p.getZ(v)]
}

/** The part a vertex of a bone's geometry belongs to, or null where no range (or no known part) holds it. */
export function partOfVertex(bone: BoneId, geometry: BufferGeometry, vertex: number): PartId | null {
  const range = rangesOf(geometry).find((r) => vertex >= r.start && vertex < r.start + r.count)
  // a range that spans both sides (the one-piece arch of laminae) is split by the side of the vertex
  return range ? partIdForBuilderPart(bone, range.name, vertexAt(geometry, vertex)) : null
}

/**
 * The part a ray hit on a triangle: that of the triangle's corner nearest the hit (where parts meet on a
 * continuous surface a triangle's corners can belong to different parts).
 * @param local the hit point in the bone's own frame
 */
export function partAtHit(
  bone: BoneId,
  geometry: BufferGeometry,
  face: { a: number; b: number; c: number },
  local: Vector3,
): PartId | null {
  let best = face.a
  let bestDistance = Number.POSITIVE_INFINITY
  for (const v of [face.a, face.b, face.c]) {
    const [x, y, z] = vertexAt(geometry, v)
    const d = (x - local.x) ** 2 + (y - local.y) ** 2 + (z - local.z) ** 2
    if (d < bestDistance) {
      bestDistance = d
      best = v
    }
  }
  return partOfVertex(bone, geometry, best)
}

/** Where a part's label and marker go in its bone's frame: the centre of its vertices, or its anchor. */
export function partLocalCentre(id: PartId, geometry: BufferGeometry): Vec3 | null {
  return partCentre(id, geometry.getAttribute('position').array, rangesOf(geometry))
}

/**
 * A part's centre in the standing spine's world frame (mm), from its bone's overview geometry (always at
 * hand, and within a millimetre or so of the full detail's), at the bone's rest pose like
 * `structureWorldCentre`. Null for an unknown part.
 */
export function partWorldCentre(geometries: GeometryCache, id: string, target = new Vector3()): Vector3 | null {
  const part = parsePartId(id)
  if (!part) return null
  const local = partLocalCentre(part.id, geometries.structure(part.bone, 0))
  if (!local) return null
  return target.set(...local).applyMatrix4(structureMatrix(part.bone))
}

/**
 * The vertices of a part in a bone's geometry, in index order; [] for an opening, an area the geometry
 * does not build, or an unknown part. A range that spans both sides gives only its vertices on the part's.
 */
export function partVertices(id: PartId, geometry: BufferGeometry): number[] {
  const part = parsePartId(id)
  if (!part) return []
  const vertices: number[] = []
  for (const range of partRanges(part.id, rangesOf(geometry))) {
    const whole = partIdForBuilderPart(part.bone, range.name) === part.id
    for (let v = range.start; v < range.start + range.count; v++)
      if (whole || partIdForBuilderPart(part.bone, range.name, vertexAt(geometry, v)) === part.id) vertices.push(v)
  }
  return vertices
}

/**
 * The triangles of one part as a geometry of their own (positions and normals copied, so it can be
 * disposed without touching the bone's), to draw the part highlighted over its bone: every triangle with a
 * corner on the part, its corners' colour alpha 1 on the part and 0 off it, so the highlight fades out
 * within the ring of triangles round the part instead of ending in the saw-tooth of whole triangles. Null
 * when the geometry has no vertex of the part (openings, areas not built).
 */
export function partHighlightGeometry(id: PartId, geometry: BufferGeometry): BufferGeometry | null {
  const index = geometry.getIndex()
  const position = geometry.getAttribute('position')
  if (!index || !position) return null
  const own = partVertices(id, geometry)
  if (own.length === 0) return null
  const inPart = new Uint8Array(position.count)
  for (const v of own) inPart[v] = 1
  const normal = geometry.getAttribute('normal')
  const remap = new Map<number, number>()
  const corners: number[] = []
  for (let t = 0; t + 2 < index.count; t += 3) {
    const a = index.getX(t)
    const b = index.getX(t + 1)
    const c = index.getX(t + 2)
    if (inPart[a] !== 1 && inPart[b] !== 1 && inPart[c] !== 1) continue
    for (const v of [a, b, c]) {
      let to = remap.get(v)
      if (to === undefined) {
        to = remap.size
        remap.set(v, to)
      }
      corners.push(to)
    }
  }
  if (corners.length === 0) return null
  const positions = new Float32Array(remap.size * 3)
  const normals = new Float32Array(remap.size * 3)
  const colours = new Float32Array(remap.size * 4)
  for (const [from, to] of remap) {
    positions.set([position.getX(from), position.getY(from), position.getZ(from)], to * 3)
    if (normal) normals.set([normal.getX(from), normal.getY(from), normal.getZ(from)], to * 3)
    colours.set([1, 1, 1, inPart[from] === 1 ? 1 : 0], to * 4)
  }
  const highlight = new BufferGeometry()
  highlight.setAttribute('position', new BufferAttribute(positions, 3))
  highlight.setAttribute('normal', new BufferAttribute(normals, 3))
  highlight.setAttribute('color', new BufferAttribute(colours, 4))
  highlight.setIndex(corners)
  highlight.computeBoundingSphere()
  return highlight
}
