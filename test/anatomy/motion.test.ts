import { describe, expect, it } from 'vitest'
import { FACET_LEVELS, facetJointId, regionOfLevel } from '../../src/anatomy/ids'
import { type Movement, poseSpine, segmentAngles, segmentKey, segmentRange } from '../../src/anatomy/motion'

const lumbar = (m: Partial<Movement>): Movement => ({ flexion: 0, rotation: 0, sideBend: 0, regions: ['lumbar'], ...m })
const LUMBAR_JOINTS = FACET_LEVELS.filter((j) => j.upper.startsWith('L'))

describe('motion across the segments', () => {
  it('shares a movement so the per-level angles add up to it and stay within each level’s range', () => {
    const angles = segmentAngles(lumbar({ flexion: 0.7 }))
    let total = 0
    let available = 0
    for (const j of LUMBAR_JOINTS) {
      const a = angles.get(segmentKey(j))!
      const r = segmentRange(j)
      const flexRange = r.flexionExtension.value * r.flexionShare.value
      expect(a.flexion).toBeLessThanOrEqual(flexRange + 1e-9)
      total += a.flexion
      available += flexRange
    }
    expect(total).toBeCloseTo(0.7 * available, 9)
    // outside the lumbar region nothing moves
    expect(angles.get('T6-T7')?.flexion).toBe(0)
  })

  it('never exceeds a level’s range even if asked for more than the whole range', () => {
    const angles = segmentAngles({ flexion: 0, rotation: 3, sideBend: -3, regions: ['cervical'] })
    const c1c2 = angles.get('C1-C2')!
    expect(c1c2.rotation).toBe(40)
    expect(c1c2.sideBend).toBe(-5)
  })

  it('opens the lumbar facet joints in flexion and closes them in extension', () => {
    const flexed = poseSpine(lumbar({ flexion: 0.6 }))
    const extended = poseSpine(lumbar({ flexion: -0.6 }))
    for (const j of LUMBAR_JOINTS) {
      for (const side of ['left', 'right'] as const) {
        expect(flexed.facetOpening.get(facetJointId(j, side))).toBeGreaterThan(0.3)
        expect(extended.facetOpening.get(facetJointId(j, side))).toBeLessThan(-0.3)
      }
    }
  })

  it('opens one side more than the other in axial rotation', () => {
    const turned = poseSpine(lumbar({ rotation: 0.8 }))
    for (const j of LUMBAR_JOINTS) {
      const left = turned.facetSeparation.get(facetJointId(j, 'left')) as number
      const right = turned.facetSeparation.get(facetJointId(j, 'right')) as number
      expect(Math.abs(left - right)).toBeGreaterThan(0.2)
    }
  })

  it('opens the convex side and closes the concave side in side bending', () => {
    const bent = poseSpine(lumbar({ sideBend: 0.8 })) // to the left: the right side is convex
    expect(bent.facetOpening.get('facet:L3-L4:right')).toBeGreaterThan(0)
    expect(bent.facetOpening.get('facet:L3-L4:left')).toBeLessThan(0)
  })

  it('opens the upper neck joints on both sides when the head turns', () => {
    const turned = poseSpine({ flexion: 0, rotation: 0.8, sideBend: 0, regions: ['cervical'] })
    expect(turned.facetOpening.get('facet:C1-C2:left')).toBeGreaterThan(0.56)
    expect(turned.facetOpening.get('facet:C1-C2:right')).toBeGreaterThan(0.56)
  })

  it('moves the bones above a moving segment and leaves the sacrum still', () => {
    const flexed = poseSpine(lumbar({ flexion: 0.8 }))
    expect(flexed.bones.get('sacrum')?.t).toEqual([0, 0, 0])
    const l1 = flexed.bones.get('L1')!
    const l5 = flexed.bones.get('L5')!
    expect(Math.hypot(...l1.t)).toBeGreaterThan(Math.hypot(...l5.t))
    // a rigid motion: rows of the rotation stay unit length
    for (const row of l1.r) expect(Math.hypot(...row)).toBeCloseTo(1, 9)
    expect(regionOfLevel('L1')).toBe('lumbar')
  })
})
