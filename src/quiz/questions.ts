import type { ConditionId } from '../anatomy/conditionModels'
import {
  type AnyStructureId,
  BONE_IDS,
  parseStructureId,
  regionOf,
  STRUCTURE_IDS,
  type StructureId,
  structure,
} from '../anatomy/ids'
import { structureName } from '../anatomy/names'
import { isNeckRoot, NERVE_ROOTS, type NerveRoot, nerveId, rootExit } from '../anatomy/neural'
import { listParts, type PartId, type PartKind, partInfo, partLiesWithin } from '../anatomy/parts'
import type { SourceKey } from '../anatomy/sources'
import { CONDITIONS_ASKED, conditionQuestion } from './conditionQuestions'
import { ROOT_EXAM_QUESTIONS } from './rootExamQuestions'

/** Questions per round. */
export const QUIZ_LENGTH = 10

/** A self-test question: find a structure, by name or by what is special about it, or a named part of a bone. */
export interface Question {
  /**
   * Stable across rounds and languages (a translation is laid over it by this id): 'feature:dens',
   * 'name:L4', 'part:L4/pedicle:left', 'root:L4', 'condition:herniation-c5-c6', 'root-exam:reflex:S1'.
   */
  id: string
  prompt: string
  /**
   * Any of these is a right answer; for a question about a part, its bone (where the answer is); for a
   * question about a nerve root, the root on either side (for a reflex two roots share, both roots).
   */
  answers: readonly AnyStructureId[]
  /** The question is about nerve roots: the quiz shows them (x-ray) while it is asked. */
  nerves?: true
  /** A question about a part of a bone: only this part is a right answer (a click on it, or choosing it). */
  part?: PartId
  /** A question about a condition: it is shown on the spine while the question is asked, and cleared after. */
  condition?: ConditionId
  /** Shown after answering when "More detail" is on: with the anatomical terms. */
  explanation: string
  /** Shown after answering by default: the same point in plain words (grade 6 or below). */
  explanationPlain: string
  sources: readonly SourceKey[]
}

const byRegion = (region: string) =>
  BONE_IDS.filter((id) => {
    const p = parseStructureId(id)
    return p !== null && p.kind === 'vertebra' && regionOf(p) === region
  })

/**
 * Every neck vertebra has transverse foramina, but the vertebral artery usually enters at C6 and runs up
 * through C6 to C1; at C7 it rarely does, so C7 is not a right answer.
 */
const vertebralArteryLevels = byRegion('cervical').filter((id) => id !== 'C7')

/** Questions about level-specific features (the anatomy a student is examined on). */
const FEATURE_QUESTIONS: readonly Question[] = [
  {
    id: 'feature:dens',
    prompt: 'Find the vertebra that carries the dens.',
    answers: ['C2'],
    explanation: 'The dens (odontoid process) rises from the body of C2, the axis; the atlas turns around it.',
    explanationPlain: 'The dens is a peg that sticks up from C2, the axis. The atlas turns around it.',
    sources: ['yousuf'],
  },
  {
    id: 'feature:atlas-ring',
    prompt: 'Find the vertebra that is a ring with no body.',
    answers: ['C1'],
    explanation: 'C1, the atlas, has anterior and posterior arches and lateral masses but no body.',
    explanationPlain: 'C1, the atlas, is a ring of bone. It has no solid block in front like the others.',
    sources: ['patel'],
  },
  {
    id: 'feature:bifid',
    prompt: 'Find a vertebra whose spinous process is split in two (bifid).',
    // the axis's large spinous process is bifid too, and the model draws it so (anatomy/parts/processes.ts)
    answers: ['C2', 'C3', 'C4', 'C5', 'C6'],
    explanation:
      'Anatomy texts describe bifid spinous processes on the axis (C2), whose spinous process is large, and at C3–C6; C7’s is long and single.',
    explanationPlain: 'From C2 to C6, the bump at the back of each bone splits in two. C7 has one long bump.',
    sources: ['grays2020'],
  },
  {
    id: 'feature:uncinate',
    prompt: 'Find a vertebra with uncinate processes: raised lips at the sides of the top of its body.',
    answers: ['C3', 'C4', 'C5', 'C6', 'C7'],
    explanation:
      'From C3 to C7 the sides of the upper endplate turn up as uncinate processes, which meet the body above at the uncovertebral joints (of Luschka); the atlas and the axis have none.',
    explanationPlain:
      'From C3 to C7, the top of each bone has a raised rim on each side. The rims stop the bone above from sliding sideways.',
    sources: ['grays2020'],
  },
  {
    id: 'feature:vertebral-artery',
    prompt: 'Find a vertebra that the vertebral artery usually runs through.',
    answers: vertebralArteryLevels,
    explanation:
      'Every cervical vertebra has transverse foramina, but the vertebral artery usually enters at C6 (92 % of arteries in a pooled analysis of 62 studies) and runs up through C6 to C1; C7’s foramina rarely hold it.',
    explanationPlain:
      'All neck bones have holes on both sides. The big blood vessel most often goes in at C6 and runs up to C1. It skips C7.',
    sources: ['vertebralArteryEntry', 'c7TransverseForamen'],
  },
  {
    id: 'feature:rib-facets',
    prompt: 'Find a vertebra with facets for the ribs.',
    answers: byRegion('thoracic'),
    explanation: 'Thoracic vertebrae carry costal facets on the body and, down to T10, on the transverse processes.',
    explanationPlain:
      'The ribs join the bones of the upper back, T1 to T12. From T1 to T10, each rib joins in two spots.',
    sources: ['grays2020'],
  },
  {
    id: 'feature:lumbar-features',
    // no rib facets, not mammillary processes: T12 has tubercles that match the lumbar mammillary processes
    // (Gray's), so a click on it would have been marked wrong for a feature it has in part
    prompt: 'Find a vertebra with a broad, hatchet-shaped spinous process and no facets for the ribs.',
    answers: byRegion('lumbar'),
    explanation:
      'These are lumbar features: L1–L5 have broad, hatchet-shaped spinous processes and no costal facets (T12, which carries the twelfth rib, has lumbar-like tubercles but still a costal facet).',
    explanationPlain:
      'A big, flat bump at the back and no joints for ribs mark the low back bones, L1 to L5. T12 still holds a rib.',
    // a textbook description (Panjabi 1992 measured lumbar vertebrae; it does not describe these shapes)
    sources: ['grays2020'],
  },
  {
    id: 'feature:sacrum',
    prompt: 'Find the bone with four pairs of foramina and two alae.',
    answers: ['sacrum'],
    explanation: 'The sacrum: five fused vertebrae, alae spreading to the hips, four pairs of sacral foramina.',
    explanationPlain:
      'The sacrum is five bones grown into one. Its wings spread out to the hips. Nerves pass out through four pairs of holes.',
    sources: ['grays2020'],
  },
  {
    id: 'feature:sagittal-facets',
    // 'the most nearly sagittal': every lumbar joint's facets are nearer the sagittal plane than the thorax's, and a
    // student taught that lumbar facets are sagittal answered L2–L3 and was marked wrong (a student's review)
    prompt:
      'Find a joint whose facets come closest to the sagittal plane of any in the spine (under 35° from it), facing the midline.',
    // the joints whose facets Masharawi's T12–L2 angles set in the model (T12's superior facets make T11–T12)
    answers: STRUCTURE_IDS.filter((id) => /^facet:(T11-T12|T12-L1|L1-L2):/.test(id)),
    explanation:
      'From T12 to L2 (the joints T11–T12 to L1–L2) the facets lie about 26–34° from the midsagittal plane; from L3 down they turn toward the coronal plane (about 40–56°).',
    explanationPlain:
      'At the top of the low back, the small joints face each other, side to side. Lower down they turn to face more toward the back.',
    sources: ['masharawi2004'],
  },
  {
    id: 'feature:skull-joint',
    prompt: 'Find the joint where the skull rests on the spine.',
    answers: ['facet:C0-C1:left', 'facet:C0-C1:right'],
    explanation: 'The atlanto-occipital joints, between the occipital condyles and the atlas.',
    explanationPlain: 'These joints are where the skull sits on C1, the top bone of the neck.',
    sources: ['patel'],
  },
  {
    id: 'feature:no-crack',
    prompt: 'Find a joint that cannot “crack”.',
    answers: STRUCTURE_IDS.filter((id) => id.startsWith('disc:')),
    explanation:
      'Intervertebral discs are cartilaginous joints with no synovial fluid film to cavitate; gas can collect in degenerated discs (vacuum phenomenon), which is not the sudden cavity of a joint pop.',
    explanationPlain:
      'A disc has no joint fluid inside, so it can’t pop like the small joints. Worn discs can hold some gas, but that is not a pop.',
    sources: ['grays2020', 'cawley2024'],
  },
]

/** Structures asked by name: every bone, a spread of discs and facet joints. */
const NAMED: readonly StructureId[] = STRUCTURE_IDS.filter(
  (id) => !id.startsWith('facet:') || /:(C1-C2|C4-C5|T6-T7|L4-L5|L5-S1):/.test(id),
)

/**
 * Parts asked for by name: the parts of a bone a student learns first, each big enough to click in the
 * model, and solid (a hole has no surface to click).
 */
const ASKED_PART_KINDS: ReadonlySet<PartKind> = new Set<PartKind>([
  'body',
  'pedicle',
  'lamina',
  'transverse-process',
  'spinous-process',
  'superior-articular-process',
  'inferior-articular-process',
  'dens',
  'anterior-arch',
  'posterior-arch',
  'lateral-mass',
  'ala',
])
let askedParts: readonly PartId[] | null = null
/** Listed on first use: listing every bone's parts builds their texts, which the first frame need not wait for. */
export function partsAsked(): readonly PartId[] {
  askedParts ??= BONE_IDS.flatMap((bone) =>
    listParts(bone)
      .filter((p) => p.form === 'solid' && ASKED_PART_KINDS.has(p.part))
      .map((p) => p.id),
  )
  return askedParts
}

/** A question asking for a part of a bone by name, answered by clicking it (or choosing it in the panel). */
function partQuestion(id: PartId): Question {
  const info = partInfo(id)
  if (!info) throw new Error(`no part ${id}`)
  // every part's name starts with a word ('Left pedicle of L4', 'Dens of C2'), never with a level
  const inSentence = (name: string) => name.charAt(0).toLowerCase() + name.slice(1)
  const detailed = inSentence(info.name.detailed)
  return {
    id: `part:${id}`,
    prompt: `Click the ${detailed}.`,
    answers: [info.bone],
    part: id,
    explanation: `That is the ${detailed}.`,
    explanationPlain: `That is the ${inSentence(info.name.plain)}.`,
    sources: [],
  }
}

/**
 * Roots asked about by where they leave: those that leave between two bones through a foramen (C3 to L5;
 * C1 and C2 have no foramen, and the sacral roots leave through the sacrum's holes).
 */
export const ROOTS_ASKED: readonly NerveRoot[] = NERVE_ROOTS.filter((root) => {
  const { exit } = rootExit(root)
  return exit.kind === 'intervertebral' && root !== 'C1' && root !== 'C2'
})

/** Where roots leave, in plain words, for the root's own region (the neck's above, C8's, or below). */
export function rootRulePlain(root: NerveRoot): string {
  if (root === 'C8') return 'There is no C8 bone, so C8 leaves between C7 and T1.'
  if (isNeckRoot(root)) return 'In the neck, each root leaves above the bone with its number.'
  return 'From T1 down, each root leaves below the bone with its number.'
}

/**
 * A question about which root leaves at a level, answered by clicking that root (either side) on the model.
 * The numbering rule (neural.ts `rootExit`): C1–C7 leave above the vertebra of their number, so the neck is
 * asked as "above C6"; C8 leaves between C7 and T1; from T1 down each root leaves below its own vertebra, so
 * the gap between L4 and L5 is L4's.
 */
export function rootQuestion(root: NerveRoot): Question {
  const { exit, relation } = rootExit(root)
  if (exit.kind !== 'intervertebral') throw new Error(`${root} does not leave between two bones`)
  const lower = exit.lower === 'S1' ? 'the sacrum' : exit.lower
  const where = relation === 'above' ? `above ${exit.lower}` : `between ${exit.upper} and ${lower}`
  return {
    id: `root:${root}`,
    prompt: `Which nerve root leaves ${where}? Click it.`,
    answers: [nerveId(root, 'left'), nerveId(root, 'right')],
    nerves: true,
    explanation: `The ${root} root. C1–C7 exit above the vertebra of the same number and C8 between C7 and T1; from T1 down, each root exits below the vertebra of its number, through the foramen beneath its pedicle.`,
    // the rule of the root's own region: a thoracic root explained by the neck's rule first read as a wrong answer
    explanationPlain: `It is the ${root} root. ${rootRulePlain(root)}`,
    sources: ['grays2020'],
  }
}

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

/**
 * A quiz of `count` questions, with no repeats: about a third on features and nerve roots in turn (features
 * 3rd, 9th…, roots by where they leave 6th, 12th…), about a third on parts of bones (the 4th, 7th, 13th,
 * 19th…) and on the root an examination finding tests (a reflex, a key muscle, a key sensory point: the 10th,
 * 16th, 22nd…), a condition shown on the spine in the 8th, 14th…, the rest by name (the first two always
 * are). Every question draws one number from the seed, whatever its kind, so a round's earlier questions
 * stay those the seed gave before the exam-finding questions came in.
 */
export function makeQuiz(seed: number, count = 10): Question[] {
  const random = seeded(seed)
  const pick = <T>(from: readonly T[], taken: Set<T>): T => {
    const left = from.filter((x) => !taken.has(x))
    return left[Math.floor(random() * left.length)] as T
  }
  const usedFeatures = new Set<Question>()
  const usedNames = new Set<StructureId>()
  const usedParts = new Set<PartId>()
  const usedRoots = new Set<NerveRoot>()
  const usedExam = new Set<Question>()
  const usedConditions = new Set<ConditionId>()
  const quiz: Question[] = []
  for (let i = 0; i < count; i++) {
    if (i % 6 === 1 && i > 1 && usedConditions.size < CONDITIONS_ASKED.length) {
      const id = pick(CONDITIONS_ASKED, usedConditions)
      usedConditions.add(id)
      const q = conditionQuestion(id)
      if (q) quiz.push({ ...q, answers: [...q.answers] })
    } else if (i % 6 === 5 && usedRoots.size < ROOTS_ASKED.length) {
      const root = pick(ROOTS_ASKED, usedRoots)
      usedRoots.add(root)
      quiz.push(rootQuestion(root))
    } else if (i % 3 === 2 && usedFeatures.size < FEATURE_QUESTIONS.length) {
      const q = pick(FEATURE_QUESTIONS, usedFeatures)
      usedFeatures.add(q)
      quiz.push(q)
    } else if (i % 6 === 3 && i > 3 && usedExam.size < ROOT_EXAM_QUESTIONS.length) {
      const q = pick(ROOT_EXAM_QUESTIONS, usedExam)
      usedExam.add(q)
      quiz.push(q)
    } else if (i % 3 === 0 && i > 0 && usedParts.size < partsAsked().length) {
      const id = pick(partsAsked(), usedParts)
      usedParts.add(id)
      quiz.push(partQuestion(id))
    } else {
      const id = pick(NAMED, usedNames)
      usedNames.add(id)
      quiz.push({
        id: `name:${id}`,
        prompt: `Find the ${lowerFirst(structureName(id))}.`,
        answers: [id],
        explanation: `That is the ${lowerFirst(structureName(id))}.`,
        explanationPlain: plainAnswer(id),
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

const PLAIN_PART = { C: 'neck', T: 'upper back', L: 'low back' } as const
const side = (s: 'left' | 'right') => (s === 'left' ? 'on the left' : 'on the right')

/** What a structure is, in plain words, after a question that asked for it by name. */
function plainAnswer(id: StructureId): string {
  const p = structure(id)
  switch (p.kind) {
    case 'vertebra': {
      const n = Number(p.level.slice(1))
      const part = PLAIN_PART[p.level[0] as 'C' | 'T' | 'L']
      return `That is ${p.level}, bone number ${n} of the ${part}, counting down from the top.`
    }
    case 'sacrum':
      return 'That is the sacrum, five bones grown into one at the base of the spine.'
    case 'coccyx':
      return 'That is the coccyx, or tailbone, at the very end of the spine.'
    case 'disc':
      return `That is the disc between ${p.joint.upper} and ${p.joint.lower}. It is a soft pad between two bones.`
    case 'facet':
      return p.joint.upper === 'C0'
        ? `That is the small joint ${side(p.side)} where the skull sits on C1.`
        : `That is the small joint ${side(p.side)} at the back, between ${p.joint.upper} and ${p.joint.lower}.`
  }
}

/**
 * Whether a selection answers the question: for a part question that part, or a smaller named part on it (the tip
 * of a split spinous process for the spinous process); else any of its structures.
 */
export const isRight = (q: Question, answer: AnyStructureId | PartId): boolean =>
  q.part ? partLiesWithin(answer, q.part) : (q.answers as readonly string[]).includes(answer)
