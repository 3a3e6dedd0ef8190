import type { AnyStructureId, BoneId, DiscId, FacetJointId, Group, StructureId, VertebraLevel } from './ids'
import type { NerveId } from './neural'

/**
 * The spine conditions Facet shows, as data: which level, which root, how far a bone slips or a body is
 * wedged (inside the published grades), what each involves, and how the view is set for it. Small and
 * free of geometry, so the store and the API can name conditions without loading how they are drawn
 * (geometry/conditions.ts) or what is said about them (content/conditions.ts).
 */

type GroupState = 'shown' | 'ghosted' | 'hidden'

/** Meyerding grade of a slip from its percentage of the lower endplate's depth: I ≤25 %, II ≤50, III ≤75, IV ≤100, V beyond. */
export function meyerdingGrade(slipPercent: number): 1 | 2 | 3 | 4 | 5 {
  if (slipPercent <= 25) return 1
  if (slipPercent <= 50) return 2
  if (slipPercent <= 75) return 3
  if (slipPercent <= 100) return 4
  return 5
}

/**
 * Genant semi-quantitative grade of a vertebral fracture from its height loss (fraction): 1 at 20–25 %,
 * 2 at 25–40 %, 3 beyond 40 %; 0 (not a fracture by this scale) below 20 %.
 */
export function genantGrade(heightLoss: number): 0 | 1 | 2 | 3 {
  if (heightLoss < 0.2) return 0
  if (heightLoss <= 0.25) return 1
  if (heightLoss <= 0.4) return 2
  return 3
}

export type ConditionModel =
  | {
      readonly kind: 'herniation'
      readonly disc: DiscId
      readonly root: NerveId
      /** Where the disc material goes: back and to the side (under the traversing root) or out into the foramen. */
      readonly place: 'posterolateral' | 'foraminal'
    }
  | {
      readonly kind: 'spondylolisthesis'
      readonly upper: VertebraLevel
      readonly lower: BoneId
      readonly type: 'isthmic' | 'degenerative'
      /** Forward slip as a percentage of the lower bone's upper endplate depth (what Meyerding grades). */
      readonly slipPercent: number
    }
  | { readonly kind: 'fracture'; readonly bone: VertebraLevel; readonly heightLoss: number }
  | { readonly kind: 'degeneration'; readonly disc: DiscId; readonly heightLoss: number }
  | { readonly kind: 'stenosis-central'; readonly disc: DiscId; readonly flavumMm: number }
  | { readonly kind: 'stenosis-foraminal'; readonly disc: DiscId; readonly root: NerveId }
  | { readonly kind: 'facet-arthritis'; readonly joints: readonly FacetJointId[] }

/** The shape each condition is shown with; the numbers chosen inside the published ranges. */
export const CONDITION_MODELS = {
  'herniation-l4-l5-posterolateral': {
    kind: 'herniation',
    disc: 'disc:L4-L5',
    root: 'nerve:L5:left',
    place: 'posterolateral',
  },
  'herniation-l4-l5-foraminal': { kind: 'herniation', disc: 'disc:L4-L5', root: 'nerve:L4:left', place: 'foraminal' },
  'herniation-c5-c6': { kind: 'herniation', disc: 'disc:C5-C6', root: 'nerve:C6:left', place: 'posterolateral' },
  'spondylolisthesis-l5-s1-isthmic': {
    kind: 'spondylolisthesis',
    upper: 'L5',
    lower: 'sacrum',
    type: 'isthmic',
    slipPercent: 35,
  },
  'spondylolisthesis-l4-l5-degenerative': {
    kind: 'spondylolisthesis',
    upper: 'L4',
    lower: 'L5',
    type: 'degenerative',
    slipPercent: 18,
  },
  'compression-fracture-l1': { kind: 'fracture', bone: 'L1', heightLoss: 0.32 },
  'disc-degeneration-l4-l5': { kind: 'degeneration', disc: 'disc:L4-L5', heightLoss: 0.45 },
  'stenosis-central-l4-l5': { kind: 'stenosis-central', disc: 'disc:L4-L5', flavumMm: 7 },
  'stenosis-foraminal-l4-l5': { kind: 'stenosis-foraminal', disc: 'disc:L4-L5', root: 'nerve:L4:left' },
  'facet-arthritis-l4-l5': { kind: 'facet-arthritis', joints: ['facet:L4-L5:left', 'facet:L4-L5:right'] },
} as const satisfies Record<string, ConditionModel>

export type ConditionId = keyof typeof CONDITION_MODELS
export const CONDITION_IDS = Object.keys(CONDITION_MODELS) as ConditionId[]
export const isConditionId = (id: unknown): id is ConditionId =>
  typeof id === 'string' && Object.hasOwn(CONDITION_MODELS, id)

/** How a condition is framed: what is selected, which layers change, which roots are pressed on (cheap: no geometry). */
export interface ConditionView {
  readonly focus: StructureId
  readonly groups: Partial<Record<Group, GroupState>>
  readonly roots: readonly NerveId[]
  /** Where the camera looks from (a direction, world: x left, y up, z forward) and how far (mm): where the change shows. */
  readonly look: { readonly from: readonly [number, number, number]; readonly distance: number }
}

// far enough back that a patient sees where in the back it is: at the view's 30° lens, 300 mm shows some 160 mm
// of spine, about L3 to the sacrum around an L4–L5 change (at 170 mm no level above L4 was in view); the
// visitor zooms in from there
const BACK_LEFT = { from: [0.75, -0.1, -0.65], distance: 300 } as const
const LEFT_BACK = { from: [0.85, 0.2, -0.45], distance: 320 } as const
const LEFT_SIDE = { from: [1, 0.05, 0.2], distance: 280 } as const

export function conditionView(id: ConditionId): ConditionView {
  const m: ConditionModel = CONDITION_MODELS[id]
  const nervesOn = { bones: 'ghosted', nerves: 'shown' } as const
  switch (m.kind) {
    case 'herniation':
      // the root pressed on alone (the view draws it highlighted whatever the nerves layer), against the bulge
      return {
        focus: m.disc,
        groups: { bones: 'ghosted', facets: 'ghosted', nerves: 'hidden' },
        roots: [m.root],
        look: m.place === 'foraminal' ? LEFT_BACK : BACK_LEFT,
      }
    case 'spondylolisthesis':
      return {
        focus: `disc:${m.upper}-${m.lower === 'sacrum' ? 'S1' : m.lower}`,
        groups: {},
        roots: [],
        look: LEFT_SIDE,
      }
    case 'fracture':
      return { focus: m.bone, groups: {}, roots: [], look: LEFT_SIDE }
    case 'degeneration':
      return { focus: m.disc, groups: {}, roots: [], look: { from: [0.9, 0.15, 0.4], distance: 270 } }
    case 'stenosis-central':
      return {
        focus: m.disc,
        groups: { bones: 'ghosted', nerves: 'hidden' },
        roots: [],
        look: { from: [0.5, 0.55, -0.67], distance: 270 },
      }
    case 'stenosis-foraminal':
      return { focus: m.disc, groups: nervesOn, roots: [m.root], look: LEFT_BACK }
    case 'facet-arthritis':
      return {
        focus: m.joints[0] as FacetJointId,
        groups: { bones: 'ghosted' },
        roots: [],
        look: { from: [0.45, 0.25, -0.86], distance: 260 },
      }
  }
}

/** Every structure a condition involves, by id: what it changes and the roots it presses on. */
export const CONDITION_INVOLVES: Readonly<Record<ConditionId, readonly AnyStructureId[]>> = {
  'herniation-l4-l5-posterolateral': ['disc:L4-L5', 'nerve:L5:left', 'L4', 'L5'],
  'herniation-l4-l5-foraminal': ['disc:L4-L5', 'nerve:L4:left', 'L4', 'L5'],
  'herniation-c5-c6': ['disc:C5-C6', 'nerve:C6:left', 'C5', 'C6'],
  'spondylolisthesis-l5-s1-isthmic': ['L5', 'sacrum', 'disc:L5-S1', 'disc:L4-L5'],
  'spondylolisthesis-l4-l5-degenerative': [
    'L4',
    'L5',
    'disc:L4-L5',
    'disc:L3-L4',
    'facet:L4-L5:left',
    'facet:L4-L5:right',
  ],
  'compression-fracture-l1': ['L1', 'disc:T12-L1', 'disc:L1-L2'],
  'disc-degeneration-l4-l5': ['disc:L4-L5', 'L4'],
  'stenosis-central-l4-l5': [
    'disc:L4-L5',
    'facet:L4-L5:left',
    'facet:L4-L5:right',
    'ligament:flavum:L4-L5',
    'cauda-equina',
  ],
  'stenosis-foraminal-l4-l5': ['disc:L4-L5', 'facet:L4-L5:left', 'nerve:L4:left', 'L4', 'L5'],
  'facet-arthritis-l4-l5': ['facet:L4-L5:left', 'facet:L4-L5:right', 'L4', 'L5'],
}

/** The structures of the spine model a condition draws changed (their normal form is hidden meanwhile). */
export const CONDITION_CHANGES: Readonly<Record<ConditionId, readonly StructureId[]>> = {
  'herniation-l4-l5-posterolateral': ['disc:L4-L5'],
  'herniation-l4-l5-foraminal': ['disc:L4-L5'],
  'herniation-c5-c6': ['disc:C5-C6'],
  'spondylolisthesis-l5-s1-isthmic': ['L5', 'disc:L5-S1', 'disc:L4-L5'],
  'spondylolisthesis-l4-l5-degenerative': ['L4', 'facet:L4-L5:left', 'facet:L4-L5:right', 'disc:L4-L5', 'disc:L3-L4'],
  'compression-fracture-l1': ['L1', 'disc:T12-L1', 'disc:L1-L2'],
  'disc-degeneration-l4-l5': ['disc:L4-L5', 'L4'],
  'stenosis-central-l4-l5': ['disc:L4-L5', 'facet:L4-L5:left', 'facet:L4-L5:right'],
  'stenosis-foraminal-l4-l5': ['disc:L4-L5', 'facet:L4-L5:left'],
  'facet-arthritis-l4-l5': ['facet:L4-L5:left', 'facet:L4-L5:right'],
}

/** Whether a structure is drawn changed by the condition shown (false when none is). */
export const changedByCondition = (condition: ConditionId | null, id: StructureId): boolean =>
  condition !== null && CONDITION_CHANGES[condition].includes(id)
