import { describe, expect, it } from 'vitest'
import { STRUCTURE_IDS } from '../../src/anatomy/ids'
import { closeUpAnchor } from '../../src/anatomy/structures'
import { structuresNear } from '../../src/geometry/world'
import { CLOSE_UP_RADIUS } from '../../src/store'

describe('a selected root, ligament or sacroiliac joint is shown up close among its bones', () => {
  it('anchors each at the foramen, level or bone it belongs to', () => {
    expect(closeUpAnchor('L4')).toBe('L4')
    // L5 leaves below its vertebra, C6 above its own, C1 between the skull and the atlas
    expect(closeUpAnchor('nerve:L5:left')).toBe('disc:L5-S1')
    expect(closeUpAnchor('nerve:C6:right')).toBe('disc:C5-C6')
    expect(closeUpAnchor('nerve:C8:left')).toBe('disc:C7-T1')
    expect(closeUpAnchor('nerve:C1:left')).toBe('C1')
    expect(closeUpAnchor('nerve:S2:left')).toBe('sacrum')
    expect(closeUpAnchor('ligament:flavum:L4-L5')).toBe('disc:L4-L5')
    expect(closeUpAnchor('si-joint:left')).toBe('sacrum')
    for (const whole of ['cord', 'cauda-equina', 'ligament:anterior-longitudinal'] as const)
      expect(closeUpAnchor(whole), whole).toBeNull()
  })

  it('draws the bones round the L5 root at full detail, and none for the cord', () => {
    const near = structuresNear('nerve:L5:left', CLOSE_UP_RADIUS, STRUCTURE_IDS)
    for (const id of ['L5', 'sacrum', 'disc:L5-S1', 'facet:L5-S1:left']) expect(near.has(id as never), id).toBe(true)
    expect(near.has('T6')).toBe(false)
    expect(structuresNear('cord', CLOSE_UP_RADIUS, STRUCTURE_IDS).size).toBe(0)
  })
})
