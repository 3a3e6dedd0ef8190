import { describe, expect, it } from 'vitest'
import { ES_CATALOG } from '../../src/i18n/es'
import { QUIZ_ES } from '../../src/i18n/es/quiz'
import { localizeQuestion, type QuizNames } from '../../src/i18n/overlay'
import { makeQuiz, type Question, rootQuestion } from '../../src/quiz/questions'
import { expectPlainEs } from '../content/readabilityEs'

/** Every distinct question many seeded rounds ask: by name, by part, by root, the features and the conditions. */
function questionsAsked(): Question[] {
  const byId = new Map<string, Question>()
  for (let seed = 0; seed < 300; seed++) for (const q of makeQuiz(seed, 40)) byId.set(q.id, q)
  return [...byId.values()]
}
const asked = questionsAsked()

/**
 * Stand-ins for the Spanish anatomy names (helper esa's overlay, wired at merge): typical names of the
 * length and words those will have, so the templates around them are measured as a reader meets them.
 */
const SAMPLE_NAMES: QuizNames = {
  structure: (id) =>
    id.startsWith('disc:') ? 'Disco L4–L5' : id.startsWith('facet:') ? 'Articulación facetaria izquierda de L4–L5' : id,
  part: (_id, detailed) => (detailed ? 'Apófisis transversa izquierda de L4' : 'Pedículo izquierdo de L4'),
}
const spanish = (q: Question) => localizeQuestion(q, QUIZ_ES, SAMPLE_NAMES)
const FIELDS = ['prompt', 'explanation', 'explanationPlain'] as const

/** The levels (C5, L4–L5, S1) and numbers (92, 26–34) a text gives, in order: a translation keeps them all. */
const figures = (text: string) => text.match(/\b[CTLS]\d+\b|\b\d+\b/g) ?? []

describe('Test yourself in Spanish', () => {
  it('comes with the Spanish catalog', () => {
    expect(ES_CATALOG.content?.quiz).toBe(QUIZ_ES)
  })

  it('has Spanish for every question asked: the kinds written one by one by id, the rest from templates', () => {
    const kinds = new Set(asked.map((q) => q.id.split(':')[0]))
    expect([...kinds].sort()).toEqual(['condition', 'feature', 'name', 'part', 'root', 'root-exam'])
    for (const q of asked) {
      const kind = q.id.split(':')[0]
      if (kind === 'feature' || kind === 'condition' || kind === 'root-exam')
        expect(QUIZ_ES.questions[q.id], q.id).toBeDefined()
      const es = spanish(q)
      for (const f of FIELDS) {
        expect(es[f], `${q.id} ${f}`).not.toBe(q[f])
        expect(es[f], `${q.id} ${f}: a placeholder left unfilled`).not.toMatch(/\{\w+\}/)
      }
      // only the words change
      expect(es.answers).toEqual(q.answers)
      expect(es.sources).toEqual(q.sources)
    }
    // and nothing is translated that is never asked
    const ids = new Set(asked.map((q) => q.id))
    for (const id of Object.keys(QUIZ_ES.questions)) expect(ids.has(id), id).toBe(true)
  })

  it('keeps every level and figure of the English, question by question', () => {
    for (const q of asked.filter((x) => QUIZ_ES.questions[x.id])) {
      const es = spanish(q)
      for (const f of FIELDS) expect(figures(es[f]).sort(), `${q.id} ${f}`).toEqual(figures(q[f]).sort())
    }
  })

  it('fills the generated questions from the question itself: the root’s levels, the bone’s number and region', () => {
    const root = asked.find((q) => q.id === 'root:L5')!
    expect(spanish(root).prompt).toBe('¿Qué raíz nerviosa sale entre L5 y el sacro? Haga clic en ella.')
    const c6 = asked.find((q) => q.id === 'root:C6')!
    expect(spanish(c6).prompt).toBe('¿Qué raíz nerviosa sale por encima de C6? Haga clic en ella.')
    // a root's plain explanation gives its own region's rule only
    const t9 = spanish(rootQuestion('T9')).explanationPlain
    expect(t9).toBe('Es la raíz T9. De T1 hacia abajo, cada raíz sale por debajo del hueso con su número.')
    expect(spanish(c6).explanationPlain).toMatch(/En el cuello/)
    expect(spanish(c6).explanationPlain).not.toMatch(/T1 hacia abajo/)
    const l4 = asked.find((q) => q.id === 'name:L4')!
    expect(spanish(l4).explanationPlain).toBe(
      'Es L4, el hueso número 4 de la parte baja de la espalda, contando desde arriba.',
    )
    // a neck bone's region contracts “de el” to “del” (a Spanish review, s38)
    const neck = asked.filter((q) => /^name:C\d$/.test(q.id))
    expect(neck.length).toBeGreaterThan(0)
    for (const q of neck) expect(spanish(q).explanationPlain, q.id).toMatch(/^Es C\d, el hueso número \d del cuello,/)
    expect(asked.filter((q) => /\bde el\b/.test(spanish(q).explanationPlain))).toEqual([])
    const disc = asked.find((q) => q.id === 'name:disc:L4-L5')!
    expect(spanish(disc).prompt).toBe('Busque esta estructura: disco L4–L5.')
  })

  it('reads plainly in Spanish (INFLESZ “bastante fácil”), explanation by explanation', () => {
    for (const q of asked) expectPlainEs(q.id, spanish(q).explanationPlain)
  })
})
