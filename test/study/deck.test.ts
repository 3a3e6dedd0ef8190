import { describe, expect, it } from 'vitest'
import { isStructureId } from '../../src/anatomy/ids'
import { isNeuralId } from '../../src/anatomy/neural'
import { isPartId, type PartId, partInfo, termOf } from '../../src/anatomy/parts'
import { SOURCES } from '../../src/anatomy/sources'
import { ANATOMY_ES } from '../../src/i18n/es/anatomy'
import { buildDeck, carryOverRepeats, DECK_FILTERS, filterDeck, localizeCard } from '../../src/study/deck'
import { grade, NEW_PER_SESSION, nextCard, type Progress } from '../../src/study/session'
import { expectPlain } from '../content/readability'

const deck = buildDeck()
const T0 = Date.UTC(2026, 0, 1)

describe('the flashcard deck', () => {
  it('has cards for bones, parts and nerve roots, each id once', () => {
    expect(new Set(deck.map((c) => c.id)).size).toBe(deck.length)
    expect(deck.filter((c) => c.kind === 'bone').length).toBeGreaterThanOrEqual(10)
    expect(deck.filter((c) => c.kind === 'part').length).toBeGreaterThanOrEqual(20)
    expect(deck.filter((c) => c.kind === 'root').length).toBeGreaterThanOrEqual(40)
  })

  it('never asks two bone or part cards with the same answer (a session was a run of one card)', () => {
    // (of each sort: a part lit up on the model to be named has the same answer as its description to be named,
    // and is another question)
    for (const sort of ['bone', 'part', 'name-part', 'spot-part'] as const) {
      const backs = deck.filter((c) => c.id.startsWith(`${sort}:`)).map((c) => c.back.detailed)
      expect(new Set(backs).size, sort).toBe(backs.length)
    }
    // the one kept is the typical bone's: the pedicle of L4, not of C2; the thoracic vertebrae's shared facts once
    expect(deck.some((c) => c.id === 'part:L4/pedicle:left')).toBe(true)
    expect(deck.some((c) => c.id === 'part:C2/pedicle:left')).toBe(false)
    expect(deck.filter((c) => /upper back bones have in common/.test(c.front.plain))).toHaveLength(1)
  })

  it('lights a part up on the model to be named, as a lab exam asks, in English and Spanish', () => {
    // "identify it" (student review s38, M8): the part shown, its name only on the back
    const spot = deck.filter((c) => c.id.startsWith('spot-part:'))
    expect(spot.length).toBeGreaterThan(25)
    for (const c of spot) {
      expect(c.spot, c.id).toBe(c.target)
      expect(partInfo(c.target as PartId)?.form, c.id).toBe('solid')
      const name = partInfo(c.target as PartId)!.name
      for (const words of [c.front.plain, c.front.detailed])
        expect(words.toLowerCase(), c.id).not.toContain(termOf(name.detailed).toLowerCase())
      const es = localizeCard(c, ANATOMY_ES)
      expect(es.front.plain, c.id).toMatch(/rosa en el modelo\?$/)
      expect(es.back.plain, c.id).not.toBe(c.back.plain)
    }
    const dens = spot.find((c) => c.target === 'C2/dens')!
    expect(dens.front.plain).toBe('Which part of C2 is lit up in pink on the model?')
    expect(dens.back.detailed).toMatch(/^Dens of C2/)
    // none of the others' sort shows its part unasked
    expect(deck.filter((c) => c.spot !== undefined).every((c) => c.id.startsWith('spot-part:'))).toBe(true)
  })

  it('asks how a doctor checks each root an examination of the limbs tests, with the panel’s exam fact', () => {
    const exam = deck.filter((c) => c.id.startsWith('root-exam:'))
    expect(exam.map((c) => c.id.slice('root-exam:'.length))).toEqual([
      'C5',
      'C6',
      'C7',
      'C8',
      'T1',
      'L2',
      'L3',
      'L4',
      'L5',
      'S1',
    ])
    const l5 = exam.find((c) => c.id === 'root-exam:L5')!
    expect(l5.front.plain).toBe('How does a doctor check the L5 nerve root?')
    expect(l5.back.plain).toMatch(/top of the foot.*lift the big toe/)
    expect(l5.sources).toContain('kirshblum2011')
    expect(l5.target).toBe('nerve:L5:left')
  })

  it('goes through one kind of card when asked', () => {
    expect(filterDeck(deck, 'all')).toHaveLength(deck.length)
    for (const kind of ['bone', 'part', 'root', 'condition'] as const) {
      const chosen = filterDeck(deck, kind)
      expect(chosen.length, kind).toBeGreaterThan(0)
      expect(
        chosen.every((c) => c.kind === kind),
        kind,
      ).toBe(true)
    }
    expect(DECK_FILTERS).toEqual(['all', 'bone', 'part', 'root', 'condition'])
  })

  it('gives every card a source that resolves, and a target on the model that exists', () => {
    for (const card of deck) {
      expect(card.sources.length, card.id).toBeGreaterThan(0)
      for (const key of card.sources) expect(SOURCES[key], `${card.id}: ${key}`).toBeDefined()
      const t = card.target
      expect(isStructureId(t) || isNeuralId(t) || isPartId(t), `${card.id} → ${t}`).toBe(true)
    }
    expect(deck.find((c) => c.id === 'root:L5')?.target).toBe('nerve:L5:left')
    expect(deck.find((c) => c.id === 'part:L4/pedicle:left')?.target).toBe('L4/pedicle:left')
  })

  it('asks what is special only of a bone whose answer is its own, and of the rest what they share with their region', () => {
    const bones = deck.filter((c) => c.kind === 'bone')
    const special = bones.filter((c) => /^What is special about/.test(c.front.plain))
    // a student asked "What is special about T7?" was answered with what every thoracic vertebra has
    // (C3 to C6 share theirs, the split spinous process, as it is special to them)
    const backs = special.map((c) => c.back.plain)
    expect(new Set(backs).size).toBe(backs.length)
    expect(special.map((c) => c.target)).toEqual(expect.arrayContaining(['C1', 'C2', 'C7', 'T12', 'L5', 'sacrum']))
    expect(special.find((c) => c.target === 'sacrum')?.front.plain).toBe('What is special about the sacrum?')
    // T1 has its own: its whole facet for the first rib (student review s38, M5)
    expect(bones.find((c) => c.id === 'bone:T1')?.back.plain).toMatch(/first rib joins T1 at one whole round face/)
    // the thoracic bones with nothing of their own share one card, kept under the first of them (T2)
    const regional = bones.find((c) => c.id === 'bone:T2')!
    expect(regional.front.plain).toBe('What do T2 and the other upper back bones have in common?')
    expect(regional.back.plain).toMatch(/ribs/)
  })

  it('teaches the textbook and the measured spines, never how this model draws them, in both languages', () => {
    // T11's card answered "In this model, T11 is the bone where the joints change" (a student's review, s38)
    for (const card of deck) expect(card.back.plain, card.id).not.toMatch(/^In this model/)
    const t11 = deck.find((c) => c.id === 'bone:T11')!
    expect(t11.back.detailed).toMatch(/one whole costal facet/)
    const t12 = deck.find((c) => c.id === 'bone:T12')!
    expect(t12.back.plain).toMatch(/^Many anatomy books teach T12/)
    expect(t12.sources).toContain('singer1988')
    for (const card of [t11, t12]) {
      const es = localizeCard(card, ANATOMY_ES)
      expect(es.back.plain, card.id).not.toMatch(/^En este modelo/)
      expect(es.back.plain, card.id).not.toBe(card.back.plain)
    }
  })

  it('asks for a part both ways: what it is from its name, and its name from what it is, the name blanked out', () => {
    const deck = buildDeck()
    const named = deck.filter((c) => c.id.startsWith('name-part:'))
    // the features of a level an exam asks for are carded too (student review s38, M8)
    for (const target of [
      'C5/uncinate-process:left',
      'C5/transverse-foramen:left',
      'T6/costal-facet-upper:left',
      'T6/transverse-costal-facet:left',
      'L4/mammillary-process:left',
      'L4/pedicle:left',
      'L4/lamina:left',
    ]) {
      expect(
        deck.some((c) => c.id === `part:${target}`),
        target,
      ).toBe(true)
      expect(
        named.some((c) => c.target === target),
        target,
      ).toBe(true)
    }
    const card = named.find((c) => c.target === 'L4/lamina:left')!
    expect(card.front.plain).toMatch(/^Which part of L4 is this\? A flat plate of bone/)
    expect(card.back.plain).toBe('It is the back plate of L4 (lamina).')
    expect(card.back.detailed).toBe('Lamina of L4.')
    // the answer is never printed on the front, in either language, nor its other names
    const terms = (c: (typeof named)[number]) => {
      const detailed = partInfo(c.target)!.name.detailed
      return [termOf(detailed), /\(([^()]*)\)$/.exec(detailed)?.[1]].filter((t): t is string => !!t)
    }
    for (const c of named) {
      for (const term of terms(c)) {
        expect(c.front.plain.toLowerCase(), c.id).not.toContain(term.toLowerCase())
        expect(c.front.detailed.toLowerCase(), c.id).not.toContain(term.toLowerCase())
      }
      expect(c.front.detailed, c.id).not.toMatch(/foramen transversarium/i)
      const es = localizeCard(c, ANATOMY_ES)
      const esTerm = /\(([^()]*)\)\.$/.exec(es.back.plain)?.[1]
      if (esTerm) expect(es.front.plain.toLowerCase(), c.id).not.toContain(esTerm.toLowerCase())
      expect(es.front.plain, c.id).toMatch(/^¿Qué parte (de|del) /)
    }
  })

  it('words every front and back plainly for patients, with a detailed version too', () => {
    for (const card of deck) {
      expectPlain(`${card.id} front`, card.front.plain)
      expectPlain(`${card.id} back`, card.back.plain)
      expect(card.front.detailed.length).toBeGreaterThan(5)
      expect(card.back.detailed.length).toBeGreaterThan(5)
    }
  })
})

describe('a study session', () => {
  it('shows new cards in deck order, then brings a forgotten card back when it is due', () => {
    const first = nextCard(deck, {}, T0)
    expect(first?.id).toBe(deck[0]?.id)
    if (!first) return
    const progress = grade({}, first, 'again', T0)
    expect(nextCard(deck, progress, T0)?.id).toBe(deck[1]?.id)
    expect(nextCard(deck, progress, T0 + 24 * 3600 * 1000)?.id).toBe(first.id)
  })

  it('stops bringing in new cards after a session’s share', () => {
    expect(nextCard(deck, {}, T0, NEW_PER_SESSION)).toBeNull()
  })
})

describe('the order new cards are met in', () => {
  it('mixes the kinds: a first session of new cards has bones, parts, roots (how a doctor checks one too) and conditions', () => {
    const deck = buildDeck()
    const first = deck.slice(0, NEW_PER_SESSION)
    for (const kind of ['bone', 'part', 'root', 'condition'] as const)
      expect(first.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(3)
    expect(first.some((c) => c.id.startsWith('root-exam:'))).toBe(true)
    // every card is still met once, and no kind's own order changes
    expect(new Set(deck.map((c) => c.id)).size).toBe(deck.length)
    const bones = deck.filter((c) => c.kind === 'bone').map((c) => c.id)
    expect(bones[0]).toBe('bone:C1')
  })
})

describe('progress saved before repeated cards were left out', () => {
  const learnt = { reps: 3, interval: 15, ease: 2.6, due: 1_900_000_000_000, lapses: 0 }
  const ids = new Set(buildDeck().map((c) => c.id))

  it('counts for the card kept in the repeat’s place, so a learnt card is not met again as new', () => {
    // T7's card says what the thoracic bones share, as T1's does: only T1's is kept
    expect(ids.has('bone:T7')).toBe(false)
    const carried: Progress = carryOverRepeats<Progress>({ 'bone:T7': learnt })
    const landed = Object.keys(carried)
    expect(landed).toHaveLength(1)
    expect(ids.has(landed[0]!)).toBe(true)
    expect(landed[0]).toMatch(/^bone:T/)
    expect(carried[landed[0]!]).toEqual(learnt)
    const card = buildDeck().find((c) => c.id === landed[0])!
    expect(nextCard([card], carried, 1_800_000_000_000)).toBeNull()
  })

  it('never overwrites the kept card’s own progress, and leaves other cards alone', () => {
    const own = { reps: 1, interval: 1, ease: 2.5, due: 1, lapses: 1 }
    const first = Object.keys(carryOverRepeats({ 'bone:T7': learnt }))[0]!
    const both: Progress = carryOverRepeats<Progress>({ 'bone:T7': learnt, [first]: own, 'bone:C1': learnt })
    expect(both[first]).toEqual(own)
    expect(both['bone:C1']).toEqual(learnt)
    const untouched = { 'bone:C1': learnt }
    expect(carryOverRepeats(untouched)).toBe(untouched)
  })
})
