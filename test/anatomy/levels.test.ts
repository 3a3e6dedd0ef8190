import { describe, expect, it } from 'vitest'
import { DISC_MEASUREMENTS } from '../../src/anatomy/discs'
import { VERTEBRA_LEVELS } from '../../src/anatomy/ids'
import { LUMBAR_SPINOUS_HEIGHT, LUMBAR_SSM, VERTEBRA_MEASUREMENTS } from '../../src/anatomy/levels'
import { SOURCES } from '../../src/anatomy/sources'

describe('measurement table', () => {
  const rows = VERTEBRA_LEVELS.map((l) => VERTEBRA_MEASUREMENTS[l])

  it('gives every level every measure, positive and with a known source', () => {
    for (const row of rows) {
      for (const [key, m] of Object.entries(row)) {
        if (key === 'level') continue
        const measure = m as { value: number; source: string; confidence: string }
        expect(Number.isFinite(measure.value), `${row.level} ${key}`).toBe(true)
        expect(Object.keys(SOURCES), `${row.level} ${key}`).toContain(measure.source)
        expect(['P', 'S', 'U', 'E', 'I']).toContain(measure.confidence)
      }
    }
  })

  it('keeps published lumbar values exactly as transcribed (Panjabi 1992)', () => {
    expect(VERTEBRA_MEASUREMENTS.L1.bodyWidth.value).toBe(41.2)
    expect(VERTEBRA_MEASUREMENTS.L5.canalWidth.value).toBe(27.1)
    expect(VERTEBRA_MEASUREMENTS.L3.canalDepth.value).toBe(17.5)
  })

  it('marks values filled between published levels as interpolated', () => {
    const t5 = VERTEBRA_MEASUREMENTS.T5.bodyHeightAnterior
    expect(t5.confidence).toBe('I')
    expect(t5.value).toBeGreaterThan(16.93)
    expect(t5.value).toBeLessThan(18.83)
  })

  it('widens the lumbar bodies from L1 to L5', () => {
    const widths = ['L1', 'L2', 'L3', 'L4', 'L5'].map((l) => VERTEBRA_MEASUREMENTS[l as 'L1'].bodyWidth.value)
    expect([...widths].sort((a, b) => a - b)).toEqual(widths)
  })

  it('orients facets by region: cervical ~45°, lumbar vertical and turning toward coronal lower down', () => {
    expect(VERTEBRA_MEASUREMENTS.C5.facetInclination.value).toBe(45)
    expect(VERTEBRA_MEASUREMENTS.L3.facetInclination.value).toBe(90)
    expect(VERTEBRA_MEASUREMENTS.L2.facetRotation.value).toBeGreaterThan(VERTEBRA_MEASUREMENTS.L5.facetRotation.value)
    expect(Math.abs(VERTEBRA_MEASUREMENTS.T6.facetRotation.value)).toBeLessThan(35)
  })

  it('sizes the L2–L5 bodies front to back at their CT mean (Clouthier 2023, 87 patients)', () => {
    const depths = (['L2', 'L3', 'L4', 'L5'] as const).map((l) => VERTEBRA_MEASUREMENTS[l].bodyDepth.value)
    expect(Math.abs(depths.reduce((a, b) => a + b, 0) / 4 - LUMBAR_SSM.bodyDepth.value)).toBeLessThan(0.1)
  })

  it('keeps the lumbar spinous heights at the CT mean over L2–L5 (Clouthier 2023), lowest at L5', () => {
    const l2to5 = (['L2', 'L3', 'L4', 'L5'] as const).map((l) => LUMBAR_SPINOUS_HEIGHT[l].value)
    const mean = l2to5.reduce((a, b) => a + b, 0) / l2to5.length
    expect(Math.abs(mean - LUMBAR_SSM.spinousHeight.value)).toBeLessThan(0.1)
    expect(Math.min(...Object.values(LUMBAR_SPINOUS_HEIGHT).map((m) => m.value))).toBe(LUMBAR_SPINOUS_HEIGHT.L5.value)
  })

  it('gives the whole lumbar transverse span tip to tip: L3 widest, L4 as Clouthier 2023’s mean L4', () => {
    const span = (l: 'L1' | 'L2' | 'L3' | 'L4' | 'L5') => VERTEBRA_MEASUREMENTS[l].transverseSpan.value
    expect(span('L4')).toBe(LUMBAR_SSM.l4Width.value)
    for (const l of ['L1', 'L2', 'L4', 'L5'] as const) expect(span('L3')).toBeGreaterThan(span(l))
    expect(span('L1')).toBeLessThan(span('L2'))
  })

  it('makes lumbar discs taller than thoracic and cervical ones', () => {
    const height = (id: string) => DISC_MEASUREMENTS.find((d) => d.id === id)?.middleHeight.value ?? 0
    expect(height('disc:L4-L5')).toBeGreaterThan(height('disc:T6-T7') * 2)
    expect(height('disc:L4-L5')).toBeGreaterThan(height('disc:C5-C6') * 2)
  })
})
