import { createIntl } from 'react-intl'
import { describe, expect, it } from 'vitest'
import { VERTEBRA_LEVELS } from '../../src/anatomy/ids'
import { structureInfo } from '../../src/anatomy/info'
import { structureFactsEs } from '../../src/i18n/es/anatomyInfo'
import { ES_MESSAGES } from '../../src/i18n/es/messages'
import {
  compareFacingRow,
  compareFeatureRows,
  compareLowerFacingRow,
  compareTableRows,
  shownFeatureRows,
} from '../../src/ui/CompareTable'
import { type Translate, translateEnglish } from '../../src/ui/i18n'

describe('the compare table', () => {
  it('has a row for every measure any compared bone has, blank where a bone has none', () => {
    const rows = compareTableRows(['C1', 'L5'])
    const labels = rows.map((r) => r.label)
    for (const id of ['C1', 'L5'] as const)
      for (const d of structureInfo(id).dimensions) {
        const row = rows.find((r) => r.label === d.label)
        expect(row?.cells[id === 'C1' ? 0 : 1]?.measure.value).toBe(d.measure.value)
      }
    expect(new Set(labels).size).toBe(labels.length)
    // the atlas has no body: L5's body width is blank under C1
    expect(rows.find((r) => r.label === 'Body width')?.cells[0]).toBeNull()
  })
})

const spanish = createIntl({ locale: 'es', messages: ES_MESSAGES })
const translateSpanish: Translate = (id, values) => spanish.formatMessage({ id }, values)

describe('the compare table’s features', () => {
  it('fill the atlas’s and the axis’s columns with what each has, beside a lumbar bone', () => {
    const rows = compareFeatureRows(['C1', 'C2', 'L4'], translateEnglish)
    const words = Object.fromEntries(rows.map((r) => [r.feature, r.cells]))
    expect(words.body).toEqual(['No', 'Yes', 'Yes'])
    expect(words.dens).toEqual(['No', 'Yes', 'No'])
    expect(words.transverseForamen).toEqual(['Yes', 'Yes', 'No'])
    expect(words.uncinateProcess).toEqual(['No', 'No', 'No'])
    expect(words.bifidSpinous).toEqual(['No', 'Yes', 'No'])
    expect(words.mammillaryProcess).toEqual(['No', 'No', 'Yes'])
    for (const row of rows) expect(row.cells, row.feature).not.toContain(translateEnglish('compare.none'))
  })

  it('say which rib facets a thoracic body has, and in Spanish too', () => {
    const rows = compareFeatureRows(['C5', 'T6', 'T9', 'T11'], translateEnglish)
    expect(rows.find((r) => r.feature === 'ribFacets')?.cells).toEqual([
      'No',
      'Yes, above and below',
      'Yes, above only',
      'Yes, one whole face',
    ])
    const es = compareFeatureRows(['C5', 'T6', 'sacrum'], translateSpanish)
    expect(es.find((r) => r.feature === 'ribFacets')?.cells).toEqual(['No', 'Sí, arriba y abajo', 'No'])
    expect(es.find((r) => r.feature === 'body')?.cells).toEqual(['Sí', 'Sí', 'Sí, fusionados'])
  })

  it('word the facing of the upper facets as the bone’s own panel does, in English and Spanish', () => {
    const bones = [...VERTEBRA_LEVELS, 'sacrum'] as const
    const english = compareFacingRow(bones, translateEnglish, 'en')
    const es = compareFacingRow(bones, translateSpanish, 'es')
    bones.forEach((bone, i) => {
      const phrase = english[i]
      expect(phrase, bone).toBeTruthy()
      // (T12's goes on to say that where the change happens varies)
      const panel = structureInfo(bone).facts.map((f) => f.plain)
      expect(
        panel.some((f) => f.startsWith(`Its upper joint faces point ${phrase}.`)),
        panel.join(' | '),
      ).toBe(true)
      const panelEs = structureFactsEs(bone).map((f) => f.plain)
      expect(
        panelEs.some((f) => f.startsWith(`Las caras de arriba con las que se une a otro hueso miran ${es[i]}.`)),
        panelEs.join(' | '),
      ).toBe(true)
    })
    expect(english[VERTEBRA_LEVELS.indexOf('C5')]).toBe('up and back')
    expect(english[VERTEBRA_LEVELS.indexOf('T6')]).toBe('back and up, and a little out to the side')
    expect(compareFacingRow(['coccyx'], translateEnglish, 'en')).toEqual([null])
  })
})

describe('the compare table’s lower joint faces', () => {
  it('show the thoracolumbar change: T11’s upper faces are thoracic, its lower faces lumbar', () => {
    const bones = ['T11', 'T12', 'L1'] as const
    expect(compareFacingRow(bones, translateEnglish, 'en')).toEqual([
      'back, and a little out to the side and up',
      'toward the middle, and a little back',
      'toward the middle, and a little back',
    ])
    // each bone's lower faces meet the upper faces of the bone below, and look the other way
    expect(compareLowerFacingRow(bones, translateEnglish, 'en')).toEqual([
      'out to the side, and a little forward',
      'out to the side, and a little forward',
      'out to the side and forward',
    ])
    expect(compareLowerFacingRow(bones, translateSpanish, 'es')[0]).toBe('hacia el lado y un poco hacia delante')
  })

  it('face down and forward in the neck and the thorax, and are blank for the sacrum and the coccyx', () => {
    const bones = ['C5', 'T6', 'L5', 'sacrum', 'coccyx'] as const
    expect(compareLowerFacingRow(bones, translateEnglish, 'en')).toEqual([
      'down and forward',
      'forward and down, and a little toward the middle',
      // L5’s meet S1’s
      'forward and out to the side',
      null,
      null,
    ])
  })
})

describe('the compare table’s feature rows', () => {
  it('leave out the rows where every compared bone says No, and name them in one line', () => {
    const { rows, left } = shownFeatureRows(['T11', 'T12', 'L1'], translateEnglish)
    expect(rows.map((r) => r.feature)).toEqual(['body', 'ribFacets', 'mammillaryProcess'])
    expect(left).toEqual([
      'Peg (dens)',
      'Hole in the side arm (transverse foramen)',
      'Raised rim on the body (uncinate process)',
      'Forked back bump (bifid spinous process)',
    ])
  })

  it('keep every row for a bone seen alone: what it lacks tells it from other regions', () => {
    const { rows, left } = shownFeatureRows(['T12'], translateEnglish)
    expect(rows).toHaveLength(7)
    expect(left).toEqual([])
  })
})
