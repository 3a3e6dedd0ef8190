import { describe, expect, it } from 'vitest'
import type { Card } from '../../src/study/deck'
import { GRADES, type Grade } from '../../src/study/scheduler'
import { grade, nextInSession, type Progress, RELEARN_GAP, type Relearn, relearnAfter } from '../../src/study/session'

const T0 = Date.UTC(2026, 0, 1, 9, 0, 0)
const deck = Array.from({ length: 8 }, (_, i) => ({ id: `card-${i}` }) as unknown as Card)

/** A learner going through a session: answering each card shown with `answer(card)`, as the panel does. */
function study(answer: (id: string, again: boolean) => Grade, limit = 40) {
  let progress: Progress = {}
  let relearn: Relearn[] = []
  let newSeen = 0
  const shown: string[] = []
  for (let answered = 0; answered < limit; answered++) {
    const next = nextInSession(deck, progress, T0, newSeen, relearn, answered)
    if (!next) break
    shown.push(next.again ? `${next.card.id}*` : next.card.id)
    const g = answer(next.card.id, next.again)
    // a card gone over again does not move its schedule: the day's first grade set it
    if (!next.again) {
      if (progress[next.card.id] === undefined) newSeen++
      progress = grade(progress, next.card, g, T0)
    }
    relearn = relearnAfter(relearn, next.card, g, answered + 1)
  }
  return { shown, progress, relearn }
}

describe('a flashcard session', () => {
  it('brings a card marked Again back after a few others, until it is known, without moving its schedule again', () => {
    let misses = 0
    const { shown, progress } = study((id, again) => {
      if (id !== 'card-1') return 'good'
      // forgotten the first time and the time after, then known
      return again && misses++ >= 1 ? 'good' : 'again'
    })
    expect(shown.slice(0, 2)).toEqual(['card-0', 'card-1'])
    // back after RELEARN_GAP other cards, then again after as many, then no more
    const returns = shown.flatMap((s, i) => (s === 'card-1*' ? [i] : []))
    expect(returns).toEqual([1 + RELEARN_GAP + 1, 1 + 2 * (RELEARN_GAP + 1)])
    expect(shown.filter((s) => s.startsWith('card-1'))).toHaveLength(3)
    // every card seen, each once apart from the one gone over again
    expect(new Set(shown.map((s) => s.replace('*', ''))).size).toBe(deck.length)
    // its schedule is the first grade's: due tomorrow, a fresh start
    expect(progress['card-1']?.due).toBe(T0 + 24 * 60 * 60 * 1000)
    expect(progress['card-1']?.reps).toBe(0)
  })

  it('goes over Hard cards again too (SM-2 repeats what scored under 4), and Good and Easy ones not', () => {
    expect(GRADES.hard).toBeLessThan(4)
    const { shown } = study((id) => (id === 'card-2' ? 'hard' : id === 'card-3' ? 'easy' : 'good'))
    // Hard the first time, so once more; graded Hard again, so once more each time (the session's limit ends it)
    expect(shown.filter((s) => s === 'card-2*').length).toBeGreaterThan(1)
    expect(shown).not.toContain('card-3*')
  })

  it('shows the cards to go over again at the end when nothing else is left, then is done', () => {
    const { shown, relearn } = study((id, again) => (id === 'card-7' && !again ? 'again' : 'good'))
    expect(shown.at(-2)).toBe('card-7')
    expect(shown.at(-1)).toBe('card-7*')
    expect(relearn).toEqual([])
  })

  it('with one kind of card chosen, brings back that kind’s cards to go over again past another kind’s', () => {
    // card-0 and card-1 were marked Again; the session now goes through a deck without card-0
    const marked: Relearn[] = [
      { id: 'card-0', at: 1 },
      { id: 'card-1', at: 2 },
    ]
    const chosen = deck.slice(1)
    const seen: Progress = Object.fromEntries(chosen.map((c) => [c.id, { due: T0 + 1e9 }])) as unknown as Progress
    // nothing new or due: the waiting card-1 comes back, not "none left"
    expect(nextInSession(chosen, seen, T0, 0, marked, 0)?.card.id).toBe('card-1')
    expect(nextInSession(chosen, seen, T0, 0, marked, 5)).toEqual({ card: chosen[0], again: true })
  })
})
