import { describe, expect, it } from 'vitest'
import { createFrameClock, type FrameScheduler } from '../../src/runtime/clock'
import { createFacetRuntime } from '../../src/runtime/runtime'

/** A scheduler driven by hand: `frame()` runs the pending frame at the next 16 ms step. */
function manualScheduler() {
  let pending: ((now: number) => void) | null = null
  let now = 1000
  const scheduler: FrameScheduler = {
    request(callback) {
      pending = callback
      return 1
    },
    cancel() {
      pending = null
    },
  }
  return {
    scheduler,
    waiting: () => pending !== null,
    frame() {
      const run = pending
      pending = null
      now += 16
      run?.(now)
    },
  }
}

describe('the frame clock', () => {
  it('runs frames only while something holds it, and one last frame after the release', () => {
    const manual = manualScheduler()
    const clock = createFrameClock(manual.scheduler)
    const seen: number[] = []
    clock.onFrame((_, delta) => seen.push(delta))
    expect(manual.waiting()).toBe(false)
    const release = clock.hold()
    manual.frame()
    manual.frame()
    expect(seen.length).toBe(2)
    expect(seen[1]).toBeCloseTo(0.016)
    release()
    release() // twice is harmless
    manual.frame() // the frame already asked for still runs, so listeners show their final state
    expect(seen.length).toBe(3)
    expect(manual.waiting()).toBe(false)
    expect(clock.running()).toBe(false)
  })

  it('keeps going while any of several holds is kept', () => {
    const manual = manualScheduler()
    const clock = createFrameClock(manual.scheduler)
    const a = clock.hold()
    const b = clock.hold()
    a()
    manual.frame()
    expect(manual.waiting()).toBe(true)
    b()
    manual.frame()
    expect(manual.waiting()).toBe(false)
  })

  it('gives one frame on request without holding, and stops listening when asked', () => {
    const manual = manualScheduler()
    const clock = createFrameClock(manual.scheduler)
    let frames = 0
    const stop = clock.onFrame(() => frames++)
    clock.requestFrame()
    manual.frame()
    expect(frames).toBe(1)
    expect(manual.waiting()).toBe(false)
    stop()
    clock.requestFrame()
    manual.frame()
    expect(frames).toBe(1)
  })

  it('is held by a playing stretch until it stops', () => {
    const manual = manualScheduler()
    const runtime = createFacetRuntime({ scheduler: manual.scheduler })
    expect(runtime.stretch.play('knee-rolls')).toBe(true)
    expect(runtime.clock.running()).toBe(true)
    runtime.stretch.stop()
    manual.frame()
    expect(runtime.clock.running()).toBe(false)
  })
})

describe('the runtime', () => {
  it('keeps nothing between two runtimes: each has its own state', () => {
    const one = createFacetRuntime()
    const two = createFacetRuntime()
    one.store.getState().select('L4')
    one.camera.position[0] = 99
    one.store.getState().notify('only here')
    expect(two.store.getState().selected).toBe(null)
    expect(two.camera.position[0]).toBe(0)
    expect(two.store.getState().messages).toEqual([])
    expect(two.ready.isReady()).toBe(false)
    one.ready.markReady()
    expect(two.ready.isReady()).toBe(false)
  })
})
