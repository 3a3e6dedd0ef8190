/**
 * The one vocabulary for structures. Every id is a stable string used by the scene, the store,
 * the URL, the automation API and the tests.
 *
 * Grammar (case-sensitive canonical form; `parseStructureId` also accepts lower case):
 *   vertebra  := 'C1'…'C7' | 'T1'…'T12' | 'L1'…'L5' | 'sacrum' | 'coccyx'
 *   disc      := 'disc:' upper '-' lower            e.g. 'disc:L4-L5', 'disc:L5-S1'
 *   facet     := 'facet:' upper '-' lower ':' side  e.g. 'facet:C5-C6:left', 'facet:C0-C1:right'
 *   side      := 'left' | 'right'                   (the subject's own left and right)
 * 'C0' is the occiput (skull base) and 'S1' the first sacral segment; they appear only inside joint ids.
 */

import type { NeuralId } from './neural'

export type Region = 'cervical' | 'thoracic' | 'lumbar' | 'sacrum' | 'coccyx'
/**
 * What a structure is made of, for show / ghost / hide / isolate: the bones (the ilia too), the discs, the
 * joints ('facets', shown as "Joints": the facet joints and the sacroiliac joints), the cord and nerve roots,
 * and the ligaments. The id 'facets' is kept for the joints so links made before the other layers still work.
 */
export type Layer = 'bones' | 'discs' | 'facets' | 'nerves' | 'ligaments'
/** Anything the user can show, hide, isolate or ghost as a whole. */
export type Group = Region | Layer
export type Side = 'left' | 'right'
export type StructureKind = 'vertebra' | 'sacrum' | 'coccyx' | 'disc' | 'facet'

export const REGIONS: readonly Region[] = ['cervical', 'thoracic', 'lumbar', 'sacrum', 'coccyx']
export const LAYERS: readonly Layer[] = ['bones', 'discs', 'facets', 'nerves', 'ligaments']
export const GROUPS: readonly Group[] = [...REGIONS, ...LAYERS]

/** The 24 mobile vertebrae, top to bottom. */
export const VERTEBRA_LEVELS = [
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
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
] as const
export type VertebraLevel = (typeof VERTEBRA_LEVELS)[number]
export type BoneId = VertebraLevel | 'sacrum' | 'coccyx'
export const BONE_IDS: readonly BoneId[] = [...VERTEBRA_LEVELS, 'sacrum', 'coccyx']

/** A joint level names the bone above and the bone below. */
export type JointUpper = 'C0' | VertebraLevel
export type JointLower = VertebraLevel | 'S1'
export interface JointLevel {
  readonly upper: JointUpper
  readonly lower: JointLower
}

export type DiscId = `disc:${string}-${string}`
export type FacetJointId = `facet:${string}-${string}:${Side}`
export type StructureId = BoneId | DiscId | FacetJointId
/**
 * Any structure the app shows: the spine model's (`StructureId`: bones, discs, facet joints) or the cord,
 * nerve roots, ligaments, sacroiliac joints and ilia (`NeuralId`, anatomy/neural.ts). Parse either with
 * `parseAnyStructureId` (anatomy/structures.ts); narrow to the spine model's with `isStructureId`.
 */
export type AnyStructureId = StructureId | NeuralId

const lowerOf = (index: number): JointLower => VERTEBRA_LEVELS[index + 1] ?? 'S1'

/** Discs run from C2–C3 to L5–S1: there is none between the skull and C1 or between C1 and C2. */
export const DISC_LEVELS: readonly JointLevel[] = VERTEBRA_LEVELS.slice(1).map((upper, i) => ({
  upper,
  lower: lowerOf(i + 1),
}))

/** Synovial joints that can cavitate: atlanto-occipital, lateral atlanto-axial, then the facet joints C2–C3…L5–S1. */
export const FACET_LEVELS: readonly JointLevel[] = [
  { upper: 'C0', lower: 'C1' },
  ...VERTEBRA_LEVELS.map((upper, i) => ({ upper, lower: lowerOf(i) })),
]

export const discId = (level: JointLevel): DiscId => `disc:${level.upper}-${level.lower}`
export const facetJointId = (level: JointLevel, side: Side): FacetJointId =>
  `facet:${level.upper}-${level.lower}:${side}`

export const DISC_IDS: readonly DiscId[] = DISC_LEVELS.map(discId)
export const FACET_JOINT_IDS: readonly FacetJointId[] = FACET_LEVELS.flatMap((level) => [
  facetJointId(level, 'left'),
  facetJointId(level, 'right'),
])
export const STRUCTURE_IDS: readonly StructureId[] = [...BONE_IDS, ...DISC_IDS, ...FACET_JOINT_IDS]

export type ParsedStructure =
  | { readonly kind: 'vertebra'; readonly id: VertebraLevel; readonly level: VertebraLevel }
  | { readonly kind: 'sacrum'; readonly id: 'sacrum' }
  | { readonly kind: 'coccyx'; readonly id: 'coccyx' }
  | { readonly kind: 'disc'; readonly id: DiscId; readonly joint: JointLevel }
  | { readonly kind: 'facet'; readonly id: FacetJointId; readonly joint: JointLevel; readonly side: Side }

const idSet: ReadonlySet<string> = new Set(STRUCTURE_IDS)
const vertebraSet: ReadonlySet<string> = new Set(VERTEBRA_LEVELS)

/** Canonical spelling of user or URL input: level letters upper case, words lower case. */
function canonicalise(input: string): string {
  const trimmed = input.trim()
  const parts = trimmed.split(':')
  const head = (parts[0] ?? '').toLowerCase()
  if (parts.length === 1) {
    return head === 'sacrum' || head === 'coccyx' ? head : head.toUpperCase()
  }
  const levels = (parts[1] ?? '').toUpperCase()
  const side = parts[2]?.toLowerCase()
  return side === undefined ? `${head}:${levels}` : `${head}:${levels}:${side}`
}

/** Parses an id (canonical or lower case). Returns null for anything that is not a structure of the model. */
export function parseStructureId(input: string): ParsedStructure | null {
  const id = canonicalise(input)
  if (!idSet.has(id)) return null
  if (vertebraSet.has(id)) return { kind: 'vertebra', id: id as VertebraLevel, level: id as VertebraLevel }
  if (id === 'sacrum') return { kind: 'sacrum', id }
  if (id === 'coccyx') return { kind: 'coccyx', id }
  const [head, levels, side] = id.split(':') as [string, string, Side | undefined]
  const [upper, lower] = levels.split('-') as [JointUpper, JointLower]
  const joint = { upper, lower }
  if (head === 'disc') return { kind: 'disc', id: id as DiscId, joint }
  return { kind: 'facet', id: id as FacetJointId, joint, side: side as Side }
}

export const isStructureId = (input: string): input is StructureId => idSet.has(input)

export function regionOfLevel(level: JointUpper | JointLower): Region {
  if (level === 'S1') return 'sacrum'
  if (level.startsWith('C')) return 'cervical'
  if (level.startsWith('T')) return 'thoracic'
  return 'lumbar'
}

/** The region a structure belongs to. A joint belongs to the region of the bone above it (C0–C1 to the neck). */
export function regionOf(parsed: ParsedStructure): Region {
  switch (parsed.kind) {
    case 'vertebra':
      return regionOfLevel(parsed.level)
    case 'sacrum':
      return 'sacrum'
    case 'coccyx':
      return 'coccyx'
    default:
      return parsed.joint.upper === 'C0' ? 'cervical' : regionOfLevel(parsed.joint.upper)
  }
}

/** The layer a structure of the spine model belongs to. */
export function layerOf(parsed: ParsedStructure): Layer {
  if (parsed.kind === 'disc') return 'discs'
  if (parsed.kind === 'facet') return 'facets'
  return 'bones'
}

/** Parses a known-good id; throws on ids that are not in the model (a programming error, not user input). */
export function structure(id: StructureId): ParsedStructure {
  const parsed = parseStructureId(id)
  if (!parsed) throw new Error(`Unknown structure id: ${id}`)
  return parsed
}

/** The bone a joint level names ('S1' is the sacrum's top; 'C0', the skull, is no bone of the model). */
export const boneOfLevel = (level: JointUpper | JointLower): BoneId | null =>
  level === 'C0' ? null : level === 'S1' ? 'sacrum' : level

const touches = (bone: BoneId) => (level: JointLevel) =>
  boneOfLevel(level.upper) === bone || boneOfLevel(level.lower) === bone

/**
 * The facet joints and discs a bone takes part in: those above it, then those below, each level's left
 * and right joints before its disc. The coccyx has none in the model (its joint with the sacrum is not built).
 */
export function jointsOfBone(bone: BoneId): StructureId[] {
  const levels = FACET_LEVELS.filter(touches(bone))
  const discLevels = DISC_LEVELS.filter(touches(bone))
  return levels.flatMap((level) => {
    const disc = discLevels.find((d) => d.upper === level.upper && d.lower === level.lower)
    return [facetJointId(level, 'left'), facetJointId(level, 'right'), ...(disc ? [discId(disc)] : [])]
  })
}
