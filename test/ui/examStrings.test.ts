import { describe, expect, it } from 'vitest'
import { EN_MESSAGES, type MessageId } from '../../src/i18n/en'
import { translateEnglish } from '../../src/ui/i18n'
import { expectPlain } from '../content/readability'

/** What the messages are filled in with in the app: a number of letters, a place's name, a note, a card. */
const SAMPLE = {
  n: 12,
  max: 80,
  place: 'Fourth lumbar vertebra (L4)',
  text: 'your sore spot',
  name: 'Knee rolls',
  address: 'facet.org',
}

/** Every string a patient may read in the exam-room features, in plain words (grade 6 or below). */
describe('the exam-room words', () => {
  for (const [name, ids] of [
    ['patient view', /^patient\./],
    ['pins', /^pins\./],
    ['handout', /^handout\.(qr|figure|notes)/],
  ] as const)
    it(`are plain: ${name}`, () => {
      const mine = (Object.keys(EN_MESSAGES) as MessageId[]).filter((id) => ids.test(id))
      expect(mine.length).toBeGreaterThan(2)
      for (const id of mine) expectPlain(id, translateEnglish(id, SAMPLE))
    })
})
