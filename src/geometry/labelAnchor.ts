import { type BufferGeometry, Vector3 } from 'three'

/**
 * The vertex of `geometry` nearest to `point`. A label pinned to a long, curved structure (the cord, a nerve
 * root, a ligament's band) sits on it there: the middle of its box can be empty space in front of the bones.
 * Null for a geometry with no vertices.
 */
export function nearestVertex(geometry: BufferGeometry, point: Vector3, target = new Vector3()): Vector3 | null {
  const position = geometry.getAttribute('position')
  if (!position || position.count === 0) return null
  let best = Number.POSITIVE_INFINITY
  let at = 0
  for (let i = 0; i < position.count; i++) {
    const dx = position.getX(i) - point.x
    const dy = position.getY(i) - point.y
    const dz = position.getZ(i) - point.z
    const d = dx * dx + dy * dy + dz * dz
    if (d < best) {
      best = d
      at = i
    }
  }
  return target.fromBufferAttribute(position, at)
}

/** Where a label sits on a structure: the vertex nearest its box's centre (see `nearestVertex`). */
export function labelAnchor(geometry: BufferGeometry, target = new Vector3()): Vector3 | null {
  if (!geometry.boundingBox) geometry.computeBoundingBox()
  const box = geometry.boundingBox
  if (!box || box.isEmpty()) return null
  return nearestVertex(geometry, box.getCenter(new Vector3()), target)
}
