import { BufferGeometry } from 'three'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createStructureGeometry } from '../../src/geometry/cache'
import { fromArrays, toArrays } from '../../src/geometry/transfer'

describe('geometry sent from a worker', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('arrives with the bounds worked out where it was made, and is not measured again', () => {
    const made = createStructureGeometry('T6', 0)
    made.computeBoundingBox()
    made.computeBoundingSphere()
    const measured = vi.spyOn(BufferGeometry.prototype, 'computeBoundingSphere')
    const boxed = vi.spyOn(BufferGeometry.prototype, 'computeBoundingBox')
    const arrived = fromArrays(toArrays(made))
    expect(measured).not.toHaveBeenCalled()
    expect(boxed).not.toHaveBeenCalled()
    expect(arrived.boundingBox?.equals(made.boundingBox!)).toBe(true)
    expect(arrived.boundingSphere?.equals(made.boundingSphere!)).toBe(true)
  })

  it('is measured on arrival when it comes without bounds', () => {
    const made = createStructureGeometry('T6', 0)
    const { bounds: _none, ...arrays } = toArrays(made)
    const arrived = fromArrays(arrays)
    made.computeBoundingBox()
    made.computeBoundingSphere()
    expect(arrived.boundingBox?.equals(made.boundingBox!)).toBe(true)
    expect(arrived.boundingSphere?.radius).toBeCloseTo(made.boundingSphere!.radius, 6)
  })
})
