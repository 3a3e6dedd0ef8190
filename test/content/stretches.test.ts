import { describe, expect, it } from 'vitest'
import { CONDITION_IDS } from '../../src/anatomy/conditionModels'
import { REGIONS } from '../../src/anatomy/ids'
import { type StretchCard, stretchCard } from '../../src/content/schema'
import {
  MIGHT_POP_NOTE,
  NECK_CALL_NOW,
  NECK_POP_NOTE,
  STRETCHES,
  stretchById,
  stretchesForCondition,
  stretchesForRegion,
} from '../../src/content/stretches'
import { expectPlain } from './readability'

const card = (id: string): StretchCard => {
  const found = stretchById(id)
  if (!found) throw new Error(`no stretch ${id}`)
  return found
}
const NECK_CARDS = STRETCHES.filter((s) => s.region === 'cervical')
const textOf = (s: StretchCard): string[] => [
  s.purpose.plain,
  s.purpose.detailed,
  ...s.steps,
  s.dose.note,
  s.shouldFeel,
  s.shouldNotFeel,
  ...s.stopIf,
  ...s.skipIf,
]

/** What a reader must find on every neck card, in this test's own words (the schema has its own patterns). */
type Wanted = readonly [what: string, list: 'skipIf' | 'stopIf', finds: (line: string) => boolean]
const NECK_WANTED: readonly Wanted[] = [
  ['neck arteries or a past stroke', 'skipIf', (l) => /arteries/i.test(l) && /stroke/i.test(l)],
  ['a recent neck injury', 'skipIf', (l) => /neck/i.test(l) && /recent/i.test(l) && /hurt|injur/i.test(l)],
  ['dizziness', 'stopIf', (l) => /dizzy/i.test(l)],
  ['a change in sight', 'stopIf', (l) => /sight/i.test(l) && /double|blur/i.test(l)],
  ['a change in speech', 'stopIf', (l) => /speech/i.test(l) || /slur/i.test(l)],
  ['trouble swallowing', 'stopIf', (l) => /swallow/i.test(l)],
  ['a numb face', 'stopIf', (l) => /face/i.test(l) && /numb/i.test(l)],
]
const SAYS_POPS_NORMAL = /\b(pops?|cracks?|popping|cracking)\b.*\bnormal\b/i

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
        for (const n of [d.holdSeconds, d.reps, d.sets]) expect(n).toBeGreaterThan(0)
        // how often a day: a number only where the source gives one, else the note says it is not given
        if (d.perDay === null) expect(d.note, c.id).toMatch(/does not say how many times a day|is not given/)
        else expect(d.perDay).toBeGreaterThan(0)
        // never a frequency in the note that its source does not give
        expect(d.note, c.id).not.toMatch(/once a day \(|once a day.*(does not say|not given)/)
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

  it.each(NECK_CARDS.map((s) => [s.id, s] as const))(
    'neck card %s says who should skip it and when to stop',
    (_id, s) => {
      for (const [what, list, finds] of NECK_WANTED) expect(s[list].some(finds), `${s.id} ${list}: ${what}`).toBe(true)
    },
  )

  it('fails to validate a neck card that drops any of its safety lines', () => {
    expect(NECK_CARDS.length).toBeGreaterThanOrEqual(4)
    for (const s of NECK_CARDS) {
      expect(stretchCard.safeParse(s).success, s.id).toBe(true)
      for (const [what, list, finds] of NECK_WANTED) {
        const without = { ...s, [list]: s[list].filter((line) => !finds(line)) }
        expect(stretchCard.safeParse(without).success, `${s.id} without ${what}`).toBe(false)
      }
    }
    // the same lines are not demanded of other regions
    const back = card('knee-rolls')
    expect(back.skipIf.some((l) => /stroke/i.test(l))).toBe(false)
    expect(stretchCard.safeParse(back).success).toBe(true)
  })

  it('never says pops are normal, and fails a card that does', () => {
    for (const s of STRETCHES) for (const t of textOf(s)) expect(t, s.id).not.toMatch(SAYS_POPS_NORMAL)
    for (const note of [NECK_POP_NOTE, MIGHT_POP_NOTE]) {
      expect(note.plain).not.toMatch(SAYS_POPS_NORMAL)
      expect(note.detailed).not.toMatch(SAYS_POPS_NORMAL)
    }
    const popsNormal = { ...card('knee-rolls'), shouldFeel: 'A twist. A few pops are normal.' }
    expect(stretchCard.safeParse(popsNormal).success).toBe(false)
  })

  it('tells neck readers not to chase a pop, plainly and with sources', () => {
    expectPlain('neck pop note', NECK_POP_NOTE.plain)
    expect(NECK_POP_NOTE.plain).toMatch(/do not try to make your neck pop/i)
    expect(NECK_POP_NOTE.plain).toMatch(/force/i)
    expect(NECK_POP_NOTE.sources.length).toBeGreaterThan(0)
  })

  it('tells neck readers to call the emergency number, not only to stop, at the signs of an artery tear', () => {
    expectPlain('neck call-now note', NECK_CALL_NOW.plain)
    expect(NECK_CALL_NOW.plain).toMatch(/call 911, 112 or 999/i)
    expect(NECK_CALL_NOW.plain).toMatch(/even if it goes away/i)
    for (const sign of [/sight/, /speech/, /swallow/, /face/]) expect(NECK_CALL_NOW.plain).toMatch(sign)
  })

  it('says the 0.56 mm figure is the mean gap of joints that cracked in Cramer 2012, not a threshold', () => {
    expectPlain('might pop note', MIGHT_POP_NOTE.plain)
    expect(MIGHT_POP_NOTE.sources).toContain('cramer2012')
    expect(MIGHT_POP_NOTE.plain).toMatch(/0\.56 mm/)
    expect(MIGHT_POP_NOTE.plain).toMatch(/average/i)
    expect(MIGHT_POP_NOTE.plain).toMatch(/not a line/i)
    expect(MIGHT_POP_NOTE.detailed).toMatch(/mean/i)
    expect(MIGHT_POP_NOTE.detailed).toMatch(/lumbar/i)
    expect(MIGHT_POP_NOTE.detailed).toMatch(/not a threshold/i)
  })

  it('tells low-back readers too not to chase a pop, where the card lists joints that might crack', () => {
    expect(MIGHT_POP_NOTE.plain).toMatch(/do not need a pop/i)
    expect(MIGHT_POP_NOTE.plain).toMatch(/do not push/i)
    expect(MIGHT_POP_NOTE.detailed).toMatch(/do not seek or force cavitation/i)
    expect(MIGHT_POP_NOTE.sources).toContain('selfCrackingExperts')
  })

  it('gives the chin tuck the sitting dose (5 times; 10 is lying down) and the figure-4 its 3 times a day (science.md §6.2)', () => {
    const chin = card('chin-tuck')
    expect(chin.position).toBe('sitting')
    expect([chin.dose.holdSeconds, chin.dose.reps, chin.dose.perDay]).toEqual([5, 5, 3])
    const figure4 = card('figure-4-piriformis')
    expect([figure4.dose.holdSeconds, figure4.dose.perDay]).toEqual([30, 3])
    expect(figure4.dose.note).toMatch(/3 times a day/)
  })

  it('asks people with weak bones or very loose joints to check first before bending forward or twisting', () => {
    // precautions in the manipulation guideline, and in the reference's suggested rule (science.md §6.3)
    const spine = STRETCHES.filter((c) => c.region !== 'cervical' && c.region !== 'coccyx')
    for (const c of spine) {
      expect(
        c.skipIf.some((l) => /loose, bendy joints/i.test(l)),
        c.id,
      ).toBe(true)
      const bendsOrTwists = c.motion !== null && (c.motion.flexion >= 0.3 || Math.abs(c.motion.rotation) >= 0.5)
      if (bendsOrTwists)
        expect(
          c.skipIf.some((l) => /weak, thin bones/i.test(l)),
          c.id,
        ).toBe(true)
      expect(c.sources, c.id).toContain('osuCervicalCpg')
    }
    expect(card('knee-rolls').skipIf).toContain('Weak, thin bones (ask first)')
  })

  it('tells people what to do after a fall on the tailbone, instead of telling them to skip the advice', () => {
    const tailbone = card('coccyx-offloading')
    const fallLine = tailbone.steps.find((l) => /\bfall\b/i.test(l))
    expect(fallLine).toBeDefined()
    expect(fallLine).toMatch(/clinician|doctor/i)
    expect(fallLine).toMatch(/still help/i)
    expect(fallLine).toMatch(/few weeks/i)
    for (const line of tailbone.skipIf) expect(line).not.toMatch(/\bfall|accident/i)
  })

  it('gives the press-up progression in order: lying face down, on the elbows, then the press-up', () => {
    const steps = card('prone-press-up').steps
    const at = (pattern: RegExp) => steps.findIndex((l) => pattern.test(l))
    const lying = at(/lie .*on your front/i)
    const elbows = at(/elbows/i)
    const pressUp = at(/push up/i)
    expect(lying).toBe(0)
    expect(elbows).toBeGreaterThan(lying)
    expect(pressUp).toBeGreaterThan(elbows)
    const note = card('prone-press-up').dose.note
    expect(note).toMatch(/only if it feels fine/i)
    expect(note).toMatch(/leg pain does not spread/i)
  })

  it('sources the warm-shower forward fold to the surgeon’s 15–30 s advice', () => {
    const fold = card('warm-forward-fold')
    expect(fold.sources).toContain('womensHealth2018')
    expect(fold.sources).not.toContain('allure2020')
    expect(fold.dose.basis).toBe('specific')
    expect(fold.dose.sources).toEqual(['womensHealth2018'])
    expect(fold.dose.note).toMatch(/15–30 s/)
    expect(fold.dose.note).toMatch(/how many times a day is not given/i)
    expect(fold.dose.perDay).toBeNull()
    expect(fold.dose.holdSeconds).toBeGreaterThanOrEqual(15)
    expect(fold.dose.holdSeconds).toBeLessThanOrEqual(30)
  })
})

describe('the stretches a condition offers', () => {
  it('leaves out, for a bone squashed by osteoporosis, every card that says to ask first with weak bones', () => {
    // a clinician's review (s42): the fracture's panel offered the forward bends whose cards say to skip them
    const weak = (card: StretchCard) => card.skipIf.some((line) => /weak, thin bones/i.test(line))
    const fracture = stretchesForCondition('compression-fracture-l1', 'lumbar')
    expect(fracture.leftOut).toBe(true)
    expect(fracture.cards.length).toBeGreaterThan(0)
    expect(fracture.cards.filter(weak)).toEqual([])
    expect(stretchesForRegion('lumbar').some(weak)).toBe(true)
  })

  it('leaves every card of the region in for a condition that says nothing of the bones', () => {
    for (const id of CONDITION_IDS.filter((c) => c !== 'compression-fracture-l1')) {
      const { cards, leftOut } = stretchesForCondition(id, 'lumbar')
      expect(leftOut, id).toBe(false)
      expect(cards, id).toEqual(stretchesForRegion('lumbar'))
    }
  })
})
