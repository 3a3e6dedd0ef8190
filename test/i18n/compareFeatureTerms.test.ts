import { describe, expect, it } from 'vitest'
import { EN_MESSAGES } from '../../src/i18n/en'
import { ES_MESSAGES } from '../../src/i18n/es/messages'

// A student comparing levels learns the plain words and the term an exam asks for: each part's row gives
// both, as "Peg (dens)" does ("Muscle knob" alone named no part a textbook has).
const featureRows = (messages: Record<string, string>) =>
  Object.entries(messages).filter(([id]) => id.startsWith('compare.feature.') && id !== 'compare.feature.facing')

describe('the compare table’s part rows', () => {
  it.each([
    ['English', EN_MESSAGES as Record<string, string>],
    ['Spanish', ES_MESSAGES as Record<string, string>],
  ])('give the anatomical term after the plain words, in %s', (_language, messages) => {
    const rows = featureRows(messages)
    expect(rows.length).toBe(7)
    for (const [id, label] of rows) expect(label, id).toMatch(/^[^()]+ \([^()]+\)$/)
  })
})
