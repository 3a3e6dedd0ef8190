import { useEffect, useMemo, useRef, useState } from 'react'
import type { MessageId } from '../i18n/en'
import { partView } from '../quiz/questionRegion'
import { useFacetStore } from '../runtime/react'
import {
  buildDeck,
  type Card,
  carryOverRepeats,
  DECK_FILTERS,
  type DeckFilter,
  filterDeck,
  localizeCard,
  showCardOnModel,
} from '../study/deck'
import type { Grade } from '../study/scheduler'
import { SCHEDULER_SOURCE } from '../study/scheduler'
import {
  deckCounts,
  grade,
  NEW_PER_SESSION,
  nextInSession,
  type Progress,
  type Relearn,
  relearnAfter,
} from '../study/session'
import { loadProgress, PROGRESS_KEY, parseProgress, saveProgress, serializeProgress } from '../study/storage'
import { Cite } from './Cite'
import { useAnatomyOverlay, useT } from './i18n'
import { MoreDetailSwitch } from './MoreDetailSwitch'
import { ReportProblem } from './ReportProblem'
import { useCardOver } from './useCardOver'
import './Flashcards.css'

/** The browser's storage, or null where reading it throws (Safari's private mode, blocked site data). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

const FILTER_LABEL: Record<DeckFilter, MessageId> = {
  all: 'flashcards.filter.all',
  bone: 'flashcards.filter.bone',
  part: 'flashcards.filter.part',
  root: 'flashcards.filter.root',
  condition: 'flashcards.filter.condition',
}

const GRADE_BUTTONS: readonly Grade[] = ['again', 'hard', 'good', 'easy']
const GRADE_LABEL: Record<Grade, MessageId> = {
  again: 'flashcards.grade.again',
  hard: 'flashcards.grade.hard',
  good: 'flashcards.grade.good',
  easy: 'flashcards.grade.easy',
}

/**
 * Flashcards with spaced repetition: one card at a time (front, then the answer with its sources), graded
 * by the learner; the schedule and the deck are plain modules (src/study/). Progress lives only in this
 * browser, and can be saved to and loaded from a file.
 */
export function Flashcards() {
  const t = useT()
  const setOpen = useFacetStore((s) => s.setFlashcardsOpen)
  const select = useFacetStore((s) => s.select)
  const showCondition = useFacetStore((s) => s.showCondition)
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const anatomy = useAnatomyOverlay()
  // the cards' ids (and so the progress kept by them) are the same in every language
  const cards = useFacetStore((s) => s.catalog.content?.cards)
  const deck = useMemo(() => buildDeck().map((card) => localizeCard(card, anatomy, cards)), [anatomy, cards])
  const [loaded] = useState(() => loadProgress(browserStorage()))
  // schedules saved under cards since left out as repeats count for the card kept in their place
  const [progress, setProgress] = useState<Progress>(() => carryOverRepeats(loaded.progress))
  const [note, setNote] = useState<string | null>(() => (loaded.note ? t(loaded.note) : null))
  const [newSeen, setNewSeen] = useState(0)
  // this session's answers, and the cards marked to go over again before it ends (SM-2's same-day repeats)
  const [answered, setAnswered] = useState(0)
  const [relearn, setRelearn] = useState<readonly Relearn[]>([])
  const [revealed, setRevealed] = useState(false)
  // "Show it on the model" folds the panel to its title bar: open, it covered the bone it had just framed
  const [folded, setFolded] = useState(false)
  // the button pressed goes away as the panel folds or unfolds: focus goes to the one that undoes it, or the title
  const backToCard = useRef<HTMLButtonElement>(null)
  const firstRender = useRef(true)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    if (folded) backToCard.current?.focus()
    else heading.current?.focus()
  }, [folded])
  // a grade given in another tab shows here at once (its counts and its next card), as the browser tells
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== PROGRESS_KEY) return
      if (e.newValue === null) return setProgress({})
      const read = parseProgress(e.newValue)
      if (read.ok) setProgress(carryOverRepeats(read.progress))
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])
  const [now, setNow] = useState(() => Date.now())
  const fileInput = useRef<HTMLInputElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  // the panel takes focus as it opens, as the other panels do, so a keyboard user lands on it
  useEffect(() => heading.current?.focus(), [])
  // one kind of card at a time, for a student revising the roots before an exam (the schedule is the same)
  const [filter, setFilter] = useState<DeckFilter>('all')
  const chosen = useMemo(() => filterDeck(deck, filter), [deck, filter])
  const shown = nextInSession(chosen, progress, now, newSeen, relearn, answered)
  const card = shown?.card ?? null
  const counts = deckCounts(chosen, progress, now)
  const text = (t: Card['front']) => (moreDetail ? t.detailed : t.plain)
  // A 'spot it' card lights its part up on the model, unnamed, until it is turned; it opens on the part's bone and
  // the bones beside it, turned to the part and clear of this panel, as a self-test question on a part does.
  const setSpotted = useFacetStore((s) => s.setSpotted)
  const requestRegion = useFacetStore((s) => s.requestRegion)
  const panel = useRef<HTMLElement>(null)
  const spot = card?.spot ?? null
  useCardOver(panel, spot !== null)
  useEffect(() => setSpotted(spot ? { part: spot, named: revealed } : null), [spot, revealed, setSpotted])
  useEffect(() => () => setSpotted(null), [setSpotted])
  useEffect(() => {
    const view = spot ? partView(spot) : null
    if (!view) return
    select(null)
    requestRegion(view.from, view.to, view.facing)
  }, [spot, select, requestRegion])

  const answer = (card: Card, g: Grade, again: boolean) => {
    const at = Date.now()
    setRelearn(relearnAfter(relearn, card, g, answered + 1))
    setAnswered(answered + 1)
    setRevealed(false)
    setNow(at)
    // going over a card again leaves its schedule as the session's first grade set it
    if (again) return
    // another tab may have graded cards since this one read them: what is saved counts, this grade on top of
    // it (each tab wrote its own whole copy, and a second tab's grade erased the first's: a trust review, s37)
    const saved = loadProgress(browserStorage())
    const base = saved.note === null ? { ...progress, ...carryOverRepeats(saved.progress) } : progress
    const next = grade(base, card, g, at)
    if (progress[card.id] === undefined) setNewSeen((n) => n + 1)
    setProgress(next)
    if (!saveProgress(browserStorage(), next)) setNote(t('flashcards.notSaved'))
  }
  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([serializeProgress(progress)], { type: 'application/json' }))
    const a = document.createElement('a')
    a.href = url
    a.download = 'facet-flashcards.json'
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
  const importFile = async (file: File | undefined) => {
    if (!file) return
    const read = file.size < 1_000_000 ? parseProgress(await file.text()) : null
    if (!read?.ok) {
      setNote(t('flashcards.importFailed'))
      return
    }
    const imported = carryOverRepeats(read.progress)
    setProgress(imported)
    setRevealed(false)
    setNow(Date.now())
    setNote(saveProgress(browserStorage(), imported) ? t('flashcards.imported') : t('flashcards.notSaved'))
  }

  if (folded)
    return (
      <section
        className="flashcards flashcards-folded"
        aria-label={t('flashcards.title')}
        data-panel="flashcards"
        data-testid="flashcards"
      >
        <header>
          <h2 ref={heading} tabIndex={-1} data-panel-heading>
            {t('flashcards.title')}
          </h2>
          <button ref={backToCard} type="button" className="primary" onClick={() => setFolded(false)}>
            {t('flashcards.backToCard')}
          </button>
          <button type="button" onClick={() => setOpen(false)} aria-label={t('flashcards.close')}>
            ×
          </button>
        </header>
      </section>
    )
  return (
    <section
      ref={panel}
      className="flashcards"
      aria-label={t('flashcards.title')}
      data-panel="flashcards"
      data-testid="flashcards"
    >
      <header>
        <h2 ref={heading} tabIndex={-1} data-panel-heading>
          {t('flashcards.title')}
        </h2>
        <span className="counts" data-testid="flashcard-counts">
          {t('flashcards.counts', { due: counts.due, fresh: counts.fresh })}
          {relearn.length > 0 && ` · ${t('flashcards.againCount', { n: relearn.length })}`}
        </span>
        <button type="button" onClick={() => setOpen(false)} aria-label={t('flashcards.close')}>
          ×
        </button>
      </header>
      <div className="detail-switch">
        <MoreDetailSwitch />
      </div>
      <fieldset className="flashcard-filter">
        <legend>{t('flashcards.filter')}</legend>
        {DECK_FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            onClick={() => {
              setFilter(f)
              setRevealed(false)
            }}
          >
            {t(FILTER_LABEL[f])}
          </button>
        ))}
      </fieldset>
      {note && (
        <p className="flashcard-note" role="status" data-testid="flashcard-note">
          {note}{' '}
          <button type="button" onClick={() => setNote(null)}>
            {t('flashcards.dismiss')}
          </button>
        </p>
      )}
      {card ? (
        <article
          className="flashcard"
          aria-label={t('flashcards.card')}
          data-card={card.id}
          data-again={shown?.again ? '' : undefined}
          data-testid="flashcard"
        >
          {shown?.again && <p className="flashcard-again">{t('flashcards.onceMore')}</p>}
          <p className="front" data-testid="flashcard-front">
            {text(card.front)}
          </p>
          {revealed ? (
            <>
              <p className="back" data-testid="flashcard-back">
                {text(card.back)} <Cite keys={card.sources} />
              </p>
              <div className="flashcard-actions">
                <button
                  type="button"
                  onClick={() => {
                    showCardOnModel({ select, showCondition }, card)
                    setFolded(true)
                  }}
                >
                  {t('flashcards.showOnModel')}
                </button>
                <ReportProblem
                  item={{ id: card.id, text: `${text(card.front)} ${text(card.back)}`, sources: card.sources }}
                  selection={card.target}
                />
              </div>
              <fieldset className="grades">
                <legend>{t('flashcards.gradeHint')}</legend>
                {GRADE_BUTTONS.map((g) => (
                  <button
                    key={g}
                    type="button"
                    className={g === 'good' ? 'primary' : undefined}
                    onClick={() => answer(card, g, shown?.again === true)}
                  >
                    {t(GRADE_LABEL[g])}
                  </button>
                ))}
              </fieldset>
            </>
          ) : (
            <button type="button" className="primary" onClick={() => setRevealed(true)}>
              {t('flashcards.showAnswer')}
            </button>
          )}
        </article>
      ) : (
        // all for today when the day's new cards are used up, whichever kind is chosen
        <p data-testid="flashcards-done">
          {t(filter === 'all' || newSeen >= NEW_PER_SESSION ? 'flashcards.done' : 'flashcards.filterDone')}
        </p>
      )}
      <footer>
        <p className="hint">
          {t('flashcards.schedule')} <Cite keys={[SCHEDULER_SOURCE]} /> {t('flashcards.kept')}
        </p>
        <div className="flashcard-files">
          <button type="button" onClick={exportFile}>
            {t('flashcards.exportProgress')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('flashcards.importProgress')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label={t('flashcards.importProgress')}
            onChange={(e) => {
              void importFile(e.target.files?.[0])
              e.target.value = ''
            }}
          />
        </div>
      </footer>
    </section>
  )
}
