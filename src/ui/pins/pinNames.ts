import type { AnyStructureId } from '../../anatomy/ids'
import type { PartId } from '../../anatomy/parts'
import { type AnatomyOverlay, localizeStructureName } from '../../i18n/overlay'

/**
 * The name of the place a note is pinned on: a structure, or a bone's part ('Left bony bridge of L4 (pedicle)'),
 * in the overlay's language (`useAnatomyOverlay()`; English without one). Plain, as the handout a patient takes
 * home names it, unless `detailed` (More detail on in the panel: 'Note on Ligamentum flavum, L4–L5', not the
 * plain 'Yellow band between the arches' a student had there, s38).
 */
export function pinPlaceName(target: AnyStructureId | PartId, anatomy?: AnatomyOverlay, detailed = false): string {
  return localizeStructureName(target, detailed, anatomy) ?? target
}
