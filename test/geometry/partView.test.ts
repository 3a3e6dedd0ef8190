import { Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import {
  backLigamentView,
  facetJointViewDirection,
  partKindAndSide,
  partViewDirection,
} from '../../src/geometry/partView'

const view = (id: string, cameraSide: 1 | -1 = 1) => {
  const { kind, side } = partKindAndSide(id)
  const out = new Vector3()
  const has = partViewDirection(kind, side === 'left' ? 1 : side === 'right' ? -1 : cameraSide, out)
  return has ? out : null
}

describe('where a part is looked at from', () => {
  it('reads a part id’s kind and side without the catalog', () => {
    expect(partKindAndSide('L4/pedicle:left')).toEqual({ kind: 'pedicle', side: 'left' })
    expect(partKindAndSide('C2/dens')).toEqual({ kind: 'dens', side: null })
    expect(partKindAndSide('sacrum/foramen-1:right')).toEqual({ kind: 'foramen-1', side: 'right' })
  })

  it('shows a pedicle from its own side, a lamina and a spinous process from behind, a body and the dens from the front', () => {
    // world: +x the subject's left, +y up, +z forward
    const left = view('L4/pedicle:left')!
    const right = view('L4/pedicle:right')!
    expect(left.x).toBeGreaterThan(0.7)
    expect(right.x).toBeCloseTo(-left.x, 6)
    expect(right.y).toBeCloseTo(left.y, 6)
    expect(view('L4/lamina:right')!.z).toBeLessThan(-0.6)
    expect(view('L4/spinous-process')!.z).toBeLessThan(-0.6)
    expect(view('L4/body')!.z).toBeGreaterThan(0.6)
    expect(view('C2/dens')!.z).toBeGreaterThan(0.6)
    // a midline part is seen from the side the camera is on
    expect(Math.sign(view('L4/spinous-process', -1)!.x)).toBe(-1)
  })

  it('never looks straight down the column, where the bone above covers the part', () => {
    for (const id of [
      'L4/pedicle:left',
      'L4/superior-articular-facet:left',
      'L4/vertebral-foramen',
      'C1/lateral-mass:left',
    ]) {
      const v = view(id)!
      expect(v.length(), id).toBeCloseTo(1, 6)
      expect(v.y, id).toBeLessThan(0.65)
    }
  })

  it('leaves a kind without a view of its own to the caller', () => {
    expect(view('sacrum/foramen-1:left')).toBeNull()
  })
})

describe('facetJointViewDirection', () => {
  it('looks at a facet joint from behind and its own side, a little from above', () => {
    const left = new Vector3()
    const right = new Vector3()
    facetJointViewDirection(1, left)
    facetJointViewDirection(-1, right)
    expect(left.length()).toBeCloseTo(1, 6)
    // the subject's left is +x, the back is -z: the camera stands behind the joint, on its side
    expect(left.x).toBeGreaterThan(0.3)
    expect(right.x).toBeLessThan(-0.3)
    expect(left.z).toBeLessThan(-0.5)
    expect(left.y).toBeGreaterThan(0)
    expect(left.y).toBeLessThan(0.65)
  })
})

describe('backLigamentView', () => {
  it('turns to a ligament at the back from behind when the camera looks from the front, and keeps a view from behind', () => {
    const out = new Vector3()
    const front = new Vector3(0.3, 0.2, 1).normalize()
    expect(backLigamentView('ligament:interspinous:L4-L5', front, out)).toBe(true)
    expect(out.z).toBeLessThan(-0.8)
    expect(out.x, 'on the camera’s side').toBeGreaterThan(0)
    const behind = out.clone()
    expect(backLigamentView('ligament:interspinous:L4-L5', behind, out)).toBe(false)
    // an intertransverse ligament is seen from its own side; one at the front keeps the camera's view
    expect(backLigamentView('ligament:intertransverse:L4-L5:right', front, out)).toBe(true)
    expect(out.x).toBeLessThan(0)
    for (const id of ['ligament:flavum:L4-L5', 'ligament:supraspinous', 'ligament:nuchae'])
      expect(backLigamentView(id, front, out), id).toBe(true)
    expect(backLigamentView('ligament:anterior-longitudinal', front, out)).toBe(false)
  })
})
