// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_AUDIO, SoundEngine } from '../../src/audio/engine'

/** An AudioContext that stays suspended and refuses to resume, as one under a strict autoplay policy. */
let resumes = 0
class RefusingContext {
  state = 'suspended'
  destination = {}
  resume() {
    resumes++
    return Promise.reject(new Error('not allowed'))
  }
  createGain() {
    return { gain: { value: 0 }, connect: () => undefined }
  }
}

afterEach(() => {
  Reflect.deleteProperty(window, 'AudioContext')
})

describe('the sound engine', () => {
  it('carries on, with nothing playable and no unhandled error, when the browser refuses to resume audio', async () => {
    // a trust review (s37): the refused resume() was left as an unhandled rejection
    Object.assign(window, { AudioContext: RefusingContext })
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    const engine = new SoundEngine(DEFAULT_AUDIO)
    engine.unlock()
    // let the rejection settle, and Node's unhandled-rejection check run
    await new Promise((resolve) => setTimeout(resolve, 20))
    process.off('unhandledRejection', onUnhandled)
    expect(resumes).toBe(1)
    expect(unhandled).toEqual([])
    expect(engine.available).toBe(false)
    expect(engine.play(new Float32Array(8), 44_100)).toBe(false)
  })
})
