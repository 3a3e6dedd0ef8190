import type { BufferGeometry } from 'three'
import { describe, expect, it, vi } from 'vitest'
import { OCCIPITAL } from '../../src/anatomy/skullBase'
import { add, dot, length, normalize, rotateX, scale, sub, type Vec3 } from '../../src/anatomy/vec'
import { createNeuralGeometry } from '../../src/geometry/neural'
import { cordStations } from '../../src/geometry/neural/cord'
import { boneDir, bonePose, toLocal } from '../../src/geometry/neural/frames'
import { alarCord, apicalCord, atlantoOccipitalStations, tectorialStations } from '../../src/geometry/neural/ligaments'
import { rootCourse } from '../../src/geometry/neural/nerveRoots'
import { localDistance, shapeOf } from '../../src/geometry/neural/obstacles'
import { sampleCentreline } from '../../src/geometry/neural/routing'
import { skullBaseDistance, skullBaseFields, skullBaseLayout } from '../../src/geometry/neural/skullBase'

// the skull base is meshed from fields on a fine grid: a few seconds on a busy two-core machine
vi.setConfig({ testTimeout: 30_000 })

const fields = skullBaseFields(1)
const distance = (p: Vec3) => skullBaseDistance(p, fields)
const layout = skullBaseLayout()
const atlas = bonePose('C1')
const inAtlas = (p: Vec3) => toLocal(atlas, p)

const verticesOf = (g: BufferGeometry, part?: string): Vec3[] => {
  const pos = g.getAttribute('position')
  const ranges = (g.userData.parts as { name: string; start: number; count: number }[]).filter(
    (r) => !part || r.name === part,
  )
  const out: Vec3[] = []
  for (const r of ranges)
    for (let i = r.start; i < r.start + r.count; i++) out.push([pos.getX(i), pos.getY(i), pos.getZ(i)])
  return out
}

describe('the base of the skull', () => {
  const mesh = createNeuralGeometry('occiput', 1)

  it('is one closed surface in the world frame with its named parts', () => {
    expect(mesh.userData.frame).toBe('world')
    const names = (mesh.userData.parts as { name: string }[]).map((p) => p.name)
    for (const part of ['condyle-left', 'condyle-right', 'rim-left', 'rim-right', 'clivus', 'squama'])
      expect(names).toContain(part)
  })

  it('rests its condyles on the joints on top of C1, without passing into the atlas', () => {
    for (const side of ['left', 'right'] as const) {
      const capsule = shapeOf(`facet:C0-C1:${side}`)
      const condyle = verticesOf(mesh, `condyle-${side}`)
      expect(condyle.length, side).toBeGreaterThan(50)
      // the condyle's lowest points touch the joint (the published joint space is a millimetre)
      const gaps = condyle.map((v) => localDistance(capsule, toLocal(capsule.pose, v)))
      expect(Math.min(...gaps), side).toBeLessThan(1)
      expect(Math.min(...gaps), side).toBeGreaterThan(-1)
    }
    // (the cartilage pads' fields are layers, meaningful only on the bone they line: the capsule above stands in)
    const c1 = shapeOf('C1')
    const bone = (name: string) => !name.includes('facet')
    const deepest = Math.min(...verticesOf(mesh).map((v) => localDistance(c1, toLocal(c1.pose, v), bone)))
    expect(deepest).toBeGreaterThan(-0.5)
  })

  it('gives its condyles the measured size, converging toward the front', () => {
    for (const side of ['left', 'right'] as const) {
      const c = layout.condyles[side]
      const span = (axis: Vec3) => {
        const along = verticesOf(mesh, `condyle-${side}`).map((v) => dot(sub(v, c.centre), axis))
        return Math.max(...along) - Math.min(...along)
      }
      // the parts blend into the rim above them: the length and width are read across the joint face
      expect(span(c.axes[0])).toBeGreaterThan(OCCIPITAL.condyleLength.value * 0.9)
      expect(span(c.axes[0])).toBeLessThan(OCCIPITAL.condyleLength.value * 1.15)
      expect(span(c.axes[2])).toBeGreaterThan(OCCIPITAL.condyleWidth.value * 0.9)
      expect(span(c.axes[2])).toBeLessThan(OCCIPITAL.condyleWidth.value * 1.25)
      // front ends nearer the midline than back ends
      const front = inAtlas(add(c.centre, scale(c.axes[0], c.radii[0])))
      const back = inAtlas(add(c.centre, scale(c.axes[0], -c.radii[0])))
      expect(front[2]).toBeGreaterThan(back[2])
      expect(Math.abs(front[0])).toBeLessThan(Math.abs(back[0]))
    }
  })

  it('leaves the foramen magnum open, as long and wide as measured, with the cord passing through it', () => {
    const basion = inAtlas(layout.basion)
    const opisthion = inAtlas(layout.opisthion)
    expect(basion[2] - opisthion[2]).toBeCloseTo(OCCIPITAL.foramenLength.value, 0)
    // at the middle of the opening, the bone on either side is about the measured width apart
    const mid = (basion[2] + opisthion[2]) / 2
    const inner = (s: 1 | -1) => {
      let nearest = 30
      for (let y = basion[1] - 5; y < basion[1] + 20; y += 0.5)
        for (let x = 0; x < nearest; x += 0.25) {
          if (distance(add(atlas.position, rotateX([s * x, y, mid], atlas.tilt))) < 0) {
            nearest = x
            break
          }
        }
      return nearest
    }
    const width = inner(1) + inner(-1)
    expect(width).toBeGreaterThan(OCCIPITAL.foramenWidth.value * 0.85)
    expect(width).toBeLessThan(OCCIPITAL.foramenWidth.value * 1.1)
    // the cord's top stations pass through the opening without touching the bone
    for (const s of cordStations().slice(0, 3)) {
      const clear = distance(s.position) - Math.max(s.radii[0], s.radii[1])
      expect(clear).toBeGreaterThan(0)
    }
  })

  it('is where the ligaments that hold the dens end, and the ligamentum nuchae', () => {
    expect(length(sub(apicalCord().to, layout.basion))).toBeLessThan(0.01)
    expect(Math.abs(distance(layout.basion))).toBeLessThan(1.5)
    for (const side of ['left', 'right'] as const) {
      const alar = alarCord(side)
      expect(Math.abs(distance(alar.to)), side).toBeLessThan(1.5)
      // the model's cord is as long as the published ones: 9 ± 2.5 mm (Cattrysse), 10–13 mm (Dvorak)
      expect(length(sub(alar.to, alar.from)), side).toBeGreaterThan(8)
      expect(length(sub(alar.to, alar.from)), side).toBeLessThan(13)
    }
    const top = tectorialStations().at(-1)!
    expect(distance(top.p)).toBeGreaterThan(0)
    expect(distance(top.p)).toBeLessThan(top.r[1] + 1)
    const raphe = createNeuralGeometry('ligament:nuchae', 0)
    const highest = verticesOf(raphe).reduce((a, v) => (v[1] > a[1] ? v : a))
    expect(distance(highest)).toBeLessThan(3)
  })

  it('rises in front along the clivus at the published angle to the back of C2', () => {
    const up = normalize(boneDir(bonePose('C2'), [0, 1, 0]))
    const angle = (Math.acos(Math.max(-1, Math.min(1, dot(layout.clivusUp, up)))) * 180) / Math.PI
    expect(180 - angle).toBeCloseTo(OCCIPITAL.clivoAxialAngle.value, 0)
    // forward, not back
    expect(inAtlas(add(atlas.position, layout.clivusUp))[2]).toBeGreaterThan(0)
  })

  it('keeps out of the way of the first cervical roots, which leave between it and C1', () => {
    for (const side of ['left', 'right'] as const) {
      const c = rootCourse('C1', side)
      const closest = Math.min(...sampleCentreline(c.path).map((s) => distance(s.p)))
      expect(closest, side).toBeGreaterThan(c.radius * 0.5)
    }
  })
})

describe('the membranes between the skull and C1', () => {
  const c1 = shapeOf('C1')
  const top = (stations: { p: Vec3 }[]) => stations.at(-1)!.p
  const bottom = (stations: { p: Vec3 }[]) => stations[0]!.p

  it('run from the top of each arch of C1 up to the skull’s base, the front one in front of the dens', () => {
    for (const which of ['anterior', 'posterior'] as const) {
      const s = atlantoOccipitalStations(which)
      const arch = which === 'anterior' ? 'anterior-arch' : 'posterior-arch'
      // on the arch (within its own half-thickness and a millimetre) and on the skull
      const onArch = localDistance(c1, toLocal(c1.pose, bottom(s)), (n) => n === arch)
      expect(onArch, which).toBeLessThan(2)
      expect(distance(top(s)), which).toBeLessThan(1.5)
      expect(inAtlas(top(s))[1] - inAtlas(bottom(s))[1], which).toBeGreaterThan(2)
    }
    // the front one ahead of the apical ligament and the dens's tip, the back one behind the cord
    const front = atlantoOccipitalStations('anterior')
    for (const st of front) expect(inAtlas(st.p)[2]).toBeGreaterThan(inAtlas(apicalCord().to)[2])
    const back = atlantoOccipitalStations('posterior')
    const cordTop = cordStations()[0]!
    for (const st of back) expect(inAtlas(st.p)[2]).toBeLessThan(inAtlas(cordTop.position)[2] - cordTop.radii[1])
  })

  it('leave the first cervical roots their way out over the back arch', () => {
    const g = createNeuralGeometry('ligament:posterior-atlanto-occipital', 1)
    const membrane = verticesOf(g)
    for (const side of ['left', 'right'] as const) {
      const c = rootCourse('C1', side)
      const closest = Math.min(...sampleCentreline(c.path).flatMap((s) => membrane.map((v) => length(sub(v, s.p)))))
      expect(closest, side).toBeGreaterThan(c.radius)
    }
  })
})
