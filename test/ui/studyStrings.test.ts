import { describe, it } from 'vitest'
import { COMPARE_STRINGS } from '../../src/ui/CompareStrings'
import { FLASHCARD_STRINGS } from '../../src/ui/FlashcardsStrings'
import { REPORT_STRINGS } from '../../src/ui/ReportProblemStrings'
import { expectPlain } from '../content/readability'

/** The estimate marks repeat the selection panel's own (ui/Dimensions.tsx), so the two tables read the same. */
const AS_IN_THE_PANEL = new Set(['estimate', 'interpolated', 'textbook', 'estimateTitle'])

/** The study tools' own words, read by patients and students alike: plain, as every text in Facet. */
describe('the study tools speak plainly', () => {
  it('in compare levels, the flashcards and report a problem', () => {
    for (const [name, strings] of Object.entries({ COMPARE_STRINGS, FLASHCARD_STRINGS, REPORT_STRINGS }))
      for (const [key, text] of Object.entries(strings)) {
        if (AS_IN_THE_PANEL.has(key)) continue
        const sample = typeof text === 'function' ? (text as (...a: unknown[]) => string)('C5, T6, L4', 3) : text
        expectPlain(`${name}.${key}`, sample)
      }
  })
})
