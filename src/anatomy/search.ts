import type { AnyStructureId } from './ids'
import { searchStructures } from './names'
import { searchNeural } from './neuralNames'
import { searchPartsRanked } from './partSearch'
import { type PartId, partName } from './parts'
import { anyStructureName, parseAnyStructureId } from './structures'

/** A query or a name as the search compares them: lower case, one kind of dash, single spaces. */
const normalise = (text: string) => text.trim().toLowerCase().replaceAll('–', '-').replace(/\s+/g, ' ')

/** Words that only say which one: a bone's level, a side, and the little words between. */
const QUALIFIERS = /^((c|t|l|s|co)\d{1,2}|left|right|of|the|and)$/

const nameOf = (id: AnyStructureId | PartId): string =>
  id.includes('/') ? (partName(id, false) ?? '') : anyStructureName(id as AnyStructureId)

/**
 * What the structure list's search finds, best first: the bones, discs and joints (so 'L4' then Enter
 * selects the bone), then the cord, roots and ligaments, then bones' parts. A query of two words or more puts
 * first what is named by those words in that order: 'left L5' finds the left L5 nerve root before the L4–L5
 * and L5–S1 joints on the left ('Left L5–S1 facet joint' is not named 'left L5'), which only have both words (a clinician looking for the root of a sciatica
 * found it third). A structure's exact id stays first.
 */
export function searchAll(query: string): (AnyStructureId | PartId)[] {
  const found = [...searchStructures(query), ...searchNeural(query), ...searchPartsRanked(query)]
  const q = normalise(query)
  if (parseAnyStructureId(q)) return found
  if (!q.includes(' ')) {
    // one word: what that word names by itself comes first ('dens' is C2's dens, before the apical ligament
    // 'of the dens'); the bone, side and little words a name adds do not count
    const namedOnly = (name: string) =>
      normalise(name)
        .replace(/\(.*?\)/g, ' ')
        .split(/[\s,]+/)
        .filter((w) => w && !QUALIFIERS.test(w))
        .every((w) => w.startsWith(q))
    // a part by its plain name or its term ('Peg of C2 (dens)', 'Dens of C2')
    const only = (id: AnyStructureId | PartId) =>
      namedOnly(nameOf(id)) || (id.includes('/') && namedOnly(partName(id, true) ?? ''))
    return [...found.filter(only), ...found.filter((id) => !only(id))]
  }
  // whole words: 'left l5' is not the start of 'left l5-s1 facet joint'
  const phrase = new RegExp(`(^|[\\s(])${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[\\s),])`)
  const named = (id: AnyStructureId | PartId) => phrase.test(normalise(nameOf(id)))
  return [...found.filter(named), ...found.filter((id) => !named(id))]
}
