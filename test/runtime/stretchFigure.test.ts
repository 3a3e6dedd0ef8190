import { describe, expect, it } from 'vitest'
import type { FrameScheduler } from '../../src/runtime/clock'
import { createFacetRuntime } from '../../src/runtime/runtime'

/** A scheduler that never runs a frame by itself: these checks are about state, not time. */
const still: FrameScheduler = { request: () => 0, cancel: () => {} }

describe('the person doing the stretch', () => {
  it('is not there before a card plays, appears when it plays and stays until the card closes', () => {
    const { store, stretch } = createFacetRuntime({ scheduler: still })
    store.getState().openStretch('knee-rolls')
    expect(stretch.figure().cardId).toBe(null)
    stretch.play('knee-rolls')
    expect(stretch.figure().cardId).toBe('knee-rolls')
    stretch.stop()
    expect(stretch.figure().cardId).toBe('knee-rolls')
    store.getState().openStretch(null)
    expect(stretch.figure().cardId).toBe(null)
  })

  it('goes with the card: opening another card leaves it out until that one plays', () => {
    const { store, stretch } = createFacetRuntime({ scheduler: still })
    stretch.play('knee-rolls')
    store.getState().openStretch('cat-camel')
    expect(stretch.figure().cardId).toBe(null)
    stretch.play('cat-camel')
    expect(stretch.figure().cardId).toBe('cat-camel')
  })

  it('stays hidden for the next cards once hidden, and tells its listeners', () => {
    const { stretch } = createFacetRuntime({ scheduler: still })
    let told = 0
    const stop = stretch.onFigure(() => told++)
    stretch.play('knee-rolls')
    stretch.setFigureHidden(true)
    expect(stretch.figure()).toEqual({ hidden: true, cardId: null })
    stretch.play('cat-camel')
    expect(stretch.figure()).toEqual({ hidden: true, cardId: null })
    stretch.setFigureHidden(false)
    expect(stretch.figure()).toEqual({ hidden: false, cardId: 'cat-camel' })
    expect(told).toBeGreaterThanOrEqual(3)
    stop()
  })

  it('follows the store while listened to: closing the card tells the listeners', () => {
    const { store, stretch } = createFacetRuntime({ scheduler: still })
    stretch.play('knee-rolls')
    let told = 0
    const stop = stretch.onFigure(() => told++)
    store.getState().openStretch(null)
    expect(told).toBe(1)
    expect(stretch.figure().cardId).toBe(null)
    stop()
  })

  it('is kept per runtime, not shared', () => {
    const one = createFacetRuntime({ scheduler: still })
    const two = createFacetRuntime({ scheduler: still })
    one.stretch.setFigureHidden(true)
    expect(two.stretch.figure().hidden).toBe(false)
  })
})
