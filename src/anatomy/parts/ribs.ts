/** The facets on the thoracic bodies where the heads of the ribs meet them. */

import type { BoneId, Side, VertebraLevel } from '../ids'
import type { Fact } from '../info'
import type { PartInfo, PartKind } from './ids'
import { discBetween, numberOf, ordinal } from './neighbours'
import { fact, G, named } from './words'

/** Rib facets: rib n meets the upper demifacet of Tn and the lower one of T(n−1); T1, T10–T12 have whole facets. */
export function costalFacet(level: VertebraLevel, part: PartKind, side: Side | null): Omit<PartInfo, 'id' | 'form'> {
  const n = numberOf(level)
  const base = { bone: level as BoneId, part, side }
  const L = (plain: string, detailed: string) => named(side, level, plain, detailed)
  if (part === 'costal-facet-lower')
    return {
      ...base,
      name: L('lower rib joint face', 'inferior costal demifacet'),
      what: fact(
        `A half joint face low on the side of the block. It holds the top of the head of rib ${n + 1}.`,
        `The inferior costal demifacet takes the upper half of the head of the ${ordinal(n + 1)} rib; the lower half meets the superior demifacet of T${n + 1}.`,
        G,
      ),
      nextTo: ribHead(n + 1),
      // none on purpose: see the whole facet below
      dimensions: [],
      related: discBetween(level, `T${n + 1}`),
    }
  const whole = part === 'costal-facet' || n === 1
  return {
    ...base,
    name:
      part === 'costal-facet'
        ? L('rib joint face', 'costal facet')
        : L('upper rib joint face', whole ? 'superior costal facet' : 'superior costal demifacet'),
    what: whole
      ? fact(
          `A whole joint face on the side of the block. The head of rib ${n} fits into it.`,
          `A whole costal facet on the side of the body for the head of the ${ordinal(n)} rib${n === 1 ? '' : ', which meets this vertebra alone'}.`,
          G,
        )
      : fact(
          `A half joint face high on the side of the block. It holds the low part of the head of rib ${n}.`,
          `The superior costal demifacet takes the lower half of the head of the ${ordinal(n)} rib; the upper half meets the inferior demifacet of T${n - 1}.`,
          G,
        ),
    nextTo: ribHead(n),
    // none on purpose: no published size of the costal facets on the bodies was reached. Panjabi 1991 tabled the rib
    // articulations of T1–T12, but only its abstract was reached; Beyer 2020 measured the facets on the transverse
    // processes, for orientation and shape
    dimensions: [],
    related: n === 1 ? [] : discBetween(`T${n - 1}`, level),
  }
}

const ribHead = (rib: number): Fact =>
  fact(
    `The head of rib ${rib} meets the bone here at a small joint. A thin chain of nerves runs down close by.`,
    `The head of the ${ordinal(rib)} rib articulates here (costovertebral joint); the sympathetic trunk runs down close by, over the rib heads and the sides of the bodies.`,
    G,
  )
