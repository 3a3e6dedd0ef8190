import { describe, expect, it } from 'vitest'
import { FACET_JOINT_IDS } from '../../src/anatomy/ids'
import { SOURCES } from '../../src/anatomy/sources'
import { JOINT_TISSUES, PHASE_CAPTIONS } from '../../src/content/cavitation'
import { facetCutaway } from '../../src/geometry/cutaway'
import { expectPlain } from './readability'

describe('the tissues named on the opened joint', () => {
  it('explains each in plain words, with sources that exist', () => {
    for (const t of JOINT_TISSUES) {
      expectPlain(`${t.id} plain`, t.plain)
      expect(t.sources.length).toBeGreaterThan(0)
      for (const key of t.sources) expect(Object.keys(SOURCES)).toContain(key)
    }
    // the cartilage thickness is ours, and says so
    expect(JOINT_TISSUES.find((t) => t.id === 'cartilage')?.sources).toContain('estimate')
  })

  it('names the bones either side of every joint, the skull above C1 and the sacrum below L5 in words', () => {
    for (const joint of FACET_JOINT_IDS) {
      const { upperBone, lowerBone } = facetCutaway(joint)
      for (const t of JOINT_TISSUES) {
        const name = t.name(upperBone, lowerBone)
        expectPlain(`${joint} ${t.id} name`, name.plain)
        expect(name.detailed).not.toMatch(/undefined|null/)
      }
    }
    const names = (joint: (typeof FACET_JOINT_IDS)[number]) => {
      const { upperBone, lowerBone } = facetCutaway(joint)
      return JOINT_TISSUES.slice(0, 2).map((t) => t.name(upperBone, lowerBone).plain)
    }
    expect(names('facet:L5-S1:left')).toEqual(['Knob of L5', 'Knob of the sacrum'])
    expect(names('facet:C0-C1:right')).toEqual(['Base of the skull', 'Knob of C1'])
  })
})

describe('the crack’s captions and the names pinned on the joint', () => {
  it('use the same words: what the caption says is what the reader sees labelled', () => {
    const captions = Object.values(PHASE_CAPTIONS).join(' ').toLowerCase()
    for (const name of ['joint faces', 'joint fluid', 'joint sac', 'gas pocket']) expect(captions).toContain(name)
    // not other words for the same tissues
    expect(captions).not.toMatch(/capsule|fluid film|cavity|surfaces/)
    const named = JOINT_TISSUES.map((tissue) => tissue.name('L4', 'L5').plain.toLowerCase())
    for (const name of ['joint fluid', 'joint sac', 'gas pocket']) expect(named).toContain(name)
  })
})
