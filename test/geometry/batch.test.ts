import { BufferAttribute, BufferGeometry, Matrix4 } from 'three'
import { describe, expect, it } from 'vitest'
import type { StructureId } from '../../src/anatomy/ids'
import { createBatchGeometry, MOTION_INDEX, MOTION_RANGE } from '../../src/geometry/batch'

/** A square of two triangles (four vertices), optionally with a one-triangle level for a moving camera. */
const square = (motion?: number[]) => {
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(new Float32Array([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0]), 3))
  g.setIndex([0, 1, 2, 0, 2, 3])
  if (motion) g.userData[MOTION_INDEX] = new Uint32Array(motion)
  return g
}
const ids = ['L4', 'L5'] as StructureId[]
const place = () => new Matrix4()

describe('the merged overview', () => {
  it('puts the moving camera’s lighter triangles after the full ones, over the same vertices, and draws the full ones', () => {
    const parts = { L4: square([0, 1, 2]), L5: square() } as Record<string, BufferGeometry>
    const merged = createBatchGeometry(ids, (id) => parts[id] as BufferGeometry, place)
    const index = [...(merged.index?.array ?? [])]
    // full: both squares; then L4's one triangle and L5's own two (it has no lighter level)
    expect(index).toEqual([0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 6, 7, 0, 1, 2, 4, 5, 6, 4, 6, 7])
    expect(merged.getAttribute('position').count).toBe(8)
    expect(merged.userData[MOTION_RANGE]).toEqual({ start: 12, count: 9 })
    expect(merged.drawRange).toEqual({ start: 0, count: 12 })
  })

  it('has no moving-camera range when none of its structures has a lighter level', () => {
    const merged = createBatchGeometry(ids, () => square(), place)
    expect(merged.index?.count).toBe(12)
    expect(merged.userData[MOTION_RANGE]).toBeUndefined()
    expect(merged.drawRange.count).toBe(Number.POSITIVE_INFINITY)
  })
})
