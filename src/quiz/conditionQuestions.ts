import {
  CONDITION_IDS,
  CONDITION_MODELS,
  type ConditionId,
  genantGrade,
  meyerdingGrade,
} from '../anatomy/conditionModels'
import type { AnyStructureId, DiscId } from '../anatomy/ids'
import { type NerveId, parseNeuralId } from '../anatomy/neural'
import type { SourceKey } from '../anatomy/sources'

/**
 * Questions about the conditions, asked with the condition shown on the model and answered by clicking
 * there. Every answer and every level named is read from the condition's model (anatomy/conditionModels.ts),
 * so a question cannot disagree with what the spine shows: the root a herniation presses on is the model's
 * `root`, on the model's side only (the bulge is drawn on that side, and the root on the other side is not
 * pressed on, so it is not a right answer); the slipped bone is the model's `upper`; the wedged bone is its
 * `bone`.
 */
export interface ConditionQuestion {
  readonly id: `condition:${ConditionId}`
  readonly condition: ConditionId
  readonly prompt: string
  readonly answers: readonly AnyStructureId[]
  /** The answer is a nerve root: the quiz shows the roots while it is asked. */
  readonly nerves?: true
  readonly explanation: string
  readonly explanationPlain: string
  readonly sources: readonly SourceKey[]
}

/** 'disc:L4-L5' as a reader writes the level: 'L4–L5', and its two bones. */
function discLevel(disc: DiscId): { level: string; upper: string; lower: string } {
  const [upper = '', lower = ''] = disc.slice('disc:'.length).split('-')
  return { level: `${upper}–${lower}`, upper, lower }
}

/** The root and side of a model's root id ('nerve:L5:left' → L5, left). */
function rootOf(id: NerveId): { root: string; side: 'left' | 'right' } {
  const p = parseNeuralId(id)
  if (p?.kind !== 'nerve') throw new Error(`${id} is not a nerve root`)
  return { root: p.root, side: p.side }
}

/** The question a condition is asked with, or null for one no single structure answers (central stenosis). */
export function conditionQuestion(id: ConditionId): ConditionQuestion | null {
  const m = CONDITION_MODELS[id]
  const base = { id: `condition:${id}`, condition: id } as const
  switch (m.kind) {
    case 'herniation': {
      const { level, upper } = discLevel(m.disc)
      const { root, side } = rootOf(m.root)
      const answer = { answers: [m.root], nerves: true } as const
      if (m.disc.startsWith('disc:C'))
        return {
          ...base,
          ...answer,
          prompt: `Which nerve root does this ${level} disc herniation press on? Click it.`,
          explanation: `The ${side} ${root} root. Cervical roots leave above the vertebra of their number, so the ${level} foramen is the ${root} root’s, and a posterolateral herniation there presses on it.`,
          explanationPlain: `It is the ${root} nerve on the ${side}. In the neck, each nerve leaves above the bone with its number. So the nerve that leaves at ${level} is ${root}.`,
          sources: ['grays2020'],
        }
      if (m.place === 'foraminal')
        return {
          ...base,
          ...answer,
          prompt: `Which nerve root does this foraminal ${level} disc herniation press on? Click it.`,
          explanation: `The ${side} ${root} root, the exiting root: a foraminal herniation lies out in the ${level} foramen, where the ${root} root leaves, beyond the root that runs down to the next level.`,
          explanationPlain: `It is the ${root} nerve on the ${side}. This bulge goes out into the gap where the ${root} nerve leaves the spine.`,
          sources: ['kimWeller2000', 'grays2020'],
        }
      return {
        ...base,
        ...answer,
        prompt: `Which nerve root does this posterolateral ${level} disc herniation press on? Click it.`,
        explanation: `The ${side} ${root} root, the traversing root: a posterolateral ${level} herniation meets the root running down past the disc to leave one level lower; the ${upper} root has already left above the disc, through its foramen.`,
        explanationPlain: `It is the ${root} nerve on the ${side}. A disc that bulges back and to the side hits the nerve that runs down past it. That nerve leaves one level lower.`,
        sources: ['kimWeller2000', 'grays2020'],
      }
    }
    case 'stenosis-foraminal': {
      const { level } = discLevel(m.disc)
      const { root, side } = rootOf(m.root)
      return {
        ...base,
        answers: [m.root],
        nerves: true,
        prompt: `Which nerve root is squeezed by this ${level} foraminal stenosis? Click it.`,
        explanation: `The ${side} ${root} root: the narrowed ${level} foramen is where the ${root} root exits.`,
        explanationPlain: `It is the ${root} nerve on the ${side}. It leaves the spine through the gap that has grown tight.`,
        sources: ['hasegawa1995', 'grays2020'],
      }
    }
    case 'spondylolisthesis': {
      const lower = m.lower === 'sacrum' ? 'S1' : m.lower
      const lowerPlain = m.lower === 'sacrum' ? 'the sacrum' : m.lower
      return {
        ...base,
        answers: [m.upper],
        prompt: `Which vertebra has slipped forward in this ${m.upper}–${lower} spondylolisthesis? Click it.`,
        explanation: `${m.upper}: in a spondylolisthesis the upper vertebra slides forward on the one below, here ${m.upper} on ${lowerPlain} (Meyerding grade ${meyerdingGrade(m.slipPercent)} as modelled).`,
        explanationPlain: `It is ${m.upper}. The bone on top slides forward on the bone below it. Here ${m.upper} has slid on ${lowerPlain}.`,
        sources: ['medscapeSpondylolisthesis', 'meyerdingGrades'],
      }
    }
    case 'fracture':
      return {
        ...base,
        answers: [m.bone],
        prompt: 'Which vertebra is wedged by this compression fracture? Click it.',
        explanation: `${m.bone}: its body has lost height at the front, so it is wedge-shaped (Genant grade ${genantGrade(m.heightLoss)} as modelled); L1, T12 and L2 are the commonest levels.`,
        explanationPlain: `It is ${m.bone}. The front of the bone has sunk down, so it looks like a wedge.`,
        sources: ['genantGrades', 'wang2023'],
      }
    case 'degeneration': {
      const { level } = discLevel(m.disc)
      return {
        ...base,
        answers: [m.disc],
        prompt: 'Which disc is worn in this disc degeneration? Click it.',
        explanation: `The ${level} disc: it has lost height and holds gas (the vacuum phenomenon), which marks advanced degeneration.`,
        explanationPlain: `It is the disc between ${level.replace('–', ' and ')}. It has worn thin and holds a little gas.`,
        sources: ['cawley2024', 'brinjikji2015'],
      }
    }
    case 'facet-arthritis': {
      const { level, upper, lower } = discLevel(`disc:${m.joints[0].split(':')[1]}` as DiscId)
      return {
        ...base,
        answers: m.joints,
        prompt: 'Which joint is worn by this facet arthritis? Click one.',
        explanation: `The ${level} facet joints, narrowed and roughened with osteophytes at their edges; L4–L5 is the level most often affected on CT.`,
        explanationPlain: `They are the small joints at the back, between ${upper} and ${lower}. They are worn and rough, with bony bumps.`,
        sources: ['kalichman2008facet'],
      }
    }
    case 'stenosis-central':
      return null
  }
}

/** The conditions asked about, in the Conditions menu's order. */
export const CONDITIONS_ASKED: readonly ConditionId[] = CONDITION_IDS.filter((id) => conditionQuestion(id) !== null)
