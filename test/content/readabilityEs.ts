import { expect } from 'vitest'
import { allPartIds } from '../../src/anatomy/parts'
import { partNameEs } from '../../src/i18n/es/anatomyNames'

/**
 * Readability of Spanish, measured as plain English is (./readability.ts): the Szigriszt-Pazos perspicuity
 * index read on the INFLESZ scale (Barrio-Cantalejo 2008), with a syllable counter of our own. See
 * shared/reference/spanish.md §2 for the formula, the bands and the counting rules.
 */

/** "Bastante fácil" on the INFLESZ scale starts here: about US grade 6, Facet's target for plain text. */
export const PLAIN_INFLESZ = 65

const VOWELS = 'aeiouáéíóúü'
/** Vowels that carry a syllable of their own next to another strong one: a, e, o, and a stressed í or ú. */
const STRONG = 'aeoáéóíú'

/** One word's letters, lower case, with what is not pronounced as a vowel of its own taken out. */
function sounded(word: string): string {
  return (
    word
      .toLowerCase()
      .normalize('NFC')
      .replace(/[^a-záéíóúüñ]/g, '')
      // h is silent and does not split a diphthong (prohibir, ahu-mar)
      .replace(/h/g, '')
      // the u of que, qui, gue, gui is only a spelling (guerra, quiso); güe and güi keep theirs (pingüino)
      .replace(/([qg])u([eiéí])/g, '$1$2')
      // y is a vowel where no vowel follows it (rey, muy, y), a consonant before one (ayer, yo)
      .replace(/y(?![aeiouáéíóú])/g, 'i')
  )
}

/**
 * Syllables in one Spanish word: one per vowel nucleus. Neighbouring vowels share a syllable (a diphthong,
 * ciu-dad; a triphthong, U-ru-guay) unless both are strong (a-é-re-o), or a weak one is stressed (dí-a,
 * bú-ho), or the same vowel repeats (le-er).
 */
export function syllablesEs(word: string): number {
  let count = 0
  let previous: string | null = null
  for (const c of sounded(word)) {
    if (!VOWELS.includes(c)) {
      previous = null
      continue
    }
    const hiatus = previous !== null && (c === previous || (STRONG.includes(c) && STRONG.includes(previous)))
    if (previous === null || hiatus) count++
    previous = c
  }
  return count
}

/** Abbreviations whose full stops do not end a sentence. */
const ABBREVIATIONS = /\b(EE\. ?UU\.|p\. ?ej\.|etc\.|aprox\.|Dr\.|Dra\.|núm\.)/g

/** The words of a text (numbers and symbols are not words here). */
export const wordsEs = (text: string): string[] => text.match(/[a-záéíóúüñ]+/gi) ?? []

/** Sentences: ended by . ! ? … or ; (at least one, so a heading counts as one). */
export function sentencesEs(text: string): number {
  const plain = text.replace(ABBREVIATIONS, (a) => a.replace(/\./g, ''))
  const ends = plain.split(/[.!?…;]+/).filter((part) => wordsEs(part).length > 0)
  return Math.max(1, ends.length)
}

/** INFLESZ (the Szigriszt-Pazos index): 206.835 − 62.3 × syllables per word − words per sentence. */
export function inflesz(text: string): number {
  const words = wordsEs(text)
  if (words.length === 0) return 100
  const syllables = words.reduce((n, w) => n + Math.max(1, syllablesEs(w)), 0)
  return 206.835 - (62.3 * syllables) / words.length - words.length / sentencesEs(text)
}

/** As in English: a text of four words or more is "a sentence or more"; below that it is a fragment. */
export const isSentenceEs = (text: string): boolean => wordsEs(text).length >= 4

/**
 * Fragments (a heading, "Disfagia.") say nothing on a sentence scale; they are held to common-length words
 * instead: none over six syllables. Spanish words run longer than English ones ("articulaciones" is six,
 * "estiramiento" five), so the English fragment rule of three would ban the everyday words of the glossary.
 */
export const FRAGMENT_SYLLABLES_ES = 6

/**
 * Asserts that one plain Spanish text, as a reader meets it (one list item, one card line), is "bastante
 * fácil" or easier. Items are measured one by one, never pooled.
 */
export function expectPlainEs(label: string, full: string): void {
  // a part's term in brackets after its plain name ('Brazo lateral de C1 (apófisis transversa)') is the word the
  // quiz asks for, given on purpose; the plain words around it are what is measured, as in English
  const text = full.replace(/\s*\(([^()]*)\)/g, (bracket, term: string) =>
    PART_TERMS_ES.has(term.toLowerCase()) ? '' : bracket,
  )
  if (isSentenceEs(text)) expectSentenceEs(label, text)
  else expectFragmentEs(label, text)
}

/** The terms after the parts' plain Spanish names, in brackets ('apófisis transversa'). */
const PART_TERMS_ES = new Set(
  allPartIds().flatMap((id) => {
    const term = /\(([^()]*)\)$/.exec(partNameEs(id)?.plain ?? '')?.[1]
    return term ? [term.toLowerCase()] : []
  }),
)

/** A sentence or more: "bastante fácil" or easier. */
export function expectSentenceEs(label: string, text: string): void {
  expect(inflesz(text), `${label}: “${text}”`).toBeGreaterThanOrEqual(PLAIN_INFLESZ)
}

/** A fragment (a label, a heading): no word longer than the glossary's everyday ones. */
export function expectFragmentEs(label: string, text: string): void {
  for (const w of wordsEs(text))
    expect(syllablesEs(w), `${label}: “${w}” in “${text}”`).toBeLessThanOrEqual(FRAGMENT_SYLLABLES_ES)
}
