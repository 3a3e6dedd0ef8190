import { describe, expect, it } from 'vitest'
import { DAY_MS, GRADES, isDue, MIN_EASE, newSchedule, review, START_EASE } from '../../src/study/scheduler'

const T0 = Date.UTC(2026, 0, 1, 9, 0, 0)

describe('SM-2 scheduling', () => {
  it('grows the interval on each good answer: 1 day, 6 days, then times the ease', () => {
    let card = newSchedule(T0)
    let now = T0
    const intervals: number[] = []
    for (let i = 0; i < 5; i++) {
      card = review(card, GRADES.good, now)
      intervals.push(card.interval)
      now = card.due
    }
    expect(intervals.slice(0, 2)).toEqual([1, 6])
    for (let i = 2; i < intervals.length; i++)
      expect(intervals[i] as number).toBeGreaterThan(intervals[i - 1] as number)
    // "good" (q = 4) leaves the ease where it was: 0.1 − 1 × (0.08 + 0.02) = 0
    expect(card.ease).toBeCloseTo(START_EASE, 10)
    expect(intervals[2]).toBe(Math.round(6 * START_EASE))
  })

  it('starts again from one day on "again", keeping the ease, and counts the lapse', () => {
    let card = newSchedule(T0)
    card = review(card, GRADES.easy, T0)
    card = review(card, GRADES.easy, card.due)
    const ease = card.ease
    const forgotten = review(card, GRADES.again, card.due)
    expect(forgotten.reps).toBe(0)
    expect(forgotten.interval).toBe(1)
    expect(forgotten.ease).toBe(ease)
    expect(forgotten.lapses).toBe(1)
  })

  it('lowers the ease on hard answers, never below 1.3', () => {
    let card = newSchedule(T0)
    for (let i = 0; i < 30; i++) card = review(card, GRADES.hard, card.due)
    expect(card.ease).toBe(MIN_EASE)
    expect(review(newSchedule(T0), GRADES.easy, T0).ease).toBeCloseTo(2.6, 10)
  })

  it('gives the same dates for the same reviews at the same times (the clock is injected)', () => {
    const run = () => {
      let card = newSchedule(T0)
      const dues: number[] = []
      for (const q of [GRADES.good, GRADES.easy, GRADES.again, GRADES.good]) {
        card = review(card, q, card.due)
        dues.push(card.due)
      }
      return dues
    }
    expect(run()).toEqual(run())
    expect(run()[0]).toBe(T0 + DAY_MS)
    expect(run()[1]).toBe(T0 + DAY_MS + 6 * DAY_MS)
  })

  it('says a card is due once its time has come, and a new card at once', () => {
    const card = review(newSchedule(T0), GRADES.good, T0)
    expect(isDue(card, T0 + DAY_MS - 1)).toBe(false)
    expect(isDue(card, T0 + DAY_MS)).toBe(true)
    expect(isDue(undefined, T0)).toBe(true)
  })
})
