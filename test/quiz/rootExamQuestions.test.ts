import { describe, expect, it } from 'vitest'
import { NERVE_IDS, NERVE_ROOTS, type NerveRoot, nerveId } from '../../src/anatomy/neural'
import { ROOT_EXAM_EN } from '../../src/anatomy/rootExam'
import { SOURCES } from '../../src/anatomy/sources'
import { QUIZ_ES } from '../../src/i18n/es/quiz'
import { ROOT_EXAM_ES } from '../../src/i18n/es/rootExam'
import { localizeQuestion } from '../../src/i18n/overlay'
import { isRight, makeQuiz, QUIZ_LENGTH, type Question } from '../../src/quiz/questions'
import { ROOT_EXAM_QUESTIONS } from '../../src/quiz/rootExamQuestions'
import { expectPlain } from '../content/readability'
import { expectPlainEs } from '../content/readabilityEs'

/*
 * Questions from an examination finding to its nerve root ("ankle reflex: which root?"), answered by clicking
 * the root on either side. Their answers are held against the facts of anatomy/rootExam.ts, read here
 * independently of how the questions are built.
 */

const byId = (id: string): Question => {
  const q = ROOT_EXAM_QUESTIONS.find((x) => x.id === id)
  if (!q) throw new Error(`no question ${id}`)
  return q
}

/** The roots a question takes as right, in NERVE_ROOTS order; it must take both sides of each. */
function rootsTaken(q: Question): NerveRoot[] {
  const roots = NERVE_ROOTS.filter((root) => isRight(q, nerveId(root, 'left')) || isRight(q, nerveId(root, 'right')))
  for (const root of roots) {
    expect(isRight(q, nerveId(root, 'left')), `${q.id}: ${root} left`).toBe(true)
    expect(isRight(q, nerveId(root, 'right')), `${q.id}: ${root} right`).toBe(true)
  }
  return roots
}

/** The reflexes the tables name, and the roots whose table row names each (read from the data's terms). */
const REFLEX_NAMES = ['biceps', 'brachioradialis', 'triceps', 'knee', 'ankle'] as const
const rootsNaming = (reflex: string): NerveRoot[] =>
  NERVE_ROOTS.filter((root) => new RegExp(`\\b${reflex}\\b`).test(ROOT_EXAM_EN.reflex[root]?.detailed ?? ''))

const kindOf = (q: Question) => q.id.split(':')[1]

describe('questions from an examination finding to its nerve root', () => {
  it('asks the ankle reflex of S1 and takes S1 on either side, and no other root or structure', () => {
    const ankle = byId('root-exam:reflex:S1')
    expect(ankle.prompt).toMatch(/ankle .*reflex/)
    expect(ankle.answers).toEqual(['nerve:S1:left', 'nerve:S1:right'])
    expect(NERVE_IDS.filter((id) => isRight(ankle, id))).toEqual(['nerve:S1:left', 'nerve:S1:right'])
    expect(isRight(ankle, 'S1' as never)).toBe(false)
    expect(isRight(ankle, 'sacrum')).toBe(false)
    expect(ankle.nerves).toBe(true)
  })

  it('takes both C5 and C6 for the biceps reflex, which the neck’s table gives for both, and says so', () => {
    const biceps = byId('root-exam:reflex:C5-C6')
    expect(rootsNaming('biceps')).toEqual(['C5', 'C6'])
    expect(rootsTaken(biceps)).toEqual(['C5', 'C6'])
    expect(biceps.prompt).toMatch(/biceps reflex/)
    expect(biceps.prompt).toMatch(/Click one\.$/)
    for (const text of [biceps.explanation, biceps.explanationPlain]) expect(text).toMatch(/C5 and C6/)
  })

  it('takes as right every root whose table names the reflex asked (a shared finding accepts all its roots)', () => {
    const reflexQuestions = ROOT_EXAM_QUESTIONS.filter((q) => kindOf(q) === 'reflex')
    // every root with a reflex in its table is asked about, by at least one of its reflexes, and L3, which a
    // teaching guide gives the knee jerk as well (the next test)
    expect(new Set(reflexQuestions.flatMap(rootsTaken))).toEqual(
      new Set(NERVE_ROOTS.filter((root) => ROOT_EXAM_EN.reflex[root] !== undefined || root === 'L3')),
    )
    for (const q of reflexQuestions) {
      const named = REFLEX_NAMES.filter((reflex) => new RegExp(`\\b${reflex}\\b`).test(q.prompt))
      expect(named, q.id).toHaveLength(1)
      const knee = named[0] === 'knee'
      expect(rootsTaken(q), q.id).toEqual(knee ? ['L3', ...rootsNaming('knee')] : rootsNaming(named[0]!))
      // from the table of the roots' region: the neck's (Kang 2020) or the low back's (Engstrom & Deyo), and
      // for the knee jerk the guide that adds L3
      const table = rootsTaken(q)[0]!.startsWith('C') ? 'kang2020' : 'engstrom2015'
      expect(q.sources, q.id).toEqual(knee ? [table, 'mhReflexes'] : [table])
    }
    // the brachioradialis reflex, which the table gives only with C6's biceps reflex, is not asked on its own
    expect(reflexQuestions.some((q) => /brachioradialis/.test(q.prompt))).toBe(false)
  })

  it('asks the key muscle of every root the ISNCSCI chart gives one (C5–T1, L2–S1), naming the chart', () => {
    const muscles = ROOT_EXAM_QUESTIONS.filter((q) => kindOf(q) === 'muscle')
    expect(muscles.map((q) => q.id.split(':')[2])).toEqual(['C5', 'C6', 'C7', 'C8', 'T1', 'L2', 'L3', 'L4', 'L5', 'S1'])
    for (const q of muscles) {
      const root = q.id.split(':')[2] as NerveRoot
      const muscle = ROOT_EXAM_EN.muscle[root]!
      expect(q.prompt, q.id).toContain(`asking you to ${muscle.plain}`)
      // the chart makes its root the answer: said, since the radiculopathy tables often give a second root
      expect(q.prompt, q.id).toMatch(/standard nerve chart \(ISNCSCI\), this is its key muscle/)
      expect(q.explanation, q.id).toContain(muscle.detailed)
      expect(q.sources, q.id).toContain('kirshblum2011')
      expect(rootsTaken(q), q.id).toContain(root)
    }
  })

  it('takes L4 or L5 for pulling the foot up: the chart’s key muscle of L4, weak in a squeezed L5 in the low back table', () => {
    const q = ROOT_EXAM_QUESTIONS.find((x) => x.id === 'root-exam:muscle:L4')!
    expect(rootsTaken(q)).toEqual(['L4', 'L5'])
    expect(q.prompt).toMatch(/Click one\.$/)
    expect(q.explanationPlain).toMatch(/L4 and L5 are both right/)
    // the low back table the L5 panel quotes does give weak dorsiflexion for L5
    expect(ROOT_EXAM_EN.squeezed.L5?.detailed).toMatch(/dorsiflexion/)
    // every other key muscle is one root's, and says that muscles get more than one root
    for (const other of ROOT_EXAM_QUESTIONS.filter((x) => kindOf(x) === 'muscle' && x !== q)) {
      expect(rootsTaken(other), other.id).toHaveLength(1)
      expect(other.explanationPlain, other.id).toMatch(/more than one root/)
    }
  })

  it('asks the key sensory points a student learns first, each the chart’s point of one root only', () => {
    const skin = ROOT_EXAM_QUESTIONS.filter((q) => kindOf(q) === 'skin')
    expect(skin.flatMap((q) => rootsTaken(q))).toEqual(['C6', 'C7', 'C8', 'T4', 'T10', 'L4', 'L5', 'S1'])
    expect(byId('root-exam:skin:C6').prompt).toMatch(/the back of the thumb/)
    expect(byId('root-exam:skin:T10').prompt).toMatch(/belly button/)
    expect(byId('root-exam:skin:L4').explanation).toMatch(/medial malleolus/)
    expect(byId('root-exam:skin:S1').explanation).toMatch(/lateral heel/)
    for (const q of skin) {
      const [root] = rootsTaken(q) as [NerveRoot]
      const point = ROOT_EXAM_EN.skin[root]!
      expect(q.prompt, q.id).toContain(`touching ${point.plain}`)
      expect(q.explanation, q.id).toContain(point.detailed)
      // no other root is tested at the same point (S4 and S5 share one, and are not asked)
      const sharing = NERVE_ROOTS.filter((r) => ROOT_EXAM_EN.skin[r]?.plain === point.plain)
      expect(sharing, q.id).toEqual([root])
      expect(q.explanationPlain, q.id).toMatch(/overlaps/)
      expect(q.sources, q.id).toEqual(['kirshblum2011', 'lee2008dermatomes'])
    }
  })

  it('shows the roots while asked, gives sources that resolve, and one id and prompt each', () => {
    expect(new Set(ROOT_EXAM_QUESTIONS.map((q) => q.id)).size).toBe(ROOT_EXAM_QUESTIONS.length)
    expect(new Set(ROOT_EXAM_QUESTIONS.map((q) => q.prompt)).size).toBe(ROOT_EXAM_QUESTIONS.length)
    for (const q of ROOT_EXAM_QUESTIONS) {
      expect(q.id).toMatch(/^root-exam:(reflex|muscle|skin):[CTLS]\d+(-[CTLS]\d+)*$/)
      expect(q.nerves, q.id).toBe(true)
      expect(
        q.answers.every((a) => a.startsWith('nerve:')),
        q.id,
      ).toBe(true)
      expect(q.prompt, q.id).toMatch(/^Which nerve root does a doctor test .*\? .*Click (it|one)\.$/)
      expect(q.sources.length, q.id).toBeGreaterThan(0)
      for (const key of q.sources) expect(SOURCES[key], key).toBeDefined()
      // the answer is named in both explanations
      for (const root of rootsTaken(q)) {
        expect(q.explanation, q.id).toContain(root)
        expect(q.explanationPlain, q.id).toContain(root)
      }
      // a test a doctor does, never a diagnosis
      expect(`${q.explanation} ${q.explanationPlain}`, q.id).not.toMatch(/diagnos|you have/i)
    }
  })

  it('explains every answer in plain words (grade 6 or below)', () => {
    for (const q of ROOT_EXAM_QUESTIONS) expectPlain(q.id, q.explanationPlain)
  })
})

describe('in a round', () => {
  const isExam = (q: Question) => q.id.startsWith('root-exam:')

  it('asks a root by an examination finding in every round, besides a root by where it leaves', () => {
    for (let seed = 0; seed < 100; seed++) {
      const quiz = makeQuiz(seed, QUIZ_LENGTH)
      expect(quiz.filter(isExam).length, `round ${seed}`).toBeGreaterThanOrEqual(1)
      expect(quiz[9] && isExam(quiz[9]), `round ${seed}`).toBe(true)
      expect(
        quiz.some((q) => q.id.startsWith('root:')),
        `round ${seed}`,
      ).toBe(true)
    }
  })

  it('never asks the same one twice, asks them all in a long round (140 questions), and each in some round of ten', () => {
    const seen = new Set<string>()
    for (let seed = 0; seed < 60; seed++) {
      const quiz = makeQuiz(seed, 140)
      expect(new Set(quiz.map((q) => q.id)).size, `round ${seed}`).toBe(quiz.length)
      expect(quiz.filter(isExam).length, `round ${seed}`).toBe(ROOT_EXAM_QUESTIONS.length)
      for (const q of makeQuiz(seed, QUIZ_LENGTH).filter(isExam)) seen.add(q.id)
    }
    expect([...seen].sort()).toEqual(ROOT_EXAM_QUESTIONS.map((q) => q.id).sort())
  })

  it('is the same for the same seed', () => {
    expect(makeQuiz(17, 40).map((q) => q.id)).toEqual(makeQuiz(17, 40).map((q) => q.id))
  })

  it('shows the roots while asked and takes a click on either right root, in a running self-test', async () => {
    const { createFacetRuntime } = await import('../../src/runtime/runtime')
    // a round whose tenth question is the biceps reflex: a click on the right C6 root is right, on C7 wrong
    const seed = [...Array(400).keys()].find((n) => makeQuiz(n, QUIZ_LENGTH)[9]?.id === 'root-exam:reflex:C5-C6')
    expect(seed).toBeDefined()
    for (const [answer, right] of [
      ['nerve:C6:right', true],
      ['nerve:C5:left', true],
      ['nerve:C7:left', false],
    ] as const) {
      const { store } = createFacetRuntime({ refineBones: false })
      const s = () => store.getState()
      s().startQuiz(seed as number)
      for (let i = 0; i < 9; i++) s().nextQuestion()
      expect(s().groups.nerves).toBe('shown')
      s().select(answer)
      expect(s().quiz?.answered, answer).toEqual({ right, answer })
    }
  })
})

describe('in Spanish', () => {
  const names = { structure: (id: string) => id, part: (id: string) => id }
  const spanish = (q: Question) => localizeQuestion(q, QUIZ_ES, names)

  it('has its own Spanish for every one, by id: the prompt and both explanations', () => {
    for (const q of ROOT_EXAM_QUESTIONS) {
      expect(QUIZ_ES.questions[q.id], q.id).toBeDefined()
      const es = spanish(q)
      for (const f of ['prompt', 'explanation', 'explanationPlain'] as const)
        expect(es[f], `${q.id} ${f}`).not.toBe(q[f])
      expect(es.answers).toEqual(q.answers)
      expect(es.prompt, q.id).toMatch(/^¿Qué raíz nerviosa revisa el médico .*\? .*Haga clic en (ella|una)\.$/)
    }
  })

  it('uses the words of the roots’ panel in Spanish (./rootExam.ts) and speaks as “usted”', () => {
    expect(spanish(byId('root-exam:reflex:S1')).prompt).toContain(ROOT_EXAM_ES.reflex.S1!.detailed)
    expect(spanish(byId('root-exam:muscle:L5')).prompt).toContain('levante el dedo gordo del pie')
    expect(spanish(byId('root-exam:skin:L4')).explanation).toContain(ROOT_EXAM_ES.skin.L4!.detailed)
    expect(spanish(byId('root-exam:reflex:C5-C6')).explanationPlain).toMatch(/C5 y C6/)
    for (const q of ROOT_EXAM_QUESTIONS) {
      const es = spanish(q)
      const all = `${es.prompt} ${es.explanation} ${es.explanationPlain}`
      expect(all, q.id).not.toMatch(/\b(haz|tu|tus|te|puedes|tienes)\b/i)
      expect(all, q.id).not.toMatch(/\bcasi (siempre|todos|todas|toda|todo)\b/i)
    }
  })

  it('reads plainly in Spanish (INFLESZ 65 or more), explanation by explanation', () => {
    for (const q of ROOT_EXAM_QUESTIONS) expectPlainEs(q.id, spanish(q).explanationPlain)
  })
})
