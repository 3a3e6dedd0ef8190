import { describe, expect, it } from 'vitest'
import { BONE_IDS } from '../../src/anatomy/ids'
import { listParts } from '../../src/anatomy/parts'
import { PART_TEXT } from '../../src/ui/PartSection'
import { PART_HINT, STRUCTURE_HINT } from '../../src/ui/QuizPanel'
import { expectPlain } from '../content/readability'

describe('the words of the part sections and the quiz', () => {
  it('are plain: each heading, button and note as a reader meets it', () => {
    for (const [key, text] of Object.entries(PART_TEXT)) if (typeof text === 'string') expectPlain(key, text)
    for (const bone of BONE_IDS) {
      expectPlain(`joints of ${bone}`, PART_TEXT.joints(bone))
      expectPlain(`parts of ${bone}`, PART_TEXT.parts(bone, listParts(bone).length))
    }
    expectPlain('quiz hint', STRUCTURE_HINT)
    expectPlain('part quiz hint', PART_HINT)
  })

  it('name the sacrum and the tailbone in words, and a vertebra by its level', () => {
    expect(PART_TEXT.joints('L4')).toBe('Joints and discs of L4')
    expect(PART_TEXT.parts('sacrum', 30)).toBe('Parts of the sacrum (30)')
    expect(PART_TEXT.joints('coccyx')).toBe('Joints and discs of the tailbone')
  })
})
