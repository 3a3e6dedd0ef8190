import type { AnyStructureId } from '../anatomy/ids'
import { type PartId, parsePartId } from '../anatomy/parts'
import { parseAnyStructureId } from '../anatomy/structures'
import { type LinkProblem, linkProblem } from '../i18n/linkProblems'

/**
 * Pins: a short note a clinician puts on a structure or a part of a bone ("your sore spot"). They live in
 * the store and the link only (and so in the handout's QR code): never saved on the device, never sent.
 * Plain TS, no React: the rules for a note's text and the pins' place in a link are here.
 */

/** One note on one structure or bone part; a target has at most one note. */
export interface Pin {
  readonly target: AnyStructureId | PartId
  readonly text: string
}

/** Longest note, in characters (what a label beside a bone can show on one or two lines). */
export const PIN_TEXT_MAX = 80
/** Most pins at once: enough for an exam, and the link (and its QR code) stays short enough to scan. */
export const PINS_MAX = 3

/**
 * A note's text as it is kept: control characters and runs of white space become one space, trimmed, and the
 * invisible characters that set the direction of the text around them (embeddings, overrides, isolates) go: a
 * link's note could otherwise show reversed, or reverse what stands after it on the handout (a trust review,
 * s37). Markup is not touched: it is text, and every place that shows a note shows it as text.
 */
export function cleanPinText(text: string): string {
  return (
    text
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u001f\u007f\s]+/g, ' ')
      .trim()
  )
}

/** A note cut to `PIN_TEXT_MAX` characters, its end marked with an ellipsis. */
export const shortenPinText = (text: string): string =>
  pinTextLength(text) <= PIN_TEXT_MAX
    ? text
    : `${[...text]
        .slice(0, PIN_TEXT_MAX - 1)
        .join('')
        .trimEnd()}…`

/** Characters in a note as a person counts them (an emoji is one), not UTF-16 units. */
export const pinTextLength = (text: string): number => [...text].length

/** Why a note's text cannot be pinned, or null when it can (after `cleanPinText`). */
export function pinTextProblem(text: string): 'empty' | 'too-long' | null {
  if (text === '') return 'empty'
  if (pinTextLength(text) > PIN_TEXT_MAX) return 'too-long'
  return null
}

/** A structure id of either family, or a bone's part ('L4/pedicle:left'), as the store's `select` takes. */
export function parsePinTarget(id: string): AnyStructureId | PartId | null {
  if (id.length > 64) return null
  if (id.includes('/')) return parsePartId(id)?.id ?? null
  return parseAnyStructureId(id)?.id ?? null
}

/*
 * In a link: pins=L4~your sore spot|facet:L4-L5:left~this joint
 * Ids never hold '~' or '|': an entry is split at its first '~', so a note may hold '~'; in a note '%' and '|' are
 * percent-encoded, so it may hold anything else too.
 * URLSearchParams encodes the whole value once more for the address bar.
 */
const escapeNote = (text: string) => text.replace(/[%|]/g, (c) => encodeURIComponent(c))

export function formatPins(pins: readonly Pin[]): string {
  return pins.map((p) => `${p.target}~${escapeNote(p.text)}`).join('|')
}

/** The pins a link's `pins=` value holds, and a polite note (a message id) for each one that had to be left out. */
export function parsePins(value: string): { pins: Pin[]; problems: LinkProblem[] } {
  const pins: Pin[] = []
  const problems: LinkProblem[] = []
  const entries = value.split('|').filter((e) => e !== '')
  entries.forEach((entry, i) => {
    const n = i + 1
    const cut = entry.indexOf('~')
    const target = cut < 0 ? null : parsePinTarget(entry.slice(0, cut))
    if (!target) {
      problems.push(linkProblem('link.pinUnknownTarget', { n }))
      return
    }
    let text: string
    try {
      text = cleanPinText(decodeURIComponent(entry.slice(cut + 1)))
    } catch {
      problems.push(linkProblem('link.pinUnreadable', { n }))
      return
    }
    const problem = pinTextProblem(text)
    if (problem === 'empty') {
      problems.push(linkProblem('link.pinEmpty', { n }))
      return
    }
    // a note too long (a link edited by hand, or made by something else) keeps its start: it was dropped whole
    if (problem === 'too-long') {
      problems.push(linkProblem('link.pinTooLong', { n, max: PIN_TEXT_MAX }))
      text = shortenPinText(text)
    }
    if (pins.some((p) => p.target === target)) {
      problems.push(linkProblem('link.pinDuplicate', { n }))
      return
    }
    if (pins.length >= PINS_MAX) {
      problems.push(linkProblem('link.pinsTooMany', { max: PINS_MAX }))
      return
    }
    pins.push({ target, text })
  })
  // one sentence about the overflow is enough
  const tooMany = problems.findIndex((p) => p.id === 'link.pinsTooMany')
  return { pins, problems: problems.filter((p, i) => p.id !== 'link.pinsTooMany' || i === tooMany) }
}
