import { CONDITION_IDS, type ConditionId, conditionView } from '../anatomy/conditionModels'
import type { AnyStructureId, Group, Layer } from '../anatomy/ids'
import { anyLayerOf, anyRegionsOf, parseAnyStructureId } from '../anatomy/structures'
import { QUIZ_LENGTH } from '../quiz/questions'
import { conditionInView } from './conditionSlice'
import type { FacetState, GroupState } from './index'

const VISIBILITY: Readonly<Record<GroupState, number>> = { hidden: 0, ghosted: 1, shown: 2 }

/**
 * How a structure is drawn given its regions, its layer and its own default: hidden wins over ghosted.
 * A structure spanning several regions (the cord, the long ligaments) is as visible as the most visible of
 * them: hidden only when all of them are. Each ilium is ghosted by default: only the part by the joint is
 * modelled, and it must not hide the sacrum. So is the skull's base, which must not hide C1 and the ligaments.
 */
export function structureDisplay(groups: Record<Group, GroupState>, id: AnyStructureId): GroupState {
  const parsed = parseAnyStructureId(id)
  if (!parsed) return 'hidden'
  const regionState = anyRegionsOf(parsed)
    .map((r) => groups[r])
    .reduce<GroupState>((best, state) => (VISIBILITY[state] > VISIBILITY[best] ? state : best), 'hidden')
  const layer: Layer = anyLayerOf(parsed)
  const ghostedByDefault =
    parsed.family === 'neural' && (parsed.parsed.kind === 'ilium' || parsed.parsed.kind === 'occiput')
  const own: GroupState = ghostedByDefault ? 'ghosted' : 'shown'
  const states = [regionState, groups[layer], own]
  if (states.includes('hidden')) return 'hidden'
  if (states.includes('ghosted')) return 'ghosted'
  return 'shown'
}

/**
 * A self-test question is on screen and not yet answered: nothing may give its answer away. Not the results
 * screen after the last question (its index past the end, with no answer recorded).
 */
export const questionWaits = ({ quiz }: Pick<FacetState, 'quiz'>): boolean =>
  quiz !== null && quiz.answered === null && quiz.index < QUIZ_LENGTH

/** What decides whether a condition's roots are on the spine. */
type ConditionFields = Pick<FacetState, 'condition' | 'closeUpJoint' | 'stretchPlaying' | 'quiz'>

const NO_ROOTS: readonly AnyStructureId[] = []
const ROOTS_OF = new Map<ConditionId, readonly AnyStructureId[]>(
  CONDITION_IDS.map((id) => [id, conditionView(id).roots]),
)

/**
 * The roots a condition on the spine presses on, drawn (pink, over themselves) and answering a tap whatever
 * the nerves layer says: a tap on the pink root used to fall through to the disc behind it, and a note on it
 * was not shown. None while the close-up or a stretch has the spine, nor while a self-test question waits
 * (the one root shown would give its answer away). The same array for the same condition, for selectors.
 */
export function shownConditionRoots(s: Partial<ConditionFields>): readonly AnyStructureId[] {
  const { condition, closeUpJoint = null, stretchPlaying = false, quiz = null } = s
  if (!condition || !conditionInView({ condition, closeUpJoint, stretchPlaying })) return NO_ROOTS
  if (questionWaits({ quiz })) return NO_ROOTS
  return ROOTS_OF.get(condition.id) ?? NO_ROOTS
}

/**
 * How a cord, root, ligament, sacroiliac joint or ilium is drawn: as its regions and layer say, except that the
 * selection is shown, and so are a condition's pressed roots (above), and one that carries a clinician's note
 * while its layer is hidden (the nerves are, by default): a note on the left L5 root ('your sore spot') was
 * listed in the panel but never appeared on the spine, nor its root, in the patient view that has no layer
 * controls and in the link it gave home. Without the condition's fields, as if no condition were shown.
 */
export function neuralDisplay(
  s: Pick<FacetState, 'groups' | 'selected' | 'pins'> & Partial<ConditionFields>,
  id: AnyStructureId,
): GroupState {
  if (s.selected === id || shownConditionRoots(s).includes(id)) return 'shown'
  const display = structureDisplay(s.groups, id)
  return display === 'hidden' && s.pins.some((p) => p.target === id) ? 'shown' : display
}
