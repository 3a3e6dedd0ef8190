import { describe, expect, it, vi } from 'vitest'
import { createFacetStore } from '../../src/store'
import { closeTopmost, escapeTarget } from '../../src/ui/escape'

/** Everything open at once: selection, quiz, stretch card, close-up, Why backs crack, Warning signs. */
function everythingOpen() {
  const store = createFacetStore()
  const s = store.getState()
  s.startQuiz(1)
  s.select('facet:L4-L5:left')
  s.openStretch('knee-rolls')
  s.openCloseUp('facet:L4-L5:left')
  s.setRedFlagsOpen(true)
  s.setPanel('learn')
  return store
}

describe('Escape closes the topmost panel only', () => {
  it('closes dialogs, then the close-up, then the stretch card, then the quiz, and only then the selection', () => {
    const store = everythingOpen()
    const stop = vi.fn()
    const closed: (string | null)[] = []
    for (let i = 0; i < 7; i++) closed.push(closeTopmost(store, stop))
    expect(closed).toEqual(['dialog', 'dialog', 'closeUp', 'stretch', 'quiz', 'selection', null])
    const s = store.getState()
    expect([s.panel, s.redFlagsOpen, s.closeUpJoint, s.openStretchId, s.quiz, s.selected]).toEqual([
      'none',
      false,
      null,
      null,
      null,
      null,
    ])
    // the stretch's motion on the spine is stopped with its card, and only then
    expect(stop).toHaveBeenCalledTimes(1)
  })

  it('closes Sources before the Warning signs it was opened over', () => {
    const store = createFacetStore()
    store.getState().setRedFlagsOpen(true)
    store.getState().setPanel('sources')
    closeTopmost(store, () => {})
    expect(store.getState().panel).toBe('none')
    expect(store.getState().redFlagsOpen).toBe(true)
  })

  it('keeps the selection while any panel is open', () => {
    const store = everythingOpen()
    while (escapeTarget(store.getState()) !== 'selection') {
      closeTopmost(store, () => {})
      expect(store.getState().selected).toBe('facet:L4-L5:left')
    }
  })

  it('does nothing when nothing is open', () => {
    const store = createFacetStore()
    expect(closeTopmost(store, () => {})).toBeNull()
  })
})
