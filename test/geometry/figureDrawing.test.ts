import { describe, expect, it } from 'vitest'
import { bounds, endView, flattenPose, floorLine, sideView } from '../../src/geometry/figureDrawing'
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

/** Where the head is in FIGURE_SEGMENTS. */
const FIGURE_HEAD = 5
