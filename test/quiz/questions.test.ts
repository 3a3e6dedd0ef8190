import { describe, expect, it } from 'vitest'
import { isStructureId } from '../../src/anatomy/ids'
import { isRight, makeQuiz, type Question } from '../../src/quiz/questions'
import { expectPlain } from '../content/readability'

/** Every distinct question that many seeded rounds ask, feature questions and questions by name alike. */
function questionsAsked(): Question[] {
  const byPrompt = new Map<string, Question>()
  for (let seed = 0; seed < 200; seed++) for (const q of makeQuiz(seed, 30)) byPrompt.set(q.prompt, q)
  return [...byPrompt.values()]
}

describe('self-test questions', () => {
  it('gives the same quiz for the same seed and a different one for another', () => {
    expect(makeQuiz(7).map((q) => q.prompt)).toEqual(makeQuiz(7).map((q) => q.prompt))
    expect(makeQuiz(7).map((q) => q.prompt)).not.toEqual(makeQuiz(8).map((q) => q.prompt))
  })

  it('mixes questions by name with questions about level-specific features, without repeats', () => {
    const quiz = makeQuiz(3, 12)
    expect(new Set(quiz.map((q) => q.prompt)).size).toBe(12)
    expect(quiz.filter((q) => q.sources.length > 0).length).toBeGreaterThanOrEqual(4)
  })

  it('only ever expects structures that exist in the model', () => {
    for (let seed = 0; seed < 20; seed++) {
      for (const q of makeQuiz(seed)) {
        expect(q.answers.length).toBeGreaterThan(0)
        for (const a of q.answers) expect(isStructureId(a)).toBe(true)
      }
    }
  })

  it('accepts any right answer and rejects others', () => {
    const dens = makeQuiz(1, 30).find((q) => q.prompt.includes('dens'))
    expect(dens && isRight(dens, 'C2')).toBe(true)
    expect(dens && isRight(dens, 'C1')).toBe(false)
  })
})

describe('explanations', () => {
  it('explains every answer in plain words a patient can read, with a detailed version too', () => {
    const asked = questionsAsked()
    // all ten feature questions and every structure asked by name
    expect(asked.filter((q) => q.sources.length > 0).length).toBe(10)
    expect(asked.filter((q) => q.sources.length === 0).length).toBeGreaterThan(50)
    for (const q of asked) {
      expectPlain(q.prompt, q.explanationPlain)
      expect(q.explanation.length, q.prompt).toBeGreaterThan(3)
    }
  })

  it('does not take C7 as a vertebra the vertebral artery runs through, and takes C1 to C6', () => {
    const artery = questionsAsked().filter((q) => /vertebral artery/.test(q.prompt))
    expect(artery).toHaveLength(1)
    const q = artery[0]!
    expect(isRight(q, 'C7')).toBe(false)
    for (const level of ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'] as const) expect(isRight(q, level), level).toBe(true)
    expect(q.explanation).toMatch(/usually enters at C6/)
    expect(q.sources).toContain('vertebralArteryEntry')
  })
})

describe('answering', () => {
  it('takes a selection as the answer, scores it, and shows the right one after a wrong answer', async () => {
    // a fresh runtime wires the answer watcher itself
    const { createFacetRuntime } = await import('../../src/runtime/runtime')
    const { store } = createFacetRuntime()
    store.getState().startQuiz(42)
    const first = makeQuiz(42)[0]!
    store.getState().select(first.answers[0]!)
    expect(store.getState().quiz?.score).toBe(1)
    store.getState().nextQuestion()
    const second = makeQuiz(42)[1]!
    const wrong = second.answers.includes('coccyx') ? 'C1' : 'coccyx'
    store.getState().select(wrong)
    expect(store.getState().quiz?.answered?.right).toBe(false)
    expect(store.getState().selected).toBe(second.answers[0])
    expect(store.getState().quiz?.score).toBe(1)
  })
})
