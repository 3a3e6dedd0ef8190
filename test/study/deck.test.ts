import { describe, expect, it } from 'vitest'
import { isStructureId } from '../../src/anatomy/ids'
import { isNeuralId } from '../../src/anatomy/neural'
import { isPartId } from '../../src/anatomy/parts'
import { SOURCES } from '../../src/anatomy/sources'
import { buildDeck } from '../../src/study/deck'
import { grade, NEW_PER_SESSION, nextCard } from '../../src/study/session'
import { expectPlain } from '../content/readability'

const deck = buildDeck()
const T0 = Date.UTC(2026, 0, 1)

describe('the flashcard deck', () => {
  it('has cards for bones, parts and nerve roots, each id once', () => {
    expect(new Set(deck.map((c) => c.id)).size).toBe(deck.length)
    expect(deck.filter((c) => c.kind === 'bone').length).toBeGreaterThanOrEqual(20)
    expect(deck.filter((c) => c.kind === 'part').length).toBeGreaterThanOrEqual(20)
    expect(deck.filter((c) => c.kind === 'root').length).toBeGreaterThanOrEqual(25)
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
    const backs = special.map((c) => c.back.plain).filter((b) => !/splits into two/.test(b))
    expect(new Set(backs).size).toBe(backs.length)
    expect(special.length - backs.length).toBe(4)
    expect(special.map((c) => c.target)).toEqual(expect.arrayContaining(['C1', 'C2', 'C7', 'T12', 'L5', 'sacrum']))
    const t7 = bones.find((c) => c.id === 'bone:T7')!
    expect(t7.front.plain).toBe('What do T7 and the other upper back bones have in common?')
    expect(t7.back.plain).toMatch(/ribs/)
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
