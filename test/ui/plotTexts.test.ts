import { describe, expect, it } from 'vitest'
import { isPublished } from '../../src/anatomy/measure'
import { SOURCES } from '../../src/anatomy/sources'
import { PLOT_SILENT, PLOT_TEXTS, PLOT_TIME, plotSummary } from '../../src/content/cavitation'
import { simulateCavitation } from '../../src/physics/cavitation'
import { CAVITATION } from '../../src/physics/constants'
import { facetArea } from '../../src/physics/joint'
import { formatNumber, PLOT_KEYS, plotScales } from '../../src/ui/plotAxes'
import { expectPlain } from '../content/readability'

/** The summary numbers of one run, as the plots print them. */
function summaries(result: ReturnType<typeof simulateCavitation>, detailed: boolean): string[] {
  const scales = plotScales(result)
  return PLOT_KEYS.map((key) => {
    const s = scales[key]
    const n = (v: number) => formatNumber(v, s.decimals)
    return plotSummary(
      key,
      {
        duration: formatNumber(result.duration, 0),
        onset: result.onset === null ? null : formatNumber(result.onset, 0),
        first: n(s.first),
        lowest: n(s.lowest),
        highest: n(s.highest),
        last: n(s.last),
        pop: formatNumber(result.popDuration, 1),
      },
      detailed,
    )
  })
}

const area = facetArea('facet:L4-L5:left')
const cracked = simulateCavitation({ facetArea: area })
const silent = simulateCavitation({ facetArea: area, residualGas: 0.6 })

describe('the plots’ words', () => {
  it('are plain in the plain version: titles, units, captions, the time note and every summary', () => {
    for (const key of PLOT_KEYS) {
      const t = PLOT_TEXTS[key]
      expectPlain(`${key} title`, t.title.plain)
      expectPlain(`${key} unit`, t.unit)
      expectPlain(`${key} caption`, t.caption.plain)
    }
    expectPlain('silent sound caption', PLOT_SILENT.plain)
    expectPlain('time unit', PLOT_TIME.unit)
    expectPlain('time note', PLOT_TIME.note.plain)
    for (const run of [cracked, silent])
      for (const [i, text] of summaries(run, false).entries()) expectPlain(`${PLOT_KEYS[i]} summary`, text)
  })

  it('cite known sources, and mark the model’s estimated pressures as estimates', () => {
    for (const key of PLOT_KEYS) for (const s of PLOT_TEXTS[key].sources) expect(SOURCES).toHaveProperty(s)
    // the resting and letting-go pressures are estimates: the caption that prints them says so
    expect(isPublished(CAVITATION.ambientPressure)).toBe(false)
    expect(isPublished(CAVITATION.tensileThreshold)).toBe(false)
    expect(PLOT_TEXTS.pressure.sources).toContain('estimate')
    expect(PLOT_TEXTS.pressure.caption.detailed).toContain('estimates')
    // the gap the joint lets go at is the published group mean, cited to the study it is from
    expect(PLOT_TEXTS.separation.caption.plain).toContain(`${CAVITATION.onsetGap.value} mm`)
    expect(PLOT_TEXTS.separation.sources).toContain(CAVITATION.onsetGap.source)
  })

  it('give the sound as a share of its peak, not in pascals', () => {
    expect(PLOT_TEXTS.sound.unit).toBe('%')
    expect(PLOT_TEXTS.sound.caption.plain).toMatch(/share of its loudest/)
    expect(PLOT_TEXTS.sound.caption.detailed).toMatch(/percentage of this run’s peak/)
    for (const t of [PLOT_TEXTS.sound.caption.plain, ...summaries(cracked, false), ...summaries(cracked, true)])
      expect(t).not.toMatch(/\bPa\b/)
  })

  it('summarise the run the plots show: when it lets go, how far, and how long the pop lasts', () => {
    const [gap, pressure, radius, sound] = summaries(cracked, false)
    const onset = formatNumber(cracked.onset as number, 0)
    expect(gap).toContain(`let go at ${onset} ms`)
    expect(pressure).toContain(`drops to ${formatNumber(plotScales(cracked).pressure.lowest, 0)} kPa`)
    expect(radius).toContain(`${formatNumber(cracked.peakRadius, 1)} mm`)
    expect(sound).toContain(`until ${onset} ms`)
    expect(sound).toContain(`about ${formatNumber(cracked.popDuration, 1)} ms`)
    const [silentGap, , , silentSound] = summaries(silent, false)
    expect(silentGap).toContain('No pop')
    expect(silentSound).toContain('no sound')
  })
})
