import type { BufferGeometry } from 'three'
import { type BoneId, type Side, VERTEBRA_LEVELS, type VertebraLevel } from '../../anatomy/ids'
import { VERTEBRA_MEASUREMENTS } from '../../anatomy/levels'
import { type Pose, posture } from '../../anatomy/posture'
import type { MeshBuilder } from '../builder'
import { add, mirrorX, rotateX, sub, type Vec3 } from '../vec3'

// Frames: between a bone's own frame and the world frame of the standing spine, sides, levels in order, and
// the world-frame geometry every neural generator returns.

export const toWorld = (pose: Pose, p: Vec3): Vec3 => add(pose.position, rotateX(p, pose.tilt))
export const toLocal = (pose: Pose, p: Vec3): Vec3 => rotateX(sub(p, pose.position), -pose.tilt)
export const boneDir = (pose: Pose, d: Vec3): Vec3 => rotateX(d, pose.tilt)
export const bonePose = (bone: BoneId): Pose => posture().bones[bone]
export const sideSign = (side: Side) => (side === 'left' ? 1 : -1)
export const sided = (p: Vec3, side: Side): Vec3 => (side === 'left' ? p : mirrorX(p))
export const lerp = (a: number, b: number, t: number) => a + (b - a) * t
export const lerpV = (a: Vec3, b: Vec3, t: number): Vec3 => [
  lerp(a[0], b[0], t),
  lerp(a[1], b[1], t),
  lerp(a[2], b[2], t),
]
const LEVEL_INDEX = new Map<string, number>(VERTEBRA_LEVELS.map((l, i) => [l, i]))
export const indexOf = (level: VertebraLevel) => LEVEL_INDEX.get(level) ?? 0
export const levelAt = (i: number): VertebraLevel =>
  VERTEBRA_LEVELS[Math.max(0, Math.min(VERTEBRA_LEVELS.length - 1, i))] as VertebraLevel
export const midHeight = (level: VertebraLevel): number => {
  const m = VERTEBRA_MEASUREMENTS[level]
  return (m.bodyHeightAnterior.value + m.bodyHeightPosterior.value) / 2
}

/** The built geometry, marked as placed in the world frame (neural.ts). */
export function finish(b: MeshBuilder): BufferGeometry {
  const g = b.build()
  g.userData.frame = 'world'
  return g
}
