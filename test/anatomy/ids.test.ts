import { describe, expect, it } from 'vitest'
import {
  DISC_IDS,
  FACET_JOINT_IDS,
  parseStructureId,
  regionOf,
  STRUCTURE_IDS,
  VERTEBRA_LEVELS,
} from '../../src/anatomy/ids'
import { searchStructures, shortLabel, structureName } from '../../src/anatomy/names'

describe('structure ids', () => {
  it('has 24 mobile vertebrae, 23 discs and 50 synovial joints', () => {
    expect(VERTEBRA_LEVELS).toHaveLength(24)
    expect(DISC_IDS).toHaveLength(23)
    expect(FACET_JOINT_IDS).toHaveLength(50)
    expect(STRUCTURE_IDS).toHaveLength(24 + 2 + 23 + 50)
    expect(new Set(STRUCTURE_IDS).size).toBe(STRUCTURE_IDS.length)
  })

  it('has no disc above C2–C3 and ends at L5–S1', () => {
    expect(DISC_IDS[0]).toBe('disc:C2-C3')
    expect(DISC_IDS.at(-1)).toBe('disc:L5-S1')
    expect(DISC_IDS).not.toContain('disc:C1-C2')
  })

  it('includes the atlanto-occipital and lateral atlanto-axial joints on both sides', () => {
    for (const id of ['facet:C0-C1:left', 'facet:C0-C1:right', 'facet:C1-C2:left', 'facet:L5-S1:right']) {
      expect(FACET_JOINT_IDS).toContain(id)
    }
  })

  it('round-trips every id through the parser', () => {
    for (const id of STRUCTURE_IDS) expect(parseStructureId(id)?.id).toBe(id)
  })

  it('accepts lower-case input and rejects ids that are not in the model', () => {
    expect(parseStructureId('facet:l4-l5:LEFT')?.id).toBe('facet:L4-L5:left')
    expect(parseStructureId('l4')?.id).toBe('L4')
    for (const bad of ['L6', 'T13', 'disc:C1-C2', 'facet:L4-L5', 'facet:L4-L6:left', '', 'C0', '<script>']) {
      expect(parseStructureId(bad)).toBeNull()
    }
  })

  it('assigns joints to the region of the bone above', () => {
    expect(regionOf(parseStructureId('disc:L5-S1')!)).toBe('lumbar')
    expect(regionOf(parseStructureId('facet:C0-C1:left')!)).toBe('cervical')
    expect(regionOf(parseStructureId('disc:T12-L1')!)).toBe('thoracic')
  })
})

describe('names and search', () => {
  it('labels the 3D view with levels, and a joint with its side as a word', () => {
    expect(shortLabel('L4')).toBe('L4')
    expect(shortLabel('disc:L4-L5')).toBe('L4–L5')
    expect(shortLabel('facet:L4-L5:left')).toBe('L4–L5 left')
    expect(shortLabel('facet:C5-C6:right')).toBe('C5–C6 right')
  })

  it('names structures as a student would', () => {
    expect(structureName('L4')).toBe('Fourth lumbar vertebra (L4)')
    expect(structureName('facet:C1-C2:left')).toBe('Left lateral atlanto-axial joint (C1–C2)')
    expect(structureName('disc:L5-S1')).toBe('L5–S1 intervertebral disc')
  })

  it('finds structures by abbreviation, common name and words', () => {
    expect(searchStructures('L4')[0]).toBe('L4')
    expect(searchStructures('atlas')).toContain('C1')
    const facetL5 = searchStructures('facet L5')
    expect(facetL5).toEqual(expect.arrayContaining(['facet:L4-L5:left', 'facet:L5-S1:right']))
    expect(facetL5.every((id) => id.startsWith('facet:'))).toBe(true)
    expect(searchStructures('no such bone')).toEqual([])
  })

  it('finds the joints that crack and the parts of the back in a reader’s own words', () => {
    // the joints that make the sound: every facet joint, and nothing else
    for (const word of ['crack', 'pop', 'click']) {
      const found = searchStructures(word)
      expect(found.length, word).toBe(STRUCTURE_IDS.filter((id) => id.startsWith('facet:')).length)
      expect(
        found.every((id) => id.startsWith('facet:')),
        word,
      ).toBe(true)
    }
    const lowBackCrack = searchStructures('lower back crack')
    expect(lowBackCrack).toEqual(expect.arrayContaining(['facet:L4-L5:left', 'facet:L5-S1:right']))
    expect(lowBackCrack.every((id) => /^facet:L/.test(id))).toBe(true)
    const neckJoints = searchStructures('neck joint')
    expect(neckJoints).toContain('facet:C5-C6:left')
    expect(neckJoints.every((id) => /^facet:C/.test(id))).toBe(true)
    expect(searchStructures('low back')).toEqual(expect.arrayContaining(['L4', 'disc:L4-L5']))
    expect(searchStructures('upper back')[0]).toBe('T1')
  })
})
