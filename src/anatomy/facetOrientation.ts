import type { VertebraLevel } from './ids'
import { superiorFacetNormal } from './landmarks'
import { S1_FACET, VERTEBRA_MEASUREMENTS } from './levels'
import type { Measure } from './measure'

/*
 * Which way a superior facet faces, in words, and its angle from the midsagittal plane: what a student is
 * examined on (cervical facets face back and up, thoracic back, up and out, lumbar in and back), worked out
 * from the same two angles the model is built from, so the words, the table and the 3D facet agree.
 *
 * The two angles of a level's row (anatomy/levels.ts): the inclination to the horizontal (90° upright) and
 * the turn from the coronal plane seen from above (0° coronal, positive toward the midline). The lumbar
 * series (Masharawi 2004) give the turn from the midsagittal plane instead: 90° less the turn from the
 * coronal one, whichever way it goes. The tables give that one, for every level, so the numbers of the neck,
 * the thorax and the low back are read against one plane.
 */

/** Which way a facet's surface looks, in the body's terms. */
export type Facing = 'up' | 'back' | 'in' | 'out'

/** One direction a facet faces, and whether mainly or only a little. */
export interface FacingPart {
  readonly toward: Facing
  readonly mainly: boolean
}

/** A component of the facet's normal this large or more is a main direction; from `SLIGHT`, "a little". */
const MAIN = 0.5
const SLIGHT = 0.25

/** The superior facet's two angles, for a mobile vertebra or S1 (the sacrum's top, which forms L5–S1). */
export function superiorFacetAngles(bone: VertebraLevel | 'S1'): { inclination: Measure; rotation: Measure } {
  if (bone === 'S1') return { inclination: S1_FACET.inclination, rotation: S1_FACET.rotation }
  const m = VERTEBRA_MEASUREMENTS[bone]
  return { inclination: m.facetInclination, rotation: m.facetRotation }
}

/**
 * The directions a superior facet faces, the main ones first, largest first: from its surface normal (the
 * left facet's; the right one mirrors it), its up, back and toward-the-midline parts.
 */
export function superiorFacetFacing(inclination: number, rotation: number): FacingPart[] {
  const [x, y, z] = superiorFacetNormal(inclination, rotation)
  const parts: { toward: Facing; size: number }[] = [
    { toward: 'up', size: y },
    { toward: 'back', size: -z },
    // the left facet: toward the midline is −x
    { toward: x < 0 ? 'in' : 'out', size: Math.abs(x) },
  ]
  return parts
    .filter((p) => p.size >= SLIGHT)
    .sort((a, b) => Number(b.size >= MAIN) - Number(a.size >= MAIN) || b.size - a.size)
    .map((p) => ({ toward: p.toward, mainly: p.size >= MAIN }))
}

/** Facets tilted less than this from the horizontal (°) face up: their turn about the vertical means nothing. */
export const NEARLY_FLAT = 30

/**
 * The facet's angle from the midsagittal plane, seen from above (90° less its turn from the coronal plane),
 * with the turn's source; null for a nearly flat facet, which faces up rather than any way round. A value
 * converted from a published one keeps its source and is marked as our reading where it was already ours.
 */
export function angleFromMidsagittal(inclination: Measure, rotation: Measure): Measure | null {
  // (C1's cups, 30° from flat, face mostly up too: the turn of their long axis is not an angle from the midline)
  if (inclination.value <= NEARLY_FLAT) return null
  // to a tenth of a degree, as the angles it comes from are given
  return { ...rotation, value: Math.round((90 - Math.abs(rotation.value)) * 10) / 10 }
}

/**
 * Which way an inferior facet's surface looks: the opposite of the superior facet it meets (a joint's two
 * faces look at each other), so down where that one faces up, forward where it faces back, and out to the
 * side where it faces the midline.
 */
export type LowerFacing = 'down' | 'forward' | 'in' | 'out'

const OPPOSITE: Readonly<Record<Facing, LowerFacing>> = { up: 'down', back: 'forward', in: 'out', out: 'in' }

/** One language's words for a facing: each direction's word, how a list is joined, how "a little" is said. */
export interface FacingWording<F extends string = Facing> {
  readonly words: Readonly<Record<F, string>>
  /** "back and up", "hacia atrás y hacia arriba". */
  readonly join: (words: readonly string[]) => string
  /** The main directions, then the slight ones: "back and up, and a little out to the side". */
  readonly withSlight: (main: string, slight: string) => string
}

/** Which way a bone's superior facets face, in one language's words: the main directions, then the slight ones. */
export function facingPhrase(bone: VertebraLevel | 'S1', wording: FacingWording): string {
  const { inclination, rotation } = superiorFacetAngles(bone)
  return phrase(superiorFacetFacing(inclination.value, rotation.value), (f) => wording.words[f], wording)
}

/**
 * Which way the inferior facets that meet `below`'s superior facets face, in one language's words: the other
 * way, as the model seats them (anatomy/posture.ts turns the lower facet's normal round) and as a joint's
 * panel says ("the one on T11 points the other way"). `below` is the level under the bone (S1 under L5).
 */
export function meetingFacingPhrase(below: VertebraLevel | 'S1', wording: FacingWording<LowerFacing>): string {
  const { inclination, rotation } = superiorFacetAngles(below)
  return phrase(superiorFacetFacing(inclination.value, rotation.value), (f) => wording.words[OPPOSITE[f]], wording)
}

/** The main directions joined, then the slight ones. */
function phrase(
  parts: readonly FacingPart[],
  word: (toward: Facing) => string,
  wording: Pick<FacingWording<string>, 'join' | 'withSlight'>,
): string {
  const main = wording.join(parts.filter((f) => f.mainly).map((f) => word(f.toward)))
  const slight = parts.filter((f) => !f.mainly).map((f) => word(f.toward))
  return slight.length === 0 ? main : wording.withSlight(main, wording.join(slight))
}
