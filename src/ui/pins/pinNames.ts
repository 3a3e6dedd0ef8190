import type { AnyStructureId } from '../../anatomy/ids'
import { type PartId, partName } from '../../anatomy/parts'
import { anyStructureName } from '../../anatomy/structures'

/** The plain name of the place a note is pinned on: a structure, or a bone's part ('Left bony bridge of L4'). */
export function pinPlaceName(target: AnyStructureId | PartId): string {
  if (target.includes('/')) return partName(target, false) ?? target
  return anyStructureName(target as AnyStructureId, false)
}
