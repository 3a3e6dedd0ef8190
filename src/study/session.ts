import type { Card } from './deck'
import { type CardSchedule, GRADES, type Grade, isDue, newSchedule, review } from './scheduler'

/** What the browser keeps: each card's schedule, by card id. Cards never seen have none. */
export type Progress = Readonly<Record<string, CardSchedule>>

/** How many never-seen cards a day's session brings in (the rest wait, so reviews stay a manageable size). */
export const NEW_PER_SESSION = 20

/**
 * The card to show next at `now`: the most overdue card already seen, else the next new card in deck order
 * (while today's new cards last), else none.
 */
export function nextCard(deck: readonly Card[], progress: Progress, now: number, newSeen = 0): Card | null {
  let best: Card | null = null
  let bestDue = Number.POSITIVE_INFINITY
  for (const card of deck) {
    const s = progress[card.id]
    if (s && isDue(s, now) && s.due < bestDue) {
      best = card
      bestDue = s.due
    }
  }
  if (best) return best
  if (newSeen >= NEW_PER_SESSION) return null
  return deck.find((card) => progress[card.id] === undefined) ?? null
}

/** The progress after grading a card at `now`. */
export function grade(progress: Progress, card: Card, g: Grade, now: number): Progress {
  const before = progress[card.id] ?? newSchedule(now)
  return { ...progress, [card.id]: review(before, GRADES[g], now) }
}

/** Counts for the panel: cards due now (seen before), new cards never seen, and all. */
export function deckCounts(deck: readonly Card[], progress: Progress, now: number) {
  let due = 0
  let fresh = 0
  for (const card of deck) {
    const s = progress[card.id]
    if (!s) fresh++
    else if (isDue(s, now)) due++
  }
  return { due, fresh, total: deck.length }
}

/**
 * A card to go over again before the session ends: graded below SM-2's 4 (Again or Hard). Wozniak's SM-2
 * repeats those items the same day until each scores 4 or more; those repeats leave the schedule as the
 * day's first grade set it. `at` is how many answers in, the card comes back.
 */
export interface Relearn {
  readonly id: string
  readonly at: number
}

/** How many other cards come between a card marked to go over again and its return (fewer if none are left). */
export const RELEARN_GAP = 3

/** Whether a grade asks for the card again this session (SM-2: below 4). */
export const goesOverAgain = (g: Grade): boolean => GRADES[g] < 4

/**
 * The card to show after `answered` answers: a card to go over again whose turn has come, else the next one
 * due or new (`nextCard`), else the cards still to go over again, the earliest first; none when all are done.
 */
export function nextInSession(
  deck: readonly Card[],
  progress: Progress,
  now: number,
  newSeen: number,
  relearn: readonly Relearn[],
  answered: number,
): { card: Card; again: boolean } | null {
  const byId = (id: string | undefined) => deck.find((c) => c.id === id) ?? null
  // only this deck's: with one kind of card chosen, another kind's card first in the list hid this kind's
  const ours = relearn.filter((r) => byId(r.id) !== null)
  const turn = byId(ours.find((r) => r.at <= answered)?.id)
  if (turn) return { card: turn, again: true }
  const next = nextCard(deck, progress, now, newSeen)
  if (next) return { card: next, again: false }
  const waiting = byId([...ours].sort((a, b) => a.at - b.at)[0]?.id)
  return waiting ? { card: waiting, again: true } : null
}

/** The cards to go over again after `card` was graded `g` as the `answered`-th answer of the session. */
export function relearnAfter(relearn: readonly Relearn[], card: Card, g: Grade, answered: number): Relearn[] {
  const rest = relearn.filter((r) => r.id !== card.id)
  return goesOverAgain(g) ? [...rest, { id: card.id, at: answered + RELEARN_GAP }] : rest
}
