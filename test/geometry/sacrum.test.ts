import type { BufferGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import { sacralLayout } from '../../src/anatomy/landmarks'
import { S1_FORAMEN_WIDTH, S2_BODY_WIDTH, SACRAL_FORAMEN_SIZES, SACRAL_HIATUS, SACRUM } from '../../src/anatomy/levels'
import { partAnchor } from '../../src/anatomy/parts'
import type { PartRange } from '../../src/geometry/builder'
import { createStructureGeometry } from '../../src/geometry/cache'
import { rotateX, type Vec3 } from '../../src/geometry/vec3'
import { boneField } from './boneField'

// The sacrum as a student should recognise it: one wedge-shaped bone, concave in front, its foramina and
// its hiatus open, the alae, the auricular surfaces and the median crest where they belong.

const g = createStructureGeometry('sacrum', 1)
const layout = sacralLayout()
/** Signed distance to the bone (negative inside), the parts joined as the continuous surface joins them. */
const bone = boneField(g)

function vertices(geometry: BufferGeometry, match: (name: string) => boolean): Vec3[] {
  const pos = geometry.getAttribute('position')
  const out: Vec3[] = []
  for (const r of geometry.userData.parts as PartRange[]) {
    if (!match(r.name)) continue
    for (let i = r.start; i < r.start + r.count; i++) out.push([pos.getX(i), pos.getY(i), pos.getZ(i)])
  }
  return out
}
const named = (name: string) => vertices(g, (n) => n === name)
const all = vertices(g, () => true)
const max = (vs: Vec3[], k: 0 | 1 | 2) => Math.max(...vs.map((v) => v[k]))
const min = (vs: Vec3[], k: 0 | 1 | 2) => Math.min(...vs.map((v) => v[k]))
const within = (actual: number, expected: number, tolerance = 0.1) =>
  Math.abs(actual - expected) <= expected * tolerance

describe('the sacrum', () => {
  it('is as wide and as long as published male sacra (Mymensingh 2018: 99.51 × 104.27 mm)', () => {
    expect(max(all, 0) - min(all, 0)).toSatisfy((w: number) => within(w, SACRUM.width.value))
    // straight length: from the S1 endplate to the apex
    const top = max(named('S1-endplate'), 1)
    expect(top - min(named('body-S5'), 1)).toSatisfy((l: number) => within(l, SACRUM.length.value))
  })

  it('is a wedge: broad across the alae, narrowing down to its apex', () => {
    const widthAt = (y: number) => {
      const slice = all.filter((v) => Math.abs(v[1] - y) < 1.5)
      return max(slice, 0) - min(slice, 0)
    }
    const levels = [0, 1, 2, 3, 4].map((i) => widthAt(layout.bodyCentre(i)[1]))
    for (let i = 1; i < 5; i++) expect(levels[i]!, `S${i + 1} narrower than S${i}`).toBeLessThan(levels[i - 1]! - 4)
    // the apex is the body of S5 with little beside it
    expect(levels[4]!).toBeLessThan(levels[0]! * 0.45)
  })

  it('makes the body of S2 as wide as Ebraheim 1997 measured it (29.4 mm, via a secondary source)', () => {
    const s2 = named('body-S2')
    expect(max(s2, 0) - min(s2, 0)).toSatisfy((w: number) => within(w, S2_BODY_WIDTH.value))
    // and narrower than the body of S1 above it
    const s1 = named('body-S1')
    expect(max(s2, 0) - min(s2, 0)).toBeLessThan(max(s1, 0) - min(s1, 0))
  })

  it('is concave in front: the middle of its pelvic surface lies behind the line from the promontory to the apex', () => {
    const front = (i: number) => max(named(`body-S${i}`), 2)
    const s1 = front(1)
    const s5 = front(5)
    expect(front(3)).toBeLessThan((s1 + s5) / 2 - 6)
  })

  it('marks the fused discs with transverse ridges across the front of its bodies', () => {
    for (let j = 1; j <= 4; j++) {
      const ridge = named(`ridge-S${j}`)
      const y = -j * layout.step
      // the bodies' front at the junction, away from the ridge
      const bodies = vertices(g, (n) => n === `body-S${j}` || n === `body-S${j + 1}`).filter(
        (v) => Math.abs(v[0]) < 2 && Math.abs(v[1] - y) < 1.5,
      )
      expect(max(ridge, 2), `ridge S${j}`).toBeGreaterThan(max(bodies, 2))
    }
  })

  it.each([1, 2, 3, 4])('has the S%i foramina open right through, front to back, each side', (n) => {
    for (const side of ['left', 'right'] as const) {
      const f0 = layout.foramina[n - 1]!
      const centre: Vec3 = side === 'left' ? f0.centre : [-f0.centre[0], f0.centre[1], f0.centre[2]]
      // through the bone, square to the bodies' tilt there
      const tilt = (layout.bodyTilt(n - 1) + layout.bodyTilt(n)) / 2
      const across = rotateX([0, 0, 1], tilt)
      for (let t = -22; t <= 22; t += 1) {
        const p: Vec3 = [centre[0] + across[0] * t, centre[1] + across[1] * t, centre[2] + across[2] * t]
        expect(bone(p), `S${n} ${side} at ${t} mm`).toBeGreaterThan(0.3)
      }
      // as wide as Kim 2023 measured the first (8.3 mm), the ones below smaller in turn
      const f = layout.foramina[n - 1]!
      const room = bone(centre)
      expect(room, `S${n} ${side} room`).toBeGreaterThan(f.radius[0] - 1)
      if (n === 1) expect(f.radius[0] * 2).toBe(S1_FORAMEN_WIDTH.value)
      else expect(f.radius[0]).toBeLessThan(layout.foramina[n - 2]!.radius[0])
      // and walled in: bone all round it within a centimetre and a half
      for (let a = 0; a < 8; a++) {
        const d: Vec3 = [Math.cos((a * Math.PI) / 4), Math.sin((a * Math.PI) / 4), 0]
        let hit = false
        for (let r = 1; r <= 15 && !hit; r += 0.5)
          hit = bone([centre[0] + d[0] * r, centre[1] + d[1] * r, centre[2]]) < 0
        expect(hit, `S${n} ${side} walled toward ${a * 45}°`).toBe(true)
      }
    }
  })

  it('opens each foramen wider in front than behind, S1 and S2 as Saluja 2018 and Kim 2023 measured them', () => {
    // the front (pelvic) opening was drawn as narrow as the back (dorsal) one, 8.3 mm, where its panel gives 12–13
    // up and down from a point on the hole's axis: the bars above and below wall the channel there
    const across = (f: (typeof layout.foramina)[number], t: number, reach: number) =>
      [-1, 1].map((sign) =>
        bone([f.centre[0], f.centre[1] + f.axis[1] * t + sign * reach, f.centre[2] + f.axis[2] * t]),
      )
    for (const [n, sizes] of [
      [1, SACRAL_FORAMEN_SIZES.S1],
      [2, SACRAL_FORAMEN_SIZES.S2],
    ] as const) {
      const f = layout.foramina[n - 1]!
      expect(f.pelvicRadius[0] * 2, `S${n} front width`).toBe(sizes.frontWidth.value)
      // 3 mm in front of the hole's middle, open over nearly the front opening's height
      for (const d of across(f, 3, sizes.frontHeight.value / 2 - 1)) expect(d, `S${n} in front`).toBeGreaterThan(0)
      // 3 mm behind it, bone there: the channel and the back opening are narrower
      expect(Math.min(...across(f, -3, sizes.frontHeight.value / 2 - 1)), `S${n} behind`).toBeLessThan(0)
    }
  })

  it('opens its canal behind at the hiatus, below the laminae, between the cornua (Abera 2021, Shewale 2013)', () => {
    const hiatus = partAnchor('sacrum/hiatus')!
    // nothing behind the hiatus: the laminae stop above it
    for (let t = 0; t <= 25; t += 1)
      expect(bone([hiatus[0], hiatus[1], hiatus[2] - t]), `${t} mm behind`).toBeGreaterThan(0)
    // higher up the canal is roofed: a line back from the canal of S2 meets the laminae
    const canal = partAnchor('sacrum/canal')!
    let roofed = false
    for (let t = 0; t <= 25 && !roofed; t += 0.5) roofed = bone([canal[0], canal[1], canal[2] - t]) < 0
    expect(roofed).toBe(true)
    // the hiatus runs from the lower edge of the laminae down to the apex, as long as Abera measured
    const laminaeEnd = min(named('lamina-S4'), 1)
    expect(laminaeEnd - min(named('body-S5'), 1)).toSatisfy((l: number) => within(l, SACRAL_HIATUS.length.value, 0.15))
    // the cornua stand either side of it, as far apart as Shewale measured at its base
    const left = named('cornu-left')
    const right = named('cornu-right')
    const low = (vs: Vec3[]) => vs.filter((v) => v[1] < max(vs, 1) - 6)
    expect(min(low(left), 0) - max(low(right), 0)).toSatisfy((w: number) => within(w, SACRAL_HIATUS.baseWidth.value))
  })

  it('carries an ear-shaped auricular surface on each side: a short limb back at S1, a long one down over S2–S3', () => {
    for (const side of ['left', 'right'] as const) {
      const sign = side === 'left' ? 1 : -1
      const upper = named(`auricular-surface-upper-${side}`)
      const lower = named(`auricular-surface-${side}`)
      // on the outer side of the bone
      expect(
        min(
          [...upper, ...lower].map((v) => [sign * v[0], v[1], v[2]] as Vec3),
          0,
        ),
      ).toBeGreaterThan(SACRUM.width.value / 2 - 14)
      // the long limb is taller than wide and reaches down past S2; the short one runs farther back
      expect(max(lower, 1) - min(lower, 1)).toBeGreaterThan(max(lower, 2) - min(lower, 2))
      expect(min(lower, 1)).toBeLessThan(layout.bodyCentre(1)[1])
      expect(min(upper, 2)).toBeLessThan(min(lower, 2) - 3)
      expect(max(upper, 1)).toBeGreaterThan(max(lower, 1))
    }
  })

  it('juts forward at the promontory and rims each ala in front with the pelvic brim', () => {
    const front = (vs: Vec3[]) => Math.max(...vs.map((v) => v[2]))
    // the promontory's lip stands proud of the front of the S1 body
    expect(front(named('promontory'))).toBeGreaterThan(front(named('body-S1')) + 2.5)
    for (const side of ['left', 'right'] as const) {
      const brim = named(`pelvic-brim-${side}`)
      const ala = named(`ala-${side}`)
      // beside the promontory and out along the ala, the brim is its front edge: ahead of the ala there
      for (const x of [20, 30]) {
        const at = (vs: Vec3[]) => vs.filter((v) => Math.abs(Math.abs(v[0]) - x) < 2)
        expect(front(at(brim))).toBeGreaterThan(front(at(ala)))
      }
    }
  })

  it('has a median crest of tubercles behind its laminae, in the midline', () => {
    for (let i = 1; i <= 4; i++) {
      const crest = named(`median-crest-S${i}`)
      expect(Math.abs((max(crest, 0) + min(crest, 0)) / 2)).toBeLessThan(0.5)
      expect(min(crest, 2), `S${i}`).toBeLessThan(min(named(`lamina-S${i}`), 2) - 1)
    }
  })
})
