/**
 * What the panel says about the cord, the cauda equina, the nerve roots, the ligaments, the sacroiliac
 * joints and the ilia, in Spanish: case by case as src/anatomy/neuralInfo/ builds the English, in the same
 * order, so each fact keeps the English one's sources. One module per family, as in the English folder;
 * facts.ts holds the helper they share.
 */
import { type NeuralId, neural } from '../../../anatomy/neural'
import type { TextPair } from '../../overlay'
import { MEDIAN_AA } from './atlantoAxial'
import { CAUDA, CORD } from './cord'
import { ligamentFacts } from './ligaments'
import { rootFacts } from './roots'
import { ILIUM, SI } from './sacroiliac'
import { OCCIPUT } from './skullBase'

/** The Spanish facts about the cord and the rest, in `neuralInfo`'s order. */
export function neuralFactsEs(id: NeuralId): readonly TextPair[] {
  const p = neural(id)
  switch (p.kind) {
    case 'cord':
      return CORD
    case 'cauda-equina':
      return CAUDA
    case 'nerve':
      return rootFacts(p.root)
    case 'ligament':
      return ligamentFacts(p)
    case 'si-joint':
      return SI
    case 'ilium':
      return ILIUM
    case 'median-atlanto-axial':
      return MEDIAN_AA
    case 'occiput':
      return OCCIPUT
  }
}
