import { BufferGeometry, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { NEURAL_IDS, type NeuralId } from '../../src/anatomy/neural'
import { labelAnchor, nearestVertex } from '../../src/geometry/labelAnchor'
import { createNeuralGeometry } from '../../src/geometry/neural'

/** Distance from `point` to the nearest vertex of `geometry` (mm), by a plain walk. */
function gap(id: NeuralId, point: Vector3): number {
  const position = createNeuralGeometry(id, 0).getAttribute('position')
  let best = Number.POSITIVE_INFINITY
  const v = new Vector3()
  for (let i = 0; i < position.count; i++) best = Math.min(best, v.fromBufferAttribute(position, i).distanceTo(point))
  return best
}

describe('where a selected cord, root or ligament is labelled', () => {
  it('sits on the structure itself, where the middle of its box would float off the long curved ones', () => {
    for (const id of [
      'cord',
      'cauda-equina',
      'ligament:anterior-longitudinal',
      'ligament:posterior-longitudinal',
    ] as const) {
      const g = createNeuralGeometry(id, 0)
      g.computeBoundingBox()
      const centre = g.boundingBox!.getCenter(new Vector3())
      // a label at the box's centre would float 2–3 cm off the cord or the long bands
      expect(gap(id, centre), id).toBeGreaterThan(10)
      const anchor = labelAnchor(g)!
      expect(gap(id, anchor), id).toBeLessThan(1e-6)
      expect(g.boundingBox!.containsPoint(anchor), id).toBe(true)
    }
  })

  it('has a place on every structure of the layers', () => {
    for (const id of NEURAL_IDS) expect(labelAnchor(createNeuralGeometry(id, 0)), id).not.toBeNull()
    expect(nearestVertex(new BufferGeometry(), new Vector3())).toBeNull()
    expect(labelAnchor(new BufferGeometry())).toBeNull()
  })
})
