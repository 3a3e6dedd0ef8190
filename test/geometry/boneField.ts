import type { BufferGeometry } from 'three'
import { partFieldsOf } from '../../src/geometry/builder'
import { smoothMin } from '../../src/geometry/sdf'
import type { Vec3 } from '../../src/geometry/vec3'

/**
 * The signed distance to a bone (negative inside), its parts joined, filleted and cut as its continuous surface
 * joins them (geometry/surface.ts): the surface a user sees is this field's zero level.
 */
export function boneField(geometry: BufferGeometry): (p: Vec3) => number {
  const fields = partFieldsOf(geometry)
  if (!fields) throw new Error('not built from parts')
  return (p) => {
    let d = 1e3
    for (const part of fields) {
      const own = part.distance(p[0], p[1], p[2])
      if (part.cut) d = -smoothMin(-d, own, part.blend)
      else d = smoothMin(d, part.onto === undefined ? own : Math.max(own, d - part.onto), part.blend)
    }
    return d
  }
}
