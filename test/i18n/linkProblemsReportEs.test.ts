import { createIntl } from 'react-intl'
import { describe, expect, it } from 'vitest'
import { EN_MESSAGES } from '../../src/i18n/en'
import { ES_MESSAGES } from '../../src/i18n/es/messages'
import type { LinkProblem } from '../../src/i18n/linkProblems'
import { PIN_TEXT_MAX } from '../../src/store/pins'
import { composeReport, type ReportWords } from '../../src/study/report'
import { parseUrlView } from '../../src/url'
import { inEnglish } from './englishProblems'

const es = createIntl({ locale: 'es', messages: ES_MESSAGES })
const inSpanish = (problems: readonly LinkProblem[]) => problems.map((p) => es.formatMessage({ id: p.id }, p.values))

/** A link with one of every problem a link can have. */
const BAD_LINK = `?${[
  'hide=elbows',
  'show=wings',
  'ghost=tail',
  's=L9',
  'cam=1,2',
  'view=upside-down',
  'lang=fr',
  'compare=C5,C5',
  'read=L4',
  'condition=broken-back',
  'mode=presenter',
  'stretch=backflip',
  'sel=L4',
  `pins=${encodeURIComponent(`L4~ok|Q9~x|L3~%zz|L2~${'x'.repeat(PIN_TEXT_MAX + 1)}|L1~ |L4~again|T1~a|T2~b|T3~c`)}`,
].join('&')}`

describe('a link’s problems', () => {
  const { problems } = parseUrlView(BAD_LINK)

  it('are message ids with values, one for each kind of problem a link can have', () => {
    const ids = new Set(problems.map((p) => p.id))
    const all = Object.keys(EN_MESSAGES).filter((id) => id.startsWith('link.'))
    expect([...ids].sort()).toEqual(all.sort())
  })

  it('read in Spanish, each naming what the link asked for, and differ from the English', () => {
    const spanish = inSpanish(problems)
    const english = inEnglish(problems)
    spanish.forEach((text, i) => {
      const id = problems[i]?.id
      expect(text, id).not.toBe(english[i])
      expect(text, id).not.toMatch(/[{}]/)
      // the same numbers and the same quoted value as the English
      expect(text.match(/\d+/g), id).toEqual(english[i]?.match(/\d+/g))
      expect(text.match(/“[^”]*”/g), id).toEqual(english[i]?.match(/“[^”]*”/g))
    })
    expect(spanish).toContain('“upside-down” no es una vista que conozcamos; se muestra la vista normal.')
    expect(spanish).toContain(
      'El enlace pide ocultar “elbows”, que no es una parte de la columna que conozcamos, así que se dejó como estaba.',
    )
    expect(spanish).toContain(
      'El enlace pide mostrar “wings”, que no es una parte de la columna que conozcamos, así que se dejó como estaba.',
    )
    expect(spanish).toContain(
      `La nota 4 del enlace tiene más de ${PIN_TEXT_MAX} caracteres, así que solo se muestra el principio.`,
    )
    expect(spanish).toContain('El enlace tiene una parte que Facet no usa (“sel=L4”), así que se dejó fuera.')
  })

  it('still read in English as they did', () => {
    expect(inEnglish(problems)).toContain('“upside-down” is not a view we know; showing the standard view.')
    expect(inEnglish(problems)).toContain('The link has more than 3 notes; only the first 3 are shown.')
  })
})

describe('a report in Spanish', () => {
  const item = { id: 'C2#fact-1', text: 'El diente sale de C2.', sources: ['yousuf', 'grays2020'] as const }
  const words: ReportWords = (id) => es.formatMessage({ id })
  const report = composeReport(item, { address: 'a@b.c', version: '9.9.9', link: 'https://f.example/?s=C2' }, words)

  it('has Spanish labels, and the item’s id and source keys as they are', () => {
    expect(report.subject).toBe('Facet: un problema con C2#fact-1')
    expect(report.body).toContain('Elemento: C2#fact-1')
    expect(report.body).toContain('Texto: El diente sale de C2.')
    expect(report.body).toContain('Fuentes: yousuf, grays2020')
    expect(report.body).toContain('Versión de Facet: 9.9.9')
    expect(report.body).toContain('Página: https://f.example/?s=C2')
    expect(report.body).not.toMatch(/Item:|Sources:|Page:/)
    expect(decodeURIComponent((report.mailto ?? '').split('&body=')[1] ?? '')).toBe(report.body)
  })

  it('says "ninguna" for an item without sources, and never echoes an id that is not ours', () => {
    const bare = composeReport(
      { id: 'x <b>', text: 't', sources: [] },
      { address: 'a', version: '1', link: 'l' },
      words,
    )
    expect(bare.body).toContain('Fuentes: ninguna')
    expect(bare.body).toContain('Elemento: unknown')
  })
})
