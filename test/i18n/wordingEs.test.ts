import { describe, expect, it } from 'vitest'
import { STRUCTURE_IDS, structure } from '../../src/anatomy/ids'
import { NEURAL_IDS, neural } from '../../src/anatomy/neural'
import { ANATOMY_ES } from '../../src/i18n/es/anatomy'
import { localizeShortLabel } from '../../src/i18n/overlay'

/**
 * The Spanish that a fresh bilingual review changed (issue 11), held against its old wording: each test
 * fails on the text it replaced. The safety texts' own decisions are in ./safetyWordingEs.test.ts.
 */

const es = ANATOMY_ES

/** The side of a bone, disc, joint or neural structure, where it has one. */
function sideOf(id: string): 'left' | 'right' | null {
  if ((STRUCTURE_IDS as readonly string[]).includes(id)) {
    const p = structure(id as (typeof STRUCTURE_IDS)[number])
    return p.kind === 'facet' ? p.side : null
  }
  const p = neural(id as (typeof NEURAL_IDS)[number])
  return 'side' in p ? p.side : null
}

describe('the 3D labels in Spanish', () => {
  const labels = [...STRUCTURE_IDS, ...NEURAL_IDS].map((id) => [id, localizeShortLabel(id, es) ?? ''] as const)

  it('write a side as “izq.” or “der.”, never a bare I (read as a lowercase l or a 1 in the labels’ font) or D', () => {
    expect(localizeShortLabel('facet:L4-L5:left', es)).toBe('L4–L5 izq.')
    expect(localizeShortLabel('facet:C0-C1:right', es)).toBe('C0–C1 der.')
    expect(localizeShortLabel('nerve:L5:left', es)).toBe('Raíz L5 izq.')
    expect(labels.filter(([, label]) => /\s[ID]$/.test(label))).toEqual([])
    for (const [id, label] of labels) {
      const side = sideOf(id)
      if (side) expect(label, id).toMatch(side === 'left' ? / izq\.$/ : / der\.$/)
    }
  })

  it('stay about as short as the English ones the 3D view draws in the same place (scene/Labels.tsx): at most three characters longer', () => {
    // 'L4–L5 izq.' beside 'L4–L5 L'; a spelled-out 'izquierda' would be eight longer
    const long = STRUCTURE_IDS.filter(
      (id) => (localizeShortLabel(id, es) ?? '').length > (localizeShortLabel(id, undefined) ?? '').length + 3,
    )
    expect(long).toEqual([])
    // the cord's, roots' and ligaments' labels are held to the English ones' limit (test/anatomy/neural.test.ts)
    expect(NEURAL_IDS.filter((id) => (localizeShortLabel(id, es) ?? '').length >= 20)).toEqual([])
  })
})
