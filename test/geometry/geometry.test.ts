import {
  Box3,
  BufferGeometry,
  Float32BufferAttribute,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  Raycaster,
  Vector3,
} from 'three'
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
import { ATLAS, AXIS, LUMBAR_SSM, S1_FACET, VERTEBRA_MEASUREMENTS } from '../../src/anatomy/levels'
import { POSTURE_TARGETS, posture } from '../../src/anatomy/posture'
import { type PartRange, padAxes } from '../../src/geometry/builder'
import { createStructureGeometry } from '../../src/geometry/cache'
import { laminaLevel } from '../../src/geometry/vertebra'
import { structureMatrix } from '../../src/geometry/world'
import { meshFaults } from './meshFaults'

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

  it('S1 superior facets, the lower half of each L5–S1 joint, within 10° and as wide and tall as the table within 10 %', () => {
    const sacrum = createStructureGeometry('sacrum', 0)
    const left = superiorFacetNormal(S1_FACET.inclination.value, S1_FACET.rotation.value) as V
    for (const [side, expected] of [
      ['left', left],
      ['right', [-left[0], left[1], left[2]] as V],
    ] as const) {
      const part = `superior-facet-${side}`
      expect(angleBetween(facingNormal(sacrum, part, expected), expected), part).toBeLessThan(10)
      // width along the facet's horizontal axis, height along its other in-plane axis
      const [u, , v] = padAxes(expected)
      const vs = partVertices(sacrum, part)
      const span = (axis: readonly number[]) => {
        const d = vs.map((p) => p[0] * axis[0]! + p[1] * axis[1]! + p[2] * axis[2]!)
        return Math.max(...d) - Math.min(...d)
      }
      expect(span(u), part).toSatisfy((w: number) => within(w, S1_FACET.width.value))
      expect(span(v), part).toSatisfy((h: number) => within(h, S1_FACET.height.value))
    }
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
  it('finds what the check looks for: a coordinate that is not a number, a triangle of no area, an open edge, a face turned in', () => {
    // a tetrahedron is sound and closed; each fault is then put into a copy of it
    const tetrahedron = () => {
      const g = new BufferGeometry()
      g.setAttribute('position', new Float32BufferAttribute([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1], 3))
      g.setIndex([0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3])
      return g
    }
    expect(meshFaults(tetrahedron())).toEqual([])
    const nan = tetrahedron()
    nan.getAttribute('position').setX(3, Number.NaN)
    expect(meshFaults(nan).join()).toMatch(/coordinate 9 is NaN/)
    const flat = tetrahedron()
    flat.getAttribute('position').setXYZ(3, 0.5, 0.5, 0)
    expect(meshFaults(flat).join()).toMatch(/triangle 3 has area/)
    const open = tetrahedron()
    open.setIndex([0, 2, 1, 0, 1, 3, 0, 3, 2])
    expect(meshFaults(open).join()).toMatch(/edge .* is shared by 1 triangles/)
    // the last face turned inside out: closed still, but seen from outside it is a hole
    const flipped = tetrahedron()
    flipped.setIndex([0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 3, 2])
    expect(meshFaults(flipped).join()).toMatch(/winding .* is run the same way by two triangles/)
  })

  it.each(STRUCTURE_IDS)('%s has no NaNs, no degenerate triangles, is closed and faces out', (id) => {
    expect(meshFaults(createStructureGeometry(id, 0)), id).toEqual([])
  })

  it.each(FACET_JOINT_IDS)(
    '%s is a closed capsule: seen along the facet normal, its wall covers the joint centre',
    (id) => {
      // The capsule is a sac round the joint space. Drawn with front faces only (as the scene draws it), a ray
      // along the facet normal through the joint centre, from either side, must meet its wall on the near side
      // of the joint space: a capsule whose faces round the normal turned inward read as a ring with a hole.
      const normal = new Vector3(...posture().facets[id]!.normal).normalize()
      const raycaster = new Raycaster()
      for (const detail of [0, 1] as const) {
        const capsule = new Mesh(createStructureGeometry(id, detail), new MeshBasicMaterial())
        for (const from of [1, -1]) {
          raycaster.set(normal.clone().multiplyScalar(40 * from), normal.clone().multiplyScalar(-from))
          const [first] = raycaster.intersectObject(capsule)
          expect(first, `${id} detail ${detail} from ${from > 0 ? 'the front' : 'behind'}`).toBeDefined()
          // the wall it meets is on the ray's side of the joint, not the far wall seen through a hole
          expect(first!.point.dot(normal) * from, `${id} detail ${detail}`).toBeGreaterThan(1)
        }
      }
    },
  )

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

/** Overall box of a bone in its own frame at close-up detail: [left–right, front–back, up–down], mm. */
function wholeBone(id: StructureId): { width: number; depth: number; height: number; g: BufferGeometry } {
  const g = createStructureGeometry(id, 1)
  g.computeBoundingBox()
  const b = g.boundingBox!
  return { width: b.max.x - b.min.x, depth: b.max.z - b.min.z, height: b.max.y - b.min.y, g }
}
const between = (lo: number, hi: number) => (x: number) => x >= lo && x <= hi

describe('whole bones have the overall sizes of real ones', () => {
  // Width: tip to tip of the transverse processes; depth: front of the body to the tip of the spinous
  // process; height: top of the superior to the bottom of the inferior articular processes.
  it('L4 is as big as the mean L4 of 87 patients (Clouthier 2023) and three CT/cadaver L4s (issue 10)', () => {
    const { width, depth, height } = wholeBone('L4')
    // Clouthier's mean L4 is 89.8 × 88.8 × 45.7 mm; the three models 90–94 × 86–90 × 46–48 mm
    expect(width, 'width').toSatisfy(between(LUMBAR_SSM.l4Width.value - 0.5, 94))
    expect(depth, 'depth').toSatisfy(between(86, 90))
    expect(Math.abs(depth - LUMBAR_SSM.l4Depth.value), 'depth against the mean L4').toBeLessThan(1.5)
    expect(height, 'height').toSatisfy(between(LUMBAR_SSM.l4Height.value, 48))
  })

  it('L1 is as wide and as deep as real L1s (73–83 mm each, issue 10)', () => {
    const { width, depth } = wholeBone('L1')
    expect(width, 'width').toSatisfy(between(73, 83))
    expect(depth, 'depth').toSatisfy(between(73, 83))
  })

  // Known gap, kept visible: issue 10 gives 56–62 mm for real L1s (source not named there). Here the height
  // of a lumbar vertebra follows its body and the disc below, and the L1–L2 disc is thinner than the L4–L5
  // one, so an L1 cannot stand 10 mm taller than an L4 that matches Clouthier's 45.7 mm without inventing
  // per-level process sizes. This test starts failing (and must be turned into a plain test) once it does.
  // Searched again for a per-level whole-bone height (tip of the superior to tip of the inferior articular
  // processes): the lumbar series we read give body heights, canal, pedicle and foramen sizes, not it; the
  // Clouthier 2023 shape model covers L2–L5 only; the VerSe'20 L1 shape model is a download, not a number.
  // Gilad & Nissan 1985 (157 men) found lumbar body heights alike from L1 to L5.
  // Where the lordosis begins, L1 stands tilted: with the lordosis of 60.9° from L1 to S1 and the sacral
  // slope of 41° (BMC Surg 2019), its upper endplate faces about 20° backward. Measured in the standing
  // body's axes, as a whole-body model or a CT holds it, it stands taller than in its own: the 56–62 mm of
  // the real L1s in issue 10. L4, level at the lordosis's apex, measures the same in either.
  it('L1 measures 73–83 × 73–83 × 56–62 mm standing, tilted about 20° back, as real L1s (issue 10)', () => {
    const standing = (id: StructureId) => {
      const g = createStructureGeometry(id, 1)
      const turn = structureMatrix(id, new Matrix4())
      const box = new Box3()
      const v = new Vector3()
      const p = g.getAttribute('position')
      for (let i = 0; i < p.count; i++) box.expandByPoint(v.fromBufferAttribute(p, i).applyMatrix4(turn))
      const up = new Vector3(0, 1, 0).transformDirection(turn)
      return { size: box.getSize(new Vector3()), tilt: (Math.acos(up.y) * 180) / Math.PI }
    }
    const l1 = standing('L1')
    const expectedTilt = POSTURE_TARGETS.lumbarLordosis.value - POSTURE_TARGETS.sacralSlope.value
    expect(l1.tilt, 'tilt of L1 standing').toSatisfy((t: number) => Math.abs(t - expectedTilt) < 5)
    expect(l1.size.x, 'width').toSatisfy(between(73, 83))
    expect(l1.size.z, 'depth').toSatisfy(between(73, 83))
    expect(l1.size.y, 'height').toSatisfy(between(56, 62))
    // in its own axes it is shorter, by the tilt alone
    expect(wholeBone('L1').height).toBeLessThan(l1.size.y - 3)
    const l4 = standing('L4')
    expect(l4.tilt).toBeLessThan(5)
    expect(l4.size.y, 'L4 standing').toSatisfy(between(LUMBAR_SSM.l4Height.value, 48))
  })

  it('T6 reaches 60 mm or more from the front of its body to the tip of its spinous process (issue 10)', () => {
    expect(wholeBone('T6').depth).toSatisfy(between(60, 100))
  })

  it('thoracic spinous processes slope down as measured on CT (Kaur 2016: 30° at T1, 58° at T6, 16° at T12)', () => {
    const slopeOf = (level: VertebraLevel) => {
      const tip = partVertices(vertebra(level), 'spinous').reduce((a, v) => (v[2] < a[2] ? v : a))
      const l = vertebraLandmarks(level)
      return (Math.atan2(laminaLevel(level) - tip[1], l.canalBackZ - tip[2]) * 180) / Math.PI
    }
    const measured = { T1: 30.11, T6: 57.89, T12: 16.21 } as const
    for (const [level, angle] of Object.entries(measured)) {
      expect(slopeOf(level as VertebraLevel), level).toSatisfy((a: number) => Math.abs(a - angle) < 6)
    }
  })

  it('C1 is as wide as published atlases (69.37–72.45 mm: Gosavi 2012, Patel, Rekha 2016), its canal as Patel', () => {
    const { width, g } = wholeBone('C1')
    expect(width).toSatisfy(between(69.37, 72.45))
    const left = Math.min(...partVertices(g, 'lateral-mass-left').map((v) => v[0]))
    const right = Math.max(...partVertices(g, 'lateral-mass-right').map((v) => v[0]))
    expect(left - right, 'canal width between the lateral masses').toSatisfy((w: number) =>
      within(w, ATLAS.canalWidth.value),
    )
    const front = Math.min(
      ...partVertices(g, 'anterior-arch')
        .filter((v) => Math.abs(v[0]) < 2)
        .map((v) => v[2]),
    )
    const back = Math.max(
      ...partVertices(g, 'posterior-arch')
        .filter((v) => Math.abs(v[0]) < 2)
        .map((v) => v[2]),
    )
    expect(front - back, 'canal depth').toSatisfy((d: number) => within(d, ATLAS.canalDepth.value))
  })

  it('C2 stands as tall as published axes from the bottom of its body to the dens tip (Yousuf: 38.1 mm)', () => {
    const { g } = wholeBone('C2')
    const top = Math.max(...partVertices(g, 'dens').map((v) => v[1]))
    const bottom = Math.min(...partVertices(g, 'body').map((v) => v[1]))
    expect(top - bottom).toSatisfy((h: number) => within(h, AXIS.totalHeight.value))
    // its inferior facets are the size of C3's superior facets that they meet, not of its own large upper ones
    const inferior = partVertices(g, 'inferior-facet-left')
    const c3 = VERTEBRA_MEASUREMENTS.C3.facetHeight.value
    expect(extent(inferior, 1)).toBeLessThan(c3 + 1)
  })

  it('C5 is as deep as its published parts put end to end (body 14.55 mm, spinous process 15.25 mm)', () => {
    // No whole-C5 series was found: the body (pooled typical cervical, 100 vertebrae) and the spinous process
    // (pooled, 100 dry typical cervical vertebrae, Eur J Anat 2020) are published; the canal is our estimate.
    const m = VERTEBRA_MEASUREMENTS.C5
    const slope = (m.spinousSlope.value * Math.PI) / 180
    const expected = m.bodyDepth.value + m.canalDepth.value + m.spinousLength.value * Math.cos(slope)
    expect(wholeBone('C5').depth).toSatisfy((d: number) => within(d, expected))
  })
})

describe('every part of every bone is named for picking', () => {
  const bones = BONE_IDS.map((id) => [id, createStructureGeometry(id, 0)] as const)
  const names = (g: BufferGeometry) => (g.userData.parts as PartRange[]).map((p) => p.name)

  it.each(bones)('%s names each part once as <part> or <part>-<side>', (_id, g) => {
    const list = names(g)
    expect(new Set(list).size).toBe(list.length)
    for (const name of list) {
      expect(name).toMatch(/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/)
      // a side is only ever the last word
      expect(name.split('-').slice(0, -1), name).not.toContain('left')
      expect(name.split('-').slice(0, -1), name).not.toContain('right')
    }
  })

  it('gives each vertebra a left and a right lamina that meet under the spinous process', () => {
    for (const level of TYPICAL) {
      const g = vertebra(level)
      expect(names(g)).not.toContain('laminae')
      const left = partVertices(g, 'lamina-left')
      const right = partVertices(g, 'lamina-right')
      // each is on its own side, and each crosses the midline a little so the two overlap into one arch
      expect(Math.max(...left.map((v) => v[0])), level).toBeGreaterThan(15)
      expect(Math.min(...left.map((v) => v[0])), level).toBeLessThan(0)
      expect(Math.max(...right.map((v) => v[0])), level).toBeGreaterThan(0)
      expect(Math.min(...right.map((v) => v[0])), level).toBeLessThan(-15)
    }
  })

  it('gives the lumbar vertebrae accessory processes below the mammillary ones, at the root of the transverse process', () => {
    for (const level of ['L1', 'L2', 'L3', 'L4', 'L5'] as const) {
      const g = vertebra(level)
      for (const side of ['left', 'right'] as const) {
        const accessory = partVertices(g, `accessory-${side}`)
        const mammillary = partVertices(g, `mammillary-${side}`)
        const transverse = partVertices(g, `transverse-${side}`)
        const mid = (vs: V[], k: 0 | 1 | 2) => vs.reduce((a, v) => a + v[k], 0) / vs.length
        expect(mid(accessory, 1), `${level} ${side} below the mammillary process`).toBeLessThan(mid(mammillary, 1))
        // behind the transverse process's root, touching it
        expect(mid(accessory, 2)).toBeLessThan(mid(transverse, 2))
        expect(Math.max(...accessory.map((v) => v[2]))).toBeGreaterThan(Math.min(...transverse.map((v) => v[2])))
      }
    }
    expect(names(vertebra('T12'))).not.toContain('accessory-left')
  })

  it('names the parts of the atlas, the sacrum and the coccyx', () => {
    expect(names(vertebra('C1'))).toEqual(
      expect.arrayContaining([
        'anterior-arch',
        'posterior-arch',
        'lateral-mass-left',
        'lateral-mass-right',
        'anterior-tubercle',
        'posterior-tubercle',
        'transverse-left',
        'transverse-right',
      ]),
    )
    const sacrum = createStructureGeometry('sacrum', 0)
    expect(names(sacrum)).toEqual(
      expect.arrayContaining([
        'promontory',
        'ala-left',
        'ala-right',
        'auricular-surface-left',
        'auricular-surface-right',
        'cornu-left',
        'cornu-right',
      ]),
    )
    // the promontory is the front lip of the top of S1; the cornua hang at the back of the apex
    const promontory = partVertices(sacrum, 'promontory')
    expect(Math.max(...promontory.map((v) => v[2]))).toBeGreaterThan(12)
    expect(Math.max(...promontory.map((v) => v[1]))).toBeGreaterThan(-2)
    const cornu = partVertices(sacrum, 'cornu-left')
    expect(Math.min(...cornu.map((v) => v[1]))).toBeLessThan(-90)
    expect(Math.max(...cornu.map((v) => v[2]))).toBeLessThan(0)
    expect(names(createStructureGeometry('coccyx', 0))).toEqual(expect.arrayContaining(['cornu-left', 'cornu-right']))
  })
})
