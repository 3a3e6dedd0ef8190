export type { Vec3 } from '../anatomy/vec'
export { add, dot, length, mirrorX, normalize, rotateX, scale, sub } from '../anatomy/vec'

import type { Vec3 } from '../anatomy/vec'

export const cross3 = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
