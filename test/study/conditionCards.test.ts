import { describe, expect, it } from 'vitest'
import { CONDITION_IDS, CONDITION_MODELS } from '../../src/anatomy/conditionModels'
import { conditionQuestion } from '../../src/quiz/conditionQuestions'
import { createFacetStore } from '../../src/store'
import { buildDeck, localizeCard, modelAction, showCardOnModel } from '../../src/study/deck'
import { expectPlain } from '../content/readability'

const deck = buildDeck()

describe('flashcards from the conditions', () => {
  it('has a card for every condition, in the same deck as the rest, each id once', () => {
    for (const id of CONDITION_IDS)
      expect(
        deck.find((c) => c.id === `condition:${id}`),
        id,
      ).toBeDefined()
    expect(new Set(deck.map((c) => c.id)).size).toBe(deck.length)
    // met early, in turn with the other kinds
    expect(deck.slice(0, 4).map((c) => c.kind)).toEqual(['bone', 'part', 'root', 'condition'])
  })

  it('asks which root or bone in general form, and answers as Test yourself does, from the model', () => {
    const card = (id: string) => deck.find((c) => c.id === `condition-answer:${id}`)
    expect(card('herniation-l4-l5-posterolateral')?.target).toBe(
      CONDITION_MODELS['herniation-l4-l5-posterolateral'].root,
    )
    expect(card('herniation-l4-l5-posterolateral')?.back.plain).toMatch(/^It is the L5 nerve\./)
    expect(card('herniation-l4-l5-foraminal')?.back.plain).toMatch(/^It is the L4 nerve\./)
    expect(card('herniation-c5-c6')?.back.detailed).toMatch(/^The C6 root\./)
    expect(card('spondylolisthesis-l5-s1-isthmic')?.back.plain).toMatch(/^It is L5\./)
    for (const c of deck.filter((x) => x.id.startsWith('condition-answer:'))) {
      const q = conditionQuestion(c.id.slice('condition-answer:'.length) as (typeof CONDITION_IDS)[number])
      expect(q?.answers[0], c.id).toBe(c.target)
      expect(c.sources).toEqual(q?.sources)
      // the card speaks of herniations in general, not of the side the model shows
      expect(`${c.back.plain} ${c.front.plain}`, c.id).not.toMatch(/\b(left|right)\b/)
      expectPlain(`${c.id} front`, c.front.plain)
      expectPlain(`${c.id} back`, c.back.plain)
    }
  })

  it('show the condition itself on the model, not only its root or bone; the other cards still select', () => {
    for (const card of deck.filter((c) => c.kind === 'condition')) {
      const id = card.id.slice(card.id.indexOf(':') + 1)
      const store = createFacetStore()
      showCardOnModel(store.getState(), card)
      const s = store.getState()
      expect(s.condition?.id, card.id).toBe(id)
      // the condition's own view: its level selected, its root or bone among what it involves
      expect(s.condition?.involves, card.id).toContain(card.target)
      // the Spanish words keep the card's condition
      expect(modelAction(localizeCard(card, undefined, { [card.id]: { front: card.front, back: card.back } }))).toEqual(
        {
          kind: 'show-condition',
          id,
        },
      )
    }
    const root = deck.find((c) => c.id === 'root:L5')
    expect(root && modelAction(root)).toEqual({ kind: 'select', id: 'nerve:L5:left' })
    const store = createFacetStore()
    if (root) showCardOnModel(store.getState(), root)
    expect(store.getState().condition).toBeNull()
    expect(store.getState().selected).toBe(root?.target)
  })
})
