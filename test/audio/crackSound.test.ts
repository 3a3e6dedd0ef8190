import { describe, expect, it } from 'vitest'
import { crackSamples } from '../../src/audio/crackSound'
import { DEFAULT_AUDIO, loadAudioSettings } from '../../src/audio/engine'
import { envelopeDuration, simulateCavitation } from '../../src/physics/cavitation'
import { facetArea } from '../../src/physics/joint'

const result = simulateCavitation({ facetArea: facetArea('facet:C5-C6:left') })

/** Zero crossings per second, a rough pitch measure that does not need an FFT. */
function crossingRate(s: Float32Array, rate: number): number {
  let peak = 0
  for (const x of s) peak = Math.max(peak, Math.abs(x))
  let crossings = 0
  let counted = 0
  let lastSign = 0
  for (let i = 0; i < s.length; i++) {
    if (Math.abs(s[i] as number) < peak * 0.05) continue
    counted++
    const sign = Math.sign(s[i] as number)
    if (lastSign !== 0 && sign !== lastSign) crossings++
    lastSign = sign
  }
  return (crossings / 2) * (rate / Math.max(1, counted))
}

describe('crack sound', () => {
  it('is the model’s pop, normalised, lasting a few milliseconds', () => {
    const samples = crackSamples(result)
    expect(Math.max(...samples.map(Math.abs))).toBeCloseTo(0.9, 2)
    const ms = envelopeDuration(samples, result.audioRate)
    expect(ms).toBeGreaterThan(3)
    expect(ms).toBeLessThan(9)
  })

  it('stretches in slow motion without dropping to a rumble', () => {
    const normal = crackSamples(result, 1)
    const slow = crackSamples(result, 0.1)
    const ratio = envelopeDuration(slow, result.audioRate) / envelopeDuration(normal, result.audioRate)
    expect(ratio).toBeGreaterThan(5)
    const pitchRatio = crossingRate(slow, result.audioRate) / crossingRate(normal, result.audioRate)
    expect(pitchRatio).toBeGreaterThan(0.5)
    expect(pitchRatio).toBeLessThan(2)
  })

  it('is silent when the joint did not crack', () => {
    const none = simulateCavitation({ facetArea: 100, residualGas: 0.5 })
    expect(crackSamples(none)).toHaveLength(0)
  })
})

describe('audio settings', () => {
  const store = (value: string | null) => ({ getItem: () => value })
  it('falls back to defaults, and says so, when saved data is corrupt', () => {
    expect(loadAudioSettings(store('{"muted":"yes"}'))).toEqual({ settings: DEFAULT_AUDIO, corrupt: true })
    expect(loadAudioSettings(store('not json'))).toEqual({ settings: DEFAULT_AUDIO, corrupt: true })
    expect(loadAudioSettings(store(null))).toEqual({ settings: DEFAULT_AUDIO, corrupt: false })
    expect(loadAudioSettings(store('{"muted":true,"volume":0.3}')).settings).toEqual({ muted: true, volume: 0.3 })
  })
})
