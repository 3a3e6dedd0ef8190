import { BONE_IDS, parseStructureId, regionOf, STRUCTURE_IDS, type StructureId, VERTEBRA_LEVELS } from '../anatomy/ids'
import { structureName } from '../anatomy/names'
import type { SourceKey } from '../anatomy/sources'

/** Questions per round. */
export const QUIZ_LENGTH = 10

/** A self-test question: find a structure, by name or by what is special about it. */
export interface Question {
  prompt: string
  /** Any of these is a right answer. */
  answers: readonly StructureId[]
  /** Shown after answering. */
  explanation: string
  sources: readonly SourceKey[]
}

const cervicalBones = VERTEBRA_LEVELS.filter((l) => l.startsWith('C'))
const byRegion = (region: string) =>
  BONE_IDS.filter((id) => {
    const p = parseStructureId(id)
    return p !== null && p.kind === 'vertebra' && regionOf(p) === region
  })

/** Questions about level-specific features (the anatomy a student is examined on). */
const FEATURE_QUESTIONS: readonly Question[] = [
  {
    prompt: 'Find the vertebra that carries the dens.',
    answers: ['C2'],
    explanation: 'The dens (odontoid process) rises from the body of C2, the axis; the atlas turns around it.',
    sources: ['yousuf'],
  },
  {
    prompt: 'Find the vertebra that is a ring with no body.',
    answers: ['C1'],
    explanation: 'C1, the atlas, has anterior and posterior arches and lateral masses but no body.',
    sources: ['patel'],
  },
  {
    prompt: 'Find a vertebra whose spinous process is split in two (bifid).',
    answers: ['C3', 'C4', 'C5', 'C6'],
    explanation: 'C3–C6 have bifid spinous processes; C7’s is long and single.',
    sources: ['estimate'],
  },
  {
    prompt: 'Find a vertebra with holes in its transverse processes for the vertebral artery.',
    answers: cervicalBones,
    explanation: 'Transverse foramina are a feature of the cervical vertebrae.',
    sources: ['panjabi1993'],
  },
  {
    prompt: 'Find a vertebra with facets for the ribs.',
    answers: byRegion('thoracic'),
    explanation: 'Thoracic vertebrae carry costal facets on the body and, down to T10, on the transverse processes.',
    sources: ['panjabi1991t'],
  },
  {
    prompt: 'Find a vertebra with a broad, hatchet-shaped spinous process and mammillary processes.',
    answers: byRegion('lumbar'),
    explanation: 'These are lumbar features.',
    sources: ['panjabi1992'],
  },
  {
    prompt: 'Find the bone with four pairs of foramina and two alae.',
    answers: ['sacrum'],
    explanation: 'The sacrum: five fused vertebrae, alae spreading to the hips, four pairs of sacral foramina.',
    sources: ['sacrumMymensingh'],
  },
  {
    prompt: 'Find a joint whose facets face the midline, close to the sagittal plane.',
    answers: STRUCTURE_IDS.filter((id) => /^facet:(T12-L1|L1-L2|L2-L3):/.test(id)),
    explanation:
      'Upper lumbar facets lie about 26–34° from the midsagittal plane; lower ones turn toward the coronal plane.',
    sources: ['masharawi2004'],
  },
  {
    prompt: 'Find the joint where the skull rests on the spine.',
    answers: ['facet:C0-C1:left', 'facet:C0-C1:right'],
    explanation: 'The atlanto-occipital joints, between the occipital condyles and the atlas.',
    sources: ['patel'],
  },
  {
    prompt: 'Find a joint that cannot “crack”.',
    answers: STRUCTURE_IDS.filter((id) => id.startsWith('disc:')),
    explanation: 'Intervertebral discs are cartilaginous joints with no synovial fluid to cavitate.',
    sources: ['nucleus2014'],
  },
]

/** Structures asked by name: every bone, a spread of discs and facet joints. */
const NAMED: readonly StructureId[] = STRUCTURE_IDS.filter(
  (id) => !id.startsWith('facet:') || /:(C1-C2|C4-C5|T6-T7|L4-L5|L5-S1):/.test(id),
)

/** A small deterministic random generator (mulberry32), so a seed gives the same quiz every time. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A quiz of `count` questions: about a third on features, the rest by name, with no repeats. */
export function makeQuiz(seed: number, count = 10): Question[] {
  const random = seeded(seed)
  const pick = <T>(from: readonly T[], taken: Set<T>): T => {
    const left = from.filter((x) => !taken.has(x))
    return left[Math.floor(random() * left.length)] as T
  }
  const usedFeatures = new Set<Question>()
  const usedNames = new Set<StructureId>()
  const quiz: Question[] = []
  for (let i = 0; i < count; i++) {
    if (i % 3 === 2 && usedFeatures.size < FEATURE_QUESTIONS.length) {
      const q = pick(FEATURE_QUESTIONS, usedFeatures)
      usedFeatures.add(q)
      quiz.push(q)
    } else {
      const id = pick(NAMED, usedNames)
      usedNames.add(id)
      quiz.push({
        prompt: `Find the ${lowerFirst(structureName(id))}.`,
        answers: [id],
        explanation: `That is the ${lowerFirst(structureName(id))}.`,
        sources: [],
      })
    }
  }
  return quiz
}

const lowerFirst = (s: string) =>
  /^(Left|Right|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Sacrum|Coccyx)\b/.test(
    s,
  )
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s

export const isRight = (q: Question, answer: StructureId): boolean => q.answers.includes(answer)
