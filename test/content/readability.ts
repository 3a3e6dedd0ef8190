import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'
import { expect } from 'vitest'
import { allPartIds, partInfo, termOf } from '../../src/anatomy/parts/catalog'

/** The hardest reading grade a plain text may have (AMA target; science.md §7). */
export const PLAIN_GRADE = 6

const wordsOf = (text: string): string[] =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/[^A-Za-z'’-]/g, ''))
    .filter(Boolean)

/** Flesch–Kincaid grade of one text. */
export function grade(text: string): number {
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length)
  const words = wordsOf(text)
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0)
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables })
}

/**
 * A text is "a sentence or more" from four words up. Below that (a name, "Pregnancy", "Knee pain")
 * Flesch–Kincaid says nothing useful: one three-syllable word scores grade 20. Fragments are held to
 * plain words instead: none longer than three syllables.
 */
export const isSentence = (text: string): boolean => wordsOf(text).length >= 4

/** The terms that follow the parts' plain names in brackets ('superior articular process'). */
const PART_TERMS = new Set(allPartIds().map((id) => termOf(partInfo(id)?.name.detailed ?? '').toLowerCase()))

/**
 * Assert that one plain text, as a reader meets it (one list item, one card line, one answer), is plain.
 * Items are measured one by one, never pooled into passages, so one hard sentence cannot hide among easy ones.
 */
export function expectPlain(label: string, full: string): void {
  // a label's closing term in brackets ("Peg (dens)") is the word an exam asks for, given on purpose beside
  // the plain words; the plain words before it are what is measured. So is a part's term after its plain name
  // inside a sentence ("That is the left upper joint knob of L1 (superior articular process).").
  const named = full.replace(/\s*\(([^()]*)\)/g, (bracket, term: string) =>
    PART_TERMS.has(term.toLowerCase()) ? '' : bracket,
  )
  const text = /[.!?:]$/.test(named.trim()) ? named : named.replace(/\s*\([^()]*\)\s*$/, '')
  if (isSentence(text)) {
    expect(grade(text), `${label}: “${full}”`).toBeLessThanOrEqual(PLAIN_GRADE)
  } else {
    for (const w of wordsOf(text)) expect(syllable(w), `${label}: “${w}” in “${full}”`).toBeLessThanOrEqual(3)
  }
}
