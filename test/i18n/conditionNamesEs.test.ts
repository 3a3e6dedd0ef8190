import { describe, expect, it } from 'vitest'
import { CONDITION_IDS } from '../../src/anatomy/conditionModels'
import { CONDITION_NAMES } from '../../src/content/conditionNames'
import { ES_CATALOG } from '../../src/i18n/es'
import { CONDITION_NAMES_ES } from '../../src/i18n/es/conditionNames'
import { localizeConditionName } from '../../src/i18n/overlay'
import { expectPlainEs } from '../content/readabilityEs'

/** The spine levels a name gives (C5, L4, S1), in order. */
const levels = (text: string) => text.match(/\b[CTLS]\d\b/g) ?? []

describe('the conditions’ names in Spanish', () => {
  it('name every condition of the menu, and nothing else, and come with the Spanish catalog', () => {
    expect(Object.keys(CONDITION_NAMES_ES).sort()).toEqual([...CONDITION_IDS].sort())
    expect(ES_CATALOG.content?.conditionNames).toBe(CONDITION_NAMES_ES)
  })

  it('change every name, and give the same levels as the English, plain and detailed', () => {
    for (const id of CONDITION_IDS) {
      const es = localizeConditionName(id, CONDITION_NAMES[id], CONDITION_NAMES_ES)
      for (const k of ['plain', 'detailed'] as const) {
        expect(es[k], `${id} ${k}`).not.toBe(CONDITION_NAMES[id][k])
        expect(levels(es[k]), `${id} ${k}`).toEqual(levels(CONDITION_NAMES[id][k]))
      }
    }
  })

  it('read plainly in Spanish (INFLESZ “bastante fácil”), name by name', () => {
    for (const id of CONDITION_IDS) expectPlainEs(id, CONDITION_NAMES_ES[id].plain)
  })

  it('fall back to the English name without an overlay', () => {
    const id = 'herniation-c5-c6'
    expect(localizeConditionName(id, CONDITION_NAMES[id], undefined)).toBe(CONDITION_NAMES[id])
  })
})
