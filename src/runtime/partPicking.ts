import type { PartId } from '../anatomy/parts'
import type { SceneSlot } from './sceneBridge'

/**
 * What the 3D view lends the automation API about parts while it is mounted: a point where a click would
 * land on a part (the view's `SceneBridge` answers the same for whole structures).
 *
 * Kept beside the scene slot, keyed by it, because the slot's bridge (runtime/sceneBridge.ts) has no room
 * for parts yet; once it has (a `visiblePartPoint` beside `visiblePoint`), this goes.
 */
export interface PartPicker {
  /** A page point (CSS px) where a click lands on the part, or null when none of it can be clicked. */
  visiblePoint(part: PartId): { x: number; y: number } | null
}

const pickers = new WeakMap<SceneSlot, PartPicker>()

/** Lends the picker for as long as the view is mounted; returns the function that takes it back. */
export function lendPartPicker(slot: SceneSlot, picker: PartPicker): () => void {
  pickers.set(slot, picker)
  return () => {
    if (pickers.get(slot) === picker) pickers.delete(slot)
  }
}

/** The picker the mounted view lends, if any. */
export const partPicker = (slot: SceneSlot): PartPicker | null => pickers.get(slot) ?? null
