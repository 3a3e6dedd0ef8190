import type { BufferGeometry } from 'three'
import { Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { listParts, type PartId, type PartRangeLike } from '../../src/anatomy/parts'
import { createBoneSurface } from '../../src/geometry/boneSurface'
import { createGeometryCache, createStructureGeometry, surfaceGeometry } from '../../src/geometry/cache'
import { structureWorldCentre } from '../../src/geometry/world'
import {
  partAtHit,
  partHighlightGeometry,
  partOfVertex,
  partVertices,
  partWorldCentre,
} from '../../src/runtime/partGeometry'

/** How far past the midline a lamina reaches to meet the other (1.5 mm, plus its rounded end of about 4 mm), mm. */
const LAMINA_OVERLAP = 6

const rangesOf = (g: BufferGeometry) => g.userData.parts as PartRangeLike[]
const xOf = (g: BufferGeometry, v: number) => g.getAttribute('position').getX(v)

/** The three kinds of bone geometry the app shows: the overview, the shells at full detail, the continuous surface. */
const L4 = {
  overview: createStructureGeometry('L4', 0),
  shells: createStructureGeometry('L4', 1),
  surface: (() => {
    return surfaceGeometry(createBoneSurface('L4'))
  })(),
}

describe('the parts of a bone’s geometry', () => {
  it.each(Object.entries(L4))('names every vertex of the %s with a part of L4, each side on its side', (_, g) => {
    const listed = new Set<string>(listParts('L4').map((p) => p.id))
    const named = new Set<string>()
    for (let v = 0; v < g.getAttribute('position').count; v++) {
      const part = partOfVertex('L4', g, v)
      expect(part !== null && listed.has(part), `vertex ${v}: ${part}`).toBe(true)
      named.add(part as string)
      // the subject's left is +x: a left part's vertices lie left of the midline, give or take the laminae's
      // overlap under the spinous process
      if (part?.endsWith(':left')) expect(xOf(g, v)).toBeGreaterThan(-LAMINA_OVERLAP)
      if (part?.endsWith(':right')) expect(xOf(g, v)).toBeLessThan(LAMINA_OVERLAP)
    }
    for (const p of ['L4/body', 'L4/pedicle:left', 'L4/lamina:right', 'L4/spinous-process']) expect(named).toContain(p)
  })

  it('names the part of a hit by the triangle’s corner nearest the hit point', () => {
    const g = L4.surface
    const index = g.getIndex()!
    const position = g.getAttribute('position')
    // a triangle whose corners lie on different parts, where two parts meet
    let mixed = -1
    for (let t = 0; t < index.count && mixed < 0; t += 3) {
      const parts = [0, 1, 2].map((k) => partOfVertex('L4', g, index.getX(t + k)))
      if (new Set(parts).size > 1) mixed = t
    }
    expect(mixed).toBeGreaterThanOrEqual(0)
    const face = { a: index.getX(mixed), b: index.getX(mixed + 1), c: index.getX(mixed + 2) }
    for (const corner of [face.a, face.b, face.c]) {
      const near = new Vector3().fromBufferAttribute(position, corner)
      // a point a tenth of the way from the corner toward the triangle's centre
      const centre = new Vector3()
        .fromBufferAttribute(position, face.a)
        .add(new Vector3().fromBufferAttribute(position, face.b))
        .add(new Vector3().fromBufferAttribute(position, face.c))
        .divideScalar(3)
      near.lerp(centre, 0.1)
      expect(partAtHit('L4', g, face, near)).toBe(partOfVertex('L4', g, corner))
    }
  })

  it.each(Object.entries(L4))('highlights exactly a part’s vertices in the %s, fading out round it', (_, g) => {
    const id: PartId = 'L4/pedicle:left'
    const own = partVertices(id, g)
    expect(own.length).toBeGreaterThan(10)
    const highlight = partHighlightGeometry(id, g)!
    const alpha = highlight.getAttribute('color')
    const position = highlight.getAttribute('position')
    let onPart = 0
    for (let v = 0; v < alpha.count; v++) if (alpha.getW(v) === 1) onPart++
    // every vertex of the part is shown at full strength, and only those
    expect(onPart).toBe(own.length)
    // the overlay is the part and its rim, not the bone: a small share of the bone's triangles
    const triangles = highlight.getIndex()!.count / 3
    expect(triangles).toBeGreaterThan(10)
    expect(triangles).toBeLessThan((g.getIndex()!.count / 3) * 0.25)
    // at the bone's own positions, on the left
    for (let v = 0; v < position.count; v++) if (alpha.getW(v) === 1) expect(position.getX(v)).toBeGreaterThan(0)
    // every triangle has a corner on the part
    const index = highlight.getIndex()!
    for (let t = 0; t < index.count; t += 3)
      expect(Math.max(...[0, 1, 2].map((k) => alpha.getW(index.getX(t + k))))).toBe(1)
    highlight.dispose()
  })

  it('names each lamina on its own side, and has nothing to highlight for a hole', () => {
    const g = L4.shells
    expect(rangesOf(g).some((r) => r.name === 'lamina-left')).toBe(true)
    const left = partVertices('L4/lamina:left', g)
    const right = partVertices('L4/lamina:right', g)
    expect(left.length).toBeGreaterThan(0)
    expect(right.length).toBeGreaterThan(0)
    // each lamina runs just past the midline, under the spinous process, to overlap the other
    for (const v of left) expect(xOf(g, v)).toBeGreaterThan(-LAMINA_OVERLAP)
    for (const v of right) expect(xOf(g, v)).toBeLessThan(LAMINA_OVERLAP)
    expect(left.reduce((sum, v) => sum + xOf(g, v), 0) / left.length).toBeGreaterThan(5)
    expect(partVertices('L4/vertebral-foramen', g)).toEqual([])
    expect(partHighlightGeometry('L4/vertebral-foramen', g)).toBeNull()
    expect(partHighlightGeometry('L4/nothing' as PartId, g)).toBeNull()
  })

  it('puts a part’s centre in the world where its bone stands', () => {
    const geometries = createGeometryCache()
    const bone = structureWorldCentre('L4', new Vector3())
    const left = partWorldCentre(geometries, 'L4/pedicle:left')!
    const foramen = partWorldCentre(geometries, 'L4/vertebral-foramen')!
    expect(left.distanceTo(bone)).toBeLessThan(40)
    expect(left.x - bone.x).toBeGreaterThan(5)
    // the canal's anchor is on the midline, behind the pedicles' front
    expect(foramen.x).toBeCloseTo(0, 5)
    expect(partWorldCentre(geometries, 'L9/body')).toBeNull()
    geometries.dispose()
  })
})
