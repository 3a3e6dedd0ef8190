import { type PartId, parsePartId, partInfo, searchParts } from './parts'

/** The words a part's kind is named by: 'facet for dens', 'transverse foramen', 'pedicle'. */
const kindWords = (id: PartId): string[] => {
  const info = partInfo(id)
  if (!info) return []
  return info.name.detailed
    .toLowerCase()
    .replace(/\(.*\)/g, '')
    .replace(/\bof\b.*$/, '')
    .split(/\s+/)
    .filter((w) => w && w !== 'left' && w !== 'right')
}

/**
 * `searchParts` with the closest names first: a part whose name is all query words comes before one whose
 * name has more ('dens' finds the dens of C2 before C1's facet for the dens), in spinal order otherwise.
 * An exact id stays first.
 */
export function searchPartsRanked(query: string): PartId[] {
  const hits = searchParts(query)
  const words = query.trim().toLowerCase().split(/\s+/)
  const exact = parsePartId(query.trim())?.id
  const extra = (id: PartId) =>
    id === exact ? -1 : kindWords(id).filter((w) => !words.some((q) => w.startsWith(q))).length
  return hits
    .map((id, order) => ({ id, order, extra: extra(id) }))
    .sort((a, b) => a.extra - b.extra || a.order - b.order)
    .map((h) => h.id)
}
