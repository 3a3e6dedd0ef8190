import {
  type AnyStructureId,
  isStructureId,
  type Layer,
  layerOf,
  type ParsedStructure,
  parseStructureId,
  type Region,
  regionOf,
  STRUCTURE_IDS,
  type StructureId,
  type StructureKind,
} from './ids'
import { structureName } from './names'
import {
  isNeuralId,
  NEURAL_IDS,
  type NeuralId,
  type NeuralKind,
  neuralLayerOf,
  neuralRegionsOf,
  type ParsedNeural,
  parseNeuralId,
  rootExit,
} from './neural'
import { neuralName } from './neuralNames'

/**
 * The two families of structures side by side: the spine model's (ids.ts: bones, discs, facet joints) and
 * the cord, nerve roots, ligaments, sacroiliac joints and ilia (neural.ts). What the selection, the hover,
 * the URL, the search, the list, the panel and the API share; what only the spine model has (its close-up,
 * its batch, its parts, its stretches) narrows with `isStructureId`.
 */
export type ParsedAnyStructure =
  | { readonly family: 'spine'; readonly id: StructureId; readonly parsed: ParsedStructure }
  | { readonly family: 'neural'; readonly id: NeuralId; readonly parsed: ParsedNeural }

export type AnyStructureKind = StructureKind | NeuralKind

/** Every structure the app shows: the spine model's first, then the cord, roots, ligaments, joints and ilia. */
export const ANY_STRUCTURE_IDS: readonly AnyStructureId[] = [...STRUCTURE_IDS, ...NEURAL_IDS]

/** Parses an id of either family (canonical or other letter cases); null for anything else. */
export function parseAnyStructureId(input: string): ParsedAnyStructure | null {
  const spine = parseStructureId(input)
  if (spine) return { family: 'spine', id: spine.id, parsed: spine }
  const neural = parseNeuralId(input)
  return neural ? { family: 'neural', id: neural.id, parsed: neural } : null
}

export const isAnyStructureId = (input: string): input is AnyStructureId => isStructureId(input) || isNeuralId(input)

/** The layer a structure is shown, ghosted or hidden with. */
export function anyLayerOf(p: ParsedAnyStructure): Layer {
  if (p.family === 'spine') return layerOf(p.parsed)
  const layer = neuralLayerOf(p.parsed)
  // the sacroiliac joints sit with the facet joints under "Joints"
  return layer === 'joints' ? 'facets' : layer
}

/** The regions a structure lies in (the cord and the long ligaments span several), top to bottom. */
export function anyRegionsOf(p: ParsedAnyStructure): readonly Region[] {
  return p.family === 'spine' ? [regionOf(p.parsed)] : neuralRegionsOf(p.parsed)
}

/** Its first region: where the structure list and the API file it. */
export const anyRegionOf = (p: ParsedAnyStructure): Region => anyRegionsOf(p)[0] ?? 'lumbar'

export const anyKindOf = (p: ParsedAnyStructure): AnyStructureKind => p.parsed.kind

/**
 * A structure's name: the spine model's one name, or for the cord and the rest the plain name a patient
 * reads ('Left L5 nerve root') unless the terms are asked for ('Left L5 spinal nerve root').
 */
export function anyStructureName(id: AnyStructureId, detailed = false): string {
  if (isStructureId(id)) return structureName(id)
  const name = neuralName(id)
  return detailed ? name.detailed : name.plain
}

/**
 * The spine structure whose neighbourhood is drawn up close when `id` is selected: itself for the spine
 * model's; for a nerve root, the disc of the foramen it leaves by (the sacrum for the sacral roots; C1
 * for the root above the atlas); for a segmental ligament, the disc of its level; the sacrum for a
 * sacroiliac joint or an ilium. Null for what runs the spine's length (the cord, the cauda equina, the
 * long ligaments): a close-up of all of it would be the whole spine.
 */
export function closeUpAnchor(id: AnyStructureId): StructureId | null {
  if (isStructureId(id)) return id
  const parsed = parseNeuralId(id)
  if (!parsed) return null
  const disc = (upper: string, lower: string) => {
    const candidate = `disc:${upper}-${lower}`
    return isStructureId(candidate) ? candidate : null
  }
  switch (parsed.kind) {
    case 'nerve': {
      const { exit } = rootExit(parsed.root)
      if (exit.kind !== 'intervertebral') return 'sacrum'
      return exit.upper === 'C0' ? 'C1' : disc(exit.upper, exit.lower)
    }
    case 'ligament':
      return parsed.level ? disc(parsed.level.upper, parsed.level.lower) : null
    case 'si-joint':
    case 'ilium':
      return 'sacrum'
    case 'median-atlanto-axial':
    case 'occiput':
      return 'C1'
    default:
      return null
  }
}
