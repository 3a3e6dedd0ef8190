import type { MessageId } from '../i18n/en'
import type { CardSchedule } from './scheduler'
import type { Progress } from './session'

/** The one localStorage key flashcard progress lives under. */
export const PROGRESS_KEY = 'facet:flashcards'
/** The shape's version: a stored value of another version is not read (it is reset, with a note). */
export const PROGRESS_VERSION = 1

/*
 * Checked by hand rather than with zod: zod probes for eval as it builds a schema, which the page's security
 * policy forbids (test/project/schemaBoundary.test.ts keeps zod out of the app). The checks are zod's
 * strictObject ones: exactly these keys, of these types and ranges.
 */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const hasExactly = (v: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(v).length === keys.length && keys.every((k) => Object.hasOwn(v, k))
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0
const inRange = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max

function isSchedule(v: unknown): v is CardSchedule {
  return (
    isRecord(v) &&
    hasExactly(v, ['reps', 'interval', 'ease', 'due', 'lapses']) &&
    isCount(v.reps) &&
    inRange(v.interval, 0, 100_000) &&
    inRange(v.ease, 1.3, 10) &&
    isCount(v.due) &&
    isCount(v.lapses)
  )
}

/**
 * The cards of a stored value of the current version, with how many of its cards could not be read (left
 * out: one bad record no longer costs every other card its schedule, a trust review, s37), or null when it
 * is not such a value at all.
 */
function storedCards(value: unknown): { cards: Progress; unread: number } | null {
  if (!isRecord(value) || !hasExactly(value, ['app', 'version', 'cards'])) return null
  if (value.app !== 'facet-flashcards' || value.version !== PROGRESS_VERSION || !isRecord(value.cards)) return null
  const cards: Record<string, CardSchedule> = {}
  let unread = 0
  for (const [id, schedule] of Object.entries(value.cards)) {
    if (id.length > 80 || !isSchedule(schedule)) {
      unread++
      continue
    }
    cards[id] = {
      reps: schedule.reps,
      interval: schedule.interval,
      ease: schedule.ease,
      due: schedule.due,
      lapses: schedule.lapses,
    }
  }
  // a record whose every card is unreadable is not progress at all
  if (unread > 0 && Object.keys(cards).length === 0) return null
  return { cards, unread }
}

/** The saved form of progress (also the export file's content). */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ app: 'facet-flashcards', version: PROGRESS_VERSION, cards: progress })
}

export type ReadResult =
  | { readonly ok: true; readonly progress: Progress /** cards left out as unreadable */; readonly unread: number }
  | { readonly ok: false; readonly reason: 'json' | 'shape' | 'version' }

/** Reads saved or imported progress: what it holds, or why it cannot be used. */
export function parseProgress(text: string): ReadResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'json' }
  }
  const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined
  if (typeof version === 'number' && version !== PROGRESS_VERSION) return { ok: false, reason: 'version' }
  const read = storedCards(value)
  return read ? { ok: true, progress: read.cards, unread: read.unread } : { ok: false, reason: 'shape' }
}

/** Where progress another version of Facet saved is kept, untouched, when this one cannot read it. */
export const OTHER_VERSION_KEY = `${PROGRESS_KEY}:other-version`
/**
 * Where saved progress this version cannot read at all (not JSON, or not its form) is kept, untouched: deleted,
 * a record with one stray key cost every card its schedule for good (a home user's review, s42). The newest
 * such value replaces an older one.
 */
export const UNREAD_KEY = `${PROGRESS_KEY}:unread`

/** Polite notes about saved progress that could not be used (the app carries on with a fresh deck), by message id. */
export const RESET_NOTES = {
  json: 'flashcards.reset.json',
  shape: 'flashcards.reset.shape',
  version: 'flashcards.reset.version',
  some: 'flashcards.reset.some',
} as const satisfies Record<string, MessageId>

/**
 * Progress kept in this browser: none saved gives an empty record and no note; anything unusable is moved
 * aside (OTHER_VERSION_KEY, UNREAD_KEY), and the note says so. A browser that refuses storage gives an empty
 * record too.
 */
export function loadProgress(storage: Pick<Storage, 'getItem' | 'removeItem' | 'setItem'> | null): {
  progress: Progress
  note: MessageId | null
} {
  let text: string | null = null
  try {
    text = storage?.getItem(PROGRESS_KEY) ?? null
  } catch {
    return { progress: {}, note: null }
  }
  if (text === null) return { progress: {}, note: null }
  const read = parseProgress(text)
  if (read.ok) return { progress: read.progress, note: read.unread > 0 ? RESET_NOTES.some : null }
  try {
    // another version's progress (a newer Facet in another tab, or after going back a version) is kept aside,
    // not deleted: that version can still read it
    storage?.setItem(read.reason === 'version' ? OTHER_VERSION_KEY : UNREAD_KEY, text)
    storage?.removeItem(PROGRESS_KEY)
  } catch {
    // nothing more to do: the next save overwrites it
  }
  return { progress: {}, note: RESET_NOTES[read.reason] }
}

/** Saves progress; false when the browser refused (private mode, storage full). */
export function saveProgress(storage: Pick<Storage, 'setItem'> | null, progress: Progress): boolean {
  try {
    if (!storage) return false
    storage.setItem(PROGRESS_KEY, serializeProgress(progress))
    return true
  } catch {
    return false
  }
}
