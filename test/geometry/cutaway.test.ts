import { describe, expect, it } from 'vitest'
import { FACET_JOINT_IDS, parseStructureId } from '../../src/anatomy/ids'
import { dot, length, sub } from '../../src/anatomy/vec'
import { boneWindow, type ClipPlane, facetCutaway, openedStructures } from '../../src/geometry/cutaway'
import { add, scale, type Vec3 } from '../../src/geometry/vec3'

describe('the opened facet joint', () => {
  it.each(FACET_JOINT_IDS)('%s is cut through its own plane and looked into from outside the column', (joint) => {
    const cut = facetCutaway(joint)
    // the cut contains the joint's normal, so it shows both surfaces and the space between them
    expect(Math.abs(dot(cut.across, cut.normal))).toBeLessThan(1e-9)
    expect(Math.abs(dot(cut.along, cut.normal))).toBeLessThan(1e-9)
    expect(length(cut.across)).toBeCloseTo(1, 9)
    // the camera looks at the joint, from the side of the cut that was taken away
    expect(cut.view.target).toEqual(cut.centre)
    const toCamera = sub(cut.view.position, cut.centre)
    expect(dot(toCamera, cut.across)).toBeGreaterThan(0)
    // from behind or from the joint's own side, never from the front through the bodies and the canal
    const side = parseStructureId(joint)?.kind === 'facet' && joint.endsWith(':left') ? 1 : -1
    expect(toCamera[2] < 0 || toCamera[0] * side > 0).toBe(true)
    expect(toCamera[0] * side).toBeGreaterThan(-5)
    // near enough for millimetre tissues to show, far enough for both bones to be in view
    expect(length(toCamera)).toBeGreaterThan(59.9)
    expect(length(toCamera)).toBeLessThan(150)
  })

  it('names every tissue once, and pins each name on the cut face', () => {
    const cut = facetCutaway('facet:L4-L5:left')
    expect(cut.labels.map((l) => l.tissue).sort()).toEqual(
      ['capsule', 'cartilage', 'cavity', 'fluid', 'lowerProcess', 'upperProcess'].sort(),
    )
    for (const { at } of cut.labels) expect(Math.abs(dot(sub(at, cut.centre), cut.across))).toBeLessThan(1e-9)
    // the bone above on the side the normal points to, the bone below on the other
    const upper = cut.labels.find((l) => l.tissue === 'upperProcess')?.at ?? cut.centre
    const lower = cut.labels.find((l) => l.tissue === 'lowerProcess')?.at ?? cut.centre
    expect(dot(sub(upper, cut.centre), cut.normal)).toBeGreaterThan(0)
    expect(dot(sub(lower, cut.centre), cut.normal)).toBeLessThan(0)
  })

  it('replaces the joint and the two bones it joins, the sacrum below L5 and nothing above C1', () => {
    expect(openedStructures('facet:L4-L5:left')).toEqual(['facet:L4-L5:left', 'L4', 'L5'])
    expect(openedStructures('facet:L5-S1:right')).toEqual(['facet:L5-S1:right', 'L5', 'sacrum'])
    expect(openedStructures('facet:C0-C1:left')).toEqual(['facet:C0-C1:left', 'C1'])
    expect(facetCutaway('facet:C0-C1:left').upperBone).toBeNull()
  })
})

describe('the window cut into the joint’s bones', () => {
  const clipped = (planes: readonly ClipPlane[], p: Vec3) =>
    planes.every((q) => q.normal[0] * p[0] + q.normal[1] * p[1] + q.normal[2] * p[2] + q.constant < 0)
  it.each(['facet:L4-L5:left', 'facet:T6-T7:right', 'facet:C5-C6:left'] as const)(
    '%s opens the bone round the joint on the camera’s side only',
    (joint) => {
      const cut = facetCutaway(joint)
      const planes = boneWindow(cut)
      const at = (across: number, along: number, normal: number): Vec3 =>
        add(cut.centre, add(scale(cut.across, across), add(scale(cut.along, along), scale(cut.normal, normal))))
      // the articular processes just in front of the cut, above and below the joint space, are opened
      expect(clipped(planes, at(2, 0, 6))).toBe(true)
      expect(clipped(planes, at(2, 3, -6))).toBe(true)
      // what lies behind the cut stays, and so does the bone beyond the window's edges
      expect(clipped(planes, at(-2, 0, 6))).toBe(false)
      expect(clipped(planes, at(2, Math.max(cut.width, cut.height) / 2 + 8, 0))).toBe(false)
      expect(clipped(planes, at(2, 0, 20))).toBe(false)
      // the camera looks into the window from the cut side
      const toCamera = sub(cut.view.position, cut.centre)
      expect(dot(toCamera, cut.across)).toBeGreaterThan(0)
    },
  )
})
