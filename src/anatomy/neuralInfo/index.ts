/*
 * What the info panel says about the cord, the nerve roots, the ligaments, the sacroiliac joints and the
 * ilia: facts in plain and detailed words with their sources, and key dimensions. Kept apart from neural.ts
 * (ids, names, numbers) because only the panel reads it: the page loads it when one of them is selected.
 *
 * The folder, one module per family of structures; each family imports facts.ts and none of the others:
 *  - facts.ts: the source keys the texts cite, and the `fact` and `dim` helpers;
 *  - cord.ts (the cord and the cauda equina), roots.ts, ligaments.ts, sacroiliac.ts (the sacroiliac joints
 *    and the ilia), skullBase.ts (the occiput), atlantoAxial.ts (the median atlanto-axial joint).
 * This file is the public API: import from 'anatomy/neuralInfo', not from the files.
 */
import {
  type NeuralDimension,
  type NeuralFact,
  type NeuralId,
  type NeuralSourceKey,
  neural,
  type TextPair,
} from '../neural'
import { neuralName } from '../neuralNames'
import { MEDIAN_AA_FACTS, medianAaDimensions } from './atlantoAxial'
import { CAUDA_FACTS, CORD_FACTS, caudaDimensions, cordDimensions } from './cord'
import { ligamentDimensions, ligamentFacts } from './ligaments'
import { rootDimensions, rootFacts } from './roots'
import { ILIUM_FACTS, iliumDimensions, SI_FACTS, siDimensions } from './sacroiliac'
import { OCCIPUT_FACTS, occiputDimensions } from './skullBase'

// ——— what the panel says ———

export interface NeuralInfo {
  readonly name: TextPair
  readonly facts: readonly NeuralFact[]
  readonly dimensions: readonly NeuralDimension[]
}

/** What the info panel says about a structure: facts in two versions with sources, and key dimensions. */
export function neuralInfo(id: NeuralId): NeuralInfo {
  const p = neural(id)
  const name = neuralName(id)
  switch (p.kind) {
    case 'cord':
      return { name, facts: CORD_FACTS, dimensions: cordDimensions() }
    case 'cauda-equina':
      return { name, facts: CAUDA_FACTS, dimensions: caudaDimensions() }
    case 'nerve':
      return { name, facts: rootFacts(p.root), dimensions: rootDimensions(p.root) }
    case 'ligament':
      return { name, facts: ligamentFacts(p), dimensions: ligamentDimensions(p) }
    case 'si-joint':
      return { name, facts: SI_FACTS, dimensions: siDimensions() }
    case 'median-atlanto-axial':
      return { name, facts: MEDIAN_AA_FACTS, dimensions: medianAaDimensions() }
    case 'occiput':
      return { name, facts: OCCIPUT_FACTS, dimensions: occiputDimensions() }
    case 'ilium':
      return { name, facts: ILIUM_FACTS, dimensions: iliumDimensions() }
  }
}

/** Every source key a structure's info names (facts and dimensions), for checking they all resolve. */
export function neuralSourceKeys(id: NeuralId): readonly NeuralSourceKey[] {
  const info = neuralInfo(id)
  return [...info.facts.flatMap((f) => f.sources), ...info.dimensions.map((d) => d.measure.source)]
}
