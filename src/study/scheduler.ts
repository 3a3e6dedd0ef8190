/**
 * Spaced repetition with SuperMemo's SM-2 algorithm (Wozniak 1990, source key `wozniak1990`): after each
 * review the learner grades their recall from 0 to 5; a grade of 3 or more is a success, and the next review
 * comes after 1 day, then 6 days, then the previous interval times the card's easiness factor (E-Factor,
 * 2.5 for a new card, never below 1.3), which each success adjusts by
 *   EF' = EF + (0.1 − (5 − q) × (0.08 + (5 − q) × 0.02)).
 * A grade below 3 starts the card's repetitions again from the 1-day interval and leaves its E-Factor as it
 * was. Chosen over a library (ts-fsrs and the like) because it is a dozen lines, has a published
 * description to cite, and needs no dependency; its known weakness (a fixed start, no fitting to the learner)
 * matters little for a deck of a few hundred cards.
 *
 * Plain functions of the state and an injected time, so the same reviews give the same dates in tests.
 */

/** A card's place in the schedule. */
export interface CardSchedule {
  /** Successful reviews in a row (SM-2's repetition number n). */
  readonly reps: number
  /** Days until the next review after the last one. */
  readonly interval: number
  /** The easiness factor (E-Factor). */
  readonly ease: number
  /** When the card is next due (ms since 1970, UTC). */
  readonly due: number
  /** How many times the card was forgotten after being learnt. */
  readonly lapses: number
}

/** The grades the flashcards offer, as SM-2 quality responses (0–5). */
export const GRADES = { again: 1, hard: 3, good: 4, easy: 5 } as const
export type Grade = keyof typeof GRADES

export const DAY_MS = 24 * 60 * 60 * 1000
export const START_EASE = 2.5
export const MIN_EASE = 1.3

/** A card never reviewed: due at once. */
export const newSchedule = (now: number): CardSchedule => ({
  reps: 0,
  interval: 0,
  ease: START_EASE,
  due: now,
  lapses: 0,
})

/** The schedule after a review at `now` with an SM-2 quality `q` (0–5). */
export function review(card: CardSchedule, q: number, now: number): CardSchedule {
  const quality = Math.max(0, Math.min(5, Math.round(q)))
  if (quality < 3) {
    return { reps: 0, interval: 1, ease: card.ease, due: now + DAY_MS, lapses: card.lapses + (card.reps > 0 ? 1 : 0) }
  }
  const interval = card.reps === 0 ? 1 : card.reps === 1 ? 6 : Math.round(card.interval * card.ease)
  const miss = 5 - quality
  const ease = Math.max(MIN_EASE, card.ease + (0.1 - miss * (0.08 + miss * 0.02)))
  return { reps: card.reps + 1, interval, ease, due: now + interval * DAY_MS, lapses: card.lapses }
}

/** Whether a card is due at `now` (a card with no schedule yet is new, and due). */
export const isDue = (card: CardSchedule | undefined, now: number): boolean => card === undefined || card.due <= now

/** The source behind the schedule, cited where the flashcards say how cards come back. */
export const SCHEDULER_SOURCE = 'wozniak1990' as const
