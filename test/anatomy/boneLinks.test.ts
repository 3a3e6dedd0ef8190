import { describe, expect, it } from 'vitest'
import {
  bonesOfJoint,
  conditionsOnRoot,
  jointsOfBone,
  ligamentsOfBone,
  selectionName,
  structuresByRoot,
} from '../../src/anatomy/boneLinks'
import { BONE_IDS, isStructureId, STRUCTURE_IDS } from '../../src/anatomy/ids'

describe('links between bones and their joints', () => {
  it('gives a lumbar bone the facet joints and discs above and below it', () => {
    expect(jointsOfBone('L4')).toEqual([
      'facet:L3-L4:left',
      'facet:L3-L4:right',
      'disc:L3-L4',
      'facet:L4-L5:left',
      'facet:L4-L5:right',
      'disc:L4-L5',
    ])
  })

  it('gives the top of the neck its joints with the skull and with C2, where there are no discs', () => {
    expect(jointsOfBone('C1')).toEqual([
      'facet:C0-C1:left',
      'facet:C0-C1:right',
      'facet:C1-C2:left',
      'facet:C1-C2:right',
    ])
    expect(jointsOfBone('C2')).toEqual([
      'facet:C1-C2:left',
      'facet:C1-C2:right',
      'facet:C2-C3:left',
      'facet:C2-C3:right',
      'disc:C2-C3',
    ])
    expect(jointsOfBone('sacrum')).toEqual(['facet:L5-S1:left', 'facet:L5-S1:right', 'disc:L5-S1'])
    expect(jointsOfBone('coccyx')).toEqual([])
  })

  it('reaches every disc and facet joint from a bone, and every joint leads back to the bones it joins', () => {
    const reached = new Set(BONE_IDS.flatMap((bone) => jointsOfBone(bone)))
    for (const id of STRUCTURE_IDS) {
      if (BONE_IDS.includes(id as never)) continue
      expect(reached.has(id), id).toBe(true)
      for (const bone of bonesOfJoint(id))
        if (bone !== 'occiput') expect(jointsOfBone(bone), `${id} → ${bone}`).toContain(id)
    }
    expect(bonesOfJoint('disc:L5-S1')).toEqual(['L5', 'sacrum'])
    // the joints under the skull lead to the skull's base above them, and C1's panel back to it
    expect(bonesOfJoint('facet:C0-C1:left')).toEqual(['occiput', 'C1'])
    expect(ligamentsOfBone('C1')).toContain('occiput')
    expect(ligamentsOfBone('C2')).not.toContain('occiput')
    expect(bonesOfJoint('L4')).toEqual([])
    for (const bone of BONE_IDS) for (const id of jointsOfBone(bone)) expect(isStructureId(id)).toBe(true)
  })

  it('names a structure or a part for users', () => {
    expect(selectionName('L4/pedicle:left', true)).toBe('Left pedicle of L4')
    expect(selectionName('L4/pedicle:left', false)).toBe('Left bony bridge of L4 (pedicle)')
    expect(selectionName('facet:L4-L5:left', false)).toBe('Left L4–L5 facet joint')
    expect(selectionName('L4', true)).toBe('Fourth lumbar vertebra (L4)')
    expect(selectionName('L4/wing', true)).toBeNull()
    expect(selectionName('L9', true)).toBeNull()
  })
})

describe('from a nerve root to what it leaves between, and the conditions shown pressing on it', () => {
  it('gives the bones of its gap, the disc in front and the facet joint behind on its side', () => {
    expect(structuresByRoot('L5', 'left')).toEqual(['L5', 'disc:L5-S1', 'facet:L5-S1:left', 'sacrum'])
    // a neck root leaves above its own bone
    expect(structuresByRoot('C6', 'right')).toEqual(['C5', 'disc:C5-C6', 'facet:C5-C6:right', 'C6'])
    expect(structuresByRoot('C8', 'left')).toEqual(['C7', 'disc:C7-T1', 'facet:C7-T1:left', 'T1'])
    // C2 behind the atlanto-axial joint, with no disc; C1 under the skull and the sacral roots, none
    expect(structuresByRoot('C2', 'left')).toEqual(['C1', 'facet:C1-C2:left', 'C2'])
    expect(structuresByRoot('C1', 'left')).toEqual([])
    expect(structuresByRoot('S2', 'left')).toEqual([])
    for (const id of structuresByRoot('T6', 'left')) expect(isStructureId(id), id).toBe(true)
  })

  it('names the conditions that press on a root, on either side', () => {
    expect(conditionsOnRoot('L5')).toEqual(['herniation-l4-l5-posterolateral'])
    expect(conditionsOnRoot('L4')).toEqual(['herniation-l4-l5-foraminal', 'stenosis-foraminal-l4-l5'])
    expect(conditionsOnRoot('C6')).toEqual(['herniation-c5-c6'])
    expect(conditionsOnRoot('S1')).toEqual([])
  })
})
