import { listOf, type WordsLang } from '../anatomy/lists'
import { isNeckRoot, NERVE_ROOTS, type NerveRoot, nerveId, type TextPair } from '../anatomy/neural'
import {
  GUIDE_REFLEX,
  ROOT_EXAM_EN,
  ROOT_EXAM_SENTENCES_EN,
  type RootExamSentences,
  type RootExamWords,
  radiculopathyTable,
} from '../anatomy/rootExam'
import type { Question } from './questions'

/*
 * Questions that go from what a doctor examines to the nerve root it tests, answered by clicking that root
 * (either side) on the model, as the questions about where a root leaves are: a tendon reflex, a key muscle,
 * a key sensory point. Every fact is read from anatomy/rootExam.ts, the same words the root's panel gives:
 *
 * - Reflexes: the radiculopathy tables' (Kang 2020 for the neck, Engstrom & Deyo for the low back). A reflex
 *   the table gives for two roots (the biceps reflex: C5, and C6 with the brachioradialis) takes both as
 *   right. The brachioradialis reflex is not asked on its own: the table gives it only beside C6's biceps
 *   reflex, and a question on it alone would mark C5 wrong on the strength of that one table. The knee jerk,
 *   L4 in the low back table, takes L3 as well, which a teaching guide gives it too (`GUIDE_REFLEX`, as the
 *   L3 panel says): a student who reasons from the quadriceps, L3's key muscle, is not marked wrong.
 * - Key muscles and key sensory points: the ISNCSCI chart's, one root each. The prompts say so ("its key
 *   muscle", "its key sensory point"), and the plain explanations that muscles and skin areas get more than
 *   one root.
 */

/** How one language words the questions, around the facts' own words (anatomy/rootExam.ts). */
export interface RootExamQuizSentences {
  /** The prompt for a reflex: its name and the tap; `shared` when more than one root is a right answer. */
  reflexPrompt(reflex: TextPair, shared: boolean): string
  /** The prompt for a key muscle: what the patient is asked to do and the muscle group; `shared` when two roots are right. */
  musclePrompt(action: string, group: string, shared: boolean): string
  /** The plain answer to a key muscle question two roots answer: the chart's root and the low back table's. */
  muscleSharedPlain(chart: NerveRoot, table: NerveRoot): string
  /** The same with terms. */
  muscleSharedTerms(chart: NerveRoot, table: NerveRoot, muscles: string): string
  /** The prompt for a key sensory point: where the skin is touched. */
  skinPrompt(where: string): string
  /** The plain answer to a reflex question: the roots and the tap. */
  reflexPlain(roots: readonly NerveRoot[], tap: string): string
  /** The plain answer to a reflex question a teaching guide answers with one more root: the table's, the guide's, the tap. */
  reflexGuidePlain(table: NerveRoot, guide: NerveRoot, tap: string): string
  /** The same with terms: the table's reflex for its root, and the guide's span of roots. */
  reflexGuideTerms(table: NerveRoot, guide: NerveRoot, reflex: string, span: string): string
  /** The answer with terms: the table (the neck's or the low back's) and each root's reflex in it. */
  reflexTerms(table: 'neck' | 'lowBack', entries: readonly { root: NerveRoot; reflex: string }[]): string
  /** The plain answer to a key muscle question, before the words on muscles with more than one root. */
  musclePlain(root: NerveRoot, action: string): string
  /** The answer with terms to a key muscle question, before the words on muscles with more than one root. */
  muscleTerms(root: NerveRoot, muscles: string): string
  /** The plain answer to a key sensory point question, before the words on overlapping skin areas. */
  skinPlain(root: NerveRoot, where: string): string
}

/** A question's words in one language. */
export interface RootExamQuestionText {
  readonly prompt: string
  readonly explanation: string
  readonly explanationPlain: string
}

/**
 * The reflexes asked, by a word of their name in the English terms, and the root whose words name the tap;
 * `guide` when a teaching guide gives the reflex one more root than the table does.
 */
const REFLEXES_ASKED: readonly { readonly name: string; readonly wordsOf: NerveRoot; readonly guide?: true }[] = [
  { name: 'biceps', wordsOf: 'C5' },
  { name: 'triceps', wordsOf: 'C7' },
  { name: 'knee', wordsOf: GUIDE_REFLEX.tableRoot, guide: true },
  { name: 'ankle', wordsOf: 'S1' },
]

/** Every root that has a key muscle in the ISNCSCI chart (C5–T1, L2–S1). */
const MUSCLES_ASKED: readonly NerveRoot[] = NERVE_ROOTS.filter((root) => ROOT_EXAM_EN.muscle[root] !== undefined)

/**
 * A key muscle whose movement the low back table gives for the next root as well, where a well-taught student
 * answers that root: pulling the foot up is L4's key muscle on the chart, and weak dorsiflexion is L5's in the
 * lumbosacral table ("foot drop"), which the L5 panel says too. Both are right, as for the biceps reflex.
 */
const MUSCLE_ALSO: Partial<Record<NerveRoot, NerveRoot>> = { L4: 'L5' }

/**
 * Key sensory points asked: those a student learns first and can tell from their neighbours at a glance
 * (the thumb, the middle and little fingers, the nipple, the belly button, the inner ankle bone, the top of
 * the foot at the third toe, the outer heel).
 */
export const SKIN_ASKED: readonly NerveRoot[] = ['C6', 'C7', 'C8', 'T4', 'T10', 'L4', 'L5', 'S1']

/** The roots whose table gives a reflex with this word in its name ('biceps': C5, and C6 with the brachioradialis). */
export function rootsWithReflex(name: string): NerveRoot[] {
  const word = new RegExp(`\\b${name}\\b`)
  return NERVE_ROOTS.filter((root) => word.test(ROOT_EXAM_EN.reflex[root]?.detailed ?? ''))
}

/** The muscle group, without the muscles named in brackets: 'wrist extensors (extensor carpi…)' → 'wrist extensors'. */
const groupOf = (muscles: string) => muscles.replace(/\s*\(.*$/, '')

const must = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`no ${what} in the root exam facts`)
  return value
}

/** One root-exam question's language-free part: its id, answers and sources, and how to word it. */
interface ExamQuestionShape {
  readonly id: string
  readonly roots: readonly NerveRoot[]
  readonly sources: Question['sources']
  readonly words: (
    facts: RootExamWords,
    sentences: RootExamSentences,
    quiz: RootExamQuizSentences,
  ) => RootExamQuestionText
}

const ISNCSCI = 'kirshblum2011'
const DERMATOME_MAPS = 'lee2008dermatomes'
/** The low back table's footnote: a key muscle gets most, not all, of its nerves from its root. */
const SHARED_MUSCLE_FOOTNOTE = 'engstrom2015'

const SHAPES: readonly ExamQuestionShape[] = [
  ...REFLEXES_ASKED.map(({ name, wordsOf, guide }): ExamQuestionShape => {
    const roots = rootsWithReflex(name)
    if (!roots.includes(wordsOf)) throw new Error(`${wordsOf} has no ${name} reflex`)
    const neck = roots.every(isNeckRoot)
    if (!neck && roots.some(isNeckRoot)) throw new Error(`the ${name} reflex spans two tables`)
    if (guide && roots.length > 1) throw new Error(`the ${name} reflex has two roots in its table and a guide's`)
    const tableSources = [...new Set(roots.map(radiculopathyTable))]
    // the id stays the table's roots; the answers take the guide's root too, in the roots' order
    const answers = guide ? NERVE_ROOTS.filter((root) => root === GUIDE_REFLEX.root || roots.includes(root)) : roots
    return {
      id: `root-exam:reflex:${roots.join('-')}`,
      roots: answers,
      sources: guide ? [...tableSources, GUIDE_REFLEX.source] : tableSources,
      words: (facts, _sentences, quiz) => {
        const tap = must(facts.reflex[wordsOf], `${wordsOf} reflex`)
        if (guide)
          return {
            prompt: quiz.reflexPrompt(tap, true),
            explanation: quiz.reflexGuideTerms(wordsOf, GUIDE_REFLEX.root, tap.detailed, GUIDE_REFLEX.span),
            explanationPlain: quiz.reflexGuidePlain(wordsOf, GUIDE_REFLEX.root, tap.plain),
          }
        const entries = roots.map((root) => ({ root, reflex: must(facts.reflex[root], `${root} reflex`).detailed }))
        return {
          prompt: quiz.reflexPrompt(tap, roots.length > 1),
          explanation: quiz.reflexTerms(neck ? 'neck' : 'lowBack', entries),
          explanationPlain: quiz.reflexPlain(roots, tap.plain),
        }
      },
    }
  }),
  ...MUSCLES_ASKED.map((root): ExamQuestionShape => {
    const also = MUSCLE_ALSO[root]
    return {
      id: `root-exam:muscle:${root}`,
      roots: also ? [root, also] : [root],
      sources: [ISNCSCI, SHARED_MUSCLE_FOOTNOTE],
      words: (facts, sentences, quiz) => {
        const muscle = must(facts.muscle[root], `${root} key muscle`)
        return {
          prompt: quiz.musclePrompt(muscle.plain, groupOf(muscle.detailed), also !== undefined),
          explanation: also
            ? quiz.muscleSharedTerms(root, also, muscle.detailed)
            : `${quiz.muscleTerms(root, muscle.detailed)} ${sentences.sharedMuscle.detailed}`,
          explanationPlain: also
            ? quiz.muscleSharedPlain(root, also)
            : `${quiz.musclePlain(root, muscle.plain)} ${sentences.sharedMuscle.plain}`,
        }
      },
    }
  }),
  ...SKIN_ASKED.map(
    (root): ExamQuestionShape => ({
      id: `root-exam:skin:${root}`,
      roots: [root],
      sources: [ISNCSCI, DERMATOME_MAPS],
      words: (facts, sentences, quiz) => {
        const skin = must(facts.skin[root], `${root} key sensory point`)
        return {
          prompt: quiz.skinPrompt(skin.plain),
          explanation: `${sentences.skinTerms(root, skin.detailed)} ${facts.overlap.detailed}`,
          explanationPlain: `${quiz.skinPlain(root, skin.plain)} ${facts.overlap.plain}`,
        }
      },
    }),
  ),
]

/** 'C5', 'C5 and C6', 'C5, C6 and C7' in one language's word for "and". */
export const listRoots = (roots: readonly NerveRoot[], lang: WordsLang): string => listOf(roots, lang)

export const ROOT_EXAM_QUIZ_SENTENCES_EN: RootExamQuizSentences = {
  reflexPrompt: (reflex, shared) =>
    `Which nerve root does a doctor test with ${reflex.detailed}, ${reflex.plain}? ${shared ? 'Click one.' : 'Click it.'}`,
  musclePrompt: (action, group, shared) =>
    `Which nerve root does a doctor test by asking you to ${action}? On the standard nerve chart (ISNCSCI), this is its key muscle, the ${group}. ${shared ? 'Click one.' : 'Click it.'}`,
  skinPrompt: (where) =>
    `Which nerve root does a doctor test by touching ${where}? On the standard nerve chart (ISNCSCI), this is its key sensory point. Click it.`,
  muscleSharedPlain: (chart, table) =>
    `${chart} and ${table} are both right. The spinal cord exam chart lists this test under ${chart}. Many books on low back nerves list it under ${table}.`,
  muscleSharedTerms: (chart, table, muscles) =>
    `The ${chart} and ${table} roots: ISNCSCI gives the ${muscles} as ${chart}'s key muscle; the lumbosacral radiculopathy table gives weak dorsiflexion for ${table}, so each is a right answer.`,
  reflexPlain: (roots, tap) =>
    roots.length > 1
      ? `${listRoots(roots, 'en')} are both right. A doctor can test the reflex of both roots with ${tap}.`
      : `It is ${roots[0]}. A doctor can test its reflex with ${tap}.`,
  reflexGuidePlain: (table, guide, tap) =>
    `${listRoots([guide, table], 'en')} are both right. A doctor can test this reflex with ${tap}. The low back table gives it to ${table}. A teaching guide gives it to a span of roots around it, so this quiz also takes ${guide}, the root next to ${table}.`,
  reflexGuideTerms: (table, guide, reflex, span) =>
    `The ${guide} and ${table} roots: the lumbosacral radiculopathy table gives ${reflex} for ${table}, and a physical examination teaching guide gives it to roots ${span}; the quiz takes ${table} and the next root of that span, ${guide}.`,
  reflexTerms: (table, entries) => {
    const tableName = table === 'neck' ? 'cervical' : 'lumbosacral'
    const given = entries.map((e) => `${e.reflex} for ${e.root}`)
    const roots = entries.map((e) => e.root)
    return entries.length > 1
      ? `The ${listRoots(roots, 'en')} roots: the ${tableName} radiculopathy table gives ${given.join(' and ')}, so each is a right answer.`
      : `The ${roots[0]} root: the ${tableName} radiculopathy table gives ${given[0]}.`
  },
  musclePlain: (root, action) => `It is ${root}. To check its strength, a doctor asks you to ${action}.`,
  muscleTerms: (root, muscles) => `The ${root} root. ${ROOT_EXAM_SENTENCES_EN.muscleTerms(muscles)}`,
  skinPlain: (root, where) => `It is ${root}. ${ROOT_EXAM_SENTENCES_EN.skin(where)}`,
}

/** Each root-exam question's words in one language, by question id (the Spanish is laid over the English so). */
export function rootExamQuestionTexts(
  facts: RootExamWords,
  sentences: RootExamSentences,
  quiz: RootExamQuizSentences,
): Record<string, RootExamQuestionText> {
  return Object.fromEntries(SHAPES.map((shape) => [shape.id, shape.words(facts, sentences, quiz)]))
}

/** The questions from an examination finding to its root, in English: reflexes, then key muscles, then key sensory points. */
export const ROOT_EXAM_QUESTIONS: readonly Question[] = SHAPES.map((shape) => ({
  id: shape.id,
  ...shape.words(ROOT_EXAM_EN, ROOT_EXAM_SENTENCES_EN, ROOT_EXAM_QUIZ_SENTENCES_EN),
  answers: shape.roots.flatMap((root) => [nerveId(root, 'left'), nerveId(root, 'right')]),
  nerves: true,
  sources: shape.sources,
}))
