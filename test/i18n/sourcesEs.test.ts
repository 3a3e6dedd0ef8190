import { describe, expect, it } from 'vitest'
import { SOURCES } from '../../src/anatomy/sources'
import { SOURCES_ES } from '../../src/i18n/es/sourceNotes'
import { localizeSource } from '../../src/i18n/overlay'

const ENGLISH_NOTES = Object.fromEntries(
  Object.entries(SOURCES as Record<string, { readonly note?: string }>).flatMap(([k, s]) =>
    s.note ? [[k, s.note]] : [],
  ),
)
/**
 * Every number a note states, with the decimal comma read as a point and the English thousands comma dropped
 * ('4,080' is '4080' in Spanish, where a comma is a decimal one): a translation keeps each one.
 */
const figures = (text: string, english = false) =>
  ((english ? text.replace(/(\d),(\d{3})\b/g, '$1$2') : text).match(/\d+(?:[.,]\d+)?/g) ?? [])
    .map((n) => n.replace(',', '.'))
    .sort()

describe('the Sources list in Spanish', () => {
  it('has a note in Spanish for every source with a note, and for no other', () => {
    expect(Object.keys(SOURCES_ES.notes).sort()).toEqual(Object.keys(ENGLISH_NOTES).sort())
    for (const [key, note] of Object.entries(SOURCES_ES.notes) as [string, string][]) {
      expect(note, key).not.toBe(ENGLISH_NOTES[key])
      expect(note.trim().length, key).toBeGreaterThan(3)
    }
  })

  it('keeps every figure of the English notes', () => {
    for (const [key, english] of Object.entries(ENGLISH_NOTES))
      expect(figures(SOURCES_ES.notes[key] ?? ''), key).toEqual(figures(english as string, true))
  })

  it('names the team’s estimates in Spanish and keeps published citations as they are', () => {
    expect(localizeSource('estimate', SOURCES.estimate, SOURCES_ES).citation).toBe(SOURCES_ES.estimateCitation)
    expect(SOURCES_ES.estimateCitation).not.toMatch(/Facet team estimate/)
    expect(localizeSource('grays2020', SOURCES.grays2020, SOURCES_ES).citation).toBe(SOURCES.grays2020.citation)
    expect(localizeSource('grays2020', SOURCES.grays2020, SOURCES_ES).note).toBe(SOURCES_ES.notes.grays2020)
    expect(localizeSource('grays2020', SOURCES.grays2020, undefined)).toBe(SOURCES.grays2020)
  })
})
