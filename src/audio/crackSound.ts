import { type CavitationResult, tissueFilter } from '../physics/cavitation'

/**
 * The crack as playable samples, from the model's own skin-level signal. At slower speeds the sound is
 * stretched in time without dropping in pitch: the radiated source is slowed and the tissue resonance
 * rings proportionally longer, so at 1/10 the same ~300 Hz pop lasts ten times as long.
 */
export function crackSamples(result: CavitationResult, speed = 1): Float32Array {
  if (result.audio.length === 0) return new Float32Array(0)
  const base = speed >= 1 ? result.audio : stretch(result, speed)
  return normalise(fadeOut(base, result.audioRate))
}

function stretch(result: CavitationResult, speed: number): Float32Array {
  // Slow the skin signal down, then pass it through the tissue resonance again with its damping scaled
  // by the speed, so it rings for proportionally longer at the same pitch.
  const factor = 1 / speed
  const source = result.audio
  const n = Math.min(Math.round(source.length * factor), result.audioRate * 20)
  const slowed = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const x = i * speed
    const j = Math.floor(x)
    const f = x - j
    slowed[i] = (source[j] ?? 0) * (1 - f) + (source[j + 1] ?? 0) * f
  }
  return tissueFilter(slowed, result.audioRate, speed)
}

function fadeOut(samples: Float32Array, rate: number): Float32Array {
  const out = Float32Array.from(samples)
  const fade = Math.min(out.length, Math.round(rate * 0.004))
  for (let i = 0; i < fade; i++) out[out.length - 1 - i] = (out[out.length - 1 - i] as number) * (i / fade)
  return out
}

function normalise(samples: Float32Array, peak = 0.9): Float32Array {
  let max = 0
  for (const s of samples) max = Math.max(max, Math.abs(s))
  if (max === 0) return samples
  const k = peak / max
  return samples.map((s) => s * k)
}
