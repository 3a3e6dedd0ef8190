import { BONE_IDS, type BoneId } from '../anatomy/ids'
import { isNeckRoot, type NerveRoot, parseNeuralId } from '../anatomy/neural'
import { parsePartId } from '../anatomy/parts'
import type { PartId } from '../anatomy/parts/ids'
import type { Question } from './questions'

/**
 * The stretch of the spine a question about nerve roots opens on, first bone to last: the whole spine left
 * the neck's roots a few pixels high, C7, C8 and T1 on top of one another (student review). The stretch is a
 * region, wider than the answer: the neck for the neck's roots (the arm's reflexes and muscles), the chest
 * for its roots, the low back and sacrum for the leg's. Null for any other question, which opens on the whole
 * spine.
 */
export function questionRegion(question: Pick<Question, 'nerves' | 'answers'>): readonly [BoneId, BoneId] | null {
  if (!question.nerves) return null
  const roots = question.answers.flatMap((id) => {
    const parsed = parseNeuralId(id)
    return parsed?.kind === 'nerve' ? [parsed.root] : []
  })
  if (roots.length === 0) return null
  const regions = new Set(roots.map(regionOfRoot))
  // answers in two regions (none today) open on both
  const from = REGION_ORDER.find((r) => regions.has(r))!
  const to = [...REGION_ORDER].reverse().find((r) => regions.has(r))!
  return [STRETCHES[from][0], STRETCHES[to][1]]
}

type RootRegion = 'neck' | 'chest' | 'lowBack'
const REGION_ORDER: readonly RootRegion[] = ['neck', 'chest', 'lowBack']
/** Each region's bones, with a bone beyond each end so the roots at its ends are in the picture. */
const STRETCHES: Readonly<Record<RootRegion, readonly [BoneId, BoneId]>> = {
  neck: ['C1', 'T2'],
  chest: ['C7', 'L1'],
  lowBack: ['T12', 'sacrum'],
}
const regionOfRoot = (root: NerveRoot): RootRegion =>
  isNeckRoot(root) ? 'neck' : root.startsWith('T') ? 'chest' : 'lowBack'

/** Where a question about a part opens: its bone with the bones next to it, seen from the part's side. */
export interface PartQuestionView {
  readonly from: BoneId
  readonly to: BoneId
  /** The part the view faces, as a `?s=` link to it would. */
  readonly facing: PartId
}

/**
 * The view a question about a part of a bone opens on: the whole spine left a lamina or a joint knob a few
 * pixels across, where a click near it picked the facet joint beside it (student review s38, M3). The bone
 * asked about and one bone either side, so it is still found among its neighbours, turned to the part's side.
 * Null for any other question.
 */
export function partQuestionView(question: Pick<Question, 'part' | 'answers'>): PartQuestionView | null {
  const bone = question.answers[0]
  if (!question.part || !bone) return null
  return viewOnBone(bone as BoneId, question.part)
}

/** The same view for any part of a bone (a flashcard lighting a part up to be named); null for an unknown id. */
export function partView(part: PartId): PartQuestionView | null {
  const bone = parsePartId(part)?.bone
  return bone ? viewOnBone(bone, part) : null
}

function viewOnBone(bone: BoneId, facing: PartId): PartQuestionView | null {
  const i = BONE_IDS.indexOf(bone)
  if (i < 0) return null
  return { from: BONE_IDS[Math.max(0, i - 1)]!, to: BONE_IDS[Math.min(BONE_IDS.length - 1, i + 1)]!, facing }
}
