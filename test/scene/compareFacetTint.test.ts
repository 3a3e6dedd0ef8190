import { BufferAttribute, BufferGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import {
  disposeTinted,
  LOWER_FACET_TINT,
  tintedFacetGeometry,
  UPPER_FACET_TINT,
} from '../../src/scene/compareFacetTint'
import { compareRow } from '../../src/scene/compareLayout'

/** A bone of six vertices: two of body, two of an upper facet, two of a lower one. */
function bone() {
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(new Float32Array(18), 3))
  g.setAttribute('color', new BufferAttribute(new Float32Array(18).fill(0.8), 3))
  g.setIndex([0, 1, 2, 3, 4, 5])
  g.userData.parts = [
    { name: 'body', start: 0, count: 2 },
    { name: 'superior-facet-left', start: 2, count: 2 },
    { name: 'inferior-facet-right', start: 4, count: 2 },
  ]
  return g
}

describe('the compared bones’ joint faces', () => {
  it('are blue above and orange below, on a copy of the colours: the shared bone is left as it was', () => {
    const shared = bone()
    const tinted = tintedFacetGeometry(shared)
    const colour = tinted.getAttribute('color')
    expect([colour.getX(0), colour.getY(0), colour.getZ(0)]).toEqual([0.8, 0.8, 0.8].map(Math.fround))
    expect([colour.getX(2), colour.getY(2), colour.getZ(2)]).toEqual(UPPER_FACET_TINT.map(Math.fround))
    expect([colour.getX(5), colour.getY(5), colour.getZ(5)]).toEqual(LOWER_FACET_TINT.map(Math.fround))
    expect([...(shared.getAttribute('color').array as Float32Array)].every((c) => c === Math.fround(0.8))).toBe(true)
    // the positions and the index are the cache's own, not copies
    expect(tinted.getAttribute('position')).toBe(shared.getAttribute('position'))
    expect(tinted.getIndex()).toBe(shared.getIndex())
  })

  it('free only their own colours when disposed: the cache’s buffers stay', () => {
    const shared = bone()
    const tinted = tintedFacetGeometry(shared)
    const freed: string[][] = []
    tinted.addEventListener('dispose', () => freed.push(Object.keys(tinted.attributes)))
    disposeTinted(tinted)
    // three frees the GPU buffers of the attributes a geometry holds when it is disposed
    expect(freed).toEqual([['color']])
    expect(tinted.getIndex()).toBeNull()
    expect(shared.getAttribute('position')).toBeDefined()
  })
})

describe('the compared row turned for a view', () => {
  it('turns each bone over in its place for the view from below, keeping the order left to right', () => {
    const upright = compareRow(['T11', 'T12', 'L1'])
    const over = compareRow(['T11', 'T12', 'L1'], 'over')
    expect(over.slots.map((s) => s.rotation)).toEqual(over.slots.map(() => [0, 0, Math.PI]))
    expect(over.slots.map((s) => s.labelFront[0])).toEqual(upright.slots.map((s) => s.labelFront[0]))
    expect(over.size).toEqual(upright.size)
  })

  it('puts each name in front of its bone for the views from above and below, off the bone', () => {
    for (const slot of compareRow(['T11', 'T12', 'L1']).slots) {
      // in front of the body, which the picture puts at the bottom: the name sits under the bone
      expect(slot.labelFront[2]).toBeGreaterThan(10)
      expect(slot.labelFront[1]).toBe(0)
    }
  })

  it('turns each bone a quarter for the view from the side, so none hides another', () => {
    const side = compareRow(['T11', 'T12', 'L1'], 'side')
    const xs = side.slots.map((s) => s.labelFront[0])
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    for (let i = 1; i < side.slots.length; i++)
      expect(xs[i]! - xs[i - 1]!).toBeGreaterThan((side.slots[i]!.width + side.slots[i - 1]!.width) / 2)
  })
})
