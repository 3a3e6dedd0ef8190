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
