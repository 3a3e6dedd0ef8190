import { describe, expect, it } from 'vitest'
import { NERVE_ROOTS, nerveId } from '../../src/anatomy/neural'
import { neuralInfo } from '../../src/anatomy/neuralInfo'
import { ANATOMY_ES } from '../../src/i18n/es/anatomy'
import { QUIZ_ES } from '../../src/i18n/es/quiz'
import { localizeQuestion } from '../../src/i18n/overlay'
import { isRight, makeQuiz, QUIZ_LENGTH } from '../../src/quiz/questions'
import { ROOT_EXAM_QUESTIONS } from '../../src/quiz/rootExamQuestions'
import { expectPlain } from '../content/readability'
import { expectPlainEs } from '../content/readabilityEs'

/*
 * The knee jerk: L4 in the low back table (Engstrom & Deyo, in Harrison's), roots L2 to L4 in a physical
 * examination teaching guide (McGraw-Hill), commonly taught as L3–L4. The quiz took only L4, so a student who
 * reasoned from the quadriceps, L3's key muscle, was marked wrong (s33 review, item 5).
 */

const knee = ROOT_EXAM_QUESTIONS.find((q) => /knee \(quadriceps\) reflex/.test(q.prompt))!
const names = { structure: (id: string) => id, part: (id: string) => id }

describe('the knee reflex question', () => {
  it('takes L3 and L4, on either side, and no other root', () => {
    expect(knee).toBeDefined()
    const taken = NERVE_ROOTS.filter((root) => isRight(knee, nerveId(root, 'left')))
    expect(taken).toEqual(['L3', 'L4'])
    for (const root of ['L3', 'L4'] as const) expect(isRight(knee, nerveId(root, 'right')), root).toBe(true)
    expect(knee.prompt).toMatch(/Click one\.$/)
  })

  it('cites the low back table and the teaching guide, and says which gives which root', () => {
    expect(knee.sources).toEqual(['engstrom2015', 'mhReflexes'])
    expect(knee.explanation).toMatch(/table gives the knee \(quadriceps\) reflex for L4/)
    // the guide's span is L2–L4: the quiz says which of it it takes, and why (content review)
    expect(knee.explanation).toMatch(
      /teaching guide gives it to roots L2–L4; the quiz takes L4 and the next root of that span, L3/,
    )
    expect(knee.explanationPlain).toMatch(/^L3 and L4 are both right\./)
    expect(knee.explanationPlain).toMatch(
      /The low back table gives it to L4\. A teaching guide gives it to a span of roots around it, so this quiz also takes L3, the root next to L4\./,
    )
    expectPlain(knee.id, knee.explanationPlain)
  })

  it('says the same in Spanish', () => {
    const es = localizeQuestion(knee, QUIZ_ES, names)
    expect(es.prompt).toMatch(/Haga clic en una\.$/)
    expect(es.explanation).toMatch(/da el reflejo rotuliano \(cuadricipital\) para L4/)
    expect(es.explanation).toMatch(
      /guía docente de exploración física lo da para las raíces L2–L4; la prueba acepta L4 y la raíz siguiente/,
    )
    expect(es.explanationPlain).toMatch(/^Las dos son correctas: L3 y L4\./)
    expect(es.explanationPlain).toMatch(
      /lo da para L4\. Una guía para médicos lo da para varias raíces, así que aquí también vale L3/,
    )
    expectPlainEs(knee.id, es.explanationPlain)
  })

  it('marks a click on L3 right in a running self-test, and one on L2 wrong', async () => {
    const { createFacetRuntime } = await import('../../src/runtime/runtime')
    const seed = [...Array(400).keys()].find((n) => makeQuiz(n, QUIZ_LENGTH)[9]?.id === knee.id)
    expect(seed).toBeDefined()
    for (const [answer, right] of [
      ['nerve:L3:left', true],
      ['nerve:L4:right', true],
      ['nerve:L2:left', false],
    ] as const) {
      const { store } = createFacetRuntime({ refineBones: false })
      const s = () => store.getState()
      s().startQuiz(seed as number)
      for (let i = 0; i < 9; i++) s().nextQuestion()
      s().select(answer)
      expect(s().quiz?.answered, answer).toEqual({ right, answer })
    }
  })
})

describe('the L3 root’s panel', () => {
  /** The fact that says how a root is examined: the one citing the ISNCSCI chart. */
  const serves = (root: 'L2' | 'L3' | 'L4') =>
    neuralInfo(`nerve:${root}:left`).facts.find((f) => f.sources.includes('kirshblum2011'))!

  it('says a teaching guide puts the knee jerk at L3 too (roots L2–L4), and cites it there only', () => {
    const l3 = serves('L3')
    expect(l3.sources).toContain('mhReflexes')
    expect(l3.detailed).toMatch(/The cited radiculopathy table lists no tendon reflex for this root\./)
    expect(l3.detailed).toMatch(
      /A physical examination teaching guide, though, gives the knee \(quadriceps\) reflex to roots L2–L4, L3 among them\./,
    )
    expect(l3.plain).toMatch(/A teaching guide says a doctor may also test this root with a tap just below the kneecap/)
    expectPlain('L3 serves', l3.plain)
    for (const root of ['L2', 'L4'] as const) {
      expect(serves(root).sources, root).not.toContain('mhReflexes')
      expect(serves(root).detailed, root).not.toMatch(/teaching guide/)
    }
  })

  it('says so in Spanish', () => {
    const l3 = ANATOMY_ES.neuralFacts('nerve:L3:left').find((f) => /dermatoma L3/.test(f.detailed))!
    expect(l3.detailed).toMatch(
      /Una guía docente de exploración física, en cambio, da el reflejo rotuliano \(cuadricipital\) a las raíces L2–L4, entre ellas L3\./,
    )
    expect(l3.plain).toMatch(
      /Una guía para médicos dice que también se puede revisar esta raíz con un golpecito justo debajo de la rótula/,
    )
    expectPlainEs('L3 serves', l3.plain)
  })
})
