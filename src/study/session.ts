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
