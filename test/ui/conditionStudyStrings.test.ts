import { createIntl } from 'react-intl'
import { describe, expect, it } from 'vitest'
import { EN_MESSAGES, type MessageId } from '../../src/i18n/en'
import { ES_MESSAGES } from '../../src/i18n/es/messages'
import { translateEnglish } from '../../src/ui/i18n'
import { expectPlain } from '../content/readability'
import { expectPlainEs } from '../content/readabilityEs'

/** The words the condition questions and the patient view's condition panel add: plain in both languages. */
const MINE = /^(quiz\.condition|conditions\.patientRoot)/
const SAMPLE = { root: 'L5' }
const ES = createIntl({ locale: 'es', messages: ES_MESSAGES })

describe('the words of conditions in study and in the patient view', () => {
  const ids = (Object.keys(EN_MESSAGES) as MessageId[]).filter((id) => MINE.test(id))

  it('are plain in English', () => {
    expect(ids.length).toBe(4)
    for (const id of ids) expectPlain(id, translateEnglish(id, SAMPLE))
  })

  it('are plain in Spanish', () => {
    for (const id of ids) expectPlainEs(id, ES.formatMessage({ id }, SAMPLE))
  })

  it('name the pressed nerve and its side plainly', () => {
    expect(translateEnglish('conditions.patientRootLeft', SAMPLE)).toBe('The L5 nerve, on the left side')
    expect(ES.formatMessage({ id: 'conditions.patientRootRight' }, SAMPLE)).toBe('El nervio L5, del lado derecho')
  })
})
