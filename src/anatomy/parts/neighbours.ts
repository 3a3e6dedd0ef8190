/** Levels and their neighbours: the bones above and below a level, the nerve between them, the disc. */

import {
  type BoneId,
  DISC_IDS,
  type DiscId,
  type JointLower,
  type JointUpper,
  VERTEBRA_LEVELS,
  type VertebraLevel,
} from '../ids'

export const regionOf = (level: VertebraLevel) => level[0] as 'C' | 'T' | 'L'
export const numberOf = (level: VertebraLevel) => Number(level.slice(1))
export const indexOf = (level: VertebraLevel) => VERTEBRA_LEVELS.indexOf(level)
export const boneBelow = (level: VertebraLevel): JointLower => VERTEBRA_LEVELS[indexOf(level) + 1] ?? 'S1'
export const boneAbove = (level: VertebraLevel): JointUpper => VERTEBRA_LEVELS[indexOf(level) - 1] ?? 'C0'
export const isLevel = (bone: BoneId): bone is VertebraLevel => bone !== 'sacrum' && bone !== 'coccyx'

/**
 * The spinal nerve that leaves between `upper` and the bone below it: in the neck the root numbered for
 * the bone below (C1 above the atlas, C8 between C7 and T1), from T1 down the root of the bone above.
 */
export function rootBelow(upper: JointUpper): string {
  if (upper === 'C0') return 'C1'
  if (upper.startsWith('C')) return `C${Number(upper.slice(1)) + 1}`
  return upper
}

/** A bone named in a sentence: 'L4', or 'the sacrum'. */
export const inText = (bone: JointLower | JointUpper): string => (bone === 'S1' ? 'the sacrum' : bone)

export const discBetween = (upper: string, lower: string): DiscId[] => {
  const id = `disc:${upper}-${lower}` as DiscId
  return DISC_IDS.includes(id) ? [id] : []
}

export const ordinal = (n: number): string => {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`
}
