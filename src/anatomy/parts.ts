import {
  BONE_IDS,
  type BoneId,
  DISC_IDS,
  type DiscId,
  facetJointId,
  type JointLower,
  type JointUpper,
  parseStructureId,
  type Side,
  type StructureId,
  VERTEBRA_LEVELS,
  type VertebraLevel,
} from './ids'
import type { Dimension, Fact } from './info'
import { sacralLayout, vertebraLandmarks } from './landmarks'
import {
  ATLAS,
  ATLAS_LATERAL_MASS,
  AXIS,
  CERVICAL_TRANSVERSE_FORAMEN_WIDTH,
  COCCYX,
  S1_FACET,
  SACRAL_FORAMEN_SIZES,
  SACRAL_HIATUS,
  SACRUM,
  UNCINATE_PROCESS,
  VERTEBRA_MEASUREMENTS,
} from './levels'
import { type Measure, measure } from './measure'
import { SI_JOINT } from './neural'
import { POSTURE_TARGETS } from './posture'
import type { SourceKey } from './sources'
import type { Vec3 } from './vec'

/**
 * The named parts of every bone: body, pedicles, laminae, processes, facets, foramina and each region's
 * own features, with what each is, what passes next to it and its key dimension, all with sources.
 *
 * Part ids: `<bone>/<part>[:<side>]`, the bone as in ids.ts, the part in lower-case words joined by
 * hyphens, the side the subject's own: 'L4/pedicle:left', 'C2/dens', 'sacrum/foramen-s1:right',
 * 'coccyx/cornu:left'. `parsePartId` also accepts other letter cases ('l4/Pedicle:LEFT').
 *
 * Each part is one of three forms:
 *  - 'solid': the generators build it as named vertex ranges (`geometry.userData.parts`), which
 *    `partIdForBuilderPart` names, so a picked vertex names its part;
 *  - 'opening': a hole with no vertices of its own (the vertebral, transverse and sacral foramina, the
 *    sacral canal); `partAnchor` gives its centre in the bone's frame, for a label and a pick target;
 *  - 'area': a part of the surface that the geometry may or may not build as a range of its own (the
 *    sacral hiatus never; the promontory, the sacral cornua and the lumbar accessory processes only in
 *    generators from the whole-bone sizes work on); `partAnchor` always gives a point on it, and where
 *    the geometry has ranges for it `partIdForBuilderPart` names them and `partCentre` prefers them.
 *
 * Every part shows a key dimension with its source (an estimate tagged as one), or that of the facet it meets,
 * except where no published measure of the part was found (issue 10): each such `dimensions: []` says why, and
 * test/anatomy/parts.test.ts lists them, so a new part without a dimension fails.
 */

type SacralBody = `body-s${1 | 2 | 3 | 4 | 5}`
type SacralForamen = `foramen-s${1 | 2 | 3 | 4}`
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

type Slot = readonly [PartKind, Side | null]

const SIDES: readonly Side[] = ['left', 'right']
const both = (part: PartKind): Slot[] => SIDES.map((side) => [part, side] as const)
const one = (part: PartKind): Slot[] => [[part, null]]

export const partId = (bone: BoneId, part: PartKind, side: Side | null = null): PartId =>
  side ? `${bone}/${part}:${side}` : `${bone}/${part}`

// ——— levels and their neighbours ———

const regionOf = (level: VertebraLevel) => level[0] as 'C' | 'T' | 'L'
const numberOf = (level: VertebraLevel) => Number(level.slice(1))
const indexOf = (level: VertebraLevel) => VERTEBRA_LEVELS.indexOf(level)
const boneBelow = (level: VertebraLevel): JointLower => VERTEBRA_LEVELS[indexOf(level) + 1] ?? 'S1'
const boneAbove = (level: VertebraLevel): JointUpper => VERTEBRA_LEVELS[indexOf(level) - 1] ?? 'C0'
const isLevel = (bone: BoneId): bone is VertebraLevel => bone !== 'sacrum' && bone !== 'coccyx'

/**
 * The spinal nerve that leaves between `upper` and the bone below it: in the neck the root numbered for
 * the bone below (C1 above the atlas, C8 between C7 and T1), from T1 down the root of the bone above.
 */
function rootBelow(upper: JointUpper): string {
  if (upper === 'C0') return 'C1'
  if (upper.startsWith('C')) return `C${Number(upper.slice(1)) + 1}`
  return upper
}

/** A bone named in a sentence: 'L4', or 'the sacrum'. */
const inText = (bone: JointLower | JointUpper): string => (bone === 'S1' ? 'the sacrum' : bone)

const discBetween = (upper: string, lower: string): DiscId[] => {
  const id = `disc:${upper}-${lower}` as DiscId
  return DISC_IDS.includes(id) ? [id] : []
}

const ordinal = (n: number): string => {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`
}

// ——— the parts of each bone, in anatomical order: front to back, top to bottom, left before right ———

const BIFID: ReadonlySet<VertebraLevel> = new Set(['C2', 'C3', 'C4', 'C5', 'C6'])

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
  // rib facets as the generator builds them: demifacets above on T1–T9 (a whole facet on T1) and below on
  // T2–T8, one whole facet on T10–T12
  if (r === 'T' && n <= 9) slots.push(...both('costal-facet-upper'))
  if (r === 'T' && n >= 2 && n <= 8) slots.push(...both('costal-facet-lower'))
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
    ...SACRAL_FORAMINA.flatMap((s) => both(`foramen-s${s}`)),
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

const slotsOf = (bone: BoneId): Slot[] =>
  bone === 'sacrum' ? sacrumSlots() : bone === 'coccyx' ? coccyxSlots() : vertebraSlots(bone)

// ——— words ———

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const sideWord = (side: Side | null) => (side ? `${capital(side)} ` : '')

/** The bone as a part's name ends: 'L4', 'the sacrum', 'the tailbone' (plain) or 'the coccyx'. */
function boneWords(bone: BoneId): TextPair {
  if (bone === 'sacrum') return { plain: 'the sacrum', detailed: 'the sacrum' }
  if (bone === 'coccyx') return { plain: 'the tailbone', detailed: 'the coccyx' }
  return { plain: bone, detailed: bone }
}

/** '<Side> <noun> of <bone>', capitalised. */
function named(side: Side | null, bone: BoneId, plain: string, detailed: string): TextPair {
  const b = boneWords(bone)
  return {
    plain: capital(`${sideWord(side)}${plain} of ${b.plain}`),
    detailed: capital(`${sideWord(side)}${detailed} of ${b.detailed}`),
  }
}

const fact = (plain: string, detailed: string, sources: readonly SourceKey[]): Fact => ({ plain, detailed, sources })

const G: readonly SourceKey[] = ['grays2020']

// ——— dimensions ———

const dim = (label: string, plainLabel: string, unit: 'mm' | '°', m: Measure): PartDimension => ({
  label,
  plainLabel,
  unit,
  measure: m,
})

/** Distance between the inner edges of the atlas's two transverse foramina (science.md §1.5, Patel [P]). */
export const ATLAS_INTERFORAMINAL_INNER = measure(44.77, 'patel', 'P')

/** An inferior facet's sizes: those of the superior facet of the bone below (or of S1), which it meets. */
function facetBelowDimensions(below: JointLower): PartDimension[] {
  const { width, height } =
    below === 'S1'
      ? S1_FACET
      : { width: VERTEBRA_MEASUREMENTS[below].facetWidth, height: VERTEBRA_MEASUREMENTS[below].facetHeight }
  return [
    dim('Superior facet it meets below, width', 'Joint face it meets below, width', 'mm', width),
    dim('Superior facet it meets below, height', 'Joint face it meets below, height', 'mm', height),
  ]
}

/** C3 and C7: the base's published width; C4–C6: their height (the middle of the published range, an estimate). */
function uncinateDimension(level: VertebraLevel): PartDimension {
  if (level === 'C3' || level === 'C7')
    return dim(
      'Uncinate process, width at its base',
      'Width at its base',
      'mm',
      level === 'C3' ? UNCINATE_PROCESS.baseWidthC3 : UNCINATE_PROCESS.baseWidthC7,
    )
  return dim('Uncinate process height', 'How tall the rim is', 'mm', UNCINATE_PROCESS.heightC4toC6)
}

/**
 * S1 and S2: the front (pelvic) opening, width and height, and the back one's width. S3 and S4 none on purpose:
 * no published size of those foramina was found.
 */
function sacralForamenDimensions(s: number): PartDimension[] {
  const f = s === 1 ? SACRAL_FORAMEN_SIZES.S1 : s === 2 ? SACRAL_FORAMEN_SIZES.S2 : null
  if (!f) return []
  return [
    dim('Pelvic (front) opening, width', 'Width of the front opening', 'mm', f.frontWidth),
    dim('Pelvic (front) opening, height', 'Height of the front opening', 'mm', f.frontHeight),
    dim('Dorsal (back) opening, width', 'Width of the back opening', 'mm', f.backWidth),
  ]
}

// ——— what lies in the canal at each level ———

/** What the vertebral foramen holds at a level: the cord above L1, its tapered end at L1, nerve roots below. */
function canalContents(level: VertebraLevel): Fact {
  const i = indexOf(level)
  if (level === 'C1')
    return fact(
      'The spinal cord runs down through the back part of this ring. The front part holds the peg of C2.',
      'The spinal cord, in its dural sac, passes through the posterior part of the ring; the anterior part holds the dens, held apart from the cord by the transverse ligament of the atlas.',
      G,
    )
  if (i < indexOf('T12'))
    return fact(
      'The spinal cord runs down through this hole. A tough sac of fluid wraps it.',
      'The spinal cord passes through it inside the dural sac and cerebrospinal fluid, with epidural fat and veins around the sac.',
      G,
    )
  if (level === 'T12')
    return fact(
      'The low end of the spinal cord runs through here. In most grown-ups the cord ends just below, near L1.',
      'The lower spinal cord (the lumbar enlargement narrowing into the conus medullaris) passes through it; in most adults the conus ends near L1 or the L1–L2 disc.',
      G,
    )
  if (level === 'L1')
    return fact(
      'In most grown-ups the spinal cord ends near this bone. From its tip, a bundle of nerve roots runs on down.',
      'In most adults the conus medullaris, the tapered end of the cord, lies near L1 or the L1–L2 disc, with the roots of the cauda equina around it and running on below.',
      G,
    )
  return fact(
    'The spinal cord ends higher up. Here a bundle of nerve roots runs down through the hole, in a sac of fluid.',
    'Below the end of the cord (usually near L1 or the L1–L2 disc) the canal holds the cauda equina: the lumbar and sacral nerve roots in the dural sac, bathed in cerebrospinal fluid.',
    G,
  )
}

/** 'spinal cord' above L1, 'nerve roots' below (for sentences about what lies in front of a lamina). */
const canalWord = (level: VertebraLevel): TextPair =>
  indexOf(level) <= indexOf('L1')
    ? { plain: 'the spinal cord', detailed: 'the spinal cord' }
    : { plain: 'the nerve roots', detailed: 'the cauda equina' }

// ——— joint names ———

/** The synovial joint between two bones, as a student names it. */
function jointName(upper: JointUpper, lower: JointLower): string {
  if (upper === 'C0') return 'atlanto-occipital joint'
  if (upper === 'C1') return 'lateral atlanto-axial joint (C1–C2)'
  return `${upper}–${lower === 'S1' ? 'S1' : lower} facet joint`
}

const capsule = (joint: string): Fact =>
  fact(
    'A sealed sac with a little fluid inside wraps this small joint. It is the kind of joint that can crack.',
    `A fibrous capsule lined with synovium encloses the ${joint}; this is the kind of joint that cavitates (“cracks”).`,
    ['grays2020', 'kawchuk2015'],
  )

// ——— the parts of a mobile vertebra ———

function vertebraPart(level: VertebraLevel, part: PartKind, side: Side | null): Omit<PartInfo, 'id' | 'form'> {
  const m = VERTEBRA_MEASUREMENTS[level]
  const n = numberOf(level)
  const above = boneAbove(level)
  const below = boneBelow(level)
  const base = { bone: level as BoneId, part, side }
  const L = (plain: string, detailed: string) => named(side, level, plain, detailed)
  switch (part) {
    case 'body':
      return {
        ...base,
        name: L('main block', 'body'),
        what: fact(
          level === 'C2'
            ? 'The solid block at the front of the bone. A peg of bone rises from its top.'
            : 'The solid block at the front of the bone. It carries most of the weight.',
          level === 'C2'
            ? 'The vertebral body of the axis, from whose upper surface the dens rises.'
            : 'The vertebral body: a short cylinder of spongy bone in a thin cortical shell, capped by the endplates, that carries most of the load.',
          G,
        ),
        nextTo: fact(
          level === 'C2'
            ? 'A disc sits under it. A strong band runs down its front, and another down its back.'
            : 'A disc sits on its top and another under it. A strong band runs down its front, and another down its back.',
          level === 'C2'
            ? `The C2–C3 disc lies on its lower endplate; there is no disc above it. The anterior longitudinal ligament runs down its front and the posterior longitudinal ligament down its back, in the canal.`
            : `The ${above}–${level} disc lies on its upper endplate and the ${level}–${below} disc on its lower one. The anterior longitudinal ligament runs down its front and the posterior longitudinal ligament down its back, in the canal.`,
          G,
        ),
        dimensions: [
          dim('Upper endplate width', 'Width of the block', 'mm', m.bodyWidth),
          dim('Endplate depth, front to back', 'Depth of the block, front to back', 'mm', m.bodyDepth),
        ],
        related: [...discBetween(above, level), ...discBetween(level, below)],
      }
    case 'pedicle': {
      const under = rootBelow(level)
      const over = rootBelow(above)
      return {
        ...base,
        name: L('bony bridge', 'pedicle'),
        what: fact(
          'A short, thick bridge of bone. It joins the block in front to the ring of bone at the back.',
          'The pedicle: the short, stout bar joining the vertebral body to the posterior arch. The pedicles form the side walls of the vertebral foramen.',
          G,
        ),
        nextTo: fact(
          `The ${under} nerve leaves the spine just under this bridge, through the gap between ${level} and ${inText(below)}. The ${over} nerve leaves just above it.`,
          level === 'C2'
            ? 'The C3 spinal nerve leaves through the intervertebral foramen beneath this pedicle (C2–C3); the C2 nerve leaves above it, behind the lateral atlanto-axial joint, where there is no foramen.'
            : `The ${under} spinal nerve leaves through the intervertebral foramen beneath this pedicle (${level}–${below}); the ${over} nerve leaves through the foramen above it.`,
          G,
        ),
        dimensions: [dim('Pedicle width', 'Width of the bridge', 'mm', m.pedicleWidth)],
        related: [],
      }
    }
    case 'lamina': {
      const inside = canalWord(level)
      return {
        ...base,
        name: L('back plate', 'lamina'),
        what: fact(
          'A flat plate of bone. The two plates meet at the back and close the ring round the canal.',
          'The lamina: the flat plate that runs back from the pedicle to meet its partner in the midline, where the spinous process arises. The two laminae form the roof of the vertebral canal.',
          G,
        ),
        nextTo: fact(
          level === 'C2'
            ? `A stretchy band joins it to the plate below. ${capital(inside.plain)} lies just in front of it.`
            : `A stretchy band joins it to the plates above and below. ${capital(inside.plain)} lies just in front of it.`,
          level === 'C2'
            ? `The ligamentum flavum joins it to the lamina of C3 (between C1 and C2 a thin membrane takes its place); ${inside.detailed} lies directly in front of it, in the dural sac.`
            : `The ligamentum flavum joins it to the laminae above and below; ${inside.detailed} lies directly in front of it, in the dural sac.`,
          G,
        ),
        dimensions: [dim('Lamina thickness', 'How thick the plate is', 'mm', m.laminaThickness)],
        related: [],
      }
    }
    case 'superior-articular-process': {
      const root = rootBelow(above)
      return {
        ...base,
        name: L('upper joint knob', 'superior articular process'),
        what: fact(
          `A knob of bone that reaches up. Its smooth face makes a small joint with ${above === 'C1' ? 'C1' : `${above}, the bone above`}.`,
          level === 'C2'
            ? 'On the axis the superior articular surfaces sit low and wide, on the body and pedicles beside the dens; they carry the atlas at the lateral atlanto-axial joints.'
            : `The superior articular process rises from the junction of pedicle and lamina; its facet forms the ${jointName(above, level)} with the inferior articular process of ${above}.`,
          G,
        ),
        nextTo:
          level === 'C2'
            ? fact(
                'The C2 nerve runs just behind this joint, not through a gap between two bones like the nerves below.',
                'The C2 spinal nerve and its ganglion lie just behind the lateral atlanto-axial joint; there is no intervertebral foramen between C1 and C2.',
                G,
              )
            : fact(
                `The ${root} nerve leaves the spine just in front of this knob, through the gap between ${above} and ${level}.`,
                `It forms the back wall of the ${above}–${level} intervertebral foramen, through which the ${root} spinal nerve leaves just in front of it.`,
                G,
              ),
        dimensions: [dim('Facet inclination to horizontal', 'Tilt of its joint face', '°', m.facetInclination)],
        related: [facetJointId({ upper: above, lower: level }, side ?? 'left')],
      }
    }
    case 'superior-articular-facet':
      if (level === 'C1')
        return {
          ...base,
          name: L('upper joint face', 'superior articular facet'),
          what: fact(
            'A long, hollow cup on top of the side block. A knob at the base of the skull sits in it.',
            'The concave, kidney-shaped superior facet of the lateral mass receives the occipital condyle at the atlanto-occipital joint.',
            G,
          ),
          nextTo: capsule(jointName('C0', 'C1')),
          dimensions: [
            dim('Facet length', 'Length of the cup', 'mm', ATLAS.superiorFacetLength),
            dim('Facet width', 'Width of the cup', 'mm', ATLAS.superiorFacetWidth),
          ],
          related: [facetJointId({ upper: 'C0', lower: 'C1' }, side ?? 'left')],
        }
      return {
        ...base,
        name: L('upper joint face', 'superior articular facet'),
        what: fact(
          'The smooth face on the upper joint knob. A slick layer covers it, so it can glide on the bone above.',
          `The cartilage-covered articular surface of the superior articular process: the lower half of the ${jointName(above, level)}.`,
          G,
        ),
        nextTo: capsule(jointName(above, level)),
        dimensions: [
          dim('Facet width', 'Width of the joint face', 'mm', m.facetWidth),
          dim('Facet height', 'Height of the joint face', 'mm', m.facetHeight),
        ],
        related: [facetJointId({ upper: above, lower: level }, side ?? 'left')],
      }
    case 'inferior-articular-process': {
      const root = rootBelow(level)
      const lowerFacet = below === 'S1' ? S1_FACET.inclination : VERTEBRA_MEASUREMENTS[below].facetInclination
      return {
        ...base,
        name: L('lower joint knob', 'inferior articular process'),
        what: fact(
          `A knob of bone that reaches down. Its smooth face makes a small joint with ${inText(below)}, the bone below.`,
          `The inferior articular process projects down from the lamina; its facet forms the ${jointName(level, below)} with the superior articular process of ${below === 'S1' ? 'S1' : below}.`,
          G,
        ),
        nextTo: fact(
          `The ${root} nerve leaves the spine just in front of this joint, through the gap between ${level} and ${inText(below)}.`,
          `The ${jointName(level, below)} forms the back wall of the ${level}–${below} intervertebral foramen, through which the ${root} spinal nerve leaves.`,
          G,
        ),
        dimensions: [
          dim(
            `Inclination of the ${level}–${below} facets to horizontal`,
            'Tilt of the joint it makes',
            '°',
            lowerFacet,
          ),
        ],
        related: [facetJointId({ upper: level, lower: below }, side ?? 'left')],
      }
    }
    case 'inferior-articular-facet':
      if (level === 'C1')
        return {
          ...base,
          name: L('lower joint face', 'inferior articular facet'),
          what: fact(
            'A round, nearly flat face under the side block. It rests on the top face of C2.',
            'The flat to slightly concave, roughly circular inferior facet of the lateral mass, the upper half of the lateral atlanto-axial joint.',
            G,
          ),
          nextTo: capsule(jointName('C1', 'C2')),
          dimensions: [
            dim('Facet length', 'Length of the joint face', 'mm', ATLAS.inferiorFacetLength),
            dim('Facet width', 'Width of the joint face', 'mm', ATLAS.inferiorFacetWidth),
          ],
          related: [facetJointId({ upper: 'C1', lower: 'C2' }, side ?? 'left')],
        }
      return {
        ...base,
        name: L('lower joint face', 'inferior articular facet'),
        what: fact(
          'The smooth face on the lower joint knob. A slick layer covers it, so it can glide on the bone below.',
          `The cartilage-covered articular surface of the inferior articular process: the upper half of the ${jointName(level, below)}.`,
          G,
        ),
        nextTo: capsule(jointName(level, below)),
        // the inferior facets' own per-level sizes (Panjabi 1993) were not reached: the face it meets, the superior
        // facet of the bone below (levels.ts, mostly estimates), is the size of the joint, and is labelled as such
        dimensions: facetBelowDimensions(below),
        related: [facetJointId({ upper: level, lower: below }, side ?? 'left')],
      }
    case 'transverse-process':
      return {
        ...base,
        name: L('side arm', 'transverse process'),
        what: transverseWhat(level),
        nextTo: transverseNextTo(level),
        dimensions: [
          dim(
            'Span of the transverse processes, tip to tip',
            'Width across both side arms',
            'mm',
            level === 'C1' ? ATLAS.totalWidth : m.transverseSpan,
          ),
        ],
        related: [],
      }
    case 'transverse-foramen':
      return {
        ...base,
        name: L('side hole', 'transverse foramen'),
        what: fact(
          level === 'C7'
            ? 'A small hole in the side arm. Only neck bones have these holes, and on C7 it is the smallest.'
            : 'A round hole in the side arm. Only neck bones have these holes.',
          level === 'C7'
            ? 'The foramen transversarium pierces the transverse process of each cervical vertebra; on C7 it is small and may be doubled or absent.'
            : 'The foramen transversarium pierces the transverse process of each cervical vertebra, between its anterior and posterior roots.',
          G,
        ),
        nextTo: transverseForamenNextTo(level),
        dimensions:
          level === 'C1'
            ? [
                dim(
                  'Distance between the transverse foramina, inner edges',
                  'Distance between the two side holes',
                  'mm',
                  ATLAS_INTERFORAMINAL_INNER,
                ),
              ]
            : level === 'C2'
              ? // no published size of the axis's foramen was found (the C3–C7 series below left it out)
                []
              : [
                  dim(
                    'Transverse foramen width, side to side (mean of C3–C7)',
                    'Width of the hole, C3 to C7 average',
                    'mm',
                    CERVICAL_TRANSVERSE_FORAMEN_WIDTH[side ?? 'left'],
                  ),
                ],
        related: [],
      }
    case 'uncinate-process':
      return {
        ...base,
        name: L('raised rim', 'uncinate process'),
        what: fact(
          'A low lip of bone that turns up at the side of the top of the block. It helps stop the bone above from sliding sideways.',
          `The uncinate process: the upturned lateral lip of the upper endplate. It meets a bevel on the body of ${above} at the uncovertebral joint (of Luschka) and limits sideways shift.`,
          G,
        ),
        nextTo: fact(
          `The ${level} nerve leaves the spine just behind it. Bony growth here with age can narrow the nerve's way out.`,
          `It forms the front inner wall of the ${above}–${level} intervertebral foramen, so the ${level} nerve root lies just behind it; osteophytes here with age can narrow the foramen.`,
          G,
        ),
        dimensions: [uncinateDimension(level)],
        related: discBetween(above, level),
      }
    case 'spinous-process':
      return {
        ...base,
        name: L('back bump', 'spinous process'),
        what: spinousWhat(level),
        nextTo: spinousNextTo(level),
        dimensions: [dim('Spinous process length, canal to tip', 'Length of the bump', 'mm', m.spinousLength)],
        related: [],
      }
    case 'spinous-tubercle':
      return {
        ...base,
        name: L('tip of the back bump', 'tubercle of the bifid spinous process'),
        what: fact(
          'The back bump of this bone splits into two small knobs. This is one of them.',
          level === 'C2'
            ? 'One of the two tubercles of the large, bifid spinous process of the axis.'
            : 'One of the two tubercles of the bifid spinous process, as anatomy texts describe for C3–C6.',
          G,
        ),
        nextTo: fact(
          'Deep neck muscles and the thick band at the back of the neck hold on to it.',
          'The ligamentum nuchae and deep posterior neck muscles attach to the tubercles.',
          G,
        ),
        // none on purpose: CT studies of the bifid tips (Ludwisiak 2019, Feng 2023) measured their branches, but
        // their per-level means were not reached
        dimensions: [],
        related: [],
      }
    case 'vertebral-foramen':
      return {
        ...base,
        name: {
          plain: `Spinal canal through ${level}`,
          detailed: `Vertebral foramen of ${level}`,
        },
        what: fact(
          'The big hole in the middle of the ring of bone. The holes of all the bones line up to make the spinal canal.',
          level === 'C1'
            ? 'The large vertebral foramen of the atlas, bounded by the anterior arch, the lateral masses and the posterior arch; with the foramina below it forms the vertebral canal.'
            : 'The vertebral foramen, bounded by the body in front, the pedicles at the sides and the laminae behind; the foramina of all the vertebrae stack into the vertebral canal.',
          G,
        ),
        nextTo: canalContents(level),
        dimensions:
          level === 'C1'
            ? [
                dim('Canal depth, front to back', 'Depth of the canal, front to back', 'mm', ATLAS.canalDepth),
                dim('Canal width', 'Width of the canal', 'mm', ATLAS.canalWidth),
              ]
            : [
                dim('Canal width, between the pedicles', 'Width of the canal', 'mm', m.canalWidth),
                dim('Canal depth, front to back', 'Depth of the canal, front to back', 'mm', m.canalDepth),
              ],
        related: [],
      }
    case 'costal-facet-upper':
    case 'costal-facet-lower':
    case 'costal-facet':
      return costalFacet(level, part, side)
    case 'transverse-costal-facet':
      return {
        ...base,
        name: L('rib joint face on the side arm', 'transverse costal facet'),
        what: fact(
          `A smooth face near the tip of the side arm. A small knob on the back of rib ${n} rests on it.`,
          `The transverse costal facet articulates with the tubercle of the ${ordinal(n)} rib at the costotransverse joint; T11 and T12 have none.`,
          G,
        ),
        nextTo: fact(
          `The neck of rib ${n} lies just in front of it. Short bands tie the rib to this arm.`,
          `The neck of the ${ordinal(n)} rib lies in front of the transverse process, bound to it by the costotransverse ligaments.`,
          G,
        ),
        // none on purpose: the one morphometric study found (Beyer 2020, 3-D landmarks on T1–T10) reports
        // orientation and shape, and its means were not reached; no published size was found
        dimensions: [],
        related: [],
      }
    case 'mammillary-process':
      return {
        ...base,
        name: L('muscle knob', 'mammillary process'),
        what: fact(
          'A small round knob on the back edge of the upper joint knob. A deep back muscle holds on here.',
          'The mammillary process: a rounded tubercle on the back border of the superior articular process, where multifidus attaches.',
          G,
        ),
        nextTo: medialBranch(),
        // none on purpose: no published size of the mammillary process was found (Bogduk 1981 describes it and the
        // mamillo-accessory ligament, without a size)
        dimensions: [],
        related: [],
      }
    case 'accessory-process':
      return {
        ...base,
        name: L('small spur', 'accessory process'),
        what: fact(
          'A tiny spur of bone at the back of the root of the side arm.',
          'The accessory process: a small tubercle on the back of the root of the transverse process.',
          G,
        ),
        nextTo: medialBranch(),
        // none on purpose: no published size of the accessory process was found
        dimensions: [],
        related: [],
      }
    case 'dens':
      return {
        ...base,
        name: { plain: 'Peg of C2 (dens)', detailed: 'Dens of C2 (odontoid process)' },
        what: fact(
          'A peg of bone that points up from the block of C2. C1 turns around it when you turn your head.',
          'The dens (odontoid process) projects up from the body of the axis into the ring of the atlas: the pivot of the median atlanto-axial joint.',
          G,
        ),
        nextTo: fact(
          'A strong band holds it against the front arch of C1. The spinal cord lies just behind that band.',
          'The transverse ligament of the atlas holds it against the anterior arch, and the alar ligaments tie its tip to the skull; the spinal cord lies just behind the transverse ligament.',
          G,
        ),
        dimensions: [
          dim('Dens height', 'Height of the peg', 'mm', AXIS.densHeight),
          dim('Dens width', 'Width of the peg', 'mm', AXIS.densWidth),
        ],
        related: [],
      }
    case 'dens-facet':
      return {
        ...base,
        name: { plain: 'Front joint face of the peg of C2', detailed: 'Anterior articular facet of the dens of C2' },
        what: fact(
          'A small smooth face on the front of the peg. It turns against the front arch of C1.',
          'The anterior articular facet of the dens, which meets the facet for the dens on the anterior arch of the atlas at the median atlanto-axial joint.',
          G,
        ),
        nextTo: fact(
          'The front arch of C1 is right in front of it. A small sealed joint lies between them.',
          'The anterior arch of the atlas lies directly in front of it, across a small synovial joint.',
          G,
        ),
        // the dens's own facet was measured only in a series whose authors and journal were not captured: the
        // facet it meets on the atlas (Patel) is the size of the joint, and is labelled as such
        dimensions: [
          dim(
            'Facet it meets on C1 (fovea dentis), height',
            'Height of the face it meets on C1',
            'mm',
            ATLAS.dentalFacetHeight,
          ),
          dim(
            'Facet it meets on C1 (fovea dentis), width',
            'Width of the face it meets on C1',
            'mm',
            ATLAS.dentalFacetWidth,
          ),
        ],
        related: [],
      }
    default:
      return atlasPart(level, part, side)
  }
}

function transverseWhat(level: VertebraLevel): Fact {
  const r = regionOf(level)
  const n = numberOf(level)
  if (level === 'C1')
    return fact(
      'A long bar of bone that sticks out to the side. The tips are the widest part of C1.',
      'The transverse process of the atlas is long and ends in a broad tip, the widest point of the atlas; its foramen lies at its root.',
      G,
    )
  if (level === 'C2')
    return fact(
      'A small bar of bone that sticks out to the side. It has a hole in it.',
      'The transverse process of the axis is small and points down and out; its transverse foramen turns outward under the superior articular surface.',
      G,
    )
  if (r === 'C')
    return fact(
      'A short bar of bone that sticks out to the side. It has a hole in it, and a groove on top.',
      'The cervical transverse process is short, pierced by the transverse foramen and grooved above for the spinal nerve, ending in anterior and posterior tubercles.',
      G,
    )
  if (r === 'T')
    return fact(
      n <= 10
        ? `A stout bar of bone that sticks out to the side and back. Rib ${n} rests against its tip.`
        : 'A short bar of bone that sticks out to the side. No rib joins it on this bone.',
      n <= 10
        ? `The thoracic transverse process projects back and out; its tip carries the facet for the tubercle of the ${ordinal(n)} rib.`
        : `The transverse process of ${level} is short, with no facet for a rib.`,
      G,
    )
  return fact(
    'A long, thin bar of bone that sticks out to the side. Muscles pull on it to bend and turn the low back.',
    level === 'L5'
      ? 'The transverse process of L5 is short and thick, a lever for the muscles of the back and the anchor of the iliolumbar ligament.'
      : 'The lumbar transverse process is long and thin, a lever for the muscles that side-bend and rotate the lumbar spine.',
    G,
  )
}

function transverseNextTo(level: VertebraLevel): Fact {
  const r = regionOf(level)
  const n = numberOf(level)
  if (level === 'C1')
    return fact(
      'Small muscles that tilt and turn the head hold on to it.',
      'Muscles that move the head on the neck (obliquus capitis superior and inferior, rectus capitis lateralis) and levator scapulae attach to it.',
      G,
    )
  if (level === 'C2')
    return fact(
      'Small muscles of the neck hold on to it.',
      'Muscles of the neck (levator scapulae, the intertransverse muscles and others) attach to it.',
      G,
    )
  if (r === 'C')
    return fact(
      `The ${level} nerve runs out along the groove on its top.`,
      `The ${level} spinal nerve runs out along the groove on its upper surface.`,
      G,
    )
  if (r === 'T')
    return n <= 10
      ? fact(
          `Rib ${n} meets its tip at a small joint. Back muscles hold on along it.`,
          `The tubercle of the ${ordinal(n)} rib meets it at the costotransverse joint; the intertransverse and deep back muscles attach to it.`,
          G,
        )
      : fact(
          'Back muscles hold on to it. The rib of this level does not touch it.',
          `The ${ordinal(n)} rib has no costotransverse joint; deep back muscles attach to the process.`,
          G,
        )
  return level === 'L5'
    ? fact(
        'A strong band ties it to the top of the pelvis. Back muscles hold on to it.',
        'The iliolumbar ligament runs from it to the iliac crest; deep back muscles and quadratus lumborum attach to it.',
        G,
      )
    : fact(
        'Short bands join it to the side arms above and below. Deep back muscles hold on to it.',
        'Intertransverse ligaments and muscles join it to its neighbours; psoas and quadratus lumborum attach to it.',
        G,
      )
}

/** The vertebral artery: C6 is where it usually enters (vertebralArteryEntry), C7's foramen usually has none. */
function transverseForamenNextTo(level: VertebraLevel): Fact {
  if (level === 'C7')
    return fact(
      'The big neck artery most often goes in one bone higher, at C6, and skips this hole. Here it holds small veins, nerves or fat.',
      'The vertebral artery usually passes it by: it entered at C6 in 92 % of arteries pooled from 62 studies, and none of 32 dissected C7 foramina held it; they held veins, nerves or fat.',
      ['vertebralArteryEntry', 'c7TransverseForamen'],
    )
  if (level === 'C1')
    return fact(
      'A big artery runs up through this hole. It comes up through the side holes from C6, then bends back over C1 to reach the brain.',
      'The vertebral artery, which usually enters the transverse foramina at C6, passes up through it, then turns back over the posterior arch to enter the skull.',
      ['vertebralArteryEntry', 'grays2020'],
    )
  return fact(
    'A big artery to the brain runs up through this hole. In most people it goes in at C6 and runs up through the holes above.',
    `The vertebral artery, with its veins and nerve plexus, runs up through it; it usually enters at C6 (92 % of arteries in a pooled review) and ascends through the foramina of C6 to C1.`,
    ['vertebralArteryEntry', 'grays2020'],
  )
}

function spinousWhat(level: VertebraLevel): Fact {
  const r = regionOf(level)
  if (BIFID.has(level))
    return fact(
      'A short bar of bone that points back. It splits into two small knobs at the tip. It lies deep in the neck.',
      level === 'C2'
        ? 'The spinous process of the axis is large and bifid: it ends in two tubercles.'
        : 'The cervical spinous process is short and bifid, ending in two tubercles, and lies deep to the ligamentum nuchae.',
      G,
    )
  if (level === 'C7')
    return fact(
      'A long bar of bone that points back. Its tip is the bump you can feel at the base of the neck.',
      'The long, single spinous process of the vertebra prominens, the first one easily felt at the base of the neck.',
      G,
    )
  return fact(
    r === 'T'
      ? 'A long bar of bone that points back and down. Its tip is a bump you can feel down the middle of the back.'
      : 'A broad, flat bar of bone that points straight back. Its tip is a bump you can feel in the low back.',
    r === 'T'
      ? 'The thoracic spinous process is long and slopes down, most steeply in the mid-thoracic spine; its tip is palpable.'
      : 'The lumbar spinous process is broad, flat and hatchet-shaped, projecting almost straight back; its tip is palpable.',
    G,
  )
}

function spinousNextTo(level: VertebraLevel): Fact {
  if (regionOf(level) === 'C')
    return fact(
      'Bands join it to the bumps above and below. A thick band runs along the tips at the back of the neck.',
      'Interspinous ligaments join it to its neighbours; over the tips runs the ligamentum nuchae, the neck’s broad continuation of the supraspinous ligament.',
      G,
    )
  if (level === 'L5')
    return fact(
      'Bands join it to the bump above and to the sacrum below. Deep back muscles hold on to it.',
      'Interspinous ligaments join it to L4 and to the median sacral crest; multifidus and the thoracolumbar fascia attach to it.',
      G,
    )
  return fact(
    'Bands join it to the bumps above and below. Another band runs along the tips, just under the skin.',
    'Interspinous ligaments join it to its neighbours, and the supraspinous ligament runs over the tips.',
    G,
  )
}

/** The small nerve to the facet joints that runs between the mammillary and accessory processes. */
const medialBranch = (): Fact =>
  fact(
    'A small nerve to the back joints runs in a notch next to this knob. A short band holds it down.',
    'The medial branch of the dorsal ramus, which supplies the facet joints, runs in the notch between the mammillary and accessory processes, under the mamillo-accessory ligament.',
    G,
  )

/** Rib facets: rib n meets the upper demifacet of Tn and the lower one of T(n−1); T1, T10–T12 have whole facets. */
function costalFacet(level: VertebraLevel, part: PartKind, side: Side | null): Omit<PartInfo, 'id' | 'form'> {
  const n = numberOf(level)
  const base = { bone: level as BoneId, part, side }
  const L = (plain: string, detailed: string) => named(side, level, plain, detailed)
  if (part === 'costal-facet-lower')
    return {
      ...base,
      name: L('lower rib joint face', 'inferior costal demifacet'),
      what: fact(
        `A half joint face low on the side of the block. It holds the top of the head of rib ${n + 1}.`,
        `The inferior costal demifacet takes the upper half of the head of the ${ordinal(n + 1)} rib; the lower half meets the superior demifacet of T${n + 1}.`,
        G,
      ),
      nextTo: ribHead(n + 1),
      // none on purpose: see the whole facet below
      dimensions: [],
      related: discBetween(level, `T${n + 1}`),
    }
  const whole = part === 'costal-facet' || n === 1
  return {
    ...base,
    name:
      part === 'costal-facet'
        ? L('rib joint face', 'costal facet')
        : L('upper rib joint face', whole ? 'superior costal facet' : 'superior costal demifacet'),
    what: whole
      ? fact(
          `A whole joint face on the side of the block. The head of rib ${n} fits into it.`,
          `A whole costal facet on the side of the body for the head of the ${ordinal(n)} rib${n === 1 ? '' : ', which meets this vertebra alone'}.`,
          G,
        )
      : fact(
          `A half joint face high on the side of the block. It holds the low part of the head of rib ${n}.`,
          `The superior costal demifacet takes the lower half of the head of the ${ordinal(n)} rib; the upper half meets the inferior demifacet of T${n - 1}.`,
          G,
        ),
    nextTo: ribHead(n),
    // none on purpose: no published size of the costal facets on the bodies was found (Panjabi 1991's rib-facet
    // tables were not reached)
    dimensions: [],
    related: n === 1 ? [] : discBetween(`T${n - 1}`, level),
  }
}

const ribHead = (rib: number): Fact =>
  fact(
    `The head of rib ${rib} meets the bone here at a small joint. A thin chain of nerves runs down close by.`,
    `The head of the ${ordinal(rib)} rib articulates here (costovertebral joint); the sympathetic trunk runs down close by, over the rib heads and the sides of the bodies.`,
    G,
  )

// ——— C1, the atlas ———

function atlasPart(level: VertebraLevel, part: PartKind, side: Side | null): Omit<PartInfo, 'id' | 'form'> {
  const base = { bone: level as BoneId, part, side }
  const L = (plain: string, detailed: string) => named(side, level, plain, detailed)
  switch (part) {
    case 'anterior-arch':
      return {
        ...base,
        name: L('front arch', 'anterior arch'),
        what: fact(
          'A short curved bar that makes the front of the ring. C1 has no solid block in front, only this arch.',
          'The anterior arch forms the front of the ring of the atlas, which has no body; on its back is the facet for the dens.',
          G,
        ),
        nextTo: fact(
          'The peg of C2 sits just behind it. A strong band holds the peg against it.',
          'The dens of the axis lies directly behind it, held there by the transverse ligament of the atlas.',
          G,
        ),
        dimensions: [dim('Anterior arch height', 'Height of the arch', 'mm', ATLAS.anteriorArchHeight)],
        related: [],
      }
    case 'anterior-tubercle':
      return {
        ...base,
        name: L('front bump', 'anterior tubercle'),
        what: fact(
          'A small bump in the middle of the front arch.',
          'The anterior tubercle, in the midline of the anterior arch.',
          G,
        ),
        nextTo: fact(
          'A long neck muscle at the front holds on here, with the strong band that runs down the front of the spine.',
          'Longus colli and the anterior longitudinal ligament attach to it.',
          G,
        ),
        // none on purpose: no published size of the tubercle was found (Patel measured the arch: see 'anterior-arch')
        dimensions: [],
        related: [],
      }
    case 'facet-for-dens':
      return {
        ...base,
        name: { plain: 'Joint face for the peg, on C1', detailed: 'Facet for the dens on C1 (fovea dentis)' },
        what: fact(
          'A small smooth face on the back of the front arch. The peg of C2 turns against it.',
          'The facet for the dens, on the posterior surface of the anterior arch: one side of the median atlanto-axial joint.',
          G,
        ),
        nextTo: fact(
          'The peg of C2 is right behind it, in its own small sealed joint.',
          'The anterior facet of the dens lies directly behind it, across a small synovial joint.',
          G,
        ),
        dimensions: [
          dim('Facet height', 'Height of the joint face', 'mm', ATLAS.dentalFacetHeight),
          dim('Facet width', 'Width of the joint face', 'mm', ATLAS.dentalFacetWidth),
        ],
        related: [],
      }
    case 'lateral-mass':
      return {
        ...base,
        name: L('side block', 'lateral mass'),
        what: fact(
          'A thick block of bone on each side of the ring. It carries the skull above and rests on C2 below.',
          'The lateral mass: the thick pillar on each side of the atlas, carrying the superior facet for the skull above and the inferior facet on the axis below.',
          G,
        ),
        nextTo: fact(
          'A strong band runs across the ring from one side block to the other. It holds the peg of C2 in place.',
          'The transverse ligament of the atlas attaches to a tubercle on its inner side and runs behind the dens to the other lateral mass.',
          G,
        ),
        dimensions: [
          dim('Lateral mass, front to back', 'Side block, front to back', 'mm', ATLAS_LATERAL_MASS.depth),
          dim('Upper facet, front to back', 'Top joint face, front to back', 'mm', ATLAS.superiorFacetLength),
        ],
        related: [
          facetJointId({ upper: 'C0', lower: 'C1' }, side ?? 'left'),
          facetJointId({ upper: 'C1', lower: 'C2' }, side ?? 'left'),
        ],
      }
    case 'posterior-arch':
      return {
        ...base,
        name: L('back arch', 'posterior arch'),
        what: fact(
          'A curved bar that makes the back of the ring. In place of a long bump at the back, it has only a small one.',
          'The posterior arch forms the back of the ring of the atlas; a small posterior tubercle takes the place of a spinous process.',
          G,
        ),
        nextTo: fact(
          'A big artery bends over its top, in a groove behind each side block. It has come up through the side holes from C6.',
          'The vertebral artery, which usually enters the transverse foramina at C6, crosses its upper surface in a groove behind each lateral mass, with the first cervical (suboccipital) nerve beneath it.',
          ['grays2020', 'vertebralArteryEntry'],
        ),
        dimensions: [
          dim('Posterior arch height', 'Height of the arch', 'mm', ATLAS.posteriorArchHeight),
          dim('Artery groove, width', 'Width of the artery groove', 'mm', ATLAS.arteryGrooveWidth),
        ],
        related: [],
      }
    case 'posterior-tubercle':
      return {
        ...base,
        name: L('back bump', 'posterior tubercle'),
        what: fact(
          'A small bump in the middle of the back arch. It takes the place of the back bump other bones have.',
          'The posterior tubercle, a rudimentary spinous process in the midline of the posterior arch.',
          G,
        ),
        nextTo: fact(
          'Small deep muscles of the head and the thick band at the back of the neck hold on here.',
          'Rectus capitis posterior minor and the ligamentum nuchae attach to it.',
          G,
        ),
        // none on purpose: no published size of the tubercle was found (Patel measured the arch: see 'posterior-arch')
        dimensions: [],
        related: [],
      }
    default:
      throw new Error(`No part ${part} on ${level}`)
  }
}

// ——— the sacrum ———

function sacrumPart(part: PartKind, side: Side | null): Omit<PartInfo, 'id' | 'form'> {
  const base = { bone: 'sacrum' as BoneId, part, side }
  const S = (plain: string, detailed: string) => named(side, 'sacrum', plain, detailed)
  const segment = /^body-s(\d)$/.exec(part)
  if (segment) {
    const s = Number(segment[1])
    return {
      ...base,
      name: {
        plain: `Block of S${s}, the ${['first', 'second', 'third', 'fourth', 'fifth'][s - 1]} sacral bone`,
        detailed: `Body of S${s}`,
      },
      what:
        s === 1
          ? fact(
              'The top block of the sacrum. The last disc of the low back sits on it.',
              'The body of S1, the largest of the five fused sacral bodies; its upper surface carries the L5–S1 disc.',
              G,
            )
          : fact(
              'One of the five blocks that grow together to make the sacrum.',
              `The body of S${s}; the sacral bodies fuse in adult life, and ridges on the front surface mark where.`,
              G,
            ),
      nextTo:
        s === 1
          ? fact(
              'The L5–S1 disc sits on its top. Its front edge juts forward into the pelvis.',
              'The L5–S1 disc lies on its upper surface, whose front edge is the sacral promontory.',
              G,
            )
          : fact(
              'The nerve canal runs behind it. Nerves come out through the holes at its sides.',
              'The sacral canal lies behind it; the sacral nerves leave through the foramina at its sides.',
              G,
            ),
      // S2–S5 none on purpose: no published size of the fused bodies below S1 was found
      dimensions: s === 1 ? [dim('S1 upper endplate width', 'Width of its top', 'mm', SACRUM.s1Width)] : [],
      related: s === 1 ? ['disc:L5-S1'] : [],
    }
  }
  const foramen = /^foramen-s(\d)$/.exec(part)
  if (foramen) {
    const s = Number(foramen[1])
    return {
      ...base,
      name: S(`S${s} nerve hole`, `S${s} foramen`),
      what: fact(
        'A hole through the sacrum for a nerve. There are four on each side.',
        'One of the four pairs of sacral foramina, which open both in front (pelvic) and behind (dorsal), between the fused bodies and the lateral parts.',
        G,
      ),
      nextTo: fact(
        s <= 3
          ? `The S${s} nerve comes out here. Its front branch helps make the big nerve to the leg.`
          : 'The S4 nerve comes out here. Its front branch goes to the floor of the pelvis.',
        `The ventral ramus of S${s} leaves through the pelvic foramen${s <= 3 ? ' to join the sacral plexus (and the sciatic nerve)' : ' to the sacral plexus and pelvic floor'}; its dorsal ramus leaves through the dorsal foramen.`,
        G,
      ),
      dimensions: sacralForamenDimensions(s),
      related: [],
    }
  }
  switch (part) {
    case 'promontory':
      return {
        ...base,
        name: { plain: 'Front top edge of the sacrum', detailed: 'Sacral promontory' },
        what: fact(
          'The front edge of the top of the sacrum. It juts forward into the pelvis.',
          'The promontory: the projecting front margin of the upper surface of S1, at the back of the pelvic brim.',
          G,
        ),
        nextTo: fact(
          'The last disc of the low back sits just above and behind it. A small artery runs down over its front.',
          'The L5–S1 disc lies on the surface just behind it; the median sacral vessels descend over its front.',
          G,
        ),
        // how far the top of S1, whose front edge it is, tilts forward in standing adults
        dimensions: [
          dim(
            'Sacral slope (the top of S1 to the horizontal)',
            'Forward tilt of the top',
            '°',
            POSTURE_TARGETS.sacralSlope,
          ),
        ],
        related: ['disc:L5-S1'],
      }
    case 'superior-articular-process':
      return {
        ...base,
        name: S('upper joint knob', 'superior articular process'),
        what: fact(
          'A knob of bone that reaches up from the sacrum. Its smooth face makes a small joint with L5.',
          'The superior articular process of S1; its facet forms the L5–S1 facet joint with the inferior articular process of L5.',
          G,
        ),
        nextTo: fact(
          'The L5 nerve leaves the spine just in front of it, through the gap between L5 and the sacrum.',
          'It forms the back wall of the L5–S1 intervertebral foramen, through which the L5 spinal nerve leaves.',
          G,
        ),
        dimensions: [dim('Facet inclination to horizontal', 'Tilt of its joint face', '°', S1_FACET.inclination)],
        related: [facetJointId({ upper: 'L5', lower: 'S1' }, side ?? 'left')],
      }
    case 'superior-articular-facet':
      return {
        ...base,
        name: S('upper joint face', 'superior articular facet'),
        what: fact(
          'The smooth face on the upper joint knob. A slick layer covers it, so it can glide on L5.',
          'The cartilage-covered facet of the superior articular process of S1: the lower half of the L5–S1 facet joint.',
          G,
        ),
        nextTo: capsule(jointName('L5', 'S1')),
        dimensions: [
          dim('Facet width', 'Width of the joint face', 'mm', S1_FACET.width),
          dim('Facet height', 'Height of the joint face', 'mm', S1_FACET.height),
        ],
        related: [facetJointId({ upper: 'L5', lower: 'S1' }, side ?? 'left')],
      }
    case 'ala':
      return {
        ...base,
        name: S('wing', 'ala'),
        what: fact(
          'A broad wing of bone that spreads out from the top of the sacrum toward the hip bone.',
          'The ala: the upper surface of the lateral part of S1, formed by its fused transverse and costal elements.',
          G,
        ),
        nextTo: fact(
          'Nerves from L4 and L5 cross over its front on their way to the leg.',
          'The lumbosacral trunk (from the L4 and L5 ventral rami) crosses its front to join the sacral plexus.',
          G,
        ),
        dimensions: [dim('Sacral width, across the alae', 'Width of the sacrum, wing to wing', 'mm', SACRUM.width)],
        related: [],
      }
    case 'lateral-part':
      return {
        ...base,
        name: S('side column', 'lateral part'),
        what: fact(
          'The strong side column of the sacrum, outside the nerve holes.',
          'The lateral part (pars lateralis): the fused transverse and costal elements lateral to the sacral foramina.',
          G,
        ),
        nextTo: fact(
          'Very strong bands tie it to the hip bone, behind the joint and below it.',
          'The interosseous and posterior sacroiliac ligaments bind it to the ilium; the sacrotuberous and sacrospinous ligaments attach to its lower border.',
          G,
        ),
        // none on purpose: no published size of the lateral part was found (its face on the ilium is the
        // auricular surface, measured there)
        dimensions: [],
        related: [],
      }
    case 'auricular-surface':
      return {
        ...base,
        name: S('ear-shaped joint face', 'auricular surface'),
        what: fact(
          'An ear-shaped face on the side of the sacrum. It meets the hip bone at the joint between the spine and the pelvis.',
          'The cartilage-covered auricular surface forms the sacroiliac joint with the ilium: synovial in front, bound behind by strong interosseous ligaments.',
          G,
        ),
        nextTo: fact(
          'Very strong bands bind it to the hip bone, so this joint moves only a little.',
          'The interosseous, anterior and posterior sacroiliac ligaments bind the joint, which allows only small movements.',
          G,
        ),
        // the L-shaped joint's two limbs (neural.ts SI_JOINT)
        dimensions: [
          dim('Lower limb length', 'Long arm', 'mm', SI_JOINT.lowerLimb),
          dim('Upper limb length', 'Short arm', 'mm', SI_JOINT.upperLimb),
        ],
        related: [],
      }
    case 'canal':
      return {
        ...base,
        name: { plain: 'Nerve canal of the sacrum', detailed: 'Sacral canal' },
        what: fact(
          'The tunnel down the middle of the sacrum. It carries on from the spinal canal above.',
          'The sacral canal, formed by the fused vertebral foramina, continues the vertebral canal down to the hiatus.',
          G,
        ),
        nextTo: fact(
          'The last nerve roots run down inside it. The sac of fluid round them ends about the second sacral bone.',
          'It holds the lower roots of the cauda equina, the filum terminale and the end of the dural sac, which usually ends at about S2.',
          G,
        ),
        dimensions: [
          dim(
            'Canal depth at the apex of the hiatus',
            'Depth of the canal at its low end',
            'mm',
            SACRAL_HIATUS.canalDepthAtApex,
          ),
        ],
        related: [],
      }
    case 'laminae':
      return {
        ...base,
        name: { plain: 'Back wall of the sacrum', detailed: 'Fused laminae of the sacrum' },
        what: fact(
          'The back plates of the five bones grow into one wall. It forms the roof of the canal.',
          'The fused laminae of the sacral vertebrae, which roof the sacral canal.',
          G,
        ),
        nextTo: fact(
          'The nerve canal lies in front of it. Deep back muscles lie on it.',
          'The sacral canal lies in front of it; multifidus and the erector spinae lie on its back.',
          G,
        ),
        // none on purpose: no published size of the fused laminae was found (where they stop is the hiatus's length)
        dimensions: [],
        related: [],
      }
    case 'median-crest':
      return {
        ...base,
        name: { plain: 'Middle ridge of the sacrum', detailed: 'Median sacral crest' },
        what: fact(
          'A row of small bumps down the middle of the back of the sacrum. They are the back bumps of the bones, grown together.',
          'The median sacral crest: the fused spinous processes of the upper sacral vertebrae, a row of tubercles in the midline.',
          G,
        ),
        nextTo: fact(
          'A thick sheet of tissue and the deep back muscles hold on to it.',
          'The thoracolumbar fascia and the erector spinae and multifidus attach to it.',
          G,
        ),
        // none on purpose: no published size of the median crest was found
        dimensions: [],
        related: [],
      }
    case 'hiatus':
      return {
        ...base,
        name: { plain: 'Gap at the low end of the sacrum', detailed: 'Sacral hiatus' },
        what: fact(
          'A gap at the low end of the back wall, where the plates of the last bone did not join.',
          'The sacral hiatus, where the laminae of S5 (sometimes S4 as well) fail to meet: the lower opening of the sacral canal.',
          G,
        ),
        nextTo: fact(
          'The last small nerves, and a thin thread from the end of the cord, come out here.',
          'The S5 and coccygeal nerves and the filum terminale leave through it; the posterior sacrococcygeal ligament covers it.',
          G,
        ),
        dimensions: [
          dim('Sacral hiatus, length', 'Length of the gap', 'mm', SACRAL_HIATUS.length),
          dim('Sacral hiatus, width at its base', 'Width of the gap at its base', 'mm', SACRAL_HIATUS.baseWidth),
        ],
        related: [],
      }
    case 'cornu':
      return {
        ...base,
        name: S('small horn', 'cornu'),
        what: fact(
          'A small knob of bone at the low end of the back of the sacrum, beside the gap there.',
          'The sacral cornu, the remnant of an inferior articular process of S5, at the side of the sacral hiatus.',
          G,
        ),
        nextTo: fact(
          'Short bands join it to a matching horn on the tailbone. The last sacral nerve comes out next to it.',
          'Intercornual ligaments join it to the coccygeal cornu; the fifth sacral nerve emerges beside it.',
          G,
        ),
        dimensions: [
          dim(
            'Distance between the sacral cornua',
            'Gap between the two horns',
            'mm',
            SACRAL_HIATUS.intercornualDistance,
          ),
        ],
        related: [],
      }
    default:
      throw new Error(`No part ${part} on the sacrum`)
  }
}

// ——— the coccyx ———

function coccyxPart(part: PartKind, side: Side | null): Omit<PartInfo, 'id' | 'form'> {
  const base = { bone: 'coccyx' as BoneId, part, side }
  const C = (plain: string, detailed: string) => named(side, 'coccyx', plain, detailed)
  const segment = /^segment-co(\d)$/.exec(part)
  if (segment) {
    const s = Number(segment[1])
    const word = ['first', 'second', 'third', 'fourth'][s - 1] ?? ''
    return {
      ...base,
      name: {
        plain: `${capital(word)} bone of the tailbone (Co${s})`,
        detailed: `${capital(word)} coccygeal segment (Co${s})`,
      },
      what: fact(
        'One of the small bones that make up the tailbone. This model shows four, the count most often found.',
        'A rudimentary vertebral body; the coccygeal segments are often fused. Four are shown, the count most often found in two CT studies.',
        ['grays2020', 'woon2013', 'indiran2017'],
      ),
      nextTo:
        s === 1
          ? fact(
              'It joins the sacrum above through a small pad. Muscles of the floor of the pelvis hold on along its sides.',
              'It meets the apex of the sacrum at the sacrococcygeal joint; coccygeus and levator ani attach along its borders.',
              G,
            )
          : fact(
              'Muscles of the pelvic floor hold on along its sides. So does the big buttock muscle.',
              'Coccygeus, levator ani and gluteus maximus attach along the borders and back of the coccyx.',
              G,
            ),
      // no published size of one segment was found: the whole coccyx's length, labelled as such
      dimensions: [
        dim('Straight length of the whole coccyx', 'Length of the whole tailbone', 'mm', COCCYX.straightLength),
      ],
      related: [],
    }
  }
  switch (part) {
    case 'cornu':
      return {
        ...base,
        name: C('small horn', 'cornu'),
        what: fact(
          'A small knob that points up from the back of the top of the tailbone.',
          'The coccygeal cornu, a rudimentary articular process of Co1, projecting up to meet the sacral cornu.',
          G,
        ),
        nextTo: fact(
          'Short bands join it to a matching horn on the sacrum. A small nerve comes out in the gap beside them.',
          'Intercornual ligaments join it to the sacral cornu; together they complete the foramen for the dorsal ramus of S5.',
          G,
        ),
        // none on purpose: no published size of the coccygeal cornua was found (Lee 2016 recorded whether they
        // fuse with the sacral ones, not their size)
        dimensions: [],
        related: [],
      }
    case 'transverse-process':
      return {
        ...base,
        name: C('side arm', 'transverse process'),
        what: fact(
          'A small stub of bone on the side of the top of the tailbone.',
          'A rudimentary transverse process of Co1, which often reaches up to the lower side corner of the sacrum.',
          G,
        ),
        nextTo: fact(
          'The front branch of the last sacral nerve passes just above it.',
          'With the sacrum it completes the foramen for the ventral ramus of S5, which passes just above it.',
          G,
        ),
        // none on purpose: no published size of the coccyx's transverse processes was found
        dimensions: [],
        related: [],
      }
    default:
      throw new Error(`No part ${part} on the coccyx`)
  }
}

// ——— forms and anchors ———

const OPENINGS: ReadonlySet<string> = new Set(['vertebral-foramen', 'transverse-foramen', 'canal'])
const AREAS: ReadonlySet<string> = new Set(['promontory', 'hiatus', 'accessory-process'])

function formOf(bone: BoneId, part: PartKind): PartForm {
  if (OPENINGS.has(part) || part.startsWith('foramen-')) return 'opening'
  if (AREAS.has(part) || (bone === 'sacrum' && part === 'cornu')) return 'area'
  return 'solid'
}

const mirror = (p: Vec3, side: Side | null): Vec3 => (side === 'right' ? [-p[0], p[1], p[2]] : p)

/**
 * Where the label and pick target of an opening or an area go, in the bone's own frame (mm; x to the
 * subject's left, y up, z forward), or null for a solid part (use `partCentre` with its geometry).
 */
export function partAnchor(id: string): Vec3 | null {
  const p = parsePartId(id)
  if (!p) return null
  const form = formOf(p.bone, p.part)
  if (form === 'solid') return null
  if (p.bone === 'sacrum') return sacralAnchor(p.part, p.side)
  if (!isLevel(p.bone)) return null
  const level = p.bone
  const l = vertebraLandmarks(level)
  const m = VERTEBRA_MEASUREMENTS[level]
  switch (p.part) {
    case 'vertebral-foramen':
      // C1: the back two thirds of the ring, where the cord runs (the dens fills the front)
      return level === 'C1'
        ? [0, 0, l.bodyBackZ - (ATLAS.canalDepth.value * 2) / 3]
        : [0, l.pillar[1], (l.bodyBackZ + l.canalBackZ) / 2]
    case 'transverse-foramen': {
      if (level === 'C1') {
        // in the loop of the transverse process, midway between the foramen's edges as Patel measured them
        const x = (ATLAS.transverseForaminaOuter.value + ATLAS.transverseForaminaInner.value) / 4
        return mirror([x, 0, l.pillar[2] - 0.5], p.side)
      }
      // just outside the pedicle, about a third of the way to the tip, in front of the articular pillar
      const pedicleOuter = l.pedicleInnerX + m.pedicleWidth.value
      const tip = m.transverseSpan.value / 2
      return mirror([pedicleOuter + (tip - pedicleOuter) * 0.28, -2.5, l.pillar[2] * 0.3], p.side)
    }
    case 'accessory-process':
      // at the back of the root of the transverse process, below the mammillary process
      return mirror([l.pillar[0] + 9, l.pillar[1] - 5, l.pillar[2]], p.side)
    default:
      return null
  }
}

function sacralAnchor(part: PartKind, side: Side | null): Vec3 | null {
  // the sacrum's layout is shared with its generator (landmarks.ts), so each anchor is where the part is built
  const layout = sacralLayout()
  const foramen = /^foramen-s(\d)$/.exec(part)
  if (foramen) {
    // the centre of the hole, between the bodies, the bars above and below and the lateral part
    const f = layout.foramina[Number(foramen[1]) - 1]
    return f ? mirror(f.centre, side) : null
  }
  const s5 = layout.bodyCentre(4)
  const s5Back = s5[2] - (layout.bodyDepths[4] ?? 11) / 2
  switch (part) {
    case 'promontory':
      return [0, -1.5, SACRUM.s1Depth.value / 2]
    case 'canal': {
      const s2 = layout.bodyCentre(1)
      return [0, s2[1], s2[2] - (layout.bodyDepths[1] ?? 24) / 2 - 3]
    }
    case 'hiatus':
      // in the opening behind the body of S5, midway between the cornua, below the end of the laminae
      return [0, (layout.hiatusApexY + layout.apexY) / 2 - 1, s5Back - 6]
    case 'cornu':
      return mirror([SACRAL_HIATUS.baseWidth.value / 2 + 2.2, s5[1] + 2, s5Back - 3.5], side)
    default:
      return null
  }
}

// ——— the index ———

function describe(bone: BoneId, part: PartKind, side: Side | null): PartInfo {
  const info =
    bone === 'sacrum'
      ? sacrumPart(part, side)
      : bone === 'coccyx'
        ? coccyxPart(part, side)
        : vertebraPart(bone, part, side)
  const term = PLAIN_TERMS[part]
  // the anatomical word after the plain name, where it is short enough for the plain rule, so patients learn it
  const plain = term && !info.name.plain.includes('(') ? `${info.name.plain} (${term})` : info.name.plain
  return { id: partId(bone, part, side), ...info, name: { ...info.name, plain }, form: formOf(bone, part) }
}

const PARTS = new Map<BoneId, readonly PartInfo[]>()
const INDEX = new Map<string, PartInfo>()

function partsOf(bone: BoneId): readonly PartInfo[] {
  let list = PARTS.get(bone)
  if (!list) {
    list = slotsOf(bone).map(([part, side]) => describe(bone, part, side))
    PARTS.set(bone, list)
    for (const p of list) INDEX.set(p.id, p)
  }
  return list
}

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
  const info = INDEX.get(side === undefined ? `${bone.id}/${part}` : `${bone.id}/${part}:${side}`)
  return info ? { id: info.id, bone: info.bone, part: info.part, side: info.side } : null
}

export const isPartId = (input: string): input is PartId => parsePartId(input)?.id === input

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

/** Anatomical words of three syllables or fewer, shown after plain names ('Left bony bridge of L4 (pedicle)'). */
const PLAIN_TERMS: Partial<Record<PartKind, string>> = {
  body: 'body',
  pedicle: 'pedicle',
  lamina: 'lamina',
  'transverse-process': 'transverse process',
  'spinous-process': 'spinous process',
  'transverse-foramen': 'foramen',
  'uncinate-process': 'uncinate process',
  'lateral-mass': 'lateral mass',
  ala: 'ala',
  cornu: 'cornu',
  hiatus: 'hiatus',
}

// ——— picking: geometry part names → part ids ———

/** The generators' part names (without the side suffix) on a mobile vertebra, and the part each belongs to. */
const VERTEBRA_BUILDER: Readonly<Record<string, PartKind>> = {
  body: 'body',
  // C2's anterior-inferior lip is the front lower edge of its body
  'body-lip': 'body',
  dens: 'dens',
  'dens-anterior-facet': 'dens-facet',
  uncinate: 'uncinate-process',
  'costal-facet-upper': 'costal-facet-upper',
  'costal-facet-lower': 'costal-facet-lower',
  'costal-facet': 'costal-facet',
  pedicle: 'pedicle',
  transverse: 'transverse-process',
  'transverse-costal-facet': 'transverse-costal-facet',
  // a process and the root that joins it to the pillar are one part; its facet pad is the facet
  'superior-process': 'superior-articular-process',
  'superior-process-root': 'superior-articular-process',
  'superior-facet': 'superior-articular-facet',
  // the atlas's cupped superior facet is built as a middle and two turned-up ends
  'superior-facet-front': 'superior-articular-facet',
  'superior-facet-back': 'superior-articular-facet',
  mammillary: 'mammillary-process',
  accessory: 'accessory-process',
  'inferior-process': 'inferior-articular-process',
  'inferior-process-root': 'inferior-articular-process',
  'inferior-facet': 'inferior-articular-facet',
  lamina: 'lamina',
  spinous: 'spinous-process',
  'spinous-tubercle': 'spinous-tubercle',
  'anterior-arch': 'anterior-arch',
  'anterior-tubercle': 'anterior-tubercle',
  'dental-facet': 'facet-for-dens',
  'lateral-mass': 'lateral-mass',
  'lateral-mass-tubercle': 'lateral-mass',
  'posterior-arch': 'posterior-arch',
  'posterior-tubercle': 'posterior-tubercle',
}

const SACRUM_BUILDER: Readonly<Record<string, PartKind>> = {
  promontory: 'promontory',
  ala: 'ala',
  'lateral-part': 'lateral-part',
  // the flat-faced block under the auricular surface is the lateral part's side
  'lateral-face': 'lateral-part',
  'auricular-surface': 'auricular-surface',
  // the ear-shaped surface is built as its long lower limb and its short upper one
  'auricular-surface-upper': 'auricular-surface',
  'superior-process': 'superior-articular-process',
  'superior-process-root': 'superior-articular-process',
  'superior-facet': 'superior-articular-facet',
  cornu: 'cornu',
  hiatus: 'hiatus',
  // the S1 endplate pad is the top of the body of S1
  'S1-endplate': 'body-s1',
}

const COCCYX_BUILDER: Readonly<Record<string, PartKind>> = {
  cornu: 'cornu',
  transverse: 'transverse-process',
}

function builderSlot(bone: BoneId, builderName: string, point: Vec3 | undefined): Slot | null {
  const sided = /^(.+)-(left|right)$/.exec(builderName)
  const name = sided?.[1] ?? builderName
  const side = (sided?.[2] as Side | undefined) ?? null
  if (bone === 'sacrum') {
    const numbered = /^(body|ridge|bar|rim|posterior-rim|lateral-part|lamina|median-crest)-S([1-5])$/.exec(name)
    if (numbered) {
      const [, kind, s] = numbered
      // a transverse ridge is the line of fusion below the body of its number
      if (kind === 'body' || kind === 'ridge') return [`body-s${Number(s) as 1 | 2 | 3 | 4 | 5}`, side]
      // the rim of a foramen is bone of the lateral part (the fused costal and transverse elements)
      if (kind === 'lateral-part' || kind === 'rim' || kind === 'posterior-rim') return ['lateral-part', side]
      // the bars between the sacral foramina are the lateral part's costal elements; S1's is the ala
      if (kind === 'bar') return [s === '1' ? 'ala' : 'lateral-part', side]
      if (kind === 'lamina') return ['laminae', side]
      return ['median-crest', side]
    }
    const kind = SACRUM_BUILDER[name]
    return kind ? [kind, side] : null
  }
  if (bone === 'coccyx') {
    const segment = /^segment-Co([1-4])$/.exec(name)
    if (segment) return [`segment-co${Number(segment[1]) as 1 | 2 | 3 | 4}`, side]
    const kind = COCCYX_BUILDER[name]
    return kind ? [kind, side] : null
  }
  // the one-piece arch of laminae from pillar to pillar: its side is the side of the point (x > 0 is left)
  if (builderName === 'laminae') return point ? ['lamina', point[0] >= 0 ? 'left' : 'right'] : null
  // C1 has no articular processes: its facets sit on the lateral masses, and the blocks under them are mass
  if (bone === 'C1' && /^(inferior|superior)-process/.test(name)) return ['lateral-mass', side]
  const kind = VERTEBRA_BUILDER[name]
  return kind ? [kind, side] : null
}

/**
 * The part a vertex of a generated bone belongs to, from the name of its vertex range
 * (`geometry.userData.parts`), or null for a name this module does not know or a part the bone lacks.
 * Several ranges can name one part: a process and its root, the sacrum's bars and its lateral part. A
 * facet pad names the articular facet, not the process. A range that spans both sides (today's one-piece
 * 'laminae') needs the vertex's position in the bone's frame to tell left from right; without it, null.
 */
export function partIdForBuilderPart(boneId: string, builderName: string, point?: Vec3): PartId | null {
  const parsed = parseStructureId(boneId)
  if (!parsed || (parsed.kind !== 'vertebra' && parsed.kind !== 'sacrum' && parsed.kind !== 'coccyx')) return null
  const slot = builderSlot(parsed.id, builderName, point)
  if (!slot) return null
  partsOf(parsed.id)
  const id = partId(parsed.id, slot[0], slot[1])
  return INDEX.has(id) ? id : null
}

/** A named vertex range of a generated geometry (the shape of builder.ts's PartRange). */
export interface PartRangeLike {
  readonly name: string
  readonly start: number
  readonly count: number
}

/**
 * The vertex ranges that show a part, to highlight it. A range that spans both sides is returned for
 * either side's part whole (it cannot be split).
 */
export function partRanges(id: string, ranges: readonly PartRangeLike[]): PartRangeLike[] {
  const p = parsePartId(id)
  if (!p) return []
  return ranges.filter((r) => {
    const whole = partIdForBuilderPart(p.bone, r.name)
    if (whole) return whole === p.id
    return (
      partIdForBuilderPart(p.bone, r.name, [1, 0, 0]) === p.id ||
      partIdForBuilderPart(p.bone, r.name, [-1, 0, 0]) === p.id
    )
  })
}

/**
 * Where a part's label goes, in the bone's frame: the centre of the box round its vertices when the
 * geometry has any (a two-sided range counts only its vertices on the part's side), else its anchor.
 * @param positions the geometry's position array (x, y, z per vertex)
 */
export function partCentre(id: string, positions: ArrayLike<number>, ranges: readonly PartRangeLike[]): Vec3 | null {
  const p = parsePartId(id)
  if (!p) return null
  const lo = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  const hi = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY]
  let found = false
  for (const r of partRanges(id, ranges)) {
    const whole = partIdForBuilderPart(p.bone, r.name) === p.id
    for (let v = r.start; v < r.start + r.count; v++) {
      const point: Vec3 = [positions[v * 3] ?? 0, positions[v * 3 + 1] ?? 0, positions[v * 3 + 2] ?? 0]
      if (!whole && partIdForBuilderPart(p.bone, r.name, point) !== p.id) continue
      found = true
      for (let k = 0; k < 3; k++) {
        lo[k] = Math.min(lo[k] ?? 0, point[k] ?? 0)
        hi[k] = Math.max(hi[k] ?? 0, point[k] ?? 0)
      }
    }
  }
  if (!found) return partAnchor(id)
  return [((lo[0] ?? 0) + (hi[0] ?? 0)) / 2, ((lo[1] ?? 0) + (hi[1] ?? 0)) / 2, ((lo[2] ?? 0) + (hi[2] ?? 0)) / 2]
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
    const info = INDEX.get(id)
    if (!info) return false
    const text = searchText(info)
    return words.every((w) => new RegExp(`(^|[\\s(/:-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text))
  })
  return exact ? [exact.id, ...hits.filter((id) => id !== exact.id)] : hits
}
