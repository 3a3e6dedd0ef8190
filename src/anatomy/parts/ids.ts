/**
 * The vocabulary of parts: the part kinds, the id of a part, what the info panel holds about one, and which parts
 * each bone has, in anatomical order.
 */

import type { BoneId, Side, StructureId, VertebraLevel } from '../ids'
import type { Dimension, Fact } from '../info'
import { numberOf, regionOf } from './neighbours'

type SacralBody = `body-s${1 | 2 | 3 | 4 | 5}`
/** Each sacral foramen opens twice: in front on the pelvic surface, and behind on the dorsal surface. */
type SacralForamen = `${'pelvic' | 'dorsal'}-foramen-s${1 | 2 | 3 | 4}`
type CoccygealSegment = `segment-co${1 | 2 | 3 | 4}`

export type PartKind =
  | 'body'
  | 'dens'
  | 'dens-facet'
  | 'uncinate-process'
  | 'costal-facet-upper'
  | 'costal-facet-lower'
  | 'costal-facet'
  | 'pedicle'
  | 'vertebral-foramen'
  | 'transverse-process'
  | 'transverse-foramen'
  | 'transverse-costal-facet'
  | 'superior-articular-process'
  | 'superior-articular-facet'
  | 'mammillary-process'
  | 'accessory-process'
  | 'inferior-articular-process'
  | 'inferior-articular-facet'
  | 'lamina'
  | 'spinous-process'
  | 'spinous-tubercle'
  | 'anterior-tubercle'
  | 'anterior-arch'
  | 'facet-for-dens'
  | 'lateral-mass'
  | 'posterior-arch'
  | 'posterior-tubercle'
  | 'promontory'
  | SacralBody
  | 'ala'
  | 'lateral-part'
  | 'auricular-surface'
  | SacralForamen
  | 'canal'
  | 'laminae'
  | 'median-crest'
  | 'hiatus'
  | 'cornu'
  | CoccygealSegment

export type PartId = `${BoneId}/${string}`
export type PartForm = 'solid' | 'opening' | 'area'

export interface TextPair {
  readonly plain: string
  readonly detailed: string
}

/** A dimension row as the info panel shows it (`label` with the terms), plus a plain label for patients. */
export interface PartDimension extends Dimension {
  readonly plainLabel: string
}

export interface PartInfo {
  readonly id: PartId
  readonly bone: BoneId
  readonly part: PartKind
  readonly side: Side | null
  /** 'Left bony bridge of L4 (pedicle)' / 'Left pedicle of L4'. */
  readonly name: TextPair
  /** What the part is. */
  readonly what: Fact
  /** What passes next to it or attaches to it: nerves, vessels, ligaments, the joint it makes. */
  readonly nextTo: Fact
  /** Its key dimension first; empty where no value exists. Estimates carry the 'estimate' source and confidence E. */
  readonly dimensions: readonly PartDimension[]
  readonly form: PartForm
  /** The joints and discs this part belongs to or touches, one click away in the panel. */
  readonly related: readonly StructureId[]
}

export interface ParsedPart {
  readonly id: PartId
  readonly bone: BoneId
  readonly part: PartKind
  readonly side: Side | null
}

export type Slot = readonly [PartKind, Side | null]

const SIDES: readonly Side[] = ['left', 'right']
const both = (part: PartKind): Slot[] => SIDES.map((side) => [part, side] as const)
const one = (part: PartKind): Slot[] => [[part, null]]

export const partId = (bone: BoneId, part: PartKind, side: Side | null = null): PartId =>
  side ? `${bone}/${part}:${side}` : `${bone}/${part}`

// ——— the parts of each bone, in anatomical order: front to back, top to bottom, left before right ———

export const BIFID: ReadonlySet<VertebraLevel> = new Set(['C2', 'C3', 'C4', 'C5', 'C6'])

function vertebraSlots(level: VertebraLevel): Slot[] {
  if (level === 'C1') {
    return [
      ...one('anterior-tubercle'),
      ...one('anterior-arch'),
      ...one('facet-for-dens'),
      ...both('lateral-mass'),
      ...both('superior-articular-facet'),
      ...both('inferior-articular-facet'),
      ...one('vertebral-foramen'),
      ...both('transverse-process'),
      ...both('transverse-foramen'),
      ...one('posterior-arch'),
      ...one('posterior-tubercle'),
    ]
  }
  const r = regionOf(level)
  const n = numberOf(level)
  const slots: Slot[] = [...one('body')]
  if (level === 'C2') slots.push(...one('dens'), ...one('dens-facet'))
  if (r === 'C' && level !== 'C2') slots.push(...both('uncinate-process'))
  // rib facets as the generator builds them: above on T1–T9 (a whole facet on T1, for the first rib alone) and
  // demifacets below on T1–T8 (T1's takes the top of the second rib's head: Gray's), one whole facet on T10–T12
  if (r === 'T' && n <= 9) slots.push(...both('costal-facet-upper'))
  if (r === 'T' && n <= 8) slots.push(...both('costal-facet-lower'))
  if (r === 'T' && n >= 10) slots.push(...both('costal-facet'))
  slots.push(...both('pedicle'), ...one('vertebral-foramen'), ...both('transverse-process'))
  if (r === 'C') slots.push(...both('transverse-foramen'))
  if (r === 'T' && n <= 10) slots.push(...both('transverse-costal-facet'))
  slots.push(...both('superior-articular-process'), ...both('superior-articular-facet'))
  if (r === 'L') slots.push(...both('mammillary-process'), ...both('accessory-process'))
  slots.push(
    ...both('inferior-articular-process'),
    ...both('inferior-articular-facet'),
    ...both('lamina'),
    ...one('spinous-process'),
  )
  if (BIFID.has(level)) slots.push(...both('spinous-tubercle'))
  return slots
}

const SACRAL_SEGMENTS = [1, 2, 3, 4, 5] as const
const SACRAL_FORAMINA = [1, 2, 3, 4] as const
const COCCYGEAL_SEGMENTS = [1, 2, 3, 4] as const

function sacrumSlots(): Slot[] {
  return [
    ...one('promontory'),
    ...SACRAL_SEGMENTS.flatMap((s) => one(`body-s${s}`)),
    ...both('superior-articular-process'),
    ...both('superior-articular-facet'),
    ...both('ala'),
    ...both('lateral-part'),
    ...both('auricular-surface'),
    ...SACRAL_FORAMINA.flatMap((s) => both(`pelvic-foramen-s${s}`)),
    ...SACRAL_FORAMINA.flatMap((s) => both(`dorsal-foramen-s${s}`)),
    ...one('canal'),
    ...one('laminae'),
    ...one('median-crest'),
    ...one('hiatus'),
    ...both('cornu'),
  ]
}

function coccyxSlots(): Slot[] {
  return [...COCCYGEAL_SEGMENTS.flatMap((s) => one(`segment-co${s}`)), ...both('transverse-process'), ...both('cornu')]
}

export const slotsOf = (bone: BoneId): Slot[] =>
  bone === 'sacrum' ? sacrumSlots() : bone === 'coccyx' ? coccyxSlots() : vertebraSlots(bone)
