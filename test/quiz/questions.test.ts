import { describe, expect, it } from 'vitest'
import { isStructureId } from '../../src/anatomy/ids'
import { type PartId, parsePartId, partInfo } from '../../src/anatomy/parts'
import { createStructureGeometry } from '../../src/geometry/cache'
import { isRight, makeQuiz, partsAsked, type Question } from '../../src/quiz/questions'
import { partVertices } from '../../src/runtime/partGeometry'
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

describe('questions about parts of bones', () => {
  /** A round whose `index`th question asks for a part. */
  const partQuestion = (seed: number, index = 3): Question => {
    const q = makeQuiz(seed)[index]
    if (!q?.part) throw new Error(`question ${index} of round ${seed} is not about a part`)
    return q
  }

  it('asks for a part in every third question from the fourth, and by name in the first two', () => {
    for (let seed = 0; seed < 20; seed++) {
      const quiz = makeQuiz(seed)
      expect(quiz.map((q) => (q.part ? 'part' : q.sources.length > 0 ? 'feature' : 'name'))).toEqual([
        'name',
        'name',
        'feature',
        'part',
        'name',
        'feature',
        'part',
        'name',
        'feature',
        'part',
      ])
    }
  })

  it('asks for solid parts a click can land on, by their anatomical names, and explains them in plain words', () => {
    const asked = partsAsked()
    expect(asked).toContain('L4/pedicle:left')
    expect(asked).toContain('C2/dens')
    expect(asked).not.toContain('L4/vertebral-foramen')
    for (const id of asked) {
      const info = partInfo(id)
      expect(info?.form, id).toBe('solid')
      // every part asked has vertices of its own in the bone the student clicks
      expect(partVertices(id, createStructureGeometry(info!.bone, 0)).length, id).toBeGreaterThan(0)
    }
    expect(partQuestion(0).prompt).toMatch(/^Click the [a-z]/)
    for (let seed = 0; seed < 50; seed++)
      for (const question of makeQuiz(seed, 30).filter((x) => x.part)) {
        const info = partInfo(question.part!)!
        expect(question.prompt).toBe(
          `Click the ${info.name.detailed.charAt(0).toLowerCase()}${info.name.detailed.slice(1)}.`,
        )
        expect(question.answers).toEqual([info.bone])
        expectPlain(question.prompt, question.explanationPlain)
      }
  })

  it('takes only that part as right: not its bone as a whole, not another part, not another structure', () => {
    const q = partQuestion(5)
    const part = parsePartId(q.part!)!
    expect(isRight(q, part.id)).toBe(true)
    expect(isRight(q, part.bone)).toBe(false)
    expect(isRight(q, `${part.bone}/body` === part.id ? `${part.bone}/spinous-process` : `${part.bone}/body`)).toBe(
      false,
    )
    expect(isRight(q, 'disc:L4-L5')).toBe(false)
  })

  it('is answered by choosing a part; choosing its bone waits, a wrong part shows the right one', async () => {
    const { createFacetRuntime } = await import('../../src/runtime/runtime')
    const seed = 11
    const q = partQuestion(seed)
    const part = parsePartId(q.part!)!
    const other: PartId = part.id === `${part.bone}/body` ? `${part.bone}/spinous-process` : `${part.bone}/body`
    const at = (store: ReturnType<typeof createFacetRuntime>['store']) => {
      store.getState().startQuiz(seed)
      for (let i = 0; i < 3; i++) {
        store.getState().select(makeQuiz(seed)[i]!.answers[0]!)
        store.getState().nextQuestion()
      }
      return store.getState().quiz!.score
    }
    {
      // right: the bone first (no answer yet), then the part, as a click on it would choose
      const { store } = createFacetRuntime()
      const before = at(store)
      store.getState().select(part.bone)
      expect(store.getState().quiz?.answered).toBeNull()
      store.getState().select(part.id)
      expect(store.getState().quiz?.answered).toEqual({ right: true, answer: part.id })
      expect(store.getState().quiz?.score).toBe(before + 1)
    }
    {
      // wrong: another part of the same bone; the right part is then selected
      const { store } = createFacetRuntime()
      const before = at(store)
      store.getState().select(other)
      expect(store.getState().quiz?.answered).toEqual({ right: false, answer: other })
      expect(store.getState()).toMatchObject({ selected: part.bone, selectedPart: part.id })
      expect(store.getState().quiz?.score).toBe(before)
    }
    {
      // wrong: another structure altogether
      const { store } = createFacetRuntime()
      at(store)
      const elsewhere = part.bone === 'coccyx' ? 'C1' : 'coccyx'
      store.getState().select(elsewhere)
      expect(store.getState().quiz?.answered).toEqual({ right: false, answer: elsewhere })
      expect(store.getState().selectedPart).toBe(part.id)
    }
  })
})
