import { z } from 'zod'
import type { Progress } from './session'

/** The one localStorage key flashcard progress lives under. */
export const PROGRESS_KEY = 'facet:flashcards'
/** The shape's version: a stored value of another version is not read (it is reset, with a note). */
export const PROGRESS_VERSION = 1

const schedule = z.strictObject({
  reps: z.number().int().min(0),
  interval: z.number().min(0).max(100_000),
  ease: z.number().min(1.3).max(10),
  due: z.number().int().min(0),
  lapses: z.number().int().min(0),
})
const stored = z.strictObject({
  app: z.literal('facet-flashcards'),
  version: z.literal(PROGRESS_VERSION),
  cards: z.record(z.string().max(80), schedule),
})

/** The saved form of progress (also the export file's content). */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ app: 'facet-flashcards', version: PROGRESS_VERSION, cards: progress })
}

export type ReadResult =
  | { readonly ok: true; readonly progress: Progress }
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
  const parsed = stored.safeParse(value)
  return parsed.success ? { ok: true, progress: parsed.data.cards } : { ok: false, reason: 'shape' }
}

/** Polite notes about saved progress that could not be used (the app carries on with a fresh deck). */
export const RESET_NOTES = {
  json: 'Your saved flashcard progress could not be read, so it was reset. You start with a fresh deck.',
  shape: 'Your saved flashcard progress was not in the form we expect, so it was reset. You start with a fresh deck.',
  version:
    'Your saved flashcard progress came from another version of Facet that this one cannot read, so it was reset. You start with a fresh deck.',
} as const

/**
 * Progress kept in this browser: none saved gives an empty record and no note; anything unusable is
 * removed, and the note says so. A browser that refuses storage gives an empty record too.
 */
export function loadProgress(storage: Pick<Storage, 'getItem' | 'removeItem'> | null): {
  progress: Progress
  note: string | null
} {
  let text: string | null = null
  try {
    text = storage?.getItem(PROGRESS_KEY) ?? null
  } catch {
    return { progress: {}, note: null }
  }
  if (text === null) return { progress: {}, note: null }
  const read = parseProgress(text)
  if (read.ok) return { progress: read.progress, note: null }
  try {
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
