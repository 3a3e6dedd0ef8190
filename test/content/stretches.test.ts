import { describe, expect, it } from 'vitest'
import { REGIONS } from '../../src/anatomy/ids'
import { stretchCard } from '../../src/content/schema'
import { STRETCHES, stretchesForRegion } from '../../src/content/stretches'
import { expectPlain } from './readability'

describe('stretch cards', () => {
  it('validates against the schema', () => {
    stretchCard.array().parse(STRETCHES)
  })

  it.each(STRETCHES.map((s) => [s.id, s] as const))('reads plainly, line by line: %s', (_id, s) => {
    expectPlain(`${s.id} purpose`, s.purpose.plain)
    expectPlain(`${s.id} feel`, s.shouldFeel)
    expectPlain(`${s.id} not feel`, s.shouldNotFeel)
    for (const step of s.steps) expectPlain(`${s.id} step`, step)
    for (const x of s.stopIf) expectPlain(`${s.id} stop if`, x)
    for (const x of s.skipIf) expectPlain(`${s.id} skip if`, x)
  })

  it('covers every region with stretch cards whose doses are complete', () => {
    for (const region of REGIONS) {
      const cards = stretchesForRegion(region)
      expect(cards.length, region).toBeGreaterThan(0)
      for (const c of cards) {
        const d = c.dose
        for (const n of [d.holdSeconds, d.reps, d.sets, d.perDay]) expect(n).toBeGreaterThan(0)
        expect(d.sources.length).toBeGreaterThan(0)
        if (d.basis === 'general') expect(d.note).toMatch(/general guideline/)
      }
    }
  })

  it('includes every stretch the seeds and the reference name', () => {
    const ids = STRETCHES.map((s) => s.id)
    for (const id of [
      'chin-tuck',
      'neck-turn',
      'neck-tilt',
      'towel-neck-rotation',
      'chair-extension',
      'foam-roller-extension',
      'standing-rotation',
      'cat-camel',
      'single-knee-to-chest',
      'double-knee-to-chest',
      'knee-rolls',
      'seated-rotation',
      'prone-press-up',
      'childs-pose',
      'warm-forward-fold',
      'hip-flexor-lunge',
      'figure-4-piriformis',
      'hamstring-fold',
    ]) {
      expect(ids).toContain(id)
    }
  })
})
