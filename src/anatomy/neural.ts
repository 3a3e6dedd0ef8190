import {
  DISC_LEVELS,
  type JointLevel,
  type JointLower,
  type JointUpper,
  type Region,
  regionOfLevel,
  type Side,
  VERTEBRA_LEVELS,
  type VertebraLevel,
} from './ids'
import type { Confidence } from './measure'
import type { SourceKey } from './sources'

/**
 * The spinal cord, the cauda equina, the 31 pairs of spinal nerve roots, the spinal ligaments, the
 * sacroiliac joints and the ilia: their ids, names, rules and facts. Data only (no geometry, no React);
 * geometry/neural.ts builds the shapes from these numbers and the bones' landmarks.
 *
 * Id grammar (canonical spelling; `parseNeuralId` also accepts other letter cases and the aliases below):
 *   'cord' | 'cauda-equina'
 *   nerve    := 'nerve:' root ':' side                     'nerve:C6:left', 'nerve:L5:right', 'nerve:Co1:left'
 *   root     := 'C1'…'C8' | 'T1'…'T12' | 'L1'…'L5' | 'S1'…'S5' | 'Co1'
 *   ligament := 'ligament:' whole                         'ligament:anterior-longitudinal'
 *             | 'ligament:' ('flavum' | 'interspinous') ':' upper '-' lower
 *                                                          'ligament:flavum:L4-L5', 'ligament:interspinous:L5-S1'
 *             | 'ligament:intertransverse:' upper '-' lower ':' side
 *                                                          'ligament:intertransverse:L4-L5:left'
 *   whole    := 'anterior-longitudinal' | 'posterior-longitudinal' | 'supraspinous' | 'nuchae'
 *             | 'transverse-atlas' | 'alar' | 'apical' | 'tectorial'
 *   'si-joint:' side | 'ilium:' side
 *   'median-atlanto-axial'                                 the pivot joint between C2's dens and C1's front arch
 *   'occiput'                                              the base of the skull round the foramen magnum ('C0')
 * Levels are written as in disc ids (ids.ts): the bone above, a hyphen, the bone below ('S1' for the sacrum).
 * Aliases accepted on input: 'ligamentum-nuchae' and 'nuchal' for 'nuchae', 'ligamentum-flavum' for
 * 'flavum', 'all' and 'pll' for the longitudinal ligaments, 'tectorial-membrane' and 'membrana-tectoria' for
 * 'tectorial', 'apical-dens' for 'apical'.
 */

// ——— sources this module needs that sources.ts does not have yet ———

/**
 * Keys proposed for sources.ts (citations and verified identifiers are in the report that came with this
 * module). Until they are added there, facts here may name them; `NeuralSourceKey` allows both. When
 * sources.ts has them, empty this list and `NeuralSourceKey` becomes plain `SourceKey`.
 */
/** Keys still waiting for an entry in sources.ts (none: all were added). */
export const PENDING_SOURCE_KEYS = [] as const
export type PendingSourceKey = never
export type NeuralSourceKey = SourceKey

// Placeholders, one per pending key: swap nothing here, only the type above, when sources.ts has the key.
const VALOSEK2024: NeuralSourceKey = 'valosek2024'
const GRAY1918: NeuralSourceKey = 'gray1918'
const SAIFUDDIN1998: NeuralSourceKey = 'saifuddin1998'
const KIM2012: NeuralSourceKey = 'kim2012'
const SILVERSTEIN2015: NeuralSourceKey = 'silverstein2015'
const TORUN2008: NeuralSourceKey = 'torun2008'
const KHASAWNEH2023: NeuralSourceKey = 'khasawneh2023'
const FILUM2002: NeuralSourceKey = 'filum2002'
const PANJABI1991_LIGAMENTS: NeuralSourceKey = 'panjabi1991ligaments'
const SALAUD2018: NeuralSourceKey = 'salaud2018'
const LEE2018_PLL: NeuralSourceKey = 'lee2018pll'
const MAHATO2013: NeuralSourceKey = 'mahato2013'
const HEYLINGS1978: NeuralSourceKey = 'heylings1978'
const MERCER2003: NeuralSourceKey = 'mercer2003'
const EBRAHEIM2003: NeuralSourceKey = 'ebraheim2003'
const SIJ_LIMBS1993: NeuralSourceKey = 'sijLimbs1993'
const JACOB1995: NeuralSourceKey = 'jacob1995'
const ILIOLUMBAR2023: NeuralSourceKey = 'iliolumbar2023'
const CATTRYSSE2007: NeuralSourceKey = 'cattrysse2007'
const DVORAK1987_ALAR: NeuralSourceKey = 'dvorak1987alar'
const ROJAS2007: NeuralSourceKey = 'rojas2007'
const PATEL: NeuralSourceKey = 'patel'

/** A number with its source, as `Measure` in measure.ts but allowing the pending keys. */
export interface NeuralMeasure {
  readonly value: number
  readonly source: NeuralSourceKey
  readonly confidence: Confidence
}
/** A sourced number (also what the panel's texts in neuralInfo/ quote). */
export const nm = (value: number, source: NeuralSourceKey, confidence: Confidence): NeuralMeasure => ({
  value,
  source,
  confidence,
})
const est = (value: number): NeuralMeasure => nm(value, 'estimate', 'E')

/** As `Fact` in info.ts. */
export interface NeuralFact {
  readonly plain: string
  readonly detailed: string
  readonly sources: readonly NeuralSourceKey[]
}

/** As `PartDimension` in parts/ids.ts: a row of the info panel with a plain label for patients. */
export interface NeuralDimension {
  readonly label: string
  readonly plainLabel: string
  readonly unit: 'mm' | 'mm²' | '°'
  readonly measure: NeuralMeasure
}

export interface TextPair {
  readonly plain: string
  readonly detailed: string
}

// ——— ids ———

export const NERVE_ROOTS = [
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'C8',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'S1',
  'S2',
  'S3',
  'S4',
  'S5',
  'Co1',
] as const
export type NerveRoot = (typeof NERVE_ROOTS)[number]

/** C1–C8: the neck's roots (the coccygeal root, Co1, is not one, though it starts with a C). */
export const isNeckRoot = (root: NerveRoot): boolean => /^C[1-8]$/.test(root)

export const WHOLE_LIGAMENTS = [
  'anterior-longitudinal',
  'posterior-longitudinal',
  'supraspinous',
  'nuchae',
  // the ligaments of the atlas and axis that hold the dens: the pivot's own (see TRANSVERSE_ATLAS, ALAR),
  // the thin cord from its tip (APICAL) and the sheet behind it all, up from C2 to the skull (TECTORIAL)
  'transverse-atlas',
  'alar',
  'apical',
  'tectorial',
  // the sheets between the skull and C1's arches, in front of the dens and behind the cord (AO_MEMBRANES)
  'anterior-atlanto-occipital',
  'posterior-atlanto-occipital',
] as const
/** The ligaments at the pivot of the atlas and axis, inside C1's ring or just above it: all in the neck. */
export const PIVOT_LIGAMENTS: readonly WholeLigament[] = ['transverse-atlas', 'alar', 'apical', 'tectorial']
/** The membranes from the skull's base to C1's front and back arches: in the neck, and on C1's panel. */
export const ATLANTO_OCCIPITAL_MEMBRANES: readonly WholeLigament[] = [
  'anterior-atlanto-occipital',
  'posterior-atlanto-occipital',
]
export type WholeLigament = (typeof WHOLE_LIGAMENTS)[number]
export const SEGMENTAL_LIGAMENTS = ['flavum', 'interspinous', 'intertransverse'] as const
export type SegmentalLigament = (typeof SEGMENTAL_LIGAMENTS)[number]
export type LigamentName = WholeLigament | SegmentalLigament

export type NerveId = `nerve:${NerveRoot}:${Side}`
export type LigamentId =
  | `ligament:${WholeLigament}`
  | `ligament:${'flavum' | 'interspinous'}:${string}-${string}`
  | `ligament:intertransverse:${string}-${string}:${Side}`
export type SiJointId = `si-joint:${Side}`
export type IliumId = `ilium:${Side}`
/** The pivot joint between the front of C2's dens and the back of C1's anterior arch. */
export const MEDIAN_ATLANTO_AXIAL = 'median-atlanto-axial'
export type MedianAtlantoAxialId = typeof MEDIAN_ATLANTO_AXIAL
/** The base of the skull round the foramen magnum (the 'C0' of the joint ids): its measures are in skullBase.ts. */
export const OCCIPUT = 'occiput'
export type OcciputId = typeof OCCIPUT
export type NeuralId =
  | 'cord'
  | 'cauda-equina'
  | NerveId
  | LigamentId
  | SiJointId
  | IliumId
  | MedianAtlantoAxialId
  | OcciputId
export type NeuralKind =
  | 'cord'
  | 'cauda-equina'
  | 'nerve'
  | 'ligament'
  | 'si-joint'
  | 'ilium'
  | 'median-atlanto-axial'
  | 'occiput'

export type ParsedNeural =
  | { readonly kind: 'cord'; readonly id: 'cord' }
  | { readonly kind: 'cauda-equina'; readonly id: 'cauda-equina' }
  | { readonly kind: 'nerve'; readonly id: NerveId; readonly root: NerveRoot; readonly side: Side }
  | {
      readonly kind: 'ligament'
      readonly id: LigamentId
      readonly ligament: LigamentName
      /** The two bones a segmental ligament joins; null for the whole-length ones. */
      readonly level: JointLevel | null
      /** Only the intertransverse ligaments come in pairs. */
      readonly side: Side | null
    }
  | { readonly kind: 'si-joint'; readonly id: SiJointId; readonly side: Side }
  | { readonly kind: 'ilium'; readonly id: IliumId; readonly side: Side }
  | { readonly kind: 'median-atlanto-axial'; readonly id: MedianAtlantoAxialId }
  | { readonly kind: 'occiput'; readonly id: OcciputId }

const SIDES: readonly Side[] = ['left', 'right']
const levelKey = (level: JointLevel): `${string}-${string}` => `${level.upper}-${level.lower}`

/** The ligamenta flava and interspinous ligaments run from C2–C3 to L5–S1, as the discs do. */
export const FLAVUM_LEVELS: readonly JointLevel[] = DISC_LEVELS
export const INTERSPINOUS_LEVELS: readonly JointLevel[] = DISC_LEVELS
/** Between neighbouring transverse processes, C2–C3 to L4–L5 (the sacrum has none; at L5 the iliolumbar ligament takes over). */
export const INTERTRANSVERSE_LEVELS: readonly JointLevel[] = DISC_LEVELS.filter((l) => l.lower !== 'S1')

export const nerveId = (root: NerveRoot, side: Side): NerveId => `nerve:${root}:${side}`
export const siJointId = (side: Side): SiJointId => `si-joint:${side}`
export const iliumId = (side: Side): IliumId => `ilium:${side}`
export function ligamentId(name: LigamentName, level: JointLevel | null = null, side: Side | null = null): LigamentId {
  if (name === 'intertransverse') {
    if (!level || !side) throw new Error('an intertransverse ligament needs a level and a side')
    return `ligament:intertransverse:${levelKey(level)}:${side}`
  }
  if (name === 'flavum' || name === 'interspinous') {
    if (!level) throw new Error(`the ${name} ligament needs a level`)
    return `ligament:${name}:${levelKey(level)}`
  }
  return `ligament:${name}`
}

export const NERVE_IDS: readonly NerveId[] = NERVE_ROOTS.flatMap((root) => SIDES.map((side) => nerveId(root, side)))
export const LIGAMENT_IDS: readonly LigamentId[] = [
  ...WHOLE_LIGAMENTS.map((name) => ligamentId(name)),
  ...FLAVUM_LEVELS.map((level) => ligamentId('flavum', level)),
  ...INTERSPINOUS_LEVELS.map((level) => ligamentId('interspinous', level)),
  ...INTERTRANSVERSE_LEVELS.flatMap((level) => SIDES.map((side) => ligamentId('intertransverse', level, side))),
]
/** Every neural, ligament and pelvic structure, cord first, top to bottom. */
export const NEURAL_IDS: readonly NeuralId[] = [
  'cord',
  'cauda-equina',
  ...NERVE_IDS,
  ...LIGAMENT_IDS,
  MEDIAN_ATLANTO_AXIAL,
  OCCIPUT,
  ...SIDES.map(siJointId),
  ...SIDES.map(iliumId),
]
/**
 * What of these the spine shows from the start, with the joints and bones: the median atlanto-axial joint, the
 * skull's base (ghosted, as the ilia are), the sacroiliac joints and the ilia. The rest (cord, roots, ligaments)
 * waits for its layer or a selection.
 */
export const NEURAL_SHOWN_AT_START: readonly NeuralId[] = [
  MEDIAN_ATLANTO_AXIAL,
  OCCIPUT,
  ...SIDES.map(siJointId),
  ...SIDES.map(iliumId),
]
const idSet: ReadonlySet<string> = new Set(NEURAL_IDS)
export const isNeuralId = (input: string): input is NeuralId => idSet.has(input)

const LIGAMENT_ALIASES: Readonly<Record<string, LigamentName>> = {
  'ligamentum-nuchae': 'nuchae',
  nuchal: 'nuchae',
  'ligamentum-flavum': 'flavum',
  'tectorial-membrane': 'tectorial',
  'membrana-tectoria': 'tectorial',
  'apical-dens': 'apical',
  all: 'anterior-longitudinal',
  pll: 'posterior-longitudinal',
}
const rootSpelling = (s: string) => (s.toLowerCase() === 'co1' ? 'Co1' : s.toUpperCase())

/** Canonical spelling of user or URL input. */
function canonicalise(input: string): string {
  const parts = input.trim().split(':')
  const head = (parts[0] ?? '').toLowerCase()
  const rest = parts.slice(1)
  if (head === 'nerve') return ['nerve', rootSpelling(rest[0] ?? ''), (rest[1] ?? '').toLowerCase()].join(':')
  if (head === 'ligament') {
    const name = (rest[0] ?? '').toLowerCase()
    const out = ['ligament', LIGAMENT_ALIASES[name] ?? name]
    if (rest[1] !== undefined) out.push(rest[1].toUpperCase())
    if (rest[2] !== undefined) out.push(rest[2].toLowerCase())
    return out.join(':')
  }
  return [head, ...rest.map((s) => s.toLowerCase())].join(':')
}

/** Parses an id (canonical, other letter cases, or an alias); null for anything that is not one of these structures. */
export function parseNeuralId(input: string): ParsedNeural | null {
  const id = canonicalise(input)
  if (!idSet.has(id)) return null
  if (id === 'cord') return { kind: 'cord', id }
  if (id === 'cauda-equina') return { kind: 'cauda-equina', id }
  if (id === MEDIAN_ATLANTO_AXIAL) return { kind: 'median-atlanto-axial', id }
  if (id === OCCIPUT) return { kind: 'occiput', id }
  const parts = id.split(':')
  const head = parts[0]
  if (head === 'nerve') return { kind: 'nerve', id: id as NerveId, root: parts[1] as NerveRoot, side: parts[2] as Side }
  if (head === 'si-joint') return { kind: 'si-joint', id: id as SiJointId, side: parts[1] as Side }
  if (head === 'ilium') return { kind: 'ilium', id: id as IliumId, side: parts[1] as Side }
  const ligament = parts[1] as LigamentName
  const levels = parts[2]
  const level = levels ? jointOf(levels) : null
  const side = (parts[3] as Side | undefined) ?? null
  return { kind: 'ligament', id: id as LigamentId, ligament, level, side }
}

const jointOf = (levels: string): JointLevel => {
  const [upper, lower] = levels.split('-') as [JointUpper, JointLower]
  return { upper, lower }
}

/** The canonical id of a parsed structure (the inverse of `parseNeuralId`). */
export function formatNeuralId(p: ParsedNeural): NeuralId {
  switch (p.kind) {
    case 'cord':
    case 'cauda-equina':
    case 'median-atlanto-axial':
    case 'occiput':
      return p.kind
    case 'nerve':
      return nerveId(p.root, p.side)
    case 'ligament':
      return ligamentId(p.ligament, p.level, p.side)
    case 'si-joint':
      return siJointId(p.side)
    case 'ilium':
      return iliumId(p.side)
  }
}

/** Parses a known-good id; throws for one that is not in the model (a programming error, not user input). */
export function neural(id: NeuralId): ParsedNeural {
  const p = parseNeuralId(id)
  if (!p) throw new Error(`Unknown neural structure id: ${id}`)
  return p
}

/**
 * The panel layer each belongs to, for show, ghost, hide and isolate: the cord, cauda equina and roots
 * with the nerves, the ligaments with the ligaments, the sacroiliac joints and the median atlanto-axial
 * joint with the joints, the ilium with the bones.
 */
export type NeuralLayer = 'nerves' | 'ligaments' | 'joints' | 'bones'
export function neuralLayerOf(p: ParsedNeural): NeuralLayer {
  switch (p.kind) {
    case 'ligament':
      return 'ligaments'
    case 'si-joint':
    case 'median-atlanto-axial':
      return 'joints'
    case 'ilium':
    case 'occiput':
      return 'bones'
    default:
      return 'nerves'
  }
}

/** The regions a structure lies in (the long ones span several), top to bottom. */
export function neuralRegionsOf(p: ParsedNeural): readonly Region[] {
  switch (p.kind) {
    case 'cord':
      return ['cervical', 'thoracic', 'lumbar']
    case 'cauda-equina':
      return ['lumbar', 'sacrum']
    case 'nerve':
      return [rootRegionOf(p.root)]
    case 'si-joint':
    case 'ilium':
      return ['sacrum']
    case 'median-atlanto-axial':
    case 'occiput':
      return ['cervical']
    case 'ligament':
      if (p.level) return [p.level.upper === 'C0' ? 'cervical' : regionOfLevel(p.level.upper)]
      if (
        p.ligament === 'nuchae' ||
        PIVOT_LIGAMENTS.includes(p.ligament as WholeLigament) ||
        ATLANTO_OCCIPITAL_MEMBRANES.includes(p.ligament as WholeLigament)
      )
        return ['cervical']
      if (p.ligament === 'supraspinous') return ['cervical', 'thoracic', 'lumbar']
      return ['cervical', 'thoracic', 'lumbar', 'sacrum']
  }
}

const rootRegionOf = (root: NerveRoot): Region => {
  if (root === 'Co1') return 'coccyx'
  if (root.startsWith('S')) return 'sacrum'
  return regionOfLevel(root as VertebraLevel)
}

// ——— where things are along the spine ———

/**
 * A height on the spine: a vertebra and a point on it, as a fraction of its mid-body height from the
 * centre of its body (+0.5 its upper endplate, −0.5 its lower; beyond ±0.5 reaches into the disc).
 */
export interface SpinalHeight {
  readonly level: VertebraLevel
  readonly at: number
}
/** A height in the sacrum: segment 1–5 and a fraction of that segment's height from its centre. */
export interface SacralHeight {
  readonly sacral: 1 | 2 | 3 | 4 | 5
  readonly at: number
}

const LEVEL_INDEX = new Map<string, number>(VERTEBRA_LEVELS.map((l, i) => [l, i]))
/** Position along the spine in vertebrae (C1's centre = 0, increasing downward), for ordering heights. */
export const spinalOrder = (h: SpinalHeight): number => (LEVEL_INDEX.get(h.level) ?? 0) - h.at

// ——— the cord ———

/**
 * Where the conus medullaris ends. The model places it at the lower third of L1, the mean of 504 adults on
 * MRI (range: middle third of T12 to upper third of L3; no difference by sex or age; Saifuddin 1998); the
 * issue's rule, which the tests check, is that it ends between T12 and L2, most often at L1.
 */
export const CONUS_TIP: SpinalHeight & { readonly source: NeuralSourceKey } = {
  level: 'L1',
  at: -1 / 3,
  source: SAIFUDDIN1998,
}
/** The published range of the conus tip (Saifuddin 1998): middle third of T12 to upper third of L3. */
export const CONUS_RANGE: readonly [SpinalHeight, SpinalHeight] = [
  { level: 'T12', at: 0 },
  { level: 'L3', at: 1 / 3 },
]

/** Adult cord length (Gray 1918, via pages that quote it): about 45 cm in men, 42–43 cm in women. */
export const CORD_LENGTH = {
  men: nm(450, GRAY1918, 'S'),
  women: nm(425, GRAY1918, 'S'),
} as const

/**
 * Where the cord starts: the foramen magnum, which the model (it has no skull) puts this far above the
 * centre of the atlas ring, just above the atlas's superior facets (6.5 mm up). An estimate.
 */
export const FORAMEN_MAGNUM_ABOVE_ATLAS = est(12)

export interface CordSection {
  readonly level: VertebraLevel
  /** Front to back (anteroposterior) diameter, mm. */
  readonly ap: NeuralMeasure
  /** Side to side (transverse) diameter, mm. */
  readonly transverse: NeuralMeasure
}

/**
 * Cord diameters at the middle of each vertebra, C1 to T12, from whole-spine MRI of 58 healthy adults
 * (Valošek 2024; means computed from the study's public per-subject data: neural.md §1). Levels between the
 * published ones are interpolated (confidence I). Below T12 the conus tapers to its tip (CONUS_TAPER_TIP).
 */
const CORD_TABLE: Readonly<Partial<Record<VertebraLevel, readonly [number, number]>>> = {
  C1: [8.7, 11.4],
  C2: [7.8, 11.6],
  C4: [7.4, 12.7],
  C5: [7.3, 12.6],
  C7: [6.4, 10.6],
  T1: [6.3, 9.3],
  T6: [5.7, 7.7],
  T11: [7.0, 8.7],
  T12: [6.7, 8.2],
}
const CORD_LEVELS = VERTEBRA_LEVELS.slice(0, VERTEBRA_LEVELS.indexOf('T12') + 1)
export const CORD_SECTIONS: readonly CordSection[] = CORD_LEVELS.map((level, i) => {
  const given = CORD_TABLE[level]
  if (given) return { level, ap: nm(given[0], VALOSEK2024, 'P'), transverse: nm(given[1], VALOSEK2024, 'P') }
  let lo = i - 1
  while (lo >= 0 && !CORD_TABLE[CORD_LEVELS[lo] as VertebraLevel]) lo--
  let hi = i + 1
  while (hi < CORD_LEVELS.length && !CORD_TABLE[CORD_LEVELS[hi] as VertebraLevel]) hi++
  const a = CORD_TABLE[CORD_LEVELS[lo] as VertebraLevel] as readonly [number, number]
  const b = CORD_TABLE[CORD_LEVELS[hi] as VertebraLevel] as readonly [number, number]
  const t = (i - lo) / (hi - lo)
  const mix = (k: 0 | 1) => Math.round((a[k] + (b[k] - a[k]) * t) * 100) / 100
  return { level, ap: nm(mix(0), VALOSEK2024, 'I'), transverse: nm(mix(1), VALOSEK2024, 'I') }
})
export const cordSection = (level: VertebraLevel): CordSection | undefined =>
  CORD_SECTIONS.find((s) => s.level === level)

/** The conus ends in the filum terminale, 1.38 mm thick where it starts (41 cadavers; range 0.4–2.5). */
export const CONUS_TAPER_TIP = nm(1.38, FILUM2002, 'P')
/** The intradural filum terminale: mean 156.44 mm long (range 112.8–211.1), most often joining the dura at upper S2. */
export const FILUM_LENGTH = { mean: nm(156.44, FILUM2002, 'P'), min: 112.8, max: 211.1 } as const

/**
 * The two enlargements, by vertebral level: their extent as Gray (1918) describes it and the level where
 * MRI finds them widest (Valošek 2024: the cervical at C4–C5, the lumbar at T10–T11).
 */
export interface Enlargement {
  readonly name: 'cervical' | 'lumbar'
  readonly from: VertebraLevel
  readonly to: VertebraLevel
  readonly widest: readonly [VertebraLevel, VertebraLevel]
  readonly sources: readonly NeuralSourceKey[]
}
export const ENLARGEMENTS: readonly Enlargement[] = [
  { name: 'cervical', from: 'C3', to: 'T2', widest: ['C4', 'C5'], sources: [GRAY1918, VALOSEK2024] },
  { name: 'lumbar', from: 'T9', to: 'T12', widest: ['T10', 'T11'], sources: [GRAY1918, VALOSEK2024] },
]

// ——— the nerve roots ———

export type RootExit =
  /** Through the intervertebral foramen between two bones ('C0' is the skull). */
  | { readonly kind: 'intervertebral'; readonly upper: JointUpper; readonly lower: JointLower }
  /** Through the pelvic (anterior) sacral foramen of that number (and its dorsal twin behind). */
  | { readonly kind: 'sacral-foramen'; readonly foramen: 1 | 2 | 3 | 4 }
  /** Out of the lower end of the sacral canal, by the sacral hiatus, beside the coccyx. */
  | { readonly kind: 'sacral-hiatus' }

/**
 * Where a root's dorsal root ganglion sits: in the foramen (lumbar: in its medial part at L1–L4, its
 * lateral part at L5, Silverstein 2015), inside the canal (the sacral and coccygeal roots; S1 in 83 %,
 * Moon 2010), or, for C1 and C2, which have no foramen, above the atlas's posterior arch and behind the
 * lateral atlanto-axial joint.
 */
export type GanglionPlace = 'foramen' | 'foramen-medial' | 'foramen-lateral' | 'canal' | 'above-arch' | 'behind-joint'

export interface NerveRootAnatomy {
  readonly root: NerveRoot
  readonly region: 'cervical' | 'thoracic' | 'lumbar' | 'sacral' | 'coccygeal'
  readonly exit: RootExit
  /** Whether it leaves above or below the vertebra of its own number (C8 has none: between C7 and T1). */
  readonly relation: 'above' | 'below' | 'between' | 'sacral'
  /** Where its rootlets join the cord (their entry zone's centre). */
  readonly segment: SpinalHeight
  /** Published for C6, C7 and T3–T12 (Kim 2012); estimated for the rest. */
  readonly segmentSource: { readonly source: NeuralSourceKey; readonly confidence: Confidence }
  /**
   * For the lumbar and sacral roots: where the root leaves the dural sac for its foramen (Suh 2005: L1–L4
   * below their disc, L5 mostly just below the L4–L5 disc, S1 mostly above the L5–S1 disc). Roots that
   * leave below the conus tip run down inside the cauda equina until here.
   */
  readonly takeOff: SpinalHeight | SacralHeight | null
  readonly ganglion: GanglionPlace
  /** Diameter of the root (mm). */
  readonly diameter: NeuralMeasure
  /** Greatest width of its dorsal root ganglion (mm). */
  readonly ganglionWidth: NeuralMeasure
}

const regionWord = (root: NerveRoot): NerveRootAnatomy['region'] => {
  if (root === 'Co1') return 'coccygeal'
  return ({ C: 'cervical', T: 'thoracic', L: 'lumbar', S: 'sacral' } as const)[root[0] as 'C' | 'T' | 'L' | 'S']
}
const numberOf = (root: NerveRoot): number => Number(root.replace(/^[A-Za-z]+/, ''))
const vertebra = (region: 'C' | 'T' | 'L', n: number): VertebraLevel => `${region}${n}` as VertebraLevel
const below = (level: VertebraLevel): JointLower => VERTEBRA_LEVELS[VERTEBRA_LEVELS.indexOf(level) + 1] ?? 'S1'

/**
 * The exit rule: C1 between the skull and the atlas; C2–C7 above the vertebra of the same number; C8
 * between C7 and T1; every root from T1 down below its own vertebra (L5 between L5 and the sacrum); S1–S4
 * through the sacral foramina; S5 and Co1 out of the sacral hiatus.
 */
export function rootExit(root: NerveRoot): {
  readonly exit: RootExit
  readonly relation: NerveRootAnatomy['relation']
} {
  const n = numberOf(root)
  if (root === 'Co1' || root === 'S5') return { exit: { kind: 'sacral-hiatus' }, relation: 'sacral' }
  if (root[0] === 'S') return { exit: { kind: 'sacral-foramen', foramen: n as 1 | 2 | 3 | 4 }, relation: 'sacral' }
  if (root === 'C8') return { exit: { kind: 'intervertebral', upper: 'C7', lower: 'T1' }, relation: 'between' }
  if (root[0] === 'C') {
    const upper: JointUpper = n === 1 ? 'C0' : vertebra('C', n - 1)
    return { exit: { kind: 'intervertebral', upper, lower: vertebra('C', n) }, relation: 'above' }
  }
  const own = vertebra(root[0] as 'T' | 'L', n)
  return { exit: { kind: 'intervertebral', upper: own, lower: below(own) }, relation: 'below' }
}

/**
 * Where each root's rootlets join the cord. Kim 2012 (16 cadavers) anchors three: the C6 and C7 entry zones
 * lie one vertebra above their own (94 % and 81 %), those of T3–T12 two vertebrae above. The rest are our
 * estimates: C1–C3 level with their exits (the upper roots run level or slightly up), C4–C5 and C8–T2
 * between the anchors, and the lumbar, sacral and coccygeal segments packed on the lumbar enlargement and
 * the conus from T11 to L1 (Gray 1918: segments shorten from about 15 mm at L1 to about 4 mm low in the
 * sacral cord).
 */
const SEGMENTS: Readonly<Record<NerveRoot, SpinalHeight>> = {
  C1: { level: 'C1', at: 0.3 },
  C2: { level: 'C2', at: 0.2 },
  C3: { level: 'C2', at: -0.6 },
  C4: { level: 'C3', at: -0.2 },
  C5: { level: 'C4', at: -0.1 },
  C6: { level: 'C5', at: 0 },
  C7: { level: 'C6', at: 0 },
  C8: { level: 'C6', at: -0.75 },
  T1: { level: 'C7', at: 0 },
  T2: { level: 'C7', at: -0.75 },
  T3: { level: 'T1', at: 0 },
  T4: { level: 'T2', at: 0 },
  T5: { level: 'T3', at: 0 },
  T6: { level: 'T4', at: 0 },
  T7: { level: 'T5', at: 0 },
  T8: { level: 'T6', at: 0 },
  T9: { level: 'T7', at: 0 },
  T10: { level: 'T8', at: 0 },
  T11: { level: 'T9', at: 0 },
  T12: { level: 'T10', at: 0 },
  L1: { level: 'T11', at: 0.3 },
  L2: { level: 'T11', at: 0 },
  L3: { level: 'T11', at: -0.3 },
  L4: { level: 'T12', at: 0.4 },
  L5: { level: 'T12', at: 0.15 },
  S1: { level: 'T12', at: -0.1 },
  S2: { level: 'T12', at: -0.35 },
  S3: { level: 'L1', at: 0.4 },
  S4: { level: 'L1', at: 0.2 },
  S5: { level: 'L1', at: 0 },
  Co1: { level: 'L1', at: -0.2 },
}
const KIM_ANCHORED: ReadonlySet<NerveRoot> = new Set([
  'C6',
  'C7',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
])

/** Where the lumbar and sacral roots leave the dural sac (Suh 2005 for L1–S1; the sacral rest estimates). */
const TAKE_OFFS: Readonly<Partial<Record<NerveRoot, SpinalHeight | SacralHeight>>> = {
  L1: { level: 'L1', at: 0.25 },
  L2: { level: 'L2', at: 0.25 },
  L3: { level: 'L3', at: 0.25 },
  L4: { level: 'L4', at: 0.25 },
  L5: { level: 'L5', at: 0.4 },
  S1: { level: 'L5', at: -0.35 },
  S2: { sacral: 1, at: -0.1 },
  S3: { sacral: 2, at: -0.1 },
  S4: { sacral: 3, at: -0.1 },
  S5: { sacral: 4, at: 0 },
  Co1: { sacral: 4, at: -0.3 },
}

/** Root diameters: lumbar from 14 cadavers (Torun 2008: L1 3.5 → L5 5.6 mm), S1 from MRI (Khasawneh 2023); the rest estimates. */
const DIAMETERS: Readonly<Record<NerveRoot, NeuralMeasure>> = {
  C1: est(2),
  C2: est(3),
  C3: est(4.5),
  C4: est(5),
  C5: est(5.5),
  C6: est(5.5),
  C7: est(5),
  C8: est(4.5),
  T1: est(4),
  T2: est(3),
  T3: est(3),
  T4: est(3),
  T5: est(3),
  T6: est(3),
  T7: est(3),
  T8: est(3),
  T9: est(3),
  T10: est(3),
  T11: est(3),
  T12: est(3),
  L1: nm(3.5, TORUN2008, 'P'),
  L2: nm(4.03, TORUN2008, 'I'),
  L3: nm(4.55, TORUN2008, 'I'),
  L4: nm(5.08, TORUN2008, 'I'),
  L5: nm(5.6, TORUN2008, 'P'),
  S1: nm(5.45, KHASAWNEH2023, 'P'),
  S2: est(4),
  S3: est(3),
  S4: est(2.2),
  S5: est(1.5),
  Co1: est(1),
}

const ganglionPlace = (root: NerveRoot): GanglionPlace => {
  if (root === 'C1') return 'above-arch'
  if (root === 'C2') return 'behind-joint'
  if (root === 'L5') return 'foramen-lateral'
  if (root[0] === 'L') return 'foramen-medial'
  if (root[0] === 'S' || root === 'Co1') return 'canal'
  return 'foramen'
}

/** The L5 ganglion's greatest width is published (6.5 mm, Silverstein 2015); the others scale with their root. */
const ganglionWidth = (root: NerveRoot): NeuralMeasure =>
  root === 'L5' ? nm(6.5, SILVERSTEIN2015, 'P') : est(Math.round(Math.min(6.5, DIAMETERS[root].value * 1.3) * 10) / 10)

export const NERVE_ROOT_ANATOMY: Readonly<Record<NerveRoot, NerveRootAnatomy>> = Object.fromEntries(
  NERVE_ROOTS.map((root) => {
    const { exit, relation } = rootExit(root)
    const anatomy: NerveRootAnatomy = {
      root,
      region: regionWord(root),
      exit,
      relation,
      segment: SEGMENTS[root],
      segmentSource: KIM_ANCHORED.has(root)
        ? { source: KIM2012, confidence: 'P' }
        : { source: 'estimate', confidence: 'E' },
      takeOff: TAKE_OFFS[root] ?? null,
      ganglion: ganglionPlace(root),
      diameter: DIAMETERS[root],
      ganglionWidth: ganglionWidth(root),
    }
    return [root, anatomy]
  }),
) as Record<NerveRoot, NerveRootAnatomy>

/** True when a root runs down inside the cauda equina: it leaves the sac below the tip of the conus. */
export function inCaudaEquina(root: NerveRoot): boolean {
  const t = NERVE_ROOT_ANATOMY[root].takeOff
  if (!t) return false
  if ('sacral' in t) return true
  return spinalOrder(t) > spinalOrder(CONUS_TIP)
}
export const CAUDA_EQUINA_ROOTS: readonly NerveRoot[] = NERVE_ROOTS.filter(inCaudaEquina)

// ——— the ligaments ———

export interface BandSize {
  /** Side-to-side width (longitudinal ligaments), or front-to-back depth (interspinous). */
  readonly width: NeuralMeasure
  readonly thickness: NeuralMeasure
}

/**
 * Widths of the longitudinal ligaments at a vertebral body. Cervical (six cadavers, Panjabi 1991): about
 * 7.5 mm from C3 to T1, 3.8 mm at C1–C2. Lumbar PLL (13 cadavers, Salaud 2018): 7.8 mm at L1 narrowing to
 * 1.9 mm at L5 (between, interpolated). The ALL below T1 and the thoracic PLL have no published width we
 * found: estimates (the ALL about half the body's width, the PLL bridging 7.5 and 7.8 mm). Thicknesses are
 * estimates (a finite-element table gives cross-sections of 22.4 and 7.0 mm², neural.md §3).
 */
export function longitudinalWidth(
  ligament: 'anterior-longitudinal' | 'posterior-longitudinal',
  level: VertebraLevel,
  bodyWidth: number,
): NeuralMeasure {
  const i = VERTEBRA_LEVELS.indexOf(level)
  if (level === 'C1' || level === 'C2') return nm(3.8, PANJABI1991_LIGAMENTS, 'P')
  if (i <= VERTEBRA_LEVELS.indexOf('T1')) return nm(7.5, PANJABI1991_LIGAMENTS, 'P')
  if (ligament === 'anterior-longitudinal') return est(Math.round(Math.max(7.5, bodyWidth * 0.5) * 10) / 10)
  const lumbar = VERTEBRA_LEVELS.indexOf('L1')
  if (i < lumbar) return est(Math.round((7.5 + ((7.8 - 7.5) * (i - 7)) / (lumbar - 7)) * 100) / 100)
  const t = (i - lumbar) / 4
  const width = Math.round((7.8 + (1.9 - 7.8) * t) * 100) / 100
  return nm(width, SALAUD2018, level === 'L1' || level === 'L5' ? 'P' : 'I')
}

/**
 * The PLL over the lumbar discs fans out (14 cadavers, Lee 2018): its central band 8.5, 8.1, 7.9, 7.0 and
 * 4.8 mm wide and its fan 14.7, 17.5, 17.7, 20.5 and 18.2 mm at L1–L2 … L5–S1. Elsewhere the disc width is
 * an estimate (as at the bodies in the neck, and one and a half times it in the thorax).
 */
const PLL_FAN: Readonly<Record<string, number>> = {
  'L1-L2': 14.7,
  'L2-L3': 17.5,
  'L3-L4': 17.7,
  'L4-L5': 20.5,
  'L5-S1': 18.2,
}
export function pllDiscWidth(level: JointLevel): NeuralMeasure {
  const fan = PLL_FAN[levelKey(level)]
  if (fan !== undefined) return nm(fan, LEE2018_PLL, 'P')
  if (level.upper.startsWith('C') || level.upper === 'T1') return nm(7.5, PANJABI1991_LIGAMENTS, 'P')
  return est(11.5)
}
export const ALL_THICKNESS = est(2)
export const PLL_THICKNESS = est(1.5)

/** Ligamentum flavum thickness: lumbar normal values on MRI (350 adults, right side; Khasawneh 2023); the rest estimates. */
const FLAVUM_THICKNESS: Readonly<Record<string, NeuralMeasure>> = {
  'L2-L3': nm(3.19, KHASAWNEH2023, 'P'),
  'L3-L4': nm(3.38, KHASAWNEH2023, 'P'),
  'L4-L5': nm(3.71, KHASAWNEH2023, 'P'),
  'L5-S1': nm(3.64, KHASAWNEH2023, 'P'),
}
export function flavumThickness(level: JointLevel): NeuralMeasure {
  const given = FLAVUM_THICKNESS[levelKey(level)]
  if (given) return given
  if (level.upper.startsWith('C')) return est(2)
  if (level.upper === 'L1' || level.upper === 'T12') return est(3)
  return est(2.5)
}

/**
 * Interspinous ligament thickness (25 cadavers, Mahato 2013): 0.22 mm in the upper lumbar spaces (taken as
 * L1–L2 and L2–L3), 0.37 mm in the middle ones (L3–L4, L4–L5) and 0.72 mm at L5–S1. Above L1, estimates.
 */
export function interspinousThickness(level: JointLevel): NeuralMeasure {
  const key = levelKey(level)
  if (key === 'L1-L2' || key === 'L2-L3') return nm(0.22, MAHATO2013, 'P')
  if (key === 'L3-L4' || key === 'L4-L5') return nm(0.37, MAHATO2013, 'P')
  if (key === 'L5-S1') return nm(0.72, MAHATO2013, 'P')
  return est(1)
}

/** The supraspinous ligament runs over the spinous tips from C7 and ends at L4 or L5 (Heylings 1978); the model ends it at L4. */
export const SUPRASPINOUS = {
  from: 'C7' as VertebraLevel,
  to: 'L4' as VertebraLevel,
  width: est(6),
  thickness: est(2),
  source: HEYLINGS1978,
}
/**
 * The ligamentum nuchae (10 cadavers, Mercer & Bogduk 2003): a dorsal raphe from the external occipital
 * protuberance to the C7 spinous process and a midline septum from it to the cervical spines. Where the
 * protuberance lies relative to the atlas (mm in the atlas's frame: up, back) is our estimate: about 4 cm
 * behind and up from the back edge of the foramen magnum, along the nuchal plane of the skull's base
 * (skullBase.ts draws the squama to it); so are the raphe's and septum's sizes (neural.md: size not found).
 */
export const NUCHAE = {
  externalOccipitalProtuberance: { up: est(39), back: est(68) },
  rapheWidth: est(4),
  rapheThickness: est(3),
  septumThickness: est(1),
  source: MERCER2003,
} as const
/**
 * The transverse ligament of the atlas: a band across the ring from the tubercle on one lateral mass to the
 * other's, arching behind the dens and holding it against the anterior arch. Its mean length is 21 mm (20
 * fresh specimens, marker-based 3D digitising: Cattrysse 2007); the model's runs between C1's tubercles as
 * generated, behind its dens, and is tested against that length. Its height and thickness are our
 * estimates (neural.md has no size).
 */
export const TRANSVERSE_ATLAS = {
  length: nm(21, CATTRYSSE2007, 'P'),
  height: est(7),
  thickness: est(3),
} as const
/**
 * The alar ligaments: a pair of short, strong cords from the upper sides of the dens, up and out to the
 * inner sides of the occipital condyles, which check the head's turning. Mean length 9 ± 2.5 mm and 117°
 * between the two (Cattrysse 2007). The skull is not modelled: the cords end where the condyles sit, just
 * above the inner edges of the atlas's upper facets (our placement). Their thickness is our estimate.
 */
export const ALAR = {
  length: nm(9, CATTRYSSE2007, 'P'),
  lengthSd: nm(2.5, CATTRYSSE2007, 'P'),
  angleBetween: nm(117, CATTRYSSE2007, 'P'),
  // elliptical in section, about 3 × 6 mm (19 specimens, Dvorak & Panjabi 1987); the model's round cord is 5
  sectionNarrow: nm(3, DVORAK1987_ALAR, 'P'),
  sectionWide: nm(6, DVORAK1987_ALAR, 'P'),
  thickness: est(5),
} as const
/**
 * The median atlanto-axial joint: the synovial pivot between the front of the dens and the facet on the back
 * of the atlas's anterior arch (8.96 mm high, 9.18 mm wide: Patel). Its space, the atlantodental interval,
 * averaged 1.3 mm on CT in 200 adults and was under 2 mm in 95 % (Rojas 2007). The model's joint fills the
 * gap the generated dens and arch leave, as wide and high as the atlas's facet.
 */
export const MEDIAN_AA = {
  facetHeight: nm(8.96, PATEL, 'P'),
  facetWidth: nm(9.18, PATEL, 'P'),
  intervalMean: nm(1.3, ROJAS2007, 'P'),
  intervalLimit: nm(2, ROJAS2007, 'P'),
} as const
/**
 * The apical ligament of the dens: a thin cord from the dens's tip up to the front edge of the foramen
 * magnum (the basion), between the alar ligaments. Missing in a fifth of people and adding no measured
 * stability (Tubbs 2000, whose sizes were not read). The skull is not modelled: the cord rises from the tip
 * as far as the basion usually sits above it; on CT the gap from the basion to the dens is under 8.5 mm in
 * 95 % of adults (Rojas 2007), so its length and width here are our estimates within that.
 */
export const APICAL = {
  basionDensLimit: nm(8.5, ROJAS2007, 'P'),
  length: est(6),
  width: est(3),
} as const
/**
 * The tectorial membrane: the upward continuation of the posterior longitudinal ligament, from the back of
 * the body of C2 over the dens and the transverse ligament to the skull base in front of the foramen magnum
 * (Osmotherly 2020); it checks bending forward, not back (Oda 1992). No published size was found: its width
 * and thickness are our estimates, and the skull is not modelled, so it ends a little above the dens's tip.
 */
export const TECTORIAL = {
  widthAtC2: est(14),
  widthAtSkull: est(26),
  thickness: est(1),
} as const
/**
 * The anterior and posterior atlanto-occipital membranes: from the front and back margins of the foramen magnum
 * to the upper borders of the atlas's front and back arches (Gray 1918); the front one the thicker, the back one
 * broad but thin. MRI measured them (Vassiou 2012) but no size was reached: all four numbers are estimates, the
 * back one narrow enough to leave the grooves for the vertebral arteries and the first cervical nerves open.
 */
export const AO_MEMBRANES: Readonly<Record<'anterior' | 'posterior', BandSize>> = {
  anterior: { width: est(20), thickness: est(2) },
  posterior: { width: est(20), thickness: est(1) },
}
/**
 * The intertransverse ligaments (estimates: no size was found). Gray's describes them by region: a few scattered
 * fibres in the neck, where the intertransverse muscles take their place; rounded cords in the thorax; thin
 * membranes in the low back. The lumbar membrane is this band; the thoracic cord and the neck's fibres are drawn
 * from it (`INTERTRANSVERSE_FORM`).
 */
export const INTERTRANSVERSE_SIZE: BandSize = { width: est(4), thickness: est(1) }
/** How the intertransverse ligament is drawn in each region (Gray's words, see `INTERTRANSVERSE_SIZE`). */
const INTERTRANSVERSE_FORM = { C: 'fibres', T: 'cord', L: 'membrane' } as const
/** The form of the intertransverse ligament between two bones: by the upper bone's region (C7–T1 is the neck's). */
export const intertransverseForm = (
  level: JointLevel,
): (typeof INTERTRANSVERSE_FORM)[keyof typeof INTERTRANSVERSE_FORM] =>
  INTERTRANSVERSE_FORM[level.upper[0] as keyof typeof INTERTRANSVERSE_FORM]
/** The thoracic cord's thickness: round, of the lumbar band's cross-section (4 × 1 mm), so about 2.3 mm. */
export const INTERTRANSVERSE_CORD = est(2.3)
/** One of the neck's scattered fibres, and how wide apart the outer two lie (the band's width). */
export const INTERTRANSVERSE_FIBRE = est(0.8)

// ——— the sacroiliac joint and the ilium ———

/**
 * The sacroiliac joint: an L-shaped synovial joint. Its limbs measure about 4.4 and 5.6 cm, 2.0 cm wide and
 * 93° apart on the outer table of the ilium (10 joints, 1993); its articular area on dry bone is 1,138 mm²
 * in men and 993 mm² in women (30 specimens, Ebraheim 2003). The model keeps the L's proportions and angle
 * and scales it to the men's area (the vertebral series are mostly male). Its plane is that of the model
 * sacrum's auricular surface and its turn within it fitted to that bone (neural.md found no published
 * orientation: 20–30° to the sagittal plane is its estimate).
 */
export const SI_JOINT = {
  upperLimb: nm(44, SIJ_LIMBS1993, 'P'),
  lowerLimb: nm(56, SIJ_LIMBS1993, 'P'),
  limbWidth: nm(20, SIJ_LIMBS1993, 'P'),
  angleBetweenLimbs: nm(93, SIJ_LIMBS1993, 'P'),
  areaMen: nm(1138, EBRAHEIM2003, 'P'),
  areaWomen: nm(993, EBRAHEIM2003, 'P'),
  /** Cartilage-to-cartilage thickness drawn for the joint (both cartilages and the joint space). */
  thickness: est(3),
  /** Healthy adults 20–50 y: average total rotation 1.7° and translation 0.7 mm (Jacob & Kissling 1995). */
  rotation: nm(1.7, JACOB1995, 'P'),
  translation: nm(0.7, JACOB1995, 'P'),
} as const
/** Scale from the published limb lengths to the model's joint, so its area is the men's mean. */
export function siJointScale(): number {
  const j = SI_JOINT
  const published = (j.upperLimb.value + j.lowerLimb.value) * j.limbWidth.value
  return Math.sqrt(j.areaMen.value / published)
}

/**
 * The iliolumbar ligament joins the L5 transverse process to the iliac crest: mean length 31.7 mm (60
 * ligaments), so the model's crest passes that far from the tip of L5's transverse process. The rest of
 * the ilium's simple shape is estimated.
 */
export const ILIUM = {
  iliolumbarLength: nm(31.7, ILIOLUMBAR2023, 'P'),
  /** Half the distance between the highest points of the two crests (an estimate). */
  crestHalfSpan: est(125),
  /** Thickness of the iliac wing's plate (an estimate). */
  bladeThickness: est(6),
} as const
