import { describe, expect, it } from 'vitest'
import { EN_MESSAGES } from '../../src/i18n/en'
import { ES_MESSAGES } from '../../src/i18n/es/messages'
import { buildDeck } from '../../src/study/deck'
import { grade } from '../../src/study/session'
import {
  loadProgress,
  OTHER_VERSION_KEY,
  PROGRESS_KEY,
  parseProgress,
  RESET_NOTES,
  saveProgress,
  serializeProgress,
  UNREAD_KEY,
} from '../../src/study/storage'
import { expectPlain } from '../content/readability'
import { expectPlainEs } from '../content/readabilityEs'

/** A Storage stand-in with one key space, as localStorage has. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    items,
  }
}

const deck = buildDeck()
const T0 = Date.UTC(2026, 0, 1)
const someProgress = () => grade(grade({}, deck[0]!, 'good', T0), deck[1]!, 'again', T0)

describe('flashcard progress in this browser', () => {
  it('survives a save and a load unchanged', () => {
    const storage = memoryStorage()
    const progress = someProgress()
    expect(saveProgress(storage, progress)).toBe(true)
    expect(loadProgress(storage)).toEqual({ progress, note: null })
  })

  it('starts empty, with no note, when nothing was saved', () => {
    expect(loadProgress(memoryStorage())).toEqual({ progress: {}, note: null })
  })

  it('resets bad JSON with a polite note, keeping it aside untouched', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{not json' })
    expect(loadProgress(storage)).toEqual({ progress: {}, note: RESET_NOTES.json })
    expect(storage.items.has(PROGRESS_KEY)).toBe(false)
    expect(storage.items.get(UNREAD_KEY)).toBe('{not json')
  })

  it('keeps a record of another form aside: its cards are not lost (a home user’s review, s42)', () => {
    const good = { reps: 1, interval: 1, ease: 2.5, due: 0, lapses: 0 }
    const stray = JSON.stringify({ app: 'facet-flashcards', version: 1, cards: { 'bone:C2': good }, extra: 1 })
    const storage = memoryStorage({ [PROGRESS_KEY]: stray })
    expect(loadProgress(storage).note).toBe(RESET_NOTES.shape)
    expect(storage.items.get(UNREAD_KEY)).toBe(stray)
  })

  it('resets the wrong shape with a note', () => {
    const bad = JSON.stringify({ app: 'facet-flashcards', version: 1, cards: { 'bone:C2': { reps: 'lots' } } })
    expect(loadProgress(memoryStorage({ [PROGRESS_KEY]: bad })).note).toBe(RESET_NOTES.shape)
    expect(loadProgress(memoryStorage({ [PROGRESS_KEY]: '[1,2]' })).note).toBe(RESET_NOTES.shape)
    const good = { reps: 1, interval: 1, ease: 2.5, due: 0, lapses: 0 }
    for (const card of [
      { ...good, extra: true },
      { ...good, ease: 1 },
      { ...good, due: -5 },
      { ...good, reps: 1.5 },
      { ...good, interval: Number.NaN },
      { reps: 1, interval: 1, ease: 2.5, due: 0 },
    ]) {
      const text = JSON.stringify({ app: 'facet-flashcards', version: 1, cards: { 'bone:C2': card } })
      expect(loadProgress(memoryStorage({ [PROGRESS_KEY]: text })).note, JSON.stringify(card)).toBe(RESET_NOTES.shape)
    }
    const ok = JSON.stringify({ app: 'facet-flashcards', version: 1, cards: { 'bone:C2': good } })
    expect(loadProgress(memoryStorage({ [PROGRESS_KEY]: ok }))).toEqual({ progress: { 'bone:C2': good }, note: null })
  })

  it('starts afresh on progress from another version, with a note, keeping that progress aside for it', () => {
    const future = JSON.stringify({ app: 'facet-flashcards', version: 2, cards: {} })
    const storage = memoryStorage({ [PROGRESS_KEY]: future })
    expect(loadProgress(storage)).toEqual({ progress: {}, note: RESET_NOTES.version })
    expect(storage.items.get(OTHER_VERSION_KEY)).toBe(future)
  })

  it('keeps every card it can read when some cannot be, and says so (a trust review, s37)', () => {
    const good = { reps: 1, interval: 1, ease: 2.5, due: 0, lapses: 0 }
    const text = JSON.stringify({
      app: 'facet-flashcards',
      version: 1,
      cards: { 'bone:C2': good, 'bone:C3': { reps: 'lots' }, 'bone:C4': good },
    })
    expect(loadProgress(memoryStorage({ [PROGRESS_KEY]: text }))).toEqual({
      progress: { 'bone:C2': good, 'bone:C4': good },
      note: RESET_NOTES.some,
    })
  })

  it('reads an exported file back, and refuses anything else', () => {
    const progress = someProgress()
    expect(parseProgress(serializeProgress(progress))).toEqual({ ok: true, progress, unread: 0 })
    expect(parseProgress('{"hello":1}').ok).toBe(false)
  })

  it('carries on when the browser refuses storage', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
      removeItem: () => {},
    }
    expect(loadProgress(throwing)).toEqual({ progress: {}, note: null })
    expect(saveProgress(throwing, someProgress())).toBe(false)
  })

  it('words its notes plainly, in English and in Spanish', () => {
    for (const [reason, note] of Object.entries(RESET_NOTES)) {
      expectPlain(reason, EN_MESSAGES[note])
      expectPlainEs(reason, ES_MESSAGES[note])
    }
  })
})
