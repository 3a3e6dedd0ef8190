import { describe, expect, it } from 'vitest'
import { CONDITION_INVOLVES, CONDITION_MODELS, type ConditionId } from '../../src/anatomy/conditionModels'
import { parseNeuralId, rootExit } from '../../src/anatomy/neural'
import { SOURCES } from '../../src/anatomy/sources'
import { conditionById } from '../../src/content/conditions'
import { CONDITIONS_ASKED, conditionQuestion } from '../../src/quiz/conditionQuestions'
import { isRight, makeQuiz, QUIZ_LENGTH, type Question } from '../../src/quiz/questions'
import { quizHidesCondition } from '../../src/runtime/quizSession'
import { expectPlain } from '../content/readability'

const asked = (id: ConditionId) => {
  const q = conditionQuestion(id)
  if (!q) throw new Error(`no question about ${id}`)
  return q
}

describe('questions about the conditions shown on the spine', () => {
  it('takes the root, the slipped bone and the wedged bone a clinic names, on the side the model shows', () => {
    // what anatomy teaches (neural.md §5 root rule; the slip is of the upper bone; the fracture's level)
    const expected: Partial<Record<ConditionId, readonly string[]>> = {
      'herniation-l4-l5-posterolateral': ['nerve:L5:left'],
      'herniation-l4-l5-foraminal': ['nerve:L4:left'],
      'herniation-c5-c6': ['nerve:C6:left'],
      'stenosis-foraminal-l4-l5': ['nerve:L4:left'],
      'spondylolisthesis-l5-s1-isthmic': ['L5'],
      'spondylolisthesis-l4-l5-degenerative': ['L4'],
      'compression-fracture-l1': ['L1'],
      'disc-degeneration-l4-l5': ['disc:L4-L5'],
      'facet-arthritis-l4-l5': ['facet:L4-L5:left', 'facet:L4-L5:right'],
    }
    expect([...CONDITIONS_ASKED].sort()).toEqual(Object.keys(expected).sort())
    for (const id of CONDITIONS_ASKED) expect(asked(id).answers, id).toEqual(expected[id])
    // the root on the other side is not pressed on, so it is not right
    expect(isRight(asked('herniation-l4-l5-posterolateral') as Question, 'nerve:L5:right')).toBe(false)
    expect(isRight(asked('herniation-l4-l5-posterolateral') as Question, 'nerve:L4:left')).toBe(false)
    expect(isRight(asked('herniation-l4-l5-foraminal') as Question, 'nerve:L5:left')).toBe(false)
  })

  it('reads every answer from the condition’s model, the same one the spine draws and the API reports', () => {
    for (const id of CONDITIONS_ASKED) {
      const m = CONDITION_MODELS[id]
      const q = asked(id)
      const fromModel =
        'root' in m ? [m.root] : 'upper' in m ? [m.upper] : 'bone' in m ? [m.bone] : 'joints' in m ? m.joints : [m.disc]
      expect(q.answers, id).toEqual(fromModel)
      for (const a of q.answers) expect(CONDITION_INVOLVES[id], id).toContain(a)
      // the condition panel names the same root
      const root = conditionById(id)?.root
      if (q.nerves) expect(root?.id, id).toBe(q.answers[0])
    }
  })

  it('follows the exit rule: a foraminal or neck herniation presses the root leaving there, a lumbar posterolateral one the next', () => {
    for (const id of CONDITIONS_ASKED) {
      const m = CONDITION_MODELS[id]
      if (m.kind !== 'herniation' && m.kind !== 'stenosis-foraminal') continue
      const root = parseNeuralId(asked(id).answers[0] as string)
      if (root?.kind !== 'nerve') throw new Error(`${id}: not a root`)
      const { exit } = rootExit(root.root)
      if (exit.kind !== 'intervertebral') throw new Error(`${id}: ${root.root} does not leave between two bones`)
      const [upper, lower] = m.disc.slice(5).split('-')
      const leavesAtTheDisc = exit.upper === upper && exit.lower === lower
      const lumbarPosterolateral = m.kind === 'herniation' && m.place === 'posterolateral' && upper?.startsWith('L')
      if (lumbarPosterolateral) expect(exit.upper, `${id}: the traversing root leaves one level lower`).toBe(lower)
      else expect(leavesAtTheDisc, `${id}: the root leaving at ${m.disc}`).toBe(true)
    }
  })

  it('asks on the model, shows the roots for a root, and explains in plain words with sources that resolve', () => {
    for (const id of CONDITIONS_ASKED) {
      const q = asked(id)
      expect(q.prompt, id).toMatch(/Click (it|one)\.$/)
      expect(q.nerves === true, id).toBe(q.answers.every((a) => a.startsWith('nerve:')))
      expectPlain(q.prompt, q.explanationPlain)
      expect(q.explanation.length).toBeGreaterThan(20)
      expect(q.sources.length, id).toBeGreaterThan(0)
      for (const key of q.sources) expect(SOURCES[key], key).toBeDefined()
      // the explanation names the answer it gives
      const named = q.answers[0]!.replace(/^nerve:([^:]+):.*$/, '$1').replace(/^disc:(\w+)-(\w+)$/, '$1')
      expect(q.explanationPlain, id).toContain(named.replace(/^facet:(\w+)-.*$/, '$1'))
    }
  })

  it('comes once per round of ten, as the eighth question, and never twice in a longer round', () => {
    for (let seed = 0; seed < 30; seed++) {
      const quiz = makeQuiz(seed, 60)
      expect(quiz[7]?.condition, `round ${seed}`).toBeDefined()
      const conditions = quiz.filter((q) => q.condition).map((q) => q.condition)
      expect(new Set(conditions).size).toBe(conditions.length)
      expect(conditions.length).toBe(CONDITIONS_ASKED.length)
    }
  })
})

describe('a question about a condition in a running self-test', () => {
  /** A runtime whose quiz is at its condition question (the eighth), and that question. */
  async function atConditionQuestion(seed: number) {
    const { createFacetRuntime } = await import('../../src/runtime/runtime')
    const { store } = createFacetRuntime({ refineBones: false })
    const s = () => store.getState()
    s().startQuiz(seed)
    for (let i = 0; i < 7; i++) s().nextQuestion()
    const question = makeQuiz(seed, QUIZ_LENGTH)[7] as Question
    expect(question.condition).toBeDefined()
    return { s, question }
  }

  it('keeps a condition the reader left open out of any waiting question: its panel and its pink roots', async () => {
    const { createFacetRuntime } = await import('../../src/runtime/runtime')
    const { shownConditionRoots } = await import('../../src/store')
    const { store } = createFacetRuntime({ refineBones: false })
    const s = () => store.getState()
    s().showCondition('herniation-l4-l5-posterolateral')
    expect(shownConditionRoots(s())).toEqual(['nerve:L5:left'])
    expect(quizHidesCondition(s())).toBe(false)
    // a self-test started over it whose first question is not about a condition (which root leaves where, say)
    const seed = [...Array(40).keys()].find((n) => makeQuiz(n)[0]?.condition === undefined) as number
    s().startQuiz(seed)
    expect(s().condition?.id).toBe('herniation-l4-l5-posterolateral')
    expect(quizHidesCondition(s())).toBe(true)
    expect(shownConditionRoots(s())).toEqual([])
    // answered, the condition may speak again
    s().select(makeQuiz(seed)[0]!.answers[0]!)
    expect(quizHidesCondition(s())).toBe(false)
    expect(shownConditionRoots(s())).toEqual(['nerve:L5:left'])
    // and on the results screen after the last question, where no question waits
    const { QUIZ_LENGTH } = await import('../../src/quiz/questions')
    for (let i = 1; i <= QUIZ_LENGTH; i++) s().nextQuestion()
    expect(s().quiz?.index).toBe(QUIZ_LENGTH)
    s().showCondition('herniation-l4-l5-posterolateral')
    expect(quizHidesCondition(s())).toBe(false)
    expect(shownConditionRoots(s())).toEqual(['nerve:L5:left'])
  })

  it('shows the condition with nothing selected, keeps its panel back until answered, and clears it after', async () => {
    // a seed whose condition question is about a root, and one about a bone
    const seeds = [...Array(40).keys()]
    const rootSeed = seeds.find((n) => makeQuiz(n)[7]?.nerves) as number
    const { s, question } = await atConditionQuestion(rootSeed)
    expect(s().condition?.id).toBe(question.condition)
    expect(s().selected).toBeNull()
    expect(s().quiz?.answered).toBeNull()
    expect(s().groups.nerves).toBe('shown')
    expect(quizHidesCondition(s())).toBe(true)
    s().select(question.answers[0]!)
    expect(s().quiz?.answered).toEqual({ right: true, answer: question.answers[0] })
    expect(quizHidesCondition(s())).toBe(false)
    s().nextQuestion()
    expect(s().condition).toBeNull()
    expect(s().groups).toMatchObject({ bones: 'shown', nerves: 'hidden' })
  })

  it('takes the root on the other side as wrong and selects the pressed one, under its condition', async () => {
    const rootSeed = [...Array(40).keys()].find((n) => makeQuiz(n)[7]?.nerves) as number
    const { s, question } = await atConditionQuestion(rootSeed)
    const right = question.answers[0]!
    const wrong = right.endsWith(':left') ? right.replace(':left', ':right') : right.replace(':right', ':left')
    s().select(wrong as Question['answers'][number])
    expect(s().quiz?.answered).toEqual({ right: false, answer: wrong })
    expect(s().selected).toBe(right)
    expect(s().condition?.id).toBe(question.condition)
  })

  it('asks a bone question without selecting the bone the condition frames', async () => {
    const boneSeed = [...Array(60).keys()].find((n) => makeQuiz(n)[7]?.condition === 'compression-fracture-l1')
    expect(boneSeed).toBeDefined()
    const { s, question } = await atConditionQuestion(boneSeed as number)
    expect(s().condition?.id).toBe('compression-fracture-l1')
    expect(s().selected).toBeNull()
    s().select('T12')
    expect(s().quiz?.answered?.right).toBe(false)
    expect(s().selected).toBe(question.answers[0])
    s().endQuiz()
    expect(s().condition).toBeNull()
  })
})
