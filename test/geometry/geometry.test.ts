import type { BufferGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import {
  BONE_IDS,
  DISC_IDS,
  FACET_JOINT_IDS,
  STRUCTURE_IDS,
  type StructureId,
  VERTEBRA_LEVELS,
  type VertebraLevel,
} from '../../src/anatomy/ids'
import { superiorFacetNormal, vertebraLandmarks } from '../../src/anatomy/landmarks'
import { VERTEBRA_MEASUREMENTS } from '../../src/anatomy/levels'
import type { PartRange } from '../../src/geometry/builder'
import { createStructureGeometry } from '../../src/geometry/cache'
import { laminaLevel } from '../../src/geometry/vertebra'

type V = [number, number, number]

/** Vertices of the named parts (prefix match) of a generated geometry. */
function partVertices(g: BufferGeometry, prefix: string): V[] {
  const parts = g.userData.parts as PartRange[]
  const pos = g.getAttribute('position')
  const out: V[] = []
  for (const p of parts.filter((q) => q.name.startsWith(prefix))) {
    for (let i = p.start; i < p.start + p.count; i++) out.push([pos.getX(i), pos.getY(i), pos.getZ(i)])
  }
  if (out.length === 0) throw new Error(`no part ${prefix}`)
  return out
}
const extent = (vs: V[], axis: 0 | 1 | 2) => Math.max(...vs.map((v) => v[axis])) - Math.min(...vs.map((v) => v[axis]))
const within = (actual: number, expected: number, tolerance = 0.1) =>
  Math.abs(actual - expected) <= expected * tolerance

/** Area-weighted normal of the faces of a part that face (roughly) along `toward`. */
function facingNormal(g: BufferGeometry, part: string, toward: V): V {
  const parts = g.userData.parts as PartRange[]
  const range = parts.find((p) => p.name === part)
  if (!range) throw new Error(`no part ${part}`)
  const pos = g.getAttribute('position')
  const index = g.getIndex()!
  const sum: V = [0, 0, 0]
  for (let t = 0; t < index.count; t += 3) {
    const [a, b, c] = [index.getX(t), index.getX(t + 1), index.getX(t + 2)]
    if (a < range.start || a >= range.start + range.count) continue
    const p = (i: number): V => [pos.getX(i), pos.getY(i), pos.getZ(i)]
    const [pa, pb, pc] = [p(a), p(b), p(c)]
    const u: V = [pb[0] - pa[0], pb[1] - pa[1], pb[2] - pa[2]]
    const w: V = [pc[0] - pa[0], pc[1] - pa[1], pc[2] - pa[2]]
    const n: V = [u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]]
    if (n[0] * toward[0] + n[1] * toward[1] + n[2] * toward[2] <= 0) continue
    sum[0] += n[0]
    sum[1] += n[1]
    sum[2] += n[2]
  }
  const len = Math.hypot(...sum)
  return [sum[0] / len, sum[1] / len, sum[2] / len]
}
const angleBetween = (a: readonly number[], b: readonly number[]) =>
  (Math.acos(Math.min(1, a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!)) * 180) / Math.PI

const TYPICAL = VERTEBRA_LEVELS.filter((l) => l !== 'C1' && l !== 'C2')
const geometries = new Map(VERTEBRA_LEVELS.map((l) => [l, createStructureGeometry(l, 0)]))
const vertebra = (l: VertebraLevel) => geometries.get(l)!

describe('vertebra geometry matches the measurement table within 10 %', () => {
  it.each(TYPICAL)('%s body width, depth and height', (level) => {
    const m = VERTEBRA_MEASUREMENTS[level]
    const body = partVertices(vertebra(level), 'body')
    expect(extent(body, 0), 'width').toSatisfy((w: number) => within(w, m.bodyWidth.value))
    expect(extent(body, 2), 'depth').toSatisfy((d: number) => within(d, m.bodyDepth.value))
    const height = Math.max(m.bodyHeightAnterior.value, m.bodyHeightPosterior.value)
    expect(extent(body, 1), 'height').toSatisfy((h: number) => within(h, height))
  })

  it.each(TYPICAL)('%s canal width (between the pedicles) and depth (body to laminae)', (level) => {
    const m = VERTEBRA_MEASUREMENTS[level]
    const g = vertebra(level)
    const left = partVertices(g, 'pedicle-left')
    const right = partVertices(g, 'pedicle-right')
    const width = Math.min(...left.map((v) => v[0])) - Math.max(...right.map((v) => v[0]))
    expect(width).toSatisfy((w: number) => within(w, m.canalWidth.value))
    const midline = (vs: V[]) => vs.filter((v) => Math.abs(v[0]) < 1.5)
    const bodyBack = Math.min(...midline(partVertices(g, 'body')).map((v) => v[2]))
    const laminaFront = Math.max(...midline(partVertices(g, 'lamina-')).map((v) => v[2]))
    expect(bodyBack - laminaFront).toSatisfy((d: number) => within(d, m.canalDepth.value))
  })

  it.each(TYPICAL)('%s spinous process length and transverse span', (level) => {
    const m = VERTEBRA_MEASUREMENTS[level]
    const g = vertebra(level)
    const l = vertebraLandmarks(level)
    const slope = (m.spinousSlope.value * Math.PI) / 180
    const dir: V = [0, -Math.sin(slope), -Math.cos(slope)]
    const laminaY = laminaLevel(level)
    const reach = Math.max(
      ...partVertices(g, 'spinous').map((v) => (v[1] - laminaY) * dir[1] + (v[2] - l.canalBackZ) * dir[2]),
    )
    expect(reach).toSatisfy((r: number) => within(r, m.spinousLength.value))
    const span =
      Math.max(...partVertices(g, 'transverse-left').map((v) => v[0])) -
      Math.min(...partVertices(g, 'transverse-right').map((v) => v[0]))
    expect(span).toSatisfy((s: number) => within(s, m.transverseSpan.value))
  })

  it('C1 is a ring as wide as the published atlas, with no body', () => {
    const g = vertebra('C1')
    const parts = (g.userData.parts as PartRange[]).map((p) => p.name)
    expect(parts).not.toContain('body')
    expect(parts).toEqual(expect.arrayContaining(['anterior-arch', 'posterior-arch', 'lateral-mass-left']))
    g.computeBoundingBox()
    expect(g.boundingBox!.max.x - g.boundingBox!.min.x).toSatisfy((w: number) => within(w, 71.19))
  })

  it('C2 carries a dens of the published height above its body', () => {
    const g = vertebra('C2')
    const dens = partVertices(g, 'dens')
    const bodyTop = Math.max(...partVertices(g, 'body').map((v) => v[1]))
    expect(Math.max(...dens.map((v) => v[1])) - bodyTop).toSatisfy((h: number) => within(h, 15.8, 0.15))
  })
})

describe('facet surfaces face the way the table says, per region', () => {
  it.each(TYPICAL)('%s superior facets within 10°', (level) => {
    const m = VERTEBRA_MEASUREMENTS[level]
    const expected = superiorFacetNormal(m.facetInclination.value, m.facetRotation.value)
    const measured = facingNormal(vertebra(level), 'superior-facet-left', expected as V)
    expect(angleBetween(measured, expected)).toBeLessThan(10)
    const mirrored: V = [-expected[0], expected[1], expected[2]]
    expect(angleBetween(facingNormal(vertebra(level), 'superior-facet-right', mirrored), mirrored)).toBeLessThan(10)
  })

  it('cervical facets lean about 45°, lumbar stand vertical and face the midline', () => {
    const c5 = facingNormal(vertebra('C5'), 'superior-facet-left', [0, 1, -1])
    expect(angleBetween(c5, [0, 1, 0])).toBeGreaterThan(35)
    expect(angleBetween(c5, [0, 1, 0])).toBeLessThan(55)
    const l2 = facingNormal(vertebra('L2'), 'superior-facet-left', [-1, 0, -0.5])
    expect(Math.abs(l2[1])).toBeLessThan(0.17)
    expect(l2[0]).toBeLessThan(-0.7)
  })
})

describe('every generated mesh is sound', () => {
  it.each(STRUCTURE_IDS)('%s has no NaNs, no degenerate triangles and is closed', (id) => {
    const g = createStructureGeometry(id, 0)
    const pos = g.getAttribute('position')
    const index = g.getIndex()!
    for (let i = 0; i < pos.array.length; i++) expect(Number.isFinite(pos.array[i])).toBe(true)
    const edges = new Map<string, number>()
    for (let t = 0; t < index.count; t += 3) {
      const ids = [index.getX(t), index.getX(t + 1), index.getX(t + 2)]
      const p = ids.map((i) => [pos.getX(i), pos.getY(i), pos.getZ(i)] as V)
      const u = p[1]!.map((x, k) => x - p[0]![k]!)
      const w = p[2]!.map((x, k) => x - p[0]![k]!)
      const area =
        Math.hypot(u[1]! * w[2]! - u[2]! * w[1]!, u[2]! * w[0]! - u[0]! * w[2]!, u[0]! * w[1]! - u[1]! * w[0]!) / 2
      expect(area).toBeGreaterThan(1e-6)
      for (let k = 0; k < 3; k++) {
        const a = ids[k]!
        const b = ids[(k + 1) % 3]!
        const key = a < b ? `${a}-${b}` : `${b}-${a}`
        edges.set(key, (edges.get(key) ?? 0) + 1)
      }
    }
    for (const count of edges.values()) expect(count).toBe(2)
  })

  it('builds a real mesh for each of the 26 bones, 23 discs and 50 joints, sized for its level', () => {
    expect(BONE_IDS).toHaveLength(26)
    expect(DISC_IDS).toHaveLength(23)
    expect(FACET_JOINT_IDS).toHaveLength(50)
    const width = (id: StructureId) => {
      const g = createStructureGeometry(id, 0)
      expect(g.getIndex()?.count ?? 0, id).toBeGreaterThan(60)
      g.computeBoundingBox()
      return g.boundingBox!.max.x - g.boundingBox!.min.x
    }
    for (const id of BONE_IDS) expect(width(id), id).toBeGreaterThan(10)
    // discs follow their endplates: a lumbar disc is far wider than a cervical one
    for (const id of DISC_IDS) expect(width(id), id).toBeGreaterThan(10)
    expect(width('disc:L4-L5')).toBeGreaterThan(1.8 * width('disc:C3-C4'))
    // a facet joint is a small pad, not a vertebra-sized shape
    for (const id of FACET_JOINT_IDS) expect(width(id), id).toBeGreaterThan(2)
    for (const id of FACET_JOINT_IDS) expect(width(id), id).toBeLessThan(40)
  })

  it('models the sacrum with alae and four pairs of foramina between five bars', () => {
    const g = createStructureGeometry('sacrum', 0)
    const names = (g.userData.parts as PartRange[]).map((p) => p.name)
    expect(names.filter((n) => n.startsWith('bar-') && n.endsWith('-left'))).toHaveLength(5)
    expect(names).toEqual(expect.arrayContaining(['ala-left', 'ala-right', 'superior-facet-left']))
  })
})
