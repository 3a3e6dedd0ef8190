import { describe, it } from 'vitest'
import { HANDOUT_STRINGS } from '../../src/ui/handout/strings'
import { PATIENT_STRINGS } from '../../src/ui/patient/strings'
import { PIN_STRINGS } from '../../src/ui/pins/strings'
import { expectPlain } from '../content/readability'

/** What each wording function is called with in the app: a number of letters, a place's name, a note, a card. */
const SAMPLES: Record<string, unknown[]> = {
  count: [12],
  fieldLabel: ['Fourth lumbar vertebra (L4)'],
  removeLabel: ['Fourth lumbar vertebra (L4)', 'your sore spot'],
  figureLabel: ['Knee rolls'],
}

/** Every string a patient may read in the exam-room features, in plain words (grade 6 or below). */
const texts = (strings: Record<string, unknown>): [string, string][] =>
  Object.entries(strings).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'string') return [[key, value]]
    if (typeof value === 'function') return [[key, (value as (...a: unknown[]) => string)(...(SAMPLES[key] ?? []))]]
    if (value && typeof value === 'object')
      return texts(value as Record<string, unknown>).map(([k, v]): [string, string] => [`${key}.${k}`, v])
    return []
  })

describe('the exam-room words', () => {
  for (const [name, strings] of [
    ['patient view', PATIENT_STRINGS],
    ['pins', PIN_STRINGS],
    ['handout', HANDOUT_STRINGS],
  ] as const)
    it(`are plain: ${name}`, () => {
      for (const [key, text] of texts(strings)) expectPlain(`${name} ${key}`, text)
    })
})
