import type { Lang } from '../i18n/lang'
import type { CavitationResult } from '../physics/cavitation'

/**
 * Axis and tick maths for the close-up's plots: plain numbers, no React and no drawing, so it can be
 * tested on its own. An axis spans the data (with a little room) and carries a few round ticks inside it.
 */

export interface Axis {
  /** The value at the bottom (or left) edge of the plot. */
  readonly min: number
  /** The value at the top (or right) edge. */
  readonly max: number
  /** Round values inside [min, max], lowest first. */
  readonly ticks: readonly number[]
  readonly step: number
  /** Decimals that show every tick exactly. */
  readonly decimals: number
}

/** Tick steps are these times a power of ten: round numbers a reader can add up at a glance. */
const MANTISSAS = [1, 2, 2.5, 5] as const

/** Decimals a step of `mantissa`·10^`exponent` needs (2.5 needs one more than 1, 2 or 5). */
const decimalsOf = (mantissa: number, exponent: number): number =>
  Math.max(0, -exponent + (Number.isInteger(mantissa) ? 0 : 1))

/** Multiples of `step` in [min, max], rounded to `decimals` so 0.1 + 0.2 shows as 0.3. */
function multiples(min: number, max: number, step: number, decimals: number): number[] {
  const out: number[] = []
  const tolerance = step * 1e-9
  for (let k = Math.ceil((min - tolerance) / step); k * step <= max + tolerance; k++) {
    const value = Number((k * step).toFixed(decimals))
    out.push(Object.is(value, -0) ? 0 : value)
  }
  return out
}

/**
 * An axis over [lo, hi] with at most `maxTicks` round ticks (and at least two when the span allows).
 * The span is widened by `pad` of itself on both sides so the line never touches the edge; the ticks
 * are the smallest round step that fits, never values outside the span.
 */
export function niceAxis(lo: number, hi: number, maxTicks = 3, pad = 0.06): Axis {
  if (!(Number.isFinite(lo) && Number.isFinite(hi))) throw new Error(`niceAxis: span ${lo}…${hi} is not finite`)
  if (hi < lo) [lo, hi] = [hi, lo]
  // a flat line still gets an axis around its value
  const flat = hi - lo === 0
  const span = flat ? Math.max(Math.abs(lo), 1) : hi - lo
  const min = flat ? lo - span / 2 : lo - span * pad
  const max = flat ? hi + span / 2 : hi + span * pad
  let exponent = Math.floor(Math.log10((max - min) / Math.max(1, maxTicks))) - 1
  for (;;) {
    for (const m of MANTISSAS) {
      const step = m * 10 ** exponent
      const decimals = decimalsOf(m, exponent)
      const ticks = multiples(min, max, step, decimals)
      if (ticks.length <= maxTicks) return { min, max, ticks, step, decimals }
    }
    exponent++
  }
}

/** The time axis: exactly the run (0 to its end, ms), ticks at round milliseconds. */
export function timeAxis(duration: number, maxTicks = 5): Axis {
  const axis = niceAxis(0, duration, maxTicks, 0)
  return { ...axis, min: 0, max: duration }
}

/** A fixed axis (the sound's −100…100 %), with round ticks inside it. */
export function fixedAxis(min: number, max: number, maxTicks = 3): Axis {
  return { ...niceAxis(min, max, maxTicks, 0), min, max }
}

/**
 * A number as a tick or readout shows it: fixed decimals, a true minus sign, never "−0", and the language's
 * decimal mark (a comma in Spanish: 0,56). No thousands separator: the plots' values stay below 10 000.
 */
export function formatNumber(value: number, decimals: number, lang: Lang = 'en'): string {
  const fixed = value.toFixed(decimals)
  const text = Number(fixed) === 0 ? (0).toFixed(decimals) : fixed.replace('-', '−')
  return lang === 'es' ? text.replace('.', ',') : text
}

/** Where a value sits on an axis, 0 at `min` to 1 at `max` (outside that range beyond). */
export const axisFraction = (axis: Axis, value: number): number => (value - axis.min) / (axis.max - axis.min)

/**
 * The sound is shown as a share of the run's loudest moment, −100 to 100 %. The model's skin signal has a
 * unit (Pa) but no trustworthy size: it rests on estimated tissue constants and no published sound level
 * was found (science.md §4.3), so only its shape is shown. The peak is taken from the full-rate signal, so
 * the plotted samples never pass ±100.
 */
export const SOUND_PERCENT = 100

/** Factor that turns the model's skin signal into % of its peak; 0 for a run with no sound. */
export function soundPercentScale(result: Pick<CavitationResult, 'audio' | 'sound'>): number {
  let peak = 0
  for (let i = 0; i < result.audio.length; i++) peak = Math.max(peak, Math.abs(result.audio[i] as number))
  for (let i = 0; i < result.sound.length; i++) peak = Math.max(peak, Math.abs(result.sound[i] as number))
  return peak === 0 ? 0 : SOUND_PERCENT / peak
}

export type PlotKey = 'separation' | 'pressure' | 'radius' | 'sound'
export const PLOT_KEYS: readonly PlotKey[] = ['separation', 'pressure', 'radius', 'sound']

export interface PlotScale {
  readonly key: PlotKey
  /** Multiplies the model's series into the plotted unit (1 except for the sound's %). */
  readonly factor: number
  readonly axis: Axis
  /** Decimals of the live readout and of the numbers in the summary. */
  readonly decimals: number
  /** The plotted series' first, lowest, highest and last values, in the plotted unit. */
  readonly first: number
  readonly lowest: number
  readonly highest: number
  readonly last: number
}

/** Readout decimals: hundredths of a mm for the gap, tenths for the cavity, whole kPa and %. */
const READOUT_DECIMALS: Record<PlotKey, number> = { separation: 2, pressure: 0, radius: 1, sound: 0 }

function extent(data: ArrayLike<number>, factor: number): [number, number, number, number] {
  let lowest = Number.POSITIVE_INFINITY
  let highest = Number.NEGATIVE_INFINITY
  for (let i = 0; i < data.length; i++) {
    const v = (data[i] as number) * factor
    if (v < lowest) lowest = v
    if (v > highest) highest = v
  }
  if (data.length === 0) return [0, 0, 0, 0]
  return [(data[0] as number) * factor, lowest, highest, (data[data.length - 1] as number) * factor]
}

/**
 * The scale of each plot for one run. Gap and cavity axes start at 0 (nothing to nothing is the story);
 * pressure spans what the run reaches; the sound is fixed at −100…100 % so its ticks mean the same every run.
 */
export function plotScales(result: CavitationResult): Record<PlotKey, PlotScale> {
  const scale = (key: PlotKey): PlotScale => {
    const factor = key === 'sound' ? soundPercentScale(result) : 1
    const [first, lowest, highest, last] = extent(result[key], factor)
    const axis =
      key === 'sound'
        ? fixedAxis(-SOUND_PERCENT, SOUND_PERCENT)
        : key === 'pressure'
          ? niceAxis(lowest, highest, 4)
          : niceAxis(Math.min(0, lowest), highest)
    return { key, factor, axis, decimals: READOUT_DECIMALS[key], first, lowest, highest, last }
  }
  return {
    separation: scale('separation'),
    pressure: scale('pressure'),
    radius: scale('radius'),
    sound: scale('sound'),
  }
}

/**
 * Readout texts by value, made once per shown value and reused: the readouts change every frame while the
 * run plays, and a cached string means no new one per frame once a value has been shown.
 */
export class ReadoutLabels {
  private readonly cache = new Map<number, string>()
  private readonly power: number

  constructor(
    private readonly decimals: number,
    private readonly unit: string,
    private readonly lang: Lang = 'en',
  ) {
    this.power = 10 ** decimals
  }

  label(value: number): string {
    const key = Math.round(value * this.power)
    let text = this.cache.get(key)
    if (text === undefined) {
      text = `${formatNumber(key / this.power, this.decimals, this.lang)} ${this.unit}`
      this.cache.set(key, text)
    }
    return text
  }
}
