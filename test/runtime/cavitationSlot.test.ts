import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FacetJointId } from '../../src/anatomy/ids'
import { createCavitationSlot, IN_PLACE_TIMEOUT_MS } from '../../src/runtime/cavitation'
import type { CavitationFeature } from '../../src/runtime/cavitationFeature'
import { createFacetStore } from '../../src/store'

const JOINT: FacetJointId = 'facet:L4-L5:left'

/** A feature that only records what it was asked to do. */
function fakeFeature() {
  const calls: string[] = []
  const feature = {
    playJoint: (joint: FacetJointId) => calls.push(`play ${joint}`),
    unlockSound: () => calls.push('unlock'),
  } as unknown as CavitationFeature
  return { feature, calls }
}

async function loadedSlot(hasView: boolean) {
  const store = createFacetStore()
  const { feature, calls } = fakeFeature()
  const slot = createCavitationSlot(
    store,
    async () => feature,
    () => hasView,
  )
  await slot.load()
  return { store, slot, calls }
}

describe('a first pull and the 3D view', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('unlocks the sound at once and starts the pull when the camera has arrived and the joint is drawn', async () => {
    const { store, slot, calls } = await loadedSlot(true)
    slot.request(JOINT)
    expect(calls).toEqual(['unlock'])
    expect(store.getState().closeUpJoint).toBe(JOINT)
    store.getState().setCloseUpInPlace('shown', JOINT)
    expect(calls).toEqual(['unlock'])
    store.getState().setCloseUpInPlace('arrived', JOINT)
    expect(calls).toEqual(['unlock', `play ${JOINT}`])
    // a replay with the joint in place starts at once
    slot.request(JOINT)
    expect(calls.at(-1)).toBe(`play ${JOINT}`)
    expect(calls.filter((c) => c.startsWith('play'))).toHaveLength(2)
  })

  it('drops the pull when the close-up is closed before the joint is in place', async () => {
    const { store, slot, calls } = await loadedSlot(true)
    slot.request(JOINT)
    store.getState().closeCloseUp()
    store.getState().openCloseUp(JOINT)
    store.getState().setCloseUpInPlace('shown', JOINT)
    store.getState().setCloseUpInPlace('arrived', JOINT)
    vi.advanceTimersByTime(IN_PLACE_TIMEOUT_MS * 2)
    expect(calls).toEqual(['unlock'])
  })

  it('plays anyway when the view never reports the joint in place, and at once with no view', async () => {
    const withView = await loadedSlot(true)
    withView.slot.request(JOINT)
    vi.advanceTimersByTime(IN_PLACE_TIMEOUT_MS - 1)
    expect(withView.calls).toEqual(['unlock'])
    vi.advanceTimersByTime(1)
    expect(withView.calls).toEqual(['unlock', `play ${JOINT}`])

    const noView = await loadedSlot(false)
    noView.slot.request(JOINT)
    expect(noView.calls).toEqual(['unlock', `play ${JOINT}`])
  })

  it('forgets the joint in place when another joint is opened', () => {
    const store = createFacetStore()
    store.getState().openCloseUp(JOINT)
    store.getState().setCloseUpInPlace('arrived', JOINT)
    store.getState().openCloseUp('facet:L3-L4:left')
    expect(store.getState().closeUpArrived).toBeNull()
    // a report for a joint no longer open is ignored
    store.getState().setCloseUpInPlace('shown', JOINT)
    expect(store.getState().closeUpShown).toBeNull()
  })
})
