import { BoxGeometry, BufferAttribute, BufferGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import type { PartRange } from '../../src/geometry/builder'
import { createStructureGeometry } from '../../src/geometry/cache'
import { createStlBytes } from '../../src/geometry/stl'

type V = [number, number, number]
interface Facet {
  readonly normal: V
  readonly corners: readonly [V, V, V]
}

/** Reads a binary STL back the way a slicer would: header, count, then normal and three corners per facet. */
function readStl(bytes: ArrayBuffer): { header: string; count: number; facets: Facet[] } {
  const view = new DataView(bytes)
  const header = String.fromCharCode(...new Uint8Array(bytes, 0, 80))
  const count = view.getUint32(80, true)
  expect(bytes.byteLength, 'size = header + count + 50 bytes a facet').toBe(84 + 50 * count)
  const facets: Facet[] = []
  for (let t = 0; t < count; t++) {
    const base = 84 + 50 * t
    const v = (k: number): V => [
      view.getFloat32(base + k * 12, true),
      view.getFloat32(base + k * 12 + 4, true),
      view.getFloat32(base + k * 12 + 8, true),
    ]
    facets.push({ normal: v(0), corners: [v(1), v(2), v(3)] })
  }
  return { header, count, facets }
}

const sub = (a: V, b: V): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const cross = (a: V, b: V): V => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const windingNormal = (f: Facet): V => cross(sub(f.corners[1], f.corners[0]), sub(f.corners[2], f.corners[0]))

/** Volume enclosed by facets (divergence theorem): positive when the winding faces outward. */
const signedVolume = (facets: readonly Facet[]) =>
  facets.reduce((sum, f) => sum + dot(f.corners[0], cross(f.corners[1], f.corners[2])) / 6, 0)

function expectNormalsMatchWinding(facets: readonly Facet[]): void {
  for (const [i, f] of facets.entries()) {
    const w = windingNormal(f)
    const area2 = Math.hypot(...w)
    if (area2 < 1e-6) continue
    expect(Math.hypot(...f.normal), `facet ${i} normal is a unit vector`).toBeCloseTo(1, 4)
    // within about half a degree of the winding's own normal
    expect(dot(f.normal, w) / area2, `facet ${i} normal agrees with its winding`).toBeGreaterThan(0.99996)
  }
}

function expectBoxOf(facets: readonly Facet[], g: BufferGeometry): void {
  g.computeBoundingBox()
  const box = g.boundingBox!
  const corners = facets.flatMap((f) => f.corners)
  for (const axis of [0, 1, 2] as const) {
    const values = corners.map((c) => c[axis])
    expect(Math.min(...values), `min ${'xyz'[axis]}`).toBeCloseTo(box.min.getComponent(axis), 4)
    expect(Math.max(...values), `max ${'xyz'[axis]}`).toBeCloseTo(box.max.getComponent(axis), 4)
  }
}

describe('STL export', () => {
  it('writes an indexed box as 12 outward facets, at its size in mm, with normals from the winding', () => {
    const box = new BoxGeometry(10, 20, 30)
    expect(box.getIndex()).not.toBeNull()
    const stl = readStl(createStlBytes(box, 'test box'))
    expect(stl.header.startsWith('solid')).toBe(false)
    expect(stl.header).toContain('test box')
    expect(stl.count).toBe(12)
    expectBoxOf(stl.facets, box)
    expectNormalsMatchWinding(stl.facets)
    expect(signedVolume(stl.facets)).toBeCloseTo(10 * 20 * 30, 1)
    // the face at +x has its normal along +x
    const right = stl.facets.filter((f) => f.corners.every((c) => c[0] === 5))
    expect(right).toHaveLength(2)
    for (const f of right) expect(f.normal[0]).toBeCloseTo(1, 6)
  })

  it('writes a non-indexed geometry the same way', () => {
    const box = new BoxGeometry(10, 20, 30).toNonIndexed()
    expect(box.getIndex()).toBeNull()
    const stl = readStl(createStlBytes(box, 'flat box'))
    expect(stl.count).toBe(12)
    expectBoxOf(stl.facets, box)
    expectNormalsMatchWinding(stl.facets)
    expect(signedVolume(stl.facets)).toBeCloseTo(6000, 1)
  })

  it('writes a reversed winding with reversed normals rather than hiding it', () => {
    const box = new BoxGeometry(10, 20, 30).toNonIndexed()
    const pos = box.getAttribute('position')
    const flipped = new Float32Array(pos.array.length)
    for (let t = 0; t < pos.count; t += 3)
      for (const [to, from] of [
        [0, 0],
        [1, 2],
        [2, 1],
      ] as const)
        for (let k = 0; k < 3; k++) flipped[(t + to) * 3 + k] = pos.array[(t + from) * 3 + k]!
    const inside = new BufferGeometry()
    inside.setAttribute('position', new BufferAttribute(flipped, 3))
    const stl = readStl(createStlBytes(inside, 'inside out'))
    expectNormalsMatchWinding(stl.facets)
    expect(signedVolume(stl.facets)).toBeCloseTo(-6000, 1)
  })

  it('writes a bone at real size: every triangle, the same box in mm, each part’s shell facing out', () => {
    const g = createStructureGeometry('L4', 1)
    const index = g.getIndex()!
    const stl = readStl(createStlBytes(g, 'L4'))
    expect(stl.count).toBe(index.count / 3)
    expectBoxOf(stl.facets, g)
    // real size: an L4 is several centimetres across, not a few units
    const xs = stl.facets.flatMap((f) => f.corners.map((c) => c[0]))
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(50)
    expectNormalsMatchWinding(stl.facets)
    // facets keep the index order, so each facet's part is the part of its first corner
    const parts = g.userData.parts as PartRange[]
    for (const part of parts) {
      const own = stl.facets.filter((_, t) => {
        const a = index.getX(t * 3)
        return a >= part.start && a < part.start + part.count
      })
      expect(signedVolume(own), `${part.name} encloses its volume facing out`).toBeGreaterThan(0)
    }
  })

  it('keeps the header printable and within 80 bytes, and writes an empty geometry as no facets', () => {
    const long = readStl(createStlBytes(new BoxGeometry(), `Vértebra ${'x'.repeat(200)}`))
    expect(long.header).toHaveLength(80)
    expect(long.header).toMatch(/^[\x20-\x7e]+$/)
    expect(long.header).toContain('V?rtebra')
    const empty = readStl(createStlBytes(new BufferGeometry(), 'nothing'))
    expect(empty.count).toBe(0)
  })
})
