import { describe, it } from 'vitest'
import { EN_MESSAGES, type MessageId } from '../../src/i18n/en'
import { translateEnglish } from '../../src/ui/i18n'
import { expectPlain } from '../content/readability'

/** What each message is filled in with in the app: the compared levels, a bone, the cards' counts. */
const SAMPLE = { names: 'C5, T6, L4', bone: 'C5', due: 3, fresh: 3 }

/** The study tools' own words, read by patients and students alike: plain, as every text in Facet. */
describe('the study tools speak plainly', () => {
  it('in compare levels, the flashcards and report a problem', () => {
    const ids = (Object.keys(EN_MESSAGES) as MessageId[]).filter((id) => /^(compare|flashcards|report)\./.test(id))
    for (const id of ids) expectPlain(id, translateEnglish(id, SAMPLE))
  })
})
