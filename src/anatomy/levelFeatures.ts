import { type BoneId, FACET_LEVELS, type JointLower, type VertebraLevel } from './ids'
import { listParts, type PartKind } from './parts'

/*
 * What sets one level apart from another besides its sizes: the features a student is examined on (the atlas
 * has no body, the axis its dens, the neck transverse foramina and uncinate processes, C2–C6 a bifid spinous
 * process, the thorax rib facets, the low back mammillary processes). Each is read from the bone's own list of
 * parts (anatomy/parts), the list the 3D model is built and named from (test/anatomy/parts.test.ts checks that
 * the geometry builds every solid part listed and nothing else), so what the compare table says a bone has is
 * what the model shows.
 */

/** A feature compared across levels, in the order the compare table lists them. */
export type LevelFeature =
  | 'body'
  | 'dens'
  | 'transverseForamen'
  | 'uncinateProcess'
  | 'ribFacets'
  | 'bifidSpinous'
  | 'mammillaryProcess'

export const LEVEL_FEATURES: readonly LevelFeature[] = [
  'body',
  'dens',
  'transverseForamen',
  'uncinateProcess',
  'ribFacets',
  'bifidSpinous',
  'mammillaryProcess',
]

/** Whether a bone has the rib facets on its body, and which: above and below (T1–T8), above (T9), one whole (T10–T12). */
export type RibFacets = 'none' | 'above-and-below' | 'above' | 'whole'

/** A bone's features: present or not, or, for the body and the rib facets, a short word on how. */
export interface LevelFeatures {
  /** A vertebral body: 'no' for the atlas (a ring), 'fused' for the sacrum's and the coccyx's segments. */
  readonly body: 'yes' | 'no' | 'fused'
  /** The dens (odontoid process) rising from the body: the axis alone. */
  readonly dens: boolean
  /** A transverse foramen in each transverse process: the cervical vertebrae. */
  readonly transverseForamen: boolean
  /** Uncinate processes on the body's upper rim: C3–C7. */
  readonly uncinateProcess: boolean
  /** Costal facets on the body (not those on the transverse processes). */
  readonly ribFacets: RibFacets
  /** A spinous process split into two tubercles: the project's `BIFID` levels. */
  readonly bifidSpinous: boolean
  /** Mammillary processes on the superior articular processes: the lumbar vertebrae. */
  readonly mammillaryProcess: boolean
}

/** A bone's features, read from its parts (a bone with no parts listed has none of them). */
export function levelFeatures(bone: BoneId): LevelFeatures {
  const kinds = new Set<PartKind>(listParts(bone).map((p) => p.part))
  const has = (kind: PartKind) => kinds.has(kind)
  const fusedSegments = [...kinds].some((k) => /^(body-s|segment-co)\d$/.test(k))
  return {
    body: has('body') ? 'yes' : fusedSegments ? 'fused' : 'no',
    dens: has('dens'),
    transverseForamen: has('transverse-foramen'),
    uncinateProcess: has('uncinate-process'),
    ribFacets: has('costal-facet')
      ? 'whole'
      : has('costal-facet-upper') && has('costal-facet-lower')
        ? 'above-and-below'
        : has('costal-facet-upper')
          ? 'above'
          : 'none',
    bifidSpinous: has('spinous-tubercle'),
    mammillaryProcess: has('mammillary-process'),
  }
}

/**
 * The level whose superior facets a bone's "upper facets face" row describes, as the bone's panel does: a
 * vertebra its own, the sacrum S1's (the top of the sacrum, which forms L5–S1); null for the coccyx, which
 * has no facet joint.
 */
export function facingLevel(bone: BoneId): VertebraLevel | 'S1' | null {
  if (bone === 'coccyx') return null
  return bone === 'sacrum' ? 'S1' : bone
}

/**
 * The level whose superior facets a bone's inferior facets meet, which the "lower joint faces point" row
 * describes (they face the other way): the next bone down, S1 under L5 (the model's facet joints,
 * `FACET_LEVELS`, as anatomy/posture.ts seats each inferior facet on the facet below it); null for the
 * sacrum and the coccyx, which have no inferior facets.
 */
export function lowerFacingLevel(bone: BoneId): JointLower | null {
  return FACET_LEVELS.find((joint) => joint.upper === bone)?.lower ?? null
}
