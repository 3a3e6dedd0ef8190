/** Minimal immutable 3-vectors for the pure anatomy maths (no three.js here, so it runs anywhere). */
export type Vec3 = readonly [number, number, number]

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2])
export const normalize = (a: Vec3): Vec3 => scale(a, 1 / (length(a) || 1))
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]]
export const deg = Math.PI / 180

/** Rotation about the left–right (x) axis by `angle` degrees: positive tips the top forward. */
export function rotateX(v: Vec3, angle: number): Vec3 {
  const c = Math.cos(angle * deg)
  const s = Math.sin(angle * deg)
  return [v[0], v[1] * c - v[2] * s, v[1] * s + v[2] * c]
}
