// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FacetJointId } from '../../src/anatomy/ids'
import { CAVITATION } from '../../src/physics/constants'
import { RuntimeProvider } from '../../src/runtime/react'
import { createFacetRuntime, type FacetRuntime } from '../../src/runtime/runtime'
import { msUntilClockChanges, RefractoryClock, refractoryClockText } from '../../src/ui/RefractoryClock'

const PERIOD = CAVITATION.refractoryPeriod.value
const MINUTE = 60_000
const JOINT: FacetJointId = 'facet:L4-L5:left'

describe('when the refractory clock redraws', () => {
  it('waits for the next tenth of a minute since the crack, or the next whole minute left', () => {
    // 2.00 min since: the figure turns to 2.1 at 2.05 min, 3 s of wall time away
    expect(msUntilClockChanges(2, true)).toBeCloseTo(0.05 * MINUTE + 50, 6)
    // 2.46 min since: 17.54 left shows "18" and turns to "17" at 2.5, before the tenth turns at 2.55
    expect(msUntilClockChanges(2.46, true)).toBeCloseTo(0.04 * MINUTE + 50, 6)
    // just before the end of the period, the end comes first
    expect(msUntilClockChanges(PERIOD - 0.01, true)).toBeCloseTo(0.01 * MINUTE + 50, 6)
  })

  it('sets no timer before a crack or once the joint can crack again', () => {
    expect(msUntilClockChanges(null, false)).toBeNull()
    expect(msUntilClockChanges(PERIOD + 0.5, false)).toBeNull()
  })

  it('says how long since the crack and, while refractory, about how long is left', () => {
    expect(refractoryClockText(null, false, 0)).toBe('Model clock: not cracked yet')
    expect(refractoryClockText(3, true, 17)).toBe(
      'Model clock: 3.0 min since the crack — can crack again in about 17 min (a figure from knuckles)',
    )
    expect(refractoryClockText(20.5, false, 0)).toBe('Model clock: 20.5 min since the crack')
  })

  it('tells a neck joint’s wait as what the gas does, not as a countdown to the next crack', () => {
    const neck = refractoryClockText(3, true, 17, undefined, undefined, true)
    expect(neck).toBe(
      'Model clock: 3.0 min since the crack — the gas takes about 17 min more to go back into the fluid (a figure from knuckles)',
    )
    expect(neck).not.toMatch(/can crack/)
  })
})

describe('the refractory clock on the page', () => {
  let wallMs = 0
  let runtime: FacetRuntime
  beforeEach(async () => {
    vi.useFakeTimers()
    wallMs = 1_000
    runtime = createFacetRuntime({ now: () => wallMs })
    await runtime.cavitation.load()
  })
  afterEach(() => {
    cleanup()
    runtime.dispose()
    vi.useRealTimers()
  })

  const showClock = () =>
    render(
      <RuntimeProvider runtime={runtime}>
        <RefractoryClock />
      </RuntimeProvider>,
    )
  /** Plays the joint's pull through to its end, as the close-up would. */
  const crack = (joint: FacetJointId = JOINT) => {
    const feature = runtime.cavitation.feature()
    if (!feature) throw new Error('the cavitation feature has not loaded')
    act(() => {
      runtime.store.getState().openCloseUp(joint)
      feature.loadJoint(joint)
      feature.playback.play(wallMs)
      while (feature.playback.playing) feature.playback.advance(0.05)
    })
  }
  const clockText = () => document.querySelector('.clock span')?.textContent
  /** Wall time passes: the injected clock and the page's timers together. */
  const pass = (ms: number) =>
    act(() => {
      wallMs += ms
      vi.advanceTimersByTime(ms)
    })

  it('runs no timer before the joint has cracked', () => {
    act(() => runtime.store.getState().openCloseUp(JOINT))
    showClock()
    expect(clockText()).toBe('Model clock: not cracked yet')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('counts the minutes from the crack as wall time passes, with no timer left once it can crack', () => {
    crack()
    showClock()
    expect(clockText()).toBe(
      `Model clock: 0.0 min since the crack — can crack again in about ${PERIOD} min (a figure from knuckles)`,
    )
    expect(vi.getTimerCount()).toBe(1)
    pass(3 * MINUTE)
    expect(clockText()).toBe(
      `Model clock: 3.0 min since the crack — can crack again in about ${PERIOD - 3} min (a figure from knuckles)`,
    )
    pass((PERIOD - 3) * MINUTE)
    expect(clockText()).toMatch(/^Model clock: 20\.\d min since the crack$/)
    expect(runtime.cavitation.snapshot(JOINT).refractory).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('fast-forwards five minutes, and skips to when the joint can crack', () => {
    crack()
    showClock()
    fireEvent.click(screen.getByRole('button', { name: '+5 min' }))
    expect(clockText()).toBe(
      `Model clock: 5.0 min since the crack — can crack again in about ${PERIOD - 5} min (a figure from knuckles)`,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Skip until it can crack' }))
    expect(clockText()).toBe(`Model clock: ${(PERIOD + 0.5).toFixed(1)} min since the crack`)
    expect(runtime.cavitation.snapshot(JOINT).refractory).toBe(false)
    expect((screen.getByRole('button', { name: 'Skip until it can crack' }) as HTMLButtonElement).disabled).toBe(true)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('offers a neck joint no skip to when it can crack again, and no countdown to it', () => {
    crack('facet:C5-C6:right')
    showClock()
    expect(screen.queryByRole('button', { name: 'Skip until it can crack' })).toBeNull()
    expect(screen.getByRole('button', { name: '+5 min' })).toBeTruthy()
    expect(clockText()).toMatch(/the gas takes about \d+ min more to go back into the fluid/)
    expect(clockText()).not.toMatch(/can crack/)
  })
})
