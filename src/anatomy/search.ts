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
  const direct = searchNamed(query)
  // a name from the books that Facet shows under another: what shows it first ('odontoid' is the dens before
  // the ligaments that hold 'the odontoid process'), then anything else named so
  const also = alsoCalled(query).flatMap(searchNamed)
  return also.length === 0 ? direct : [...new Set([...also, ...direct])]
}

/**
 * Names a student meets in books and on scans for something Facet names otherwise, or shows as part of
 * something else (a student's review, s38: 'odontoid', 'foramen transversarium' and 'uncovertebral' found
 * nothing or the wrong thing), each with the words Facet uses for it. The relations are Gray's: the dens is the
 * odontoid process; the transverse foramen is the foramen transversarium, and the vertebral artery runs up
 * through it and over C1's posterior arch; the uncinate process makes the uncovertebral joint (of Luschka); a
 * spinal nerve root leaves through the intervertebral (neural) foramen; the pars interarticularis is the part
 * of the lamina between the articular processes; the iliolumbar ligament runs from L5's transverse process to
 * the ilium.
 */
const ALSO_CALLED: readonly { readonly words: RegExp; readonly says: readonly string[] }[] = [
  { words: /\bodontoid( process)?\b/, says: ['dens'] },
  { words: /\b(foramen|foramina) transversari(um|a)\b|\btransversarium\b/, says: ['transverse foramen'] },
  { words: /\bvertebral arter(y|ies)( groove)?\b/, says: ['transverse foramen', 'posterior arch c1'] },
  { words: /\buncovertebral( joints?)?\b|\b(joints? of )?luschka\b/, says: ['uncinate'] },
  { words: /\b(intervertebral|neural) foram(en|ina)\b/, says: ['nerve root'] },
  { words: /\bpars( interarticularis)?\b|\binterarticularis\b/, says: ['lamina'] },
  { words: /\biliolumbar( ligaments?)?\b/, says: ['transverse process l5', 'ilium'] },
  { words: /\banterior sacral foram(en|ina)\b/, says: ['pelvic foramen'] },
  { words: /\bposterior sacral foram(en|ina)\b/, says: ['dorsal foramen'] },
]

/** The queries in Facet's words for a query that uses a name from `ALSO_CALLED`, with its other words kept. */
function alsoCalled(query: string): string[] {
  const q = normalise(query)
  return ALSO_CALLED.flatMap(({ words, says }) =>
    words.test(q) ? says.map((said) => normalise(`${q.replace(words, ' ')} ${said}`)) : [],
  )
}

function searchNamed(query: string): (AnyStructureId | PartId)[] {
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
