import type { StateCreator } from 'zustand/vanilla'
import { CONDITION_INVOLVES, type ConditionId, conditionView, isConditionId } from '../anatomy/conditionModels'
import type { AnyStructureId, Group } from '../anatomy/ids'
import type { PartId } from '../anatomy/parts'
import type { FacetState, GroupState } from './index'

export interface ConditionSlice {
  /** The condition shown on the spine, and every structure it involves (by id). */
  condition: { id: ConditionId; involves: readonly AnyStructureId[] } | null
  /** What showing a condition changed (the layers, the selection): put back exactly when it is cleared. */
  beforeCondition: {
    groups: Record<Group, GroupState>
    beforeXray: Record<Group, GroupState> | null
    selected: AnyStructureId | null
    selectedPart: PartId | null
  } | null
  /** Shows a condition: selects (and so frames) its level, sets the layers it needs; the crack close-up and a playing stretch make way. */
  showCondition: (id: ConditionId) => void
  /**
   * Back to the normal spine, with the layers there were before, and the selection there was before, or,
   * with `keepSelection` (the panel's and the menu's controls), one chosen while the condition showed: a
   * clinician who picked the pressed root to pin a note on it, then closed the condition, is still on that root.
   */
  clearCondition: (options?: { keepSelection?: boolean }) => void
}

/**
 * What was chosen while a condition shows (a structure or a part), or null: nothing, or only the condition's
 * own level, which showing it selected. Clearing it with `keepSelection` keeps this; the link writes it as `cs=`.
 */
export function choiceInCondition(
  s: Pick<FacetState, 'condition' | 'selected' | 'selectedPart'>,
): AnyStructureId | PartId | null {
  const now = s.selectedPart ?? s.selected
  return s.condition && now !== conditionView(s.condition.id).focus ? now : null
}

/** Whether the changed structures are drawn now: not while the crack close-up or a stretch has the spine. */
export const conditionInView = (s: Pick<FacetState, 'condition' | 'closeUpJoint' | 'stretchPlaying'>): boolean =>
  s.condition !== null && s.closeUpJoint === null && !s.stretchPlaying

export const createConditionSlice: StateCreator<FacetState, [], [], ConditionSlice> = (set) => ({
  condition: null,
  beforeCondition: null,
  showCondition: (id) =>
    set((s) => {
      if (!isConditionId(id)) return {}
      const view = conditionView(id)
      const before = s.beforeCondition ?? {
        groups: s.groups,
        beforeXray: s.beforeXray,
        selected: s.selected,
        selectedPart: s.selectedPart,
      }
      return {
        condition: { id, involves: CONDITION_INVOLVES[id] },
        beforeCondition: before,
        groups: { ...before.groups, ...view.groups },
        beforeXray: null,
        selected: view.focus,
        selectedPart: null,
        closeUpJoint: null,
        closeUpArrived: null,
        closeUpShown: null,
        playing: false,
        openStretchId: null,
        stretchPlaying: false,
      }
    }),
  clearCondition: (options) =>
    set((s) =>
      s.condition === null
        ? {}
        : {
            condition: null,
            beforeCondition: null,
            ...(s.beforeCondition && {
              groups: s.beforeCondition.groups,
              beforeXray: s.beforeCondition.beforeXray,
              // kept only when chosen (the condition's own level is not a choice)
              ...(!(options?.keepSelection && choiceInCondition(s)) && {
                selected: s.beforeCondition.selected,
                selectedPart: s.beforeCondition.selectedPart,
              }),
            }),
          },
    ),
})
