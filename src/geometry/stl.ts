import type { BufferGeometry } from 'three'

/** Bytes of a binary STL: an 80-byte header, a triangle count, then 50 bytes per triangle. */
const HEADER_BYTES = 80
const FACET_BYTES = 50

/**
 * A binary STL of a geometry, for 3D printing at real size. The geometry is in millimetres and STL has no
 * unit, so slicers read the numbers as millimetres. Every triangle of the geometry is written in its own
 * winding (three's front faces, counter-clockwise seen from outside, so outward for the bones' closed
 * shells) with the unit normal of that winding; a triangle with no area gets a zero normal. Indexed and
 * non-indexed geometries both work; groups and draw ranges are ignored (the whole bone is written).
 * @param name written into the header (printable ASCII, cut to fit); the header never starts with
 *   "solid", which some readers take for an ASCII STL
 */
export function createStlBytes(geometry: BufferGeometry, name: string): ArrayBuffer {
  const position = geometry.getAttribute('position')
  const index = geometry.getIndex()
  const corners = index ? index.count : position ? position.count : 0
  const triangles = Math.floor(corners / 3)
  const buffer = new ArrayBuffer(HEADER_BYTES + 4 + FACET_BYTES * triangles)
  const view = new DataView(buffer)
  writeHeader(view, name)
  view.setUint32(HEADER_BYTES, triangles, true)
  if (!position) return buffer
  const corner = (i: number): number => (index ? index.getX(i) : i)
  let offset = HEADER_BYTES + 4
  for (let t = 0; t < triangles; t++) {
    const a = corner(t * 3)
    const b = corner(t * 3 + 1)
    const c = corner(t * 3 + 2)
    const ax = position.getX(a)
    const ay = position.getY(a)
    const az = position.getZ(a)
    const bx = position.getX(b)
    const by = position.getY(b)
    const bz = position.getZ(b)
    const cx = position.getX(c)
    const cy = position.getY(c)
    const cz = position.getZ(c)
    // (b − a) × (c − a): the right-hand normal of the winding
    const ux = bx - ax
    const uy = by - ay
    const uz = bz - az
    const vx = cx - ax
    const vy = cy - ay
    const vz = cz - az
    const nx = uy * vz - uz * vy
    const ny = uz * vx - ux * vz
    const nz = ux * vy - uy * vx
    const length = Math.hypot(nx, ny, nz)
    const k = length > 0 ? 1 / length : 0
    for (const value of [nx * k, ny * k, nz * k, ax, ay, az, bx, by, bz, cx, cy, cz]) {
      view.setFloat32(offset, value, true)
      offset += 4
    }
    view.setUint16(offset, 0, true) // attribute byte count: unused
    offset += 2
  }
  return buffer
}

function writeHeader(view: DataView, name: string): void {
  const printable = name.replace(/[^\x20-\x7e]/g, '?')
  const text = `Facet ${printable} - binary STL, units mm`.slice(0, HEADER_BYTES)
  for (let i = 0; i < HEADER_BYTES; i++) view.setUint8(i, i < text.length ? text.charCodeAt(i) : 0x20)
}
