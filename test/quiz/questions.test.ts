import { describe, expect, it } from 'vitest'
import { isStructureId, STRUCTURE_IDS } from '../../src/anatomy/ids'
import { structureInfo } from '../../src/anatomy/info'
import { isNeuralId, type NerveRoot, nerveId } from '../../src/anatomy/neural'
import { listParts, type PartId, parsePartId, partInfo } from '../../src/anatomy/parts'
import { BIFID } from '../../src/anatomy/parts/ids'
import { createStructureGeometry } from '../../src/geometry/cache'
import { CONDITIONS_ASKED } from '../../src/quiz/conditionQuestions'
import {
  isRight,
  makeQuiz,
  partsAsked,
  QUIZ_LENGTH,
  type Question,
  ROOTS_ASKED,
  rootQuestion,
} from '../../src/quiz/questions'
import { ROOT_EXAM_QUESTIONS } from '../../src/quiz/rootExamQuestions'
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
        for (const a of q.answers) expect(isStructureId(a) || (q.nerves === true && isNeuralId(a))).toBe(true)
      }
    }
  })

  it('takes as right every bone the model draws with a split spinous process, C2 included', () => {
    const bifid = questionsAsked().find((q) => q.prompt.includes('split in two'))!
    expect([...bifid.answers].sort()).toEqual([...BIFID].sort())
    expect(isRight(bifid, 'C2')).toBe(true)
    expect(isRight(bifid, 'C7')).toBe(false)
  })

  it('takes as right exactly the back joints whose facets the model sets near the midsagittal plane (under 35° from it)', () => {
    const sagittal = questionsAsked().find((q) => q.id === 'feature:sagittal-facets')!
    const fromMidline = (id: string) =>
      structureInfo(id as (typeof STRUCTURE_IDS)[number]).dimensions.find((d) => /midsagittal/.test(d.label))?.measure
        .value
    const nearSagittal = STRUCTURE_IDS.filter((id) => {
      // the thoracic and lumbar joints (C1–C2's near-horizontal faces have no such turn)
      const angle = /^facet:[TL]/.test(id) ? fromMidline(id) : undefined
      return angle !== undefined && angle < 35
    })
    expect(nearSagittal).toContain('facet:T11-T12:left')
    expect([...sagittal.answers].sort()).toEqual([...nearSagittal].sort())
    // the prompt gives the bound the answers follow, so L2–L3 (40° from the plane) is not a fair wrong answer
    expect(sagittal.prompt).toMatch(/under 35°/)
  })

  it('asks for the uncinate processes, which C3 to C7 have and the atlas and axis do not', () => {
    const uncinate = questionsAsked().find((q) => q.prompt.includes('uncinate'))!
    expect([...uncinate.answers].sort()).toEqual(['C3', 'C4', 'C5', 'C6', 'C7'])
    // the same bones the model gives the part
    for (const bone of ['C2', 'C3', 'C7', 'T1'] as const)
      expect(isRight(uncinate, bone), bone).toBe(listParts(bone).some((p) => p.part === 'uncinate-process'))
  })

  it('asks for the low back bones by what only they have: a hatchet-shaped spinous process and no rib facets', () => {
    const lumbar = questionsAsked().find((q) => q.id === 'feature:lumbar-features')!
    const ribFacets = (bone: 'T12' | 'L1' | 'L5') => listParts(bone).some((p) => p.part.startsWith('costal-facet'))
    expect(ribFacets('T12')).toBe(true)
    expect(isRight(lumbar, 'T12')).toBe(false)
    for (const bone of ['L1', 'L5'] as const) {
      expect(ribFacets(bone), bone).toBe(false)
      expect(isRight(lumbar, bone), bone).toBe(true)
    }
  })

  it('accepts any right answer and rejects others', () => {
    const dens = questionsAsked().find((q) => q.prompt.includes('carries the dens'))
    expect(dens && isRight(dens, 'C2')).toBe(true)
    expect(dens && isRight(dens, 'C1')).toBe(false)
  })
})

describe('explanations', () => {
  it('explains every answer in plain words a patient can read, with a detailed version too', () => {
    const asked = questionsAsked()
    // all eleven feature questions, every root question (where it leaves, what tests it) and every structure asked by name
    expect(asked.filter((q) => q.sources.length > 0 && !q.nerves && !q.condition).length).toBe(11)
    expect(asked.filter((q) => q.id.startsWith('root:')).length).toBe(ROOTS_ASKED.length)
    expect(asked.filter((q) => q.id.startsWith('root-exam:')).length).toBe(ROOT_EXAM_QUESTIONS.length)
    expect(asked.filter((q) => q.nerves && !q.condition).length).toBe(ROOTS_ASKED.length + ROOT_EXAM_QUESTIONS.length)
    expect(asked.filter((q) => q.condition).length).toBe(CONDITIONS_ASKED.length)
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

  it('asks for a part in the fourth and seventh questions, by name in the first two, and a root by an exam finding last', () => {
    const kind = (q: Question) =>
      q.condition
        ? 'condition'
        : q.part
          ? 'part'
          : q.id.startsWith('root-exam:')
            ? 'exam'
            : q.id.startsWith('root:')
              ? 'root'
              : q.sources.length > 0
                ? 'feature'
                : 'name'
    for (let seed = 0; seed < 20; seed++) {
      expect(makeQuiz(seed).map(kind)).toEqual([
        'name',
        'name',
        'feature',
        'part',
        'name',
        'root',
        'part',
        'condition',
        'feature',
        'exam',
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

  it('takes a click on a smaller named part that lies on the asked one, on its side (a student’s review, s38)', () => {
    const ask = (part: PartId): Question => ({ ...partQuestion(5), part, answers: [parsePartId(part)!.bone] })
    // the tips of C4's split spinous process are its spinous process; the tubercle of C1's front arch is that arch
    expect(isRight(ask('C4/spinous-process'), 'C4/spinous-tubercle:right')).toBe(true)
    expect(isRight(ask('C4/spinous-process'), 'C4/spinous-tubercle:left')).toBe(true)
    expect(isRight(ask('C1/anterior-arch'), 'C1/anterior-tubercle')).toBe(true)
    // a facet on its process, on the same side only; L4's mammillary process on its superior articular process
    expect(isRight(ask('C5/superior-articular-process:left'), 'C5/superior-articular-facet:left')).toBe(true)
    expect(isRight(ask('C5/superior-articular-process:left'), 'C5/superior-articular-facet:right')).toBe(false)
    expect(isRight(ask('L4/superior-articular-process:right'), 'L4/mammillary-process:right')).toBe(true)
    // not the other way round, not another bone's, not a neighbour
    expect(isRight(ask('C4/spinous-tubercle:right'), 'C4/spinous-process')).toBe(false)
    expect(isRight(ask('C4/spinous-process'), 'C5/spinous-tubercle:right')).toBe(false)
    expect(isRight(ask('C4/spinous-process'), 'C4/lamina:right')).toBe(false)
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

describe('questions about nerve roots', () => {
  const answerTo = (prompt: string) => questionsAsked().find((q) => q.prompt === prompt) ?? null

  it('takes the root numbered by the rule: in the neck the root above its bone, lower down the root below', () => {
    // C1–C7 leave above the vertebra of their number; C8 between C7 and T1; from T1 down, below their own
    const cases: [string, NerveRoot][] = [
      ['Which nerve root leaves above C6? Click it.', 'C6'],
      ['Which nerve root leaves above C3? Click it.', 'C3'],
      ['Which nerve root leaves between C7 and T1? Click it.', 'C8'],
      ['Which nerve root leaves between T1 and T2? Click it.', 'T1'],
      ['Which nerve root leaves between L4 and L5? Click it.', 'L4'],
      ['Which nerve root leaves between L5 and the sacrum? Click it.', 'L5'],
    ]
    for (const [prompt, root] of cases) {
      const q = answerTo(prompt)
      expect(q, prompt).not.toBeNull()
      expect(isRight(q as Question, nerveId(root, 'left')), prompt).toBe(true)
      expect(isRight(q as Question, nerveId(root, 'right')), prompt).toBe(true)
    }
    const l4l5 = answerTo('Which nerve root leaves between L4 and L5? Click it.') as Question
    expect(isRight(l4l5, 'nerve:L5:left')).toBe(false)
    expect(isRight(l4l5, 'L4')).toBe(false)
    const c6 = answerTo('Which nerve root leaves above C6? Click it.') as Question
    expect(isRight(c6, 'nerve:C5:left')).toBe(false)
    expect(isRight(c6, 'nerve:C7:left')).toBe(false)
  })

  it('asks about the roots that leave between two bones, once each, and shows the roots for them', () => {
    expect(ROOTS_ASKED[0]).toBe('C3')
    expect(ROOTS_ASKED.at(-1)).toBe('L5')
    expect(ROOTS_ASKED).toHaveLength(23)
    const q = rootQuestion('T6')
    expect(q.nerves).toBe(true)
    expect(q.sources.length).toBeGreaterThan(0)
    expect(makeQuiz(5, QUIZ_LENGTH)[5]?.nerves).toBe(true)
  })

  it('explains a root by its own region’s rule only (a thoracic root was first given the neck’s)', () => {
    expect(rootQuestion('T9').explanationPlain).toBe(
      'It is the T9 root. From T1 down, each root leaves below the bone with its number.',
    )
    expect(rootQuestion('C6').explanationPlain).toMatch(/In the neck, each root leaves above/)
    expect(rootQuestion('C6').explanationPlain).not.toMatch(/T1 down/)
    expect(rootQuestion('C8').explanationPlain).toMatch(/no C8 bone, so C8 leaves between C7 and T1/)
  })
})

describe('a question about nerve roots in a running self-test', () => {
  it('shows the roots (x-ray) while asked, takes a click on the root as right, and puts the layers back after', async () => {
    const { createFacetRuntime } = await import('../../src/runtime/runtime')
    const { store } = createFacetRuntime({ refineBones: false })
    const s = () => store.getState()
    s().startQuiz(11)
    for (let i = 0; i < 5; i++) s().nextQuestion()
    const question = makeQuiz(11, QUIZ_LENGTH)[5] as Question
    expect(question.nerves).toBe(true)
    expect(s().groups.nerves).toBe('shown')
    expect(s().groups.bones).toBe('ghosted')
    s().select(question.answers[1] ?? null)
    expect(s().quiz?.answered).toEqual({ right: true, answer: question.answers[1] })
    s().nextQuestion()
    expect(s().groups.nerves).toBe('hidden')
    expect(s().groups.bones).toBe('shown')
  })

  it('takes another root as wrong and shows the right one', async () => {
    const { createFacetRuntime } = await import('../../src/runtime/runtime')
    const { store } = createFacetRuntime({ refineBones: false })
    const s = () => store.getState()
    s().startQuiz(12)
    for (let i = 0; i < 5; i++) s().nextQuestion()
    const question = makeQuiz(12, QUIZ_LENGTH)[5] as Question
    const wrong = question.answers[0] === 'nerve:C3:left' ? 'nerve:C4:left' : 'nerve:C3:left'
    s().select(wrong)
    expect(s().quiz?.answered?.right).toBe(false)
    expect(s().selected).toBe(question.answers[0])
  })
})
