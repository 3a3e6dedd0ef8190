import type { BufferGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import { axisTransverseForamen, forSide, superiorFacetNormal, vertebraLandmarks } from '../../src/anatomy/landmarks'
import {
  ATLAS,
  ATLAS_LATERAL_MASS,
  AXIS,
  AXIS_TRANSVERSE_FORAMEN_LENGTH,
  VERTEBRA_MEASUREMENTS,
} from '../../src/anatomy/levels'
import { partAnchor } from '../../src/anatomy/parts'
import { posture } from '../../src/anatomy/posture'
import { LATERAL_MASS_CONVERGENCE } from '../../src/geometry/atlas'
import { createBoneSurface } from '../../src/geometry/boneSurface'
import { type PartRange, padAxes } from '../../src/geometry/builder'
import { createStructureGeometry } from '../../src/geometry/cache'
import type { SurfaceArrays } from '../../src/geometry/surface'
import { add, cross3, normalize, scale, type Vec3 } from '../../src/geometry/vec3'
import { boneField } from './boneField'

// C1 and C2 as a student should recognise them up close: the shapes, where they come from, and which way
// their joint surfaces face.

type V = [number, number, number]

function partVertices(g: BufferGeometry, name: string): V[] {
  const range = (g.userData.parts as PartRange[]).find((p) => p.name === name)
  if (!range) throw new Error(`no part ${name}`)
  const pos = g.getAttribute('position')
  const out: V[] = []
  for (let i = range.start; i < range.start + range.count; i++) out.push([pos.getX(i), pos.getY(i), pos.getZ(i)])
  return out
}
const span = (vs: readonly V[], k: 0 | 1 | 2) => Math.max(...vs.map((v) => v[k])) - Math.min(...vs.map((v) => v[k]))
const within = (actual: number, expected: number, tolerance = 0.1) =>
  Math.abs(actual - expected) <= expected * tolerance
const dot = (a: readonly number[], b: readonly number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!
const degreesBetween = (a: readonly number[], b: readonly number[]) =>
  (Math.acos(Math.min(1, dot(a, b) / Math.hypot(a[0]!, a[1]!, a[2]!) / Math.hypot(b[0]!, b[1]!, b[2]!))) * 180) /
  Math.PI

/** Area-weighted normal of a shell part's faces that face (roughly) along `toward`. */
function shellNormal(g: BufferGeometry, part: string, toward: readonly number[]): V {
  const range = (g.userData.parts as PartRange[]).find((p) => p.name === part)!
  const pos = g.getAttribute('position')
  const index = g.getIndex()!
  const sum: V = [0, 0, 0]
  for (let t = 0; t < index.count; t += 3) {
    const [a, b, c] = [index.getX(t), index.getX(t + 1), index.getX(t + 2)]
    if (a < range.start || a >= range.start + range.count) continue
    const p = (i: number): V => [pos.getX(i), pos.getY(i), pos.getZ(i)]
    const [pa, pb, pc] = [p(a), p(b), p(c)]
    const u = [pb[0] - pa[0], pb[1] - pa[1], pb[2] - pa[2]]
    const w = [pc[0] - pa[0], pc[1] - pa[1], pc[2] - pa[2]]
    const n: V = [u[1]! * w[2]! - u[2]! * w[1]!, u[2]! * w[0]! - u[0]! * w[2]!, u[0]! * w[1]! - u[1]! * w[0]!]
    if (dot(n, toward) <= 0) continue
    for (let k = 0; k < 3; k++) sum[k]! += n[k]!
  }
  return sum
}

/** Mean normal of the surface vertices of a part that face (roughly) along `toward`. */
function surfaceNormal(s: SurfaceArrays, part: string, toward: readonly number[]): V {
  const range = s.parts.find((p) => p.name === part)
  if (!range) throw new Error(`no surface part ${part}`)
  const sum: V = [0, 0, 0]
  for (let i = range.start; i < range.start + range.count; i++) {
    const n = [0, 1, 2].map((k) => s.normals[i * 3 + k]!)
    if (dot(n, toward) <= 0) continue
    for (let k = 0; k < 3; k++) sum[k]! += n[k]!
  }
  return sum
}

describe('C2, the axis', () => {
  const g = createStructureGeometry('C2', 1)
  const surface = createBoneSurface('C2')
  const l = vertebraLandmarks('C2')
  const m = VERTEBRA_MEASUREMENTS.C2

  it('has a body taller than it is wide, with a lip hanging from the front of its lower edge', () => {
    const body = partVertices(g, 'body')
    expect(span(body, 1)).toBeGreaterThan(span(body, 0))
    const lip = partVertices(g, 'body-lip')
    expect(Math.min(...lip.map((v) => v[1]))).toBeLessThan(Math.min(...body.map((v) => v[1])))
    expect(Math.min(...lip.map((v) => v[2]))).toBeGreaterThan(0)
  })

  it('has a dens waisted at its neck (8.80 mm, Acharya 2021) below a head as wide as Kulkarni 2013 measured', () => {
    const dens = partVertices(g, 'dens')
    const widthAt = (y: number) =>
      span(
        dens.filter((v) => Math.abs(v[1] - y) < 0.8),
        0,
      )
    const top = l.heightPosterior / 2
    const neck = Math.min(...[1.5, 2.5, 3.5].map((dy) => widthAt(top + dy)))
    const head = Math.max(...[7, 8, 9].map((dy) => widthAt(top + dy)))
    expect(neck).toSatisfy((w: number) => within(w, AXIS.densNeckWidth.value))
    expect(head).toSatisfy((w: number) => within(w, AXIS.densWidth.value))
    expect(neck).toBeLessThan(head - 0.5)
  })

  it.each(['left', 'right'] as const)(
    'carries its %s superior facet beside the dens, facing up and out as the table says, on the shell and the surface',
    (side) => {
      const expected = forSide(superiorFacetNormal(m.facetInclination.value, m.facetRotation.value), side)
      expect(expected[1]).toBeGreaterThan(0.9)
      expect(degreesBetween(shellNormal(g, `superior-facet-${side}`, expected), expected)).toBeLessThan(10)
      expect(degreesBetween(surfaceNormal(surface, `superior-facet-${side}`, expected), expected)).toBeLessThan(10)
      // beside the dens, out over the side of the body
      const facet = partVertices(g, `superior-facet-${side}`)
      const inner = Math.min(...facet.map((v) => Math.abs(v[0])))
      expect(inner).toBeGreaterThan(AXIS.densWidth.value / 2)
      expect(Math.max(...facet.map((v) => Math.abs(v[0])))).toBeGreaterThan(l.halfWidth + 4)
    },
  )

  it('makes its superior facets large flat ovals, longer front to back (16.34 × 14.35 mm, Anat Res Int 2014)', () => {
    const facet = partVertices(g, 'superior-facet-left')
    const length = span(facet, 2)
    const n = superiorFacetNormal(m.facetInclination.value, m.facetRotation.value)
    // the breadth is tilted with the facet: measure it in the facet's plane
    const breadth = span(facet, 0) / Math.abs(n[1])
    expect(length).toSatisfy((d: number) => within(d, m.facetHeight.value))
    expect(breadth).toSatisfy((d: number) => within(d, m.facetWidth.value, 0.15))
    expect(length).toBeGreaterThan(breadth)
  })

  it('has a large bifid spinous process, taller at its root than C3’s, and laminae of the published thickness', () => {
    // the two tips, each the tubercle's hindmost point, stand apart either side of the midline
    const tip = (name: string) => partVertices(g, name).reduce((a, v) => (v[2] < a[2] ? v : a))
    expect(tip('spinous-tubercle-left')[0]).toBeGreaterThan(3)
    expect(tip('spinous-tubercle-right')[0]).toBeLessThan(-3)
    const c3 = createStructureGeometry('C3', 1)
    expect(span(partVertices(g, 'spinous'), 1)).toBeGreaterThan(span(partVertices(c3, 'spinous'), 1) + 3)
    // the lamina where it runs behind the canal, near the midline: Saetia 2015 across, Chan 2021 high
    const lamina = partVertices(g, 'lamina-left').filter((v) => v[0] > 2 && v[0] < 3.5)
    expect(span(lamina, 2)).toSatisfy((t: number) => within(t, m.laminaThickness.value))
    expect(span(lamina, 1)).toSatisfy((h: number) => within(h, AXIS.laminaHeight.value))
  })

  it.each(['left', 'right'] as const)(
    'opens its %s transverse foramen right through, as long as published at its longest (5.11 mm, 2.75–6.50)',
    (side) => {
      const bone = boneField(g)
      // the hole's label sits in it; the artery's way through it is the foramen's axis
      const centre = partAnchor(`C2/transverse-foramen:${side}`)!
      const axis = forSide(axisTransverseForamen().axis, side)
      for (let t = -6; t <= 6; t += 0.5)
        expect(bone(add(centre, scale(axis, t))), `${t} mm along it`).toBeGreaterThan(0)
      // its width through the centre, every 10° round, square to the axis: walled all round within 15 mm
      const e0 = normalize(cross3(axis, [0, 0, 1]))
      const e1 = cross3(e0, axis)
      const reach = (d: Vec3) => {
        for (let r = 0; r <= 15; r += 0.05) if (bone(add(centre, scale(d, r))) <= 0) return r
        return Number.POSITIVE_INFINITY
      }
      const widths = Array.from({ length: 18 }, (_, k) => {
        const d = add(scale(e0, Math.cos((k * Math.PI) / 18)), scale(e1, Math.sin((k * Math.PI) / 18)))
        return reach(d) + reach(scale(d, -1))
      })
      const longest = Math.max(...widths)
      expect(longest).toBeGreaterThanOrEqual(2.75)
      expect(longest).toBeLessThanOrEqual(6.5)
      expect(longest).toSatisfy((w: number) => within(w, AXIS_TRANSVERSE_FORAMEN_LENGTH.value, 0.15))
      // a hole, not a slit
      expect(Math.min(...widths)).toBeGreaterThan(longest / 2)
    },
  )
})

describe('C1, the atlas', () => {
  const g = createStructureGeometry('C1', 1)
  const surface = createBoneSurface('C1')
  const m = VERTEBRA_MEASUREMENTS.C1
  const facing = superiorFacetNormal(m.facetInclination.value, m.facetRotation.value)

  /**
   * The surface vertices of a superior facet in the facet's own frame, mm from its centre: along its length
   * (the first pad axis), in toward the canal (the third) and out of it along the table's normal.
   *
   *            along ─────────►
   *      ╭──────────────────────────╮   ◄── the ends stand higher than the middle: a cup
   *      │            ▼ notch       │
   *      ╰──────────────────────────╯
   */
  const facetFrame = (side: 'left' | 'right') => {
    const n = forSide(facing, side)
    const [u, , v] = padAxes(n)
    const centre = forSide(vertebraLandmarks('C1').superiorFacet, side)
    const range = surface.parts.find((p) => p.name === `superior-facet-${side}`)!
    const points: { along: number; inward: number; height: number; at: V }[] = []
    for (let i = range.start; i < range.start + range.count; i++) {
      const at = [0, 1, 2].map((k) => surface.positions[i * 3 + k]!) as V
      const d = [0, 1, 2].map((k) => at[k]! - centre[k]!)
      points.push({ along: dot(d, u), inward: dot(d, v), height: dot(d, n), at })
    }
    return points
  }
  const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length

  it.each(['left', 'right'] as const)(
    'cups its %s superior facet for the skull: facing up, in and a little back as the table says, its floor concave',
    (side) => {
      const expected = forSide(facing, side)
      expect(expected[1]).toBeGreaterThan(0.8)
      expect(expected[0] * (side === 'left' ? 1 : -1)).toBeLessThan(0)
      expect(expected[2]).toBeLessThan(0)
      expect(degreesBetween(shellNormal(g, `superior-facet-${side}`, expected), expected)).toBeLessThan(10)
      expect(degreesBetween(surfaceNormal(surface, `superior-facet-${side}`, expected), expected)).toBeLessThan(10)
      // a cup, not a flat plate: both ends, and both sides, stand above its middle
      const points = facetFrame(side)
      const middle = mean(points.filter((p) => Math.abs(p.along) < 2 && Math.abs(p.inward) < 2).map((p) => p.height))
      for (const end of [-1, 1]) {
        const rim = points.filter((p) => p.along * end > 8 && Math.abs(p.inward) < 2).map((p) => p.height)
        expect(mean(rim) - middle).toBeGreaterThan(1.2)
        const edge = points.filter((p) => p.inward * end > 3.5 && Math.abs(p.along) < 4).map((p) => p.height)
        expect(mean(edge) - middle).toBeGreaterThan(0.6)
      }
    },
  )

  it('makes its superior facet a large oval, longer front to back than across as Patel measured, notched inside', () => {
    const points = facetFrame('left')
    const spanOf = (xs: number[]) => Math.max(...xs) - Math.min(...xs)
    const length = spanOf(points.map((p) => p.along))
    const width = spanOf(points.map((p) => p.inward))
    expect(length).toSatisfy((d: number) => within(d, ATLAS.superiorFacetLength.value))
    expect(width).toSatisfy((d: number) => within(d, ATLAS.superiorFacetWidth.value))
    expect(length / width).toBeGreaterThan(1.5)
    // a kidney: the inner edge dips toward the middle of the facet's length
    const innerEdge = (from: number, to: number) =>
      Math.max(...points.filter((p) => Math.abs(p.along) >= from && Math.abs(p.along) < to).map((p) => p.inward))
    expect(innerEdge(3, 6)).toBeGreaterThan(innerEdge(0, 1) + 0.6)
  })

  it('turns its lateral masses in at the front: the facets and the masses converge forward (Gray 1918)', () => {
    // the front and back thirds of each superior facet: the front third lies nearer the midline
    for (const side of ['left', 'right'] as const) {
      const points = facetFrame(side)
      const zs = points.map((p) => p.at[2])
      const [back, front] = [Math.min(...zs), Math.max(...zs)]
      const third = (front - back) / 3
      const out = (ps: typeof points) => mean(ps.map((p) => Math.abs(p.at[0])))
      const frontOut = out(points.filter((p) => p.at[2] > front - third))
      const backOut = out(points.filter((p) => p.at[2] < back + third))
      expect(backOut - frontOut).toBeGreaterThan(2)
    }
    // the pillar of each mass too: its inner face nearer the midline in front than behind
    const mass = partVertices(g, 'lateral-mass-left')
    const innerAt = (z: number) => Math.min(...mass.filter((v) => Math.abs(v[2] - z) < 1).map((v) => v[0]))
    expect(innerAt(-7)).toBeGreaterThan(innerAt(4) + 1.5)
  })

  it('builds each lateral mass as a pillar longer front to back (Hung 2020) than across (Patel)', () => {
    // measured square to the mass's own long axis, which turns in at the front
    const mass = partVertices(g, 'lateral-mass-left')
    const turn = (LATERAL_MASS_CONVERGENCE * Math.PI) / 180
    const [a, b] = [Math.cos(turn), Math.sin(turn)]
    const along = mass.map((v) => -v[0] * b + v[2] * a)
    const across = mass.map((v) => v[0] * a + v[2] * b)
    const spanOf = (xs: number[]) => Math.max(...xs) - Math.min(...xs)
    expect(spanOf(along)).toSatisfy((d: number) => within(d, ATLAS_LATERAL_MASS.depth.value))
    expect(spanOf(across)).toSatisfy((d: number) => within(d, ATLAS_LATERAL_MASS.width.value))
    // and a pillar: its section at mid-height nearly as long as at its widest, not an egg tapering to its ends
    const level = (y: number) => spanOf(along.filter((_, i) => Math.abs(mass[i]![1] - y) < 0.6))
    expect(level(0)).toBeGreaterThan(0.85 * spanOf(along))
  })

  it.each(['left', 'right'] as const)(
    'raises the tubercle for the transverse ligament on the inner side of the %s lateral mass, into the canal',
    (side) => {
      // on the continuous surface, not buried in the mass: its vertices stand inside the pillar's inner face
      const range = surface.parts.find((p) => p.name === `lateral-mass-tubercle-${side}`)!
      expect(range.count).toBeGreaterThan(30)
      const out = (i: number) => Math.abs(surface.positions[i * 3]!)
      const innermost = Math.min(...Array.from({ length: range.count }, (_, k) => out(range.start + k)))
      const pillar = Math.min(...partVertices(g, `lateral-mass-${side}`).map((v) => Math.abs(v[0])))
      expect(innermost).toBeLessThan(pillar - 1.5)
    },
  )

  it('sets its inferior facets, rounder than the superior ones, facing down and in onto C2', () => {
    const normal = posture().inferiorFacets.C1.normal
    expect(normal[1]).toBeLessThan(-0.9)
    expect(degreesBetween(shellNormal(g, 'inferior-facet-left', normal), normal)).toBeLessThan(10)
    expect(degreesBetween(surfaceNormal(surface, 'inferior-facet-left', normal), normal)).toBeLessThan(10)
    const ratio = (length: number, width: number) => length / width
    expect(ratio(ATLAS.inferiorFacetLength.value, ATLAS.inferiorFacetWidth.value)).toBeLessThan(
      ratio(ATLAS.superiorFacetLength.value, ATLAS.superiorFacetWidth.value),
    )
    const facet = partVertices(g, 'inferior-facet-left')
    expect(span(facet, 2)).toSatisfy((d: number) => within(d, ATLAS.inferiorFacetLength.value))
  })

  it('grooves the top of its posterior arch for the vertebral artery, 8.18 mm wide over 4.07 mm of bone (Patel)', () => {
    // surface vertices in a thin vertical column at (x, z) in the ring's frame, mm
    const column = (x: number, z: number) => {
      const ys: number[] = []
      for (let i = 0; i < surface.positions.length / 3; i++) {
        const [px, py, pz] = [0, 1, 2].map((k) => surface.positions[i * 3 + k]!)
        if (Math.abs(px! - x) < 0.6 && Math.abs(pz! - z) < 0.6) ys.push(py!)
      }
      return { top: Math.max(...ys), bottom: Math.min(...ys) }
    }
    for (const sign of [1, -1]) {
      // the middle of the groove, about 15 mm from the midline (Kaur 2023: 13.1 to 26 mm), on the arch's line
      const floor = column(sign * 14.5, -15.4)
      expect(floor.top - floor.bottom).toSatisfy((h: number) => within(h, ATLAS.arteryGrooveThickness.value, 0.15))
      // the top of the arch at the posterior tubercle stands above the floor by the groove's depth
      const midline = column(0, -22.8)
      expect(midline.top - midline.bottom).toSatisfy((h: number) => within(h, ATLAS.posteriorArchHeight.value, 0.15))
      expect(midline.top - floor.top).toSatisfy((d: number) => within(d, ATLAS.arteryGrooveDepth.value, 0.2))
      // a groove, not a thinner bar: behind the floor, a lip of bone rises higher than the floor
      const behind = column(sign * 14.5, -18.6)
      expect(behind.top).toBeGreaterThan(floor.top + 1)
      // as wide as Patel measured across the arch, from the back of the lateral mass to the lip: the run of
      // columns whose top lies below half the lip's height over the floor, on the line out from the canal's
      // centre through the floor (square to the arch's course)
      const canalZ = vertebraLandmarks('C1').bodyBackZ - ATLAS.canalDepth.value / 2
      const out = [sign * 14.5, -15.4 - canalZ].map((d) => d / Math.hypot(14.5, -15.4 - canalZ)) as [number, number]
      const inGroove = (r: number) => {
        const top = column(out[0] * r, canalZ + out[1] * r).top
        return Number.isFinite(top) && top < (floor.top + behind.top) / 2
      }
      const r0 = Math.hypot(14.5, -15.4 - canalZ)
      let width = 0.25
      for (const step of [-0.25, 0.25]) for (let r = r0 + step; inGroove(r); r += step) width += 0.25
      expect(width).toSatisfy((w: number) => within(w, ATLAS.arteryGrooveWidth.value, 0.15))
    }
    // the shells (drawn while the surface is built) keep the arch whole, as tall as Patel measured at the midline
    const arch = partVertices(g, 'posterior-arch')
    expect(
      span(
        arch.filter((v) => Math.abs(v[0]) < 0.6),
        1,
      ),
    ).toSatisfy((h: number) => within(h, ATLAS.posteriorArchHeight.value))
  })

  it('makes its posterior arch flat where it leaves the lateral masses and taller behind, not a round pipe', () => {
    // the arch's section (shells) beside the lateral mass: wider front to back than tall; at the midline taller
    const arch = partVertices(g, 'posterior-arch')
    const near = arch.filter((v) => Math.abs(v[0] - 16) < 0.6)
    const mid = arch.filter((v) => Math.abs(v[0]) < 0.6)
    expect(span(near, 1)).toBeLessThan(span(mid, 1) - 1.5)
  })

  it('flattens both arches into bars taller than they are thick, not round pipes', () => {
    // the section of each arch at the midline (its tubercle is a part of its own): height over thickness
    const section = (part: string, x: number) => {
      const vs = partVertices(g, part).filter((v) => Math.abs(v[0] - x) < 0.6)
      return span(vs, 1) / span(vs, 2)
    }
    expect(section('anterior-arch', 0)).toBeGreaterThan(2)
    expect(section('posterior-arch', 0)).toBeGreaterThan(1.5)
  })

  // The ring's section in the half-plane through the canal's axis at `degrees` round it (0 straight ahead,
  // 90 to the left), from the continuous surface: such a plane crosses an arch square to its course.
  const canalZ = vertebraLandmarks('C1').bodyBackZ - ATLAS.canalDepth.value / 2
  const ringSection = (degrees: number, from: number, to: number) => {
    const [sx, cz] = [Math.sin((degrees * Math.PI) / 180), Math.cos((degrees * Math.PI) / 180)]
    const points: [number, number][] = []
    for (let i = 0; i < surface.positions.length / 3; i++) {
      const [x, y, z] = [0, 1, 2].map((k) => surface.positions[i * 3 + k]!) as V
      const along = x * sx + (z - canalZ) * cz
      if (Math.abs((z - canalZ) * sx - x * cz) < 0.35 && along > from && along < to) points.push([along, y])
    }
    const [low, high] = [Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))]
    const spanOf = (vs: number[]) => Math.max(...vs) - Math.min(...vs)
    /** The section's width at a fraction of its height from the bottom. */
    const widthAt = (f: number) =>
      spanOf(points.filter((p) => Math.abs(p[1] - (low + (high - low) * f)) < 0.35).map((p) => p[0]))
    return { width: spanOf(points.map((p) => p[0])), height: high - low, widthAt }
  }

  it.each([18, -18])(
    'gives its anterior arch a D-shaped section at %s°, a bar as tall over thick as the table says, not a pipe',
    (degrees) => {
      const section = ringSection(degrees, 8, 25)
      expect(section.height).toSatisfy((h: number) => within(h, ATLAS.anteriorArchHeight.value))
      expect(section.width).toSatisfy((t: number) => within(t, ATLAS.anteriorArchThickness.value))
      const ratio = ATLAS.anteriorArchHeight.value / ATLAS.anteriorArchThickness.value
      expect(section.height / section.width).toSatisfy((r: number) => within(r, ratio))
      // near its top and bottom edges the bar is still nearly its full thickness (an elliptical pipe would be
      // 60 % of it there): a flat back for the dens and a front rounded only at the edges
      for (const f of [0.1, 0.9]) expect(section.widthAt(f) / section.width).toBeGreaterThan(0.8)
    },
  )

  it.each([130, -130])(
    'makes its posterior arch beside the lateral mass (%s°) a flat, square-edged bar, wider than tall',
    (degrees) => {
      const section = ringSection(degrees, 10, 30)
      expect(section.width).toSatisfy((w: number) => within(w, ATLAS.posteriorArchWidth.value))
      expect(section.width / section.height).toBeGreaterThan(1.15)
      // a flat underside, nearly as wide as the bar (an elliptical pipe would be 60 % as wide there)
      expect(section.widthAt(0.1) / section.width).toBeGreaterThan(0.85)
      // toward the posterior tubercle the arch turns taller than wide
      const back = ringSection(Math.sign(degrees) * 165, 10, 30)
      expect(back.height / back.width).toBeGreaterThan(1.2)
    },
  )

  it('is as deep front to back in the midline as Rekha 2016 measured (42 mm), from the tubercle to the back', () => {
    const midline: V[] = []
    for (let i = 0; i < surface.positions.length / 3; i++) {
      const v = [0, 1, 2].map((k) => surface.positions[i * 3 + k]!) as V
      if (Math.abs(v[0]) < 0.5) midline.push(v)
    }
    expect(span(midline, 2)).toSatisfy((d: number) => within(d, ATLAS.outerDepth.value))
  })

  it('has a short anterior arch with a tubercle in front and the facet for the dens behind', () => {
    const tubercle = partVertices(g, 'anterior-tubercle')
    const arch = partVertices(g, 'anterior-arch')
    const facet = partVertices(g, 'dental-facet')
    expect(Math.max(...tubercle.map((v) => v[2]))).toBeGreaterThan(Math.max(...arch.map((v) => v[2])))
    expect(Math.max(...facet.map((v) => v[2]))).toBeLessThan(Math.min(...tubercle.map((v) => v[2])))
    expect(span(arch, 1)).toSatisfy((h: number) => within(h, ATLAS.anteriorArchHeight.value))
  })
})
