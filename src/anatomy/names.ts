import {
  type JointUpper,
  type ParsedStructure,
  parseStructureId,
  type Region,
  regionOf,
  STRUCTURE_IDS,
  type StructureId,
  structure,
} from './ids'

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
]
const REGION_WORD = { C: 'cervical', T: 'thoracic', L: 'lumbar' } as const
const COMMON: Partial<Record<StructureId, string>> = {
  C1: 'atlas',
  C2: 'axis',
  C7: 'vertebra prominens',
  coccyx: 'tailbone',
}

const dash = (upper: JointUpper, lower: string) => `${upper}–${lower}`

/** The full anatomical name a student would write. */
export function structureName(id: StructureId): string {
  return nameOf(structure(id))
}

function nameOf(p: ParsedStructure): string {
  switch (p.kind) {
    case 'vertebra': {
      const n = Number(p.level.slice(1))
      return `${capital(ORDINALS[n - 1] ?? '')} ${REGION_WORD[p.level[0] as 'C' | 'T' | 'L']} vertebra (${p.level})`
    }
    case 'sacrum':
      return 'Sacrum (S1–S5)'
    case 'coccyx':
      return 'Coccyx (Co1–Co4)'
    case 'disc':
      return `${dash(p.joint.upper, p.joint.lower)} intervertebral disc`
    case 'facet': {
      const side = capital(p.side)
      if (p.joint.upper === 'C0') return `${side} atlanto-occipital joint (C0–C1)`
      if (p.joint.upper === 'C1') return `${side} lateral atlanto-axial joint (C1–C2)`
      return `${side} ${dash(p.joint.upper, p.joint.lower)} facet joint`
    }
  }
}

/**
 * A short label for the 3D view: 'L4', 'L4–L5', 'L4–L5 left'. The side is a word: a bare 'L' after a level
 * read as part of it ('L5 L'), and a reader at home did not know what it meant.
 */
export function shortLabel(id: StructureId): string {
  const p = structure(id)
  if (p.kind === 'vertebra') return p.level
  if (p.kind === 'sacrum') return 'Sacrum'
  if (p.kind === 'coccyx') return 'Coccyx'
  const levels = dash(p.joint.upper, p.joint.lower)
  return p.kind === 'disc' ? levels : `${levels} ${p.side}`
}

export const commonName = (id: StructureId): string | undefined => COMMON[id]

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * What a reader calls each part of their back, for a search in their own words ('neck joint', 'lower back'):
 * the region of a bone, disc or joint.
 */
const REGION_EVERYDAY_WORDS: Readonly<Record<Region, readonly string[]>> = {
  cervical: ['neck'],
  thoracic: ['upper back', 'mid back', 'middle back'],
  lumbar: ['low back', 'lower back'],
  sacrum: ['pelvis'],
  coccyx: [],
}

/** What a reader says of the joint that makes the sound: the facet joints are the spine's joints that crack. */
const CRACK_WORDS = ['crack', 'cracking', 'pop', 'popping', 'click', 'clicking'] as const

/** Every word a user might type for a structure, lower case. */
function searchTerms(id: StructureId): string {
  const p = structure(id)
  const extra: string[] = [id.toLowerCase(), structureName(id).toLowerCase(), commonName(id) ?? '']
  extra.push(...REGION_EVERYDAY_WORDS[regionOf(p)])
  if (p.kind === 'facet')
    extra.push(
      'facet',
      'zygapophyseal',
      'joint',
      p.side,
      `facet ${p.joint.upper.toLowerCase()}`,
      `facet ${p.joint.lower.toLowerCase()}`,
      ...CRACK_WORDS,
    )
  if (p.kind === 'disc') extra.push('disc', 'intervertebral')
  return extra.join(' ').replaceAll('–', '-')
}

const TERMS = new Map<StructureId, string>(STRUCTURE_IDS.map((id) => [id, searchTerms(id)]))

/**
 * Finds structures by name, id or abbreviation: 'L4', 'atlas', 'facet L5', 'left c5'. Every word of the
 * query must match; an exact id comes first, then bones, discs and joints in spinal order.
 */
export function searchStructures(query: string): StructureId[] {
  const q = query.trim().toLowerCase().replaceAll('–', '-')
  if (!q) return []
  const exact = parseStructureId(q)
  const words = q.split(/\s+/)
  const matches = STRUCTURE_IDS.filter((id) => {
    const terms = TERMS.get(id) ?? ''
    return words.every((w) => new RegExp(`(^|[\\s(:-])${escapeRegExp(w)}`).test(terms))
  })
  if (exact) return [exact.id, ...matches.filter((id) => id !== exact.id)]
  return matches
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
