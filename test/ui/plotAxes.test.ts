import { describe, expect, it } from 'vitest'
import { FACET_JOINT_IDS } from '../../src/anatomy/ids'
import { simulateCavitation } from '../../src/physics/cavitation'
import { facetArea } from '../../src/physics/joint'
import {
  type Axis,
  fixedAxis,
  formatNumber,
  niceAxis,
  PLOT_KEYS,
  plotScales,
  ReadoutLabels,
  SOUND_PERCENT,
  soundPercentScale,
  timeAxis,
} from '../../src/ui/plotAxes'

/** A step a reader can count in: 1, 2, 2.5 or 5 times a power of ten. */
function isRoundStep(step: number): boolean {
  const mantissa = step / 10 ** Math.floor(Math.log10(step))
  return [1, 2, 2.5, 5].some((m) => Math.abs(mantissa - m) < 1e-9)
}

/** What every axis must offer a reader: a few round, evenly spaced ticks inside the drawn range. */
function expectReadable(axis: Axis, maxTicks: number) {
  expect(axis.ticks.length).toBeGreaterThanOrEqual(2)
  expect(axis.ticks.length).toBeLessThanOrEqual(maxTicks)
  expect(isRoundStep(axis.step), `step ${axis.step}`).toBe(true)
  for (const [i, t] of axis.ticks.entries()) {
    expect(t).toBeGreaterThanOrEqual(axis.min)
    expect(t).toBeLessThanOrEqual(axis.max)
    // shown exactly with the axis's decimals: no 0.30000000000000004, no 629.21
    expect(Number(t.toFixed(axis.decimals))).toBe(t)
    expect(Math.abs(t / axis.step - Math.round(t / axis.step))).toBeLessThan(1e-9)
    if (i > 0) expect(t - (axis.ticks[i - 1] as number)).toBeCloseTo(axis.step, 9)
  }
}

describe('axis ticks', () => {
  it('labels the model’s usual spans with a few round numbers', () => {
    expect(niceAxis(0, 0.86).ticks).toEqual([0, 0.5])
    expect(niceAxis(-50, 101.3, 4).ticks).toEqual([-50, 0, 50, 100])
    expect(niceAxis(0, 4.6).ticks).toEqual([0, 2, 4])
    expect(timeAxis(154.1).ticks).toEqual([0, 50, 100, 150])
    expect(fixedAxis(-100, 100).ticks).toEqual([-100, 0, 100])
  })

  it('keeps the data inside the axis, with a little room, and the time axis exactly the run', () => {
    const axis = niceAxis(2, 7)
    expect(axis.min).toBeLessThan(2)
    expect(axis.max).toBeGreaterThan(7)
    expect(timeAxis(154.1)).toMatchObject({ min: 0, max: 154.1 })
  })

  it('gives any span 2 to maxTicks round, evenly spaced ticks', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 16807) % 2147483647
      return seed / 2147483647
    }
    for (let n = 0; n < 200; n++) {
      const scale = 10 ** Math.floor(random() * 8 - 4)
      const lo = (random() - 0.5) * 10 * scale
      const hi = lo + random() * 10 * scale + 1e-6
      for (const maxTicks of [3, 4, 5]) expectReadable(niceAxis(lo, hi, maxTicks), maxTicks)
    }
  })

  it('still draws a flat line on an axis around its value', () => {
    const axis = niceAxis(3, 3)
    expect(axis.min).toBeLessThan(3)
    expect(axis.max).toBeGreaterThan(3)
    expectReadable(axis, 3)
  })

  it('prints numbers with a true minus sign and never as −0', () => {
    expect(formatNumber(-50, 0)).toBe('−50')
    expect(formatNumber(-0.001, 2)).toBe('0.00')
    expect(formatNumber(0.5, 1)).toBe('0.5')
  })
})

describe('the plots of every facet joint’s run', () => {
  const runs = FACET_JOINT_IDS.map((id) => simulateCavitation({ facetArea: facetArea(id) }))
  // a joint cracked a moment ago: gas still free, no pop
  const silent = simulateCavitation({ facetArea: facetArea('facet:L4-L5:left'), residualGas: 0.6 })

  it('shows the sound as a share of its loudest moment: within ±100 %, reaching 100 at the peak', () => {
    for (const run of runs) {
      const { sound } = plotScales(run)
      expect(sound.axis).toMatchObject({ min: -SOUND_PERCENT, max: SOUND_PERCENT, ticks: [-100, 0, 100] })
      expect(sound.lowest).toBeGreaterThanOrEqual(-SOUND_PERCENT)
      expect(sound.highest).toBeLessThanOrEqual(SOUND_PERCENT)
      let peak = 0
      for (const s of run.audio) peak = Math.max(peak, Math.abs(s * sound.factor))
      expect(peak).toBeCloseTo(SOUND_PERCENT, 6)
    }
  })

  it('draws a silent run as a flat line at 0 on the same −100…100 % axis', () => {
    expect(silent.onset).toBeNull()
    expect(soundPercentScale(silent)).toBe(0)
    const { sound } = plotScales(silent)
    expect([sound.lowest, sound.highest]).toEqual([0, 0])
    expect(sound.axis.ticks).toEqual([-100, 0, 100])
  })

  it('fits every series inside its axis, labelled with a few round ticks', () => {
    for (const run of [...runs, silent]) {
      const scales = plotScales(run)
      for (const key of PLOT_KEYS) {
        const { axis, lowest, highest } = scales[key]
        expect(lowest, key).toBeGreaterThanOrEqual(axis.min)
        expect(highest, key).toBeLessThanOrEqual(axis.max)
        expectReadable(axis, 4)
      }
      expectReadable(timeAxis(run.duration), 5)
    }
  })

  it('labels the tension below 0 on the pressure axis, where the film lets go', () => {
    for (const run of runs) expect(plotScales(run).pressure.axis.ticks).toContain(-50)
  })
})

describe('readout labels', () => {
  it('print the value rounded with its unit, and reuse the text for a value already shown', () => {
    const labels = new ReadoutLabels(2, 'mm')
    const first = labels.label(0.8612)
    expect(first).toBe('0.86 mm')
    expect(labels.label(0.8609)).toBe(first)
    expect(new ReadoutLabels(0, 'kPa').label(-49.6)).toBe('−50 kPa')
  })
})
