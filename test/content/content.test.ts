import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'
import { describe, expect, it } from 'vitest'
import { REGIONS } from '../../src/anatomy/ids'
import { SOURCES } from '../../src/anatomy/sources'
import { DISC_NO_CRACK, EXPLANATIONS, PHASE_CAPTIONS } from '../../src/content/cavitation'
import { EMERGENCY_SIGNS, SEE_A_CLINICIAN } from '../../src/content/redFlags'
import { claim, myth, soundMechanism, stretchCard } from '../../src/content/schema'
import { CHECK_SIGNS, MYTHS, NORMAL_SIGNS, RISKS, SOUND_MECHANISMS } from '../../src/content/sounds'
import { STRETCHES, stretchesForRegion } from '../../src/content/stretches'

/** Flesch–Kincaid grade of a text. */
function grade(text: string): number {
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length)
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/[^A-Za-z'’-]/g, ''))
    .filter(Boolean)
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0)
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables })
}

/** Every plain-language text a patient reads, labelled with where it comes from. */
function plainTexts(): [string, string][] {
  const out: [string, string][] = []
  // Flesch–Kincaid is unstable on fragments of one or two words, so names and list items are graded as
  // the passage a reader sees: a name with its description, a whole list.
  for (const s of SOUND_MECHANISMS) {
    out.push([`sound ${s.id}`, `${s.name.plain}. ${s.what.plain}`])
    for (const k of ['feelsLike', 'concern'] as const) out.push([`sound ${s.id} ${k}`, s[k].plain])
  }
  for (const c of [...NORMAL_SIGNS, ...CHECK_SIGNS, ...RISKS, ...EMERGENCY_SIGNS, ...SEE_A_CLINICIAN])
    out.push([`claim ${c.id}`, c.plain])
  for (const m of MYTHS) out.push([`myth ${m.id}`, m.myth.plain], [`truth ${m.id}`, m.truth.plain])
  for (const e of EXPLANATIONS) out.push([`explanation ${e.id}`, e.plain])
  for (const [k, v] of Object.entries(PHASE_CAPTIONS)) out.push([`caption ${k}`, v])
  out.push(['disc', DISC_NO_CRACK.plain])
  for (const s of STRETCHES) {
    out.push(
      [`${s.id} purpose`, s.purpose.plain],
      [`${s.id} feel`, s.shouldFeel],
      [`${s.id} not feel`, s.shouldNotFeel],
    )
    out.push([`${s.id} steps`, s.steps.join(' ')])
    out.push([`${s.id} stop if`, s.stopIf.map((x) => `${x}.`).join(' ')])
    out.push([`${s.id} skip if`, s.skipIf.map((x) => `${x}.`).join(' ')])
  }
  return out
}

describe('content', () => {
  it('validates against the schema', () => {
    soundMechanism.array().parse(SOUND_MECHANISMS)
    claim.array().parse([...NORMAL_SIGNS, ...CHECK_SIGNS, ...RISKS, ...EMERGENCY_SIGNS, ...SEE_A_CLINICIAN])
    myth.array().parse(MYTHS)
    stretchCard.array().parse(STRETCHES)
  })

  it('rejects a claim without a source or with a key that has no citation', () => {
    expect(() => claim.parse({ id: 'x', plain: 'abc', detailed: 'abc', sources: [] })).toThrow()
    expect(() => claim.parse({ id: 'x', plain: 'abc', detailed: 'abc', sources: ['nobody2099'] })).toThrow()
  })

  it('gives every source key a full citation', () => {
    for (const [key, source] of Object.entries(SOURCES)) expect(source.citation.length, key).toBeGreaterThan(20)
    for (const e of EXPLANATIONS) for (const k of e.sources) expect(SOURCES[k]).toBeDefined()
  })

  it.each(plainTexts())('plain text reads at grade 6 or below: %s', (_label, text) => {
    expect(grade(text)).toBeLessThanOrEqual(6)
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

  it('lists the emergency signs from the reference and the seeds’ warning list', () => {
    const emergency = EMERGENCY_SIGNS.map((f) => f.id)
    expect(emergency).toEqual(expect.arrayContaining(['saddle-numbness', 'bladder-bowel', 'both-legs']))
    const see = SEE_A_CLINICIAN.map((f) => f.id)
    expect(see).toEqual(expect.arrayContaining(['swelling', 'pain', 'fever', 'stroke-risk', 'pregnancy', 'nerves']))
  })
})
