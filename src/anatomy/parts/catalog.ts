/** Every part of every bone, described once and indexed by id: listing, parsing, looking up and searching them. */

import { BONE_IDS, type BoneId, parseStructureId, type Side } from '../ids'
import { coccyxPart } from './coccyx'
import { type ParsedPart, type PartForm, type PartId, type PartInfo, type PartKind, partId, slotsOf } from './ids'
import { sacrumPart } from './sacrum'
import { vertebraPart } from './vertebra'

// ——— forms ———

const OPENINGS: ReadonlySet<string> = new Set(['vertebral-foramen', 'transverse-foramen', 'canal'])
const AREAS: ReadonlySet<string> = new Set(['promontory', 'hiatus', 'accessory-process'])

export function formOf(bone: BoneId, part: PartKind): PartForm {
  if (OPENINGS.has(part) || /-foramen-s\d$/.test(part)) return 'opening'
  if (AREAS.has(part) || (bone === 'sacrum' && part === 'cornu')) return 'area'
  return 'solid'
}

// ——— the index ———

function describe(bone: BoneId, part: PartKind, side: Side | null): PartInfo {
  const info =
    bone === 'sacrum'
      ? sacrumPart(part, side)
      : bone === 'coccyx'
        ? coccyxPart(part, side)
        : vertebraPart(bone, part, side)
  const plain = withTerm(info.name.plain, termOf(info.name.detailed))
  return { id: partId(bone, part, side), ...info, name: { ...info.name, plain }, form: formOf(bone, part) }
}

// Built on first use and never changed after: memoised constants, not state (the same calls give the same parts).
const PARTS = new Map<BoneId, readonly PartInfo[]>()
const INDEX = new Map<string, PartInfo>()

export function partsOf(bone: BoneId): readonly PartInfo[] {
  let list = PARTS.get(bone)
  if (!list) {
    list = slotsOf(bone).map(([part, side]) => describe(bone, part, side))
    PARTS.set(bone, list)
    for (const p of list) INDEX.set(p.id, p)
  }
  return list
}

/** The part with exactly this id once `partsOf` has built its bone, else undefined (no parsing, no other case). */
export const indexedPart = (id: string): PartInfo | undefined => INDEX.get(id)

/** Every part of a bone, front to back and top to bottom, left before right; [] for an unknown bone. */
export function listParts(boneId: string): readonly PartInfo[] {
  const parsed = parseStructureId(boneId)
  if (!parsed || (parsed.kind !== 'vertebra' && parsed.kind !== 'sacrum' && parsed.kind !== 'coccyx')) return []
  return partsOf(parsed.id)
}

/** Every part id of every bone, top of the spine to the tailbone. */
export const allPartIds = (): readonly PartId[] => BONE_IDS.flatMap((bone) => partsOf(bone).map((p) => p.id))

/** Parses a part id in any letter case; null when the bone has no such part. */
export function parsePartId(input: string): ParsedPart | null {
  const slash = input.indexOf('/')
  if (slash < 0) return null
  const bone = parseStructureId(input.slice(0, slash))
  if (!bone || (bone.kind !== 'vertebra' && bone.kind !== 'sacrum' && bone.kind !== 'coccyx')) return null
  const [part = '', side, extra] = input
    .slice(slash + 1)
    .trim()
    .toLowerCase()
    .split(':')
  if (extra !== undefined) return null
  partsOf(bone.id)
  // (a link from before each sacral foramen was named by its two openings means the front one, the nerve's
  // main way out)
  if (/^foramen-s\d$/.test(part)) return parsePartId(`${bone.id}/pelvic-${part}${side === undefined ? '' : `:${side}`}`)
  const info = INDEX.get(side === undefined ? `${bone.id}/${part}` : `${bone.id}/${part}:${side}`)
  return info ? { id: info.id, bone: info.bone, part: info.part, side: info.side } : null
}

export const isPartId = (input: string): input is PartId => parsePartId(input)?.id === input

/**
 * The larger part each smaller named part lies on: a tip of a split spinous process on the spinous process, a
 * tubercle on its arch, a joint face on its articular process, the mammillary process on the superior articular
 * process, a rib facet on the body or the transverse process, the uncinate process on the body's rim. A click on
 * the smaller one is a click on the larger: the quiz marked a click on C4's spinous tip wrong when asked for C4's
 * spinous process (a student's review, s38).
 */
const LIES_ON: Partial<Record<PartKind, PartKind>> = {
  'spinous-tubercle': 'spinous-process',
  'anterior-tubercle': 'anterior-arch',
  'facet-for-dens': 'anterior-arch',
  'posterior-tubercle': 'posterior-arch',
  'superior-articular-facet': 'superior-articular-process',
  'inferior-articular-facet': 'inferior-articular-process',
  'mammillary-process': 'superior-articular-process',
  'accessory-process': 'transverse-process',
  'transverse-costal-facet': 'transverse-process',
  'costal-facet-upper': 'body',
  'costal-facet-lower': 'body',
  'costal-facet': 'body',
  'uncinate-process': 'body',
  'dens-facet': 'dens',
}

/**
 * Whether part `id` is part `within` or lies on it (`LIES_ON`), on the same bone and the same side (a part with
 * no side, such as the spinous process, takes either side's smaller parts).
 */
export function partLiesWithin(id: string, within: string): boolean {
  if (id === within) return true
  const part = parsePartId(id)
  const whole = parsePartId(within)
  if (!part || !whole || part.bone !== whole.bone) return false
  return LIES_ON[part.part] === whole.part && (whole.side === null || whole.side === part.side)
}

/** Everything the panel says about a part, or null for an unknown id. */
export function partInfo(id: string): PartInfo | null {
  const parsed = parsePartId(id)
  return parsed ? (INDEX.get(parsed.id) ?? null) : null
}

/** 'Left pedicle of L4' (detailed) or 'Left bony bridge of L4 (pedicle)' (plain); null for an unknown id. */
export function partName(id: string, detailed: boolean): string | null {
  const info = partInfo(id)
  if (!info) return null
  return detailed ? info.name.detailed : info.name.plain
}

/**
 * The term an exam asks for, taken from a part's detailed name without its side and bone: 'Left superior
 * articular process of L4' gives 'superior articular process', 'Sacral promontory' 'sacral promontory'.
 */
export function termOf(detailed: string): string {
  const term = detailed
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/^(Left|Right) /, '')
    .replace(/ (of|on) (the sacrum|the coccyx|[CTLS]\d+)$/, '')
  // 'Superior …' reads as 'superior …' in brackets; a level ('S1 foramen') keeps its capital
  return /^[A-Z][a-z]/.test(term) ? term.charAt(0).toLowerCase() + term.slice(1) : term
}

/**
 * A plain name with its term after it in brackets ('Left upper joint knob of C2 (superior articular process)'),
 * so a reader in plain words learns the word the quiz and the books use; none where the plain name already
 * gives one or already says it.
 */
export function withTerm(plain: string, term: string): string {
  if (plain.includes('(') || !term || plain.toLowerCase().includes(term.toLowerCase())) return plain
  return `${plain} (${term})`
}

/**
 * A text with words blanked out ('…'), each word of each optionally plural ('lamina', 'laminae'; 'agujero
 * transverso', 'agujeros transversos'), longest first: a card that gives a part's description and asks for
 * its name does not print the name.
 */
export function blankOut(text: string, words: readonly string[]): string {
  let out = text
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    if (!word.trim()) continue
    const pattern = word
      .trim()
      .split(/\s+/)
      .map((w) => `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:e|s|es)?`)
      .join('\\s+')
    // the letter before is matched and put back, not looked behind for: Safari before 16.4 (iPads in use in exam
    // rooms) has no lookbehind, and the whole deck would fail to build there
    out = out.replace(new RegExp(`(^|[^\\p{L}])${pattern}(?!\\p{L})`, 'giu'), '$1…')
  }
  return out
}

// ——— search ———

const searchText = (p: PartInfo): string =>
  [p.id, p.name.plain, p.name.detailed, p.part.replaceAll('-', ' ')].join(' ').toLowerCase().replaceAll('–', '-')

/**
 * Finds parts by name or id: 'left pedicle l4', 'dens', 'ala', 'transverse foramen c5'. Every word must
 * start a word of the part's names or id; an exact id comes first, then parts in spinal order.
 */
export function searchParts(query: string): PartId[] {
  const q = query.trim().toLowerCase().replaceAll('–', '-')
  if (!q) return []
  const exact = parsePartId(q)
  const words = q.split(/\s+/)
  const hits = allPartIds().filter((id) => {
    const info = indexedPart(id)
    if (!info) return false
    const text = searchText(info)
    return words.every((w) => new RegExp(`(^|[\\s(/:-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text))
  })
  return exact ? [exact.id, ...hits.filter((id) => id !== exact.id)] : hits
}
