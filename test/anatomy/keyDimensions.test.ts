import { describe, expect, it } from 'vitest'
import type { StructureId } from '../../src/anatomy/ids'
import { type Dimension, structureInfo } from '../../src/anatomy/info'
import {
  ATLAS,
  AXIS,
  S1_FACET,
  S1_FORAMEN_WIDTH,
  SACRAL_HIATUS,
  SACRUM,
  VERTEBRA_MEASUREMENTS,
} from '../../src/anatomy/levels'
import { isPublished, type Measure } from '../../src/anatomy/measure'
import { SOURCES } from '../../src/anatomy/sources'

/** The table values each panel must list, by the table's own names, so a missing or altered row names itself. */
const EXPECTED: Record<'C1' | 'C2' | 'sacrum', Record<string, Measure>> = {
  C1: { ...ATLAS },
  C2: {
    ...AXIS,
    pedicleWidth: VERTEBRA_MEASUREMENTS.C2.pedicleWidth,
    laminaThickness: VERTEBRA_MEASUREMENTS.C2.laminaThickness,
    superiorFacetLength: VERTEBRA_MEASUREMENTS.C2.facetHeight,
    superiorFacetWidth: VERTEBRA_MEASUREMENTS.C2.facetWidth,
  },
  sacrum: {
    ...SACRUM,
    s1FacetWidth: S1_FACET.width,
    s1FacetHeight: S1_FACET.height,
    s1ForamenWidth: S1_FORAMEN_WIDTH,
    hiatusLength: SACRAL_HIATUS.length,
    hiatusBaseWidth: SACRAL_HIATUS.baseWidth,
  },
}

const listed = (id: 'C1' | 'C2' | 'sacrum'): readonly Dimension[] => structureInfo(id).dimensions

describe('the panel’s measurements of the atlas, the axis and the sacrum', () => {
  for (const id of ['C1', 'C2', 'sacrum'] as const) {
    it(`lists every key measurement of ${id} with the table’s value, source and confidence`, () => {
      const rows = listed(id)
      for (const [name, m] of Object.entries(EXPECTED[id])) {
        const row = rows.find((d) => d.measure.value === m.value && d.measure.source === m.source)
        expect(row, `${id} ${name}: ${m.value} mm from ${m.source}`).toBeDefined()
        expect(row?.measure.confidence, `${id} ${name}`).toBe(m.confidence)
      }
    })

    it(`gives each of ${id}’s rows a unit, its own label and a source that resolves`, () => {
      const rows = listed(id)
      expect(new Set(rows.map((d) => d.label)).size).toBe(rows.length)
      for (const d of rows) {
        expect(['mm', '°'], d.label).toContain(d.unit)
        expect(SOURCES, d.label).toHaveProperty(d.measure.source)
        // an estimate never resolves to a paper, and a published value never to the estimate key
        if (d.measure.source === 'estimate') expect(isPublished(d.measure), d.label).toBe(false)
      }
    })
  }

  it('gives the L5–S1 joints the S1 facet’s published angle from the midsagittal plane, and its size as our estimate', () => {
    for (const side of ['left', 'right'] as const) {
      const rows = structureInfo(`facet:L5-S1:${side}`).dimensions
      const angle = rows.find((d) => d.label === 'Facet angle from the midsagittal plane')
      // the series measured 49.1° from the midsagittal plane (the model's turn from the coronal one is 40.9°)
      expect(angle?.measure, side).toEqual({ ...S1_FACET.rotation, value: 49.1 })
      expect(isPublished(angle!.measure), side).toBe(true)
      for (const label of ['Facet width', 'Facet height']) {
        const row = rows.find((d) => d.label === label)
        expect(row, `${side} ${label}`).toBeDefined()
        expect(isPublished(row!.measure), `${side} ${label}`).toBe(false)
      }
    }
  })

  it('says how far a facet turns from the midsagittal plane as a size, never for a facet lying nearly flat, and only the abstract’s ranges as published', () => {
    const turn = (id: StructureId) =>
      structureInfo(id).dimensions.find((d) => d.label === 'Facet angle from the midsagittal plane')?.measure
    // the axis's facets under the atlas face up: no turn to speak of
    expect(turn('facet:C1-C2:left')).toBeUndefined()
    // Masharawi's 25–30° from the frontal plane, read against the midsagittal one as the lumbar levels are
    expect(turn('facet:T5-T6:left')?.value).toBe(62.5)
    expect(isPublished(turn('facet:T5-T6:left')!)).toBe(true)
    // Masharawi gives T12–L2 and L3–L5 as ranges of means: which level takes which end is ours
    for (const id of ['facet:T11-T12:left', 'facet:L1-L2:right', 'facet:L4-L5:left'] as const) {
      expect(turn(id)!.value, id).toSatisfy((a: number) => a > 25 && a < 57)
      expect(isPublished(turn(id)!), id).toBe(false)
    }
  })

  it('does not show a mean pooled over several levels as one level’s published value', () => {
    const { C5, T5 } = VERTEBRA_MEASUREMENTS
    // C3–C7 bodies and C3–C6 spinous processes pooled; T2–T9 bodies pooled
    for (const m of [C5.bodyWidth, C5.bodyDepth, C5.spinousLength, T5.bodyDepth]) expect(isPublished(m)).toBe(false)
    expect(C5.bodyWidth.source).toBe('cervicalBody')
  })

  it('shows the sacrum’s S1 facet sizes as estimates, and its body as the dry-bone series measured it', () => {
    for (const m of [S1_FACET.width, S1_FACET.height]) {
      const row = listed('sacrum').find((d) => d.measure.value === m.value && d.measure.source === m.source)
      expect(row, String(m.value)).toBeDefined()
      expect(isPublished(row!.measure)).toBe(false)
    }
    // men's means of 282 dry sacra (Sharma 2018): our old 31 mm depth sat at the top of the published range
    const body = listed('sacrum').filter((d) => d.measure.source === 'sharma2018')
    expect(body.map((d) => d.measure.value).sort()).toEqual([30.7, 47.8])
    for (const d of body) expect(isPublished(d.measure)).toBe(true)
  })
})
