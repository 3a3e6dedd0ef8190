import { describe, expect, it } from 'vitest'
import { bounds, chairLines, endView, flattenPose, floorLine, sideView } from '../../src/geometry/figureDrawing'
import { figurePose } from '../../src/geometry/mannequin'

describe('the flat drawing of the person', () => {
  it('stands a standing person upright on the floor, head at the top, in the side view', () => {
    const pose = figurePose('standing', null)
    const view = sideView(pose)
    const shapes = flattenPose(pose, view)
    const [, top, , bottom] = bounds(shapes)
    const floor = floorLine(pose, view)
    // SVG's y runs down: the head is the smallest y, the feet reach the floor line
    const head = shapes[FIGURE_HEAD]
    expect(head?.kind).toBe('ellipse')
    if (head?.kind !== 'ellipse') return
    const centres = shapes.map((s) => (s.kind === 'ellipse' ? s.centre[1] : Math.min(s.a[1], s.b[1])))
    expect(Math.min(...centres)).toBe(head.centre[1])
    expect(head.centre[1] - top).toBeLessThan(150)
    expect(Math.abs(bottom - floor)).toBeLessThan(40)
    // a standing adult: taller than wide, about a body height tall (mm)
    expect(bottom - top).toBeGreaterThan(1400)
  })

  it('lays a person lying on the back flat along the floor, in both views', () => {
    const pose = figurePose('supine', null)
    for (const view of [sideView(pose), endView(pose)]) {
      const [x0, y0, x1, y1] = bounds(flattenPose(pose, view))
      const floor = floorLine(pose, view)
      // knees bent up, as the cards lying on the back start: still far lower than a standing body is tall
      expect(y1 - y0).toBeLessThan(750)
      expect(Math.abs(y1 - floor)).toBeLessThan(40)
      expect(x1 - x0).toBeGreaterThan(0)
    }
    const [x0, , x1] = bounds(flattenPose(pose, sideView(pose)))
    expect(x1 - x0).toBeGreaterThan(1400)
  })

  it('draws an ellipsoid seen along one of its axes as the ellipse of the other two', () => {
    const pose = figurePose('standing', null)
    const head = flattenPose(pose, endView(pose))[FIGURE_HEAD]
    if (head?.kind !== 'ellipse') throw new Error('head is an ellipsoid')
    // the head's radii: 78 mm across, half its height up and down (see segmentShapes)
    expect(Math.min(head.rx, head.ry)).toBeCloseTo(78, -1)
  })
})

describe('the chair under a person sitting', () => {
  it('is drawn under the seated body, its legs and back standing on the floor, in both views', () => {
    const pose = figurePose('sitting', null)
    for (const view of [sideView(pose), endView(pose)]) {
      const lines = chairLines(pose, view)
      const floor = floorLine(pose, view)
      expect(lines.length).toBeGreaterThanOrEqual(4)
      const ends = lines.flatMap((l) => (l.kind === 'line' ? [l.a, l.b] : []))
      // some lines reach the floor (SVG y runs down), none goes below it
      expect(ends.some(([, y]) => Math.abs(y - floor) < 1)).toBe(true)
      expect(Math.max(...ends.map(([, y]) => y))).toBeLessThanOrEqual(floor + 1)
      // the lowest level line is the seat, under the pelvis, not above it or on the floor: a chair, not a step
      const person = flattenPose(pose, view)
      const [, , , bodyBottom] = bounds(person)
      const seatTop = Math.max(
        ...lines.filter((l) => l.kind === 'line' && l.a[1] === l.b[1]).map((l) => (l.kind === 'line' ? l.a[1] : 0)),
      )
      const pelvis = person[PELVIS]
      if (pelvis?.kind !== 'ellipse') throw new Error('the pelvis is an ellipsoid')
      expect(seatTop).toBeGreaterThan(pelvis.centre[1])
      expect(seatTop).toBeLessThan(pelvis.centre[1] + 200)
      expect(bodyBottom).toBeGreaterThan(seatTop)
    }
  })

  it('is not drawn for a person standing or lying down', () => {
    for (const position of ['standing', 'supine', 'prone'] as const) {
      const pose = figurePose(position, null)
      expect(chairLines(pose, sideView(pose)), position).toEqual([])
    }
  })
})

/** Where the head is in FIGURE_SEGMENTS. */
const FIGURE_HEAD = 5
/** Where the pelvis is in FIGURE_SEGMENTS. */
const PELVIS = 0
