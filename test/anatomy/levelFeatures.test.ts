import { describe, expect, it } from 'vitest'
import { VERTEBRA_LEVELS, type VertebraLevel } from '../../src/anatomy/ids'
import { facingLevel, LEVEL_FEATURES, levelFeatures } from '../../src/anatomy/levelFeatures'
import { listParts, type PartKind } from '../../src/anatomy/parts'
import { BIFID } from '../../src/anatomy/parts/ids'

const kindsOf = (bone: string) => new Set<string>(listParts(bone).map((p) => p.part))
const hasPart = (bone: string, kind: PartKind) => kindsOf(bone).has(kind)
const region = (level: VertebraLevel) => level[0]
const number = (level: VertebraLevel) => Number(level.slice(1))

describe('a level’s features', () => {
  it('are those of the parts the 3D model lists for it, for every bone from C1 to L5', () => {
    for (const level of VERTEBRA_LEVELS) {
      const f = levelFeatures(level)
      expect(f.body === 'yes', `${level} body`).toBe(hasPart(level, 'body'))
      expect(f.dens, `${level} dens`).toBe(hasPart(level, 'dens'))
      expect(f.transverseForamen, `${level} transverse foramen`).toBe(hasPart(level, 'transverse-foramen'))
      expect(f.uncinateProcess, `${level} uncinate process`).toBe(hasPart(level, 'uncinate-process'))
      expect(f.ribFacets !== 'none', `${level} rib facets`).toBe(
        ['costal-facet', 'costal-facet-upper', 'costal-facet-lower'].some((k) => kindsOf(level).has(k)),
      )
      expect(f.bifidSpinous, `${level} bifid`).toBe(hasPart(level, 'spinous-tubercle'))
      expect(f.mammillaryProcess, `${level} mammillary process`).toBe(hasPart(level, 'mammillary-process'))
    }
  })

  it('are what anatomy texts give: the atlas alone has no body, the axis alone a dens, the neck its side holes', () => {
    for (const level of VERTEBRA_LEVELS) {
      const f = levelFeatures(level)
      expect(f.body, level).toBe(level === 'C1' ? 'no' : 'yes')
      expect(f.dens, level).toBe(level === 'C2')
      expect(f.transverseForamen, level).toBe(region(level) === 'C')
      expect(f.uncinateProcess, level).toBe(region(level) === 'C' && number(level) >= 3)
      expect(f.ribFacets !== 'none', level).toBe(region(level) === 'T')
      expect(f.bifidSpinous, level).toBe(BIFID.has(level))
      expect(f.mammillaryProcess, level).toBe(region(level) === 'L')
    }
  })

  it('say which rib facets a thoracic body has: above and below on T1–T8, above on T9, one whole on T10–T12', () => {
    const facets = VERTEBRA_LEVELS.filter((l) => region(l) === 'T').map((l) => levelFeatures(l).ribFacets)
    expect(facets).toEqual([...Array(8).fill('above-and-below'), 'above', 'whole', 'whole', 'whole'])
    expect(hasPart('T9', 'costal-facet-lower')).toBe(false)
    expect(hasPart('T11', 'costal-facet')).toBe(true)
  })

  it('give the sacrum and the coccyx their fused segments for a body, and nothing else of the list', () => {
    for (const bone of ['sacrum', 'coccyx'] as const) {
      const f = levelFeatures(bone)
      expect(f.body, bone).toBe('fused')
      for (const feature of LEVEL_FEATURES.filter((x) => x !== 'body' && x !== 'ribFacets'))
        expect(f[feature], `${bone} ${feature}`).toBe(false)
      expect(f.ribFacets).toBe('none')
    }
  })

  it('take the facing of the upper facets from the bone itself, from S1 for the sacrum, and none for the coccyx', () => {
    expect(facingLevel('L4')).toBe('L4')
    expect(facingLevel('C1')).toBe('C1')
    expect(facingLevel('sacrum')).toBe('S1')
    expect(facingLevel('coccyx')).toBeNull()
  })
})
