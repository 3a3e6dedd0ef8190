import { describe, expect, it } from 'vitest'
import { CONDITION_IDS } from '../../src/anatomy/conditionModels'
import {
  EXPLANATIONS,
  JOINT_TISSUES,
  PHASE_CAPTIONS,
  PLOT_TEXTS,
  type PlotSummaryNumbers,
  plotSummary,
} from '../../src/content/cavitation'
import { CONDITIONS, type ConditionContent } from '../../src/content/conditions'
import { ES_CATALOG } from '../../src/i18n/es'
import { CAVITATION_ES } from '../../src/i18n/es/cavitation'
import { CONDITIONS_ES } from '../../src/i18n/es/conditions'
import { localizeCavitation, localizeCondition, type TextPair } from '../../src/i18n/overlay'
import { CAVITATION_LABELS } from '../../src/physics/constants'
import { ENGLISH_CAVITATION_TEXTS } from '../../src/ui/cavitationTexts'
import { formatNumber } from '../../src/ui/plotAxes'
import { expectPlainEs } from '../content/readabilityEs'

/** The numbers a text states, as a sorted list (a decimal comma is a point; "L4–L5" gives 4 and 5). */
const numbersIn = (text: string): number[] =>
  [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.'))).sort((a, b) => a - b)

/** Each text of a condition that the panel shows, by field, with its pair (English or Spanish). */
function conditionTexts(c: ConditionContent): Record<string, TextPair> {
  const texts: Record<string, TextPair> = {
    what: c.what,
    shown: c.shown,
    feelsLike: c.feelsLike,
    course: c.course,
    helps: c.helps,
    warning: c.warning,
  }
  if (c.grade) texts.grade = c.grade
  if (c.root) texts.rootSymptoms = c.root.symptoms
  return texts
}

const spanish = CONDITIONS.map((c) => localizeCondition(c, CONDITIONS_ES))

describe('the conditions in Spanish', () => {
  it('cover every condition, with a grade and a root exactly where the English has them', () => {
    expect(Object.keys(CONDITIONS_ES).sort()).toEqual([...CONDITION_IDS].sort())
    expect(ES_CATALOG.content?.conditions).toBe(CONDITIONS_ES)
    for (const c of CONDITIONS) {
      const o = CONDITIONS_ES[c.id]
      expect(Boolean(o.grade), `${c.id} grade`).toBe(Boolean(c.grade))
      expect(Boolean(o.root), `${c.id} root`).toBe(Boolean(c.root))
    }
  })

  it('change every text, plain and detailed, and keep its numbers and levels', () => {
    spanish.forEach((es, i) => {
      const en = CONDITIONS[i] as ConditionContent
      const enTexts = conditionTexts(en)
      for (const [field, pair] of Object.entries(conditionTexts(es))) {
        for (const k of ['plain', 'detailed'] as const) {
          const label = `${en.id} ${field} ${k}`
          expect(pair[k], label).not.toBe(enTexts[field]?.[k])
          expect(numbersIn(pair[k]), label).toEqual(numbersIn(enTexts[field]?.[k] ?? ''))
        }
      }
      if (en.root) {
        expect(es.root?.name).not.toBe(en.root.name)
        expect(numbersIn(es.root?.name ?? '')).toEqual(numbersIn(en.root.name))
      }
    })
  })

  it('keep the English ids, signs, root ids and sources', () => {
    spanish.forEach((es, i) => {
      const en = CONDITIONS[i] as ConditionContent
      expect([es.id, es.family, es.signs, es.root?.id, es.sound]).toEqual([
        en.id,
        en.family,
        en.signs,
        en.root?.id,
        en.sound,
      ])
      const enTexts = conditionTexts(en)
      for (const [field, pair] of Object.entries(conditionTexts(es)))
        expect((pair as { sources?: unknown }).sources, `${en.id} ${field}`).toEqual(
          (enTexts[field] as { sources?: unknown }).sources,
        )
    })
  })

  it('give the cauda equina signs wherever the English does: numb between the legs, bladder or bowel, both legs, that day', () => {
    const cauda = CONDITIONS.filter((c) => c.signs.includes('saddle-numbness'))
    expect(cauda.length).toBeGreaterThan(5)
    for (const c of cauda) {
      const { plain, detailed } = CONDITIONS_ES[c.id].warning
      expect(plain, c.id).toMatch(/mismo día/)
      expect(plain, c.id).toMatch(/zona entre las piernas/)
      expect(plain, c.id).toMatch(/orina/)
      expect(plain, c.id).toMatch(/heces/)
      expect(plain, c.id).toMatch(/las dos piernas pierden fuerza/)
      // a leg or foot getting weaker (foot drop): that same day; more numbness: an urgent visit
      expect(plain, c.id).toMatch(/Vea a un médico ese mismo día si una pierna o un pie pierde fuerza/)
      expect(plain, c.id).toMatch(/cita urgente con un médico si una pierna se le duerme más/)
      expect(detailed, c.id).toMatch(/anestesia en silla de montar/)
      expect(detailed, c.id).toMatch(/cola de caballo/)
      expect(detailed, c.id).toMatch(/urgente/)
    }
    // weak or numb legs after a fracture: the emergency room at once
    expect(CONDITIONS_ES['compression-fracture-l1'].warning.plain).toMatch(
      /sala de emergencias si las dos piernas pierden fuerza/,
    )
    // a squeezed cord in the neck (clumsy hands, unsteady walking): a doctor that same day
    expect(CONDITIONS_ES['herniation-c5-c6'].warning.plain).toMatch(/ese mismo día si nota las manos torpes/)
  })

  it('use the clinical terms in the detailed texts', () => {
    const detailed = (id: keyof typeof CONDITIONS_ES) =>
      Object.values(
        conditionTexts(localizeCondition(CONDITIONS.find((c) => c.id === id) as ConditionContent, CONDITIONS_ES)),
      )
        .map((p) => p.detailed)
        .join(' ')
    expect(detailed('herniation-l4-l5-posterolateral')).toMatch(/posterolateral/)
    expect(detailed('herniation-l4-l5-foraminal')).toMatch(/foraminal/)
    expect(detailed('spondylolisthesis-l5-s1-isthmic')).toMatch(/grado I+ de Meyerding/)
    expect(detailed('spondylolisthesis-l5-s1-isthmic')).toMatch(/espondilolistesis ístmica/i)
    expect(detailed('compression-fracture-l1')).toMatch(/fractura vertebral por compresión osteoporótica/)
    expect(detailed('compression-fracture-l1')).toMatch(/grado \d de la escala semicuantitativa de Genant/)
    expect(detailed('compression-fracture-l1')).toMatch(/Acuñamiento/)
    expect(detailed('disc-degeneration-l4-l5')).toMatch(/fenómeno de vacío/)
    expect(detailed('stenosis-central-l4-l5')).toMatch(/Estenosis del canal central/)
    expect(detailed('facet-arthritis-l4-l5')).toMatch(/Artrosis facetaria.*osteofitos/)
    expect(detailed('facet-arthritis-l4-l5')).toMatch(/crepitación/)
  })

  it('read plainly in Spanish (INFLESZ “bastante fácil”), text by text', () => {
    for (const es of spanish) {
      for (const [field, pair] of Object.entries(conditionTexts(es))) expectPlainEs(`${es.id} ${field}`, pair.plain)
      if (es.root) expectPlainEs(`${es.id} root name`, es.root.name)
    }
  })

  it('leave the English as it is without an overlay', () => {
    const c = CONDITIONS[0] as ConditionContent
    expect(localizeCondition(c, undefined)).toBe(c)
  })
})

const closeUp = localizeCavitation(ENGLISH_CAVITATION_TEXTS, CAVITATION_ES)

describe('the crack close-up in Spanish', () => {
  it('covers every explanation, phase, tissue, plot and model number, and comes with the Spanish catalog', () => {
    expect(ES_CATALOG.content?.closeUp).toBe(CAVITATION_ES)
    expect(Object.keys(CAVITATION_ES.explanations).sort()).toEqual(EXPLANATIONS.map((e) => e.id).sort())
    expect(Object.keys(CAVITATION_ES.phases).sort()).toEqual(Object.keys(PHASE_CAPTIONS).sort())
    expect(Object.keys(CAVITATION_ES.tissues).sort()).toEqual(JOINT_TISSUES.map((t) => t.id).sort())
    expect(Object.keys(CAVITATION_ES.plots).sort()).toEqual(Object.keys(PLOT_TEXTS).sort())
    expect(Object.keys(CAVITATION_ES.modelLabels).sort()).toEqual(Object.keys(CAVITATION_LABELS).sort())
  })

  /** Every text pair of the close-up, English and Spanish side by side. */
  const pairs = (): [string, TextPair, TextPair][] => {
    const en = ENGLISH_CAVITATION_TEXTS
    const out: [string, TextPair, TextPair][] = []
    en.explanations.forEach((e, i) => {
      const s = closeUp.explanations[i] as (typeof en.explanations)[number]
      out.push([`${e.id} title`, e.title, s.title], [`${e.id}`, e, s], [`${e.id} evidence`, e.evidence, s.evidence])
    })
    out.push(['refractory note', en.refractoryNote, closeUp.refractoryNote])
    out.push(['onset gap note', en.onsetGapNote, closeUp.onsetGapNote])
    out.push(['disc no crack', en.discNoCrack, closeUp.discNoCrack])
    en.tissues.forEach((t, i) => {
      const s = closeUp.tissues[i] as (typeof en.tissues)[number]
      out.push([t.id, t, s])
      for (const [upper, lower] of [
        ['L4', 'L5'],
        [null, 'C1'],
        ['L5', 'sacrum'],
      ] as const)
        out.push([`${t.id} name ${upper}/${lower}`, t.name(upper, lower), s.name(upper, lower)])
    })
    for (const key of Object.keys(PLOT_TEXTS) as (keyof typeof PLOT_TEXTS)[]) {
      out.push([`${key} title`, en.plots[key].title, closeUp.plots[key].title])
      out.push([`${key} caption`, en.plots[key].caption, closeUp.plots[key].caption])
    }
    out.push(['silent', en.plotSilent, closeUp.plotSilent], ['time note', en.plotTimeNote, closeUp.plotTimeNote])
    return out
  }

  it('changes every text, plain and detailed, and keeps its numbers (with a decimal comma)', () => {
    for (const [label, en, es] of pairs())
      for (const k of ['plain', 'detailed'] as const) {
        if (label.endsWith('name null/C1') && k === 'plain') continue
        expect(es[k], `${label} ${k}`).not.toBe(en[k])
        expect(numbersIn(es[k]), `${label} ${k}`).toEqual(numbersIn(en[k]))
        expect(es[k], `${label} ${k}`).not.toMatch(/\d\.\d/)
      }
    for (const key of Object.keys(PHASE_CAPTIONS) as (keyof typeof PHASE_CAPTIONS)[]) {
      expect(closeUp.phases[key]).not.toBe(PHASE_CAPTIONS[key])
      expect(numbersIn(closeUp.phases[key])).toEqual(numbersIn(PHASE_CAPTIONS[key]))
    }
    for (const key of Object.keys(CAVITATION_LABELS) as (keyof typeof CAVITATION_LABELS)[]) {
      expect(closeUp.modelLabel(key), key).not.toBe(CAVITATION_LABELS[key][0])
      expect(numbersIn(closeUp.modelLabel(key)), key).toEqual(numbersIn(CAVITATION_LABELS[key][0]))
    }
  })

  it('keeps the English ids and sources', () => {
    expect(closeUp.explanations.map((e) => [e.id, e.sources])).toEqual(EXPLANATIONS.map((e) => [e.id, e.sources]))
    expect(closeUp.tissues.map((t) => [t.id, t.sources])).toEqual(JOINT_TISSUES.map((t) => [t.id, t.sources]))
  })

  it('names the cut bones in Spanish: "del sacro", the levels as they are', () => {
    const lower = closeUp.tissues.find((t) => t.id === 'lowerProcess')
    expect(lower?.name('L5', 'sacrum').detailed).toBe('Apófisis articular superior del sacro')
    expect(closeUp.tissues[0]?.name('L4', 'L5').detailed).toBe('Apófisis articular inferior de L4')
  })

  it('uses the clinical terms in the detailed texts', () => {
    const all = pairs()
      .map(([, , es]) => es.detailed)
      .join(' ')
    for (const term of [
      'cavitación',
      'líquido sinovial',
      'Cápsula articular',
      'Cartílago articular',
      'fenómeno de vacío',
    ])
      expect(all, term).toContain(term)
  })

  it('reads plainly in Spanish (INFLESZ “bastante fácil”), text by text', () => {
    for (const [label, , es] of pairs()) expectPlainEs(label, es.plain)
    for (const [phase, text] of Object.entries(closeUp.phases)) expectPlainEs(`phase ${phase}`, text)
  })

  it('speaks each plot’s summary in Spanish, with the run’s numbers as given', () => {
    const n: PlotSummaryNumbers = {
      duration: '160',
      onset: '121,5',
      first: '0,00',
      lowest: '−50',
      highest: '1,8',
      last: '0,56',
      pop: '5,7',
    }
    for (const key of Object.keys(PLOT_TEXTS) as (keyof typeof PLOT_TEXTS)[])
      for (const detailed of [false, true]) {
        const es = closeUp.plotSummary(key, n, detailed)
        const en = plotSummary(key, n, detailed)
        expect(es).not.toBe(en)
        expect(numbersIn(es), `${key} ${detailed}`).toEqual(numbersIn(en))
        if (!detailed) expectPlainEs(`${key} summary`, es)
      }
    expect(closeUp.plotSummary('sound', { ...n, onset: null }, false)).toMatch(/no hubo chasquido/)
  })

  it('writes the plots’ numbers with a decimal comma in Spanish', () => {
    expect(formatNumber(0.56, 2, 'es')).toBe('0,56')
    expect(formatNumber(-50, 0, 'es')).toBe('−50')
    expect(formatNumber(0.56, 2)).toBe('0.56')
  })
})
