import { mirrorX, type Vec3 } from './vec3'

export const SIDES = ['left', 'right'] as const
/** A left-side point as is, or mirrored to the right side. */
export const sided = (p: Vec3, side: 'left' | 'right'): Vec3 => (side === 'left' ? p : mirrorX(p))
