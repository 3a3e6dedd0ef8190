import { describe, expect, it } from 'vitest'
import {
  angleFromMidsagittal,
  type Facing,
  superiorFacetAngles,
  superiorFacetFacing,
} from '../../src/anatomy/facetOrientation'
import { VERTEBRA_LEVELS, type VertebraLevel } from '../../src/anatomy/ids'
import { structureInfo } from '../../src/anatomy/info'

/** The main and the slight directions a bone's superior facets face, as sets. */
function facing(bone: VertebraLevel | 'S1'): { main: Facing[]; slight: Facing[] } {
  const { inclination, rotation } = superiorFacetAngles(bone)
  const parts = superiorFacetFacing(inclination.value, rotation.value)
  return {
    main: parts.filter((p) => p.mainly).map((p) => p.toward),
    slight: parts.filter((p) => !p.mainly).map((p) => p.toward),
  }
}
const sorted = (xs: readonly Facing[]) => [...xs].sort()

describe('which way the superior facets face, as anatomy texts teach it', () => {
  it('faces back and up in the neck (C3–C7)', () => {
    for (const level of ['C3', 'C4', 'C5', 'C6', 'C7'] as const) {
      expect(sorted(facing(level).main), level).toEqual(['back', 'up'])
      expect(facing(level).slight, level).toEqual([])
    }
  })

  it('faces up and a little in on the atlas (the cups the skull sits in), up and a little out on the axis', () => {
    expect(facing('C1')).toEqual({ main: ['up'], slight: ['in'] })
    expect(facing('C2')).toEqual({ main: ['up'], slight: ['out'] })
  })

  it('faces back, up and a little out in the thorax (T1–T11)', () => {
    for (const level of VERTEBRA_LEVELS.filter((l) => /^T([1-9]|1[01])$/.test(l)))
      expect(facing(level).main[0], level).toBe('back')
    for (const level of ['T1', 'T5', 'T9'] as const)
      expect(facing(level), level).toEqual({ main: ['back', 'up'], slight: ['out'] })
  })

  it('faces mainly in at the thoracolumbar junction (T12, L1), and in and back from L2 to S1', () => {
    for (const level of ['T12', 'L1'] as const) expect(facing(level).main, level).toEqual(['in'])
    for (const level of ['L2', 'L3', 'L4', 'L5', 'S1'] as const)
      expect(sorted(facing(level).main), level).toEqual(['back', 'in'])
    // turning toward the back, level by level, as the series found
    expect(facing('L5').main[0]).toBe('back')
  })
})

describe('the facet angle every table gives against the midsagittal plane', () => {
  it('is the lumbar series’ own figure (Masharawi: 25.9–33.9° at T12–L2, 40.4–56.3° at L3–L5; 49.1° at S1)', () => {
    const at = (bone: VertebraLevel | 'S1') => {
      const { inclination, rotation } = superiorFacetAngles(bone)
      return angleFromMidsagittal(inclination, rotation)?.value
    }
    expect(at('T12')).toBeCloseTo(25.9, 5)
    expect(at('L2')).toBeCloseTo(33.9, 5)
    expect(at('L3')).toBeCloseTo(40.4, 5)
    expect(at('L5')).toBeCloseTo(56.3, 5)
    expect(at('S1')).toBeCloseTo(49.1, 5)
    // the thorax's 25–30° from the frontal plane, read against the same plane
    expect(at('T6')).toBeCloseTo(62.5, 5)
    // the atlas's and the axis's facets face up: no turn to give
    expect(at('C2')).toBeUndefined()
    expect(at('C1')).toBeUndefined()
  })

  it('is in every vertebra’s table, beside the inclination, and its facing is in words in its panel', () => {
    for (const level of VERTEBRA_LEVELS.filter((l) => l !== 'C1' && l !== 'C2')) {
      const { dimensions, facts } = structureInfo(level)
      expect(
        dimensions.some((d) => d.label === 'Upper facet angle from the midsagittal plane'),
        level,
      ).toBe(true)
      expect(
        facts.some((f) => f.plain.startsWith('Its upper joint faces point')),
        level,
      ).toBe(true)
    }
    const joint = structureInfo('facet:L4-L5:left').facts.find((f) => f.plain.startsWith('The joint face on L5'))
    expect(joint?.plain).toBe(
      'The joint face on L5 points back and toward the middle. The one on L4 points the other way.',
    )
  })
})
