import type { AnyStructureId } from '../../anatomy/ids'
import type { PartId } from '../../anatomy/parts'
import { type AnatomyOverlay, localizeStructureName } from '../../i18n/overlay'

/**
 * The plain name of the place a note is pinned on: a structure, or a bone's part ('Left bony bridge of L4'),
 * in the overlay's language (`useAnatomyOverlay()`; English without one).
 */
export function pinPlaceName(target: AnyStructureId | PartId, anatomy?: AnatomyOverlay): string {
  return localizeStructureName(target, false, anatomy) ?? target
}
