/**
 * The anatomy in Spanish, as one overlay: names (./anatomyNames.ts), the info panel's facts
 * (./anatomyInfo.ts), the parts (./parts.ts, after src/anatomy/parts/), the cord and the rest (./neuralInfo/), the dimension labels
 * (./dimensionLabels.ts), a search by the Spanish names, and the flashcards' sentences.
 */
import { parseStructureId, type Region, regionOf, STRUCTURE_IDS } from '../../anatomy/ids'
import { NEURAL_IDS, PIVOT_LIGAMENTS, parseNeuralId, type WholeLigament } from '../../anatomy/neural'
import { allPartIds, parsePartId } from '../../anatomy/parts'
import type { AnatomyOverlay } from '../overlay'
import { structureFactsEs } from './anatomyInfo'
import {
  commonNameEs,
  DECK_ES,
  neuralNameEs,
  neuralShortLabelEs,
  partNameEs,
  shortLabelEs,
  structureNameEs,
} from './anatomyNames'
import { dimensionLabelEs } from './dimensionLabels'
import { neuralFactsEs } from './neuralInfo'
import { partTextEs } from './parts'

/** Lower case without accents, dashes as hyphens: "Pedículo" and "pediculo" meet. */
export const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replaceAll('–', '-')

/** Extra words a Spanish user might type for a kind of structure. */
/** What a reader calls each part of their back ('articulación del cuello', 'espalda baja'). */
const REGION_WORDS_ES: Readonly<Record<Region, readonly string[]>> = {
  cervical: ['cuello'],
  thoracic: ['espalda alta', 'parte alta de la espalda', 'mitad de la espalda'],
  lumbar: ['espalda baja', 'parte baja de la espalda', 'zona lumbar'],
  sacrum: ['pelvis'],
  coccyx: [],
}

function extraTerms(id: string): string[] {
  const parsed = parseStructureId(id)
  const region = parsed ? REGION_WORDS_ES[regionOf(parsed)] : []
  // the joints that crack, in a reader's words
  if (id.startsWith('facet:'))
    return [
      'faceta',
      'facetaria',
      'carilla',
      'cigapofisaria',
      'zigapofisaria',
      'articulacion',
      'crujido',
      'crujir',
      'cruje',
      'chasquido',
      // Mexico's words for a crack
      'tronar',
      'truena',
      ...region,
    ]
  if (id.startsWith('disc:')) return ['disco', 'intervertebral', ...region]
  if (parsed) return [...region]
  if (id.startsWith('nerve:')) return ['nervio', 'raiz', 'ganglio']
  if (id === 'cord') return ['medula', 'cono medular']
  if (id === 'cauda-equina') return ['cola de caballo', 'filum terminale', 'raices']
  if (id.startsWith('si-joint:')) return ['sacroiliaca', 'pelvis']
  if (id.startsWith('ilium:')) return ['ilion', 'cadera', 'pelvis', 'cresta iliaca']
  if (id === 'occiput')
    return ['craneo', 'occipital', 'agujero magno', 'foramen magno', 'condilo', 'clivus', 'basion', 'opistion', 'nuca']
  if (id === 'median-atlanto-axial')
    return ['articulacion', 'atlantoaxial', 'atlantoaxoidea', 'pivote', 'diente', 'odontoides', 'atlantodental']
  // the dens is 'la clavija' in the plain names: 'diente' and 'odontoides' find what holds it
  const ligament = parseNeuralId(id)
  if (ligament?.kind === 'ligament' && PIVOT_LIGAMENTS.includes(ligament.ligament as WholeLigament))
    return ['ligamento', 'diente', 'odontoides', ...(ligament.ligament === 'transverse-atlas' ? ['cruciforme'] : [])]
  if (id.startsWith('ligament:')) return ['ligamento']
  return []
}

/** Words a search leaves out of a query and of the names it ranks by (folded): articles and prepositions. */
const LINKING_WORDS = new Set(['de', 'del', 'la', 'el', 'las', 'los', 'en', 'mi', 'a', 'al'])
/** The sides, which a name has but which do not make it a closer match. */
const SIDE_WORDS = new Set(['izquierdo', 'izquierda', 'derecho', 'derecha'])

interface Entry {
  readonly id: string
  readonly terms: string
  /** The words of its Spanish term name, for ranking a part whose name is all query words first. */
  readonly nameWords: readonly string[]
  readonly order: number
  /** Bones, discs and joints first, then the cord and the rest, then parts, as the English search lists them. */
  readonly group: 0 | 1 | 2
}

function buildIndex(): Entry[] {
  const entries: Entry[] = []
  const add = (id: string, names: readonly string[], words: string, group: 0 | 1 | 2) =>
    entries.push({
      id,
      terms: fold([id, ...names, ...extraTerms(id)].join(' ')),
      nameWords: fold(words)
        .replace(/\(.*?\)/g, '')
        .split(/\s+/)
        .filter((w) => w && !LINKING_WORDS.has(w) && !SIDE_WORDS.has(w)),
      order: entries.length,
      group,
    })
  for (const id of STRUCTURE_IDS) add(id, [structureNameEs(id), commonNameEs(id) ?? ''], structureNameEs(id), 0)
  for (const id of NEURAL_IDS) {
    const name = neuralNameEs(id)
    add(id, [name.plain, name.detailed], name.detailed, 1)
  }
  for (const id of allPartIds()) {
    const name = partNameEs(id)
    if (name) add(id, [name.plain, name.detailed], name.detailed, 2)
  }
  return entries
}

/** A bone's level as a word of a name: 'c2', 'l4', 's1', 'co1'. */
const LEVEL_WORD = /^(c|t|l|s|co)\d{1,2}$/

/** The index, built on the first Spanish search (as src/anatomy/parts/ builds its parts on first use). */
const INDEX = new Map<'es', Entry[]>()
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The id typed itself ('L4', 'nerve:L5:left', 'L4/pedicle:left'), in its canonical form. */
function exactId(query: string): string | null {
  return parseStructureId(query)?.id ?? parseNeuralId(query)?.id ?? parsePartId(query)?.id ?? null
}

/**
 * Every structure, neural structure and part whose Spanish names hold each query word at the start of a word
 * ('pedículo l4', 'disco L4', 'raiz l5'): a name with no word beyond the query's first, then bones, discs and
 * joints before the cord and the rest before parts, the closest names first (fewest words beyond the query),
 * then in the spine's order. Built on first use: only a Spanish search pays for it.
 */
function searchEs(query: string): string[] {
  // 'articulación del cuello': the little words between a reader's words need not be in a name
  const words = fold(query.trim())
    .split(/\s+/)
    .filter((w) => w && !LINKING_WORDS.has(w))
  if (words.length === 0) return []
  let index = INDEX.get('es')
  if (!index) {
    index = buildIndex()
    INDEX.set('es', index)
  }
  const patterns = words.map((w) => new RegExp(`(^|[\\s(:/,-])${escapeRegExp(w)}`))
  const hits = index
    .filter((e) => patterns.every((p) => p.test(e.terms)))
    .map((e) => ({
      e,
      // the bone a part is on ('de C2') qualifies its name, it adds no other thing to it
      extra: e.nameWords.filter((n) => !LEVEL_WORD.test(n) && !words.some((w) => n.startsWith(w))).length,
    }))
    // a name that is the query's words and nothing more comes first, whatever it names: 'diente' is the dens
    // itself (diente de C2) before the ligament 'del vértice del diente'
    .sort(
      (a, b) =>
        Number(a.extra > 0) - Number(b.extra > 0) ||
        a.e.group - b.e.group ||
        a.extra - b.extra ||
        a.e.order - b.e.order,
    )
    .map(({ e }) => e.id)
  const exact = exactId(query.trim())
  return exact ? [exact, ...hits.filter((id) => id !== exact)] : hits
}

export const ANATOMY_ES: AnatomyOverlay = {
  structureName: structureNameEs,
  shortLabel: shortLabelEs,
  commonName: commonNameEs,
  partName: partNameEs,
  neuralName: neuralNameEs,
  neuralShortLabel: neuralShortLabelEs,
  structureFacts: structureFactsEs,
  part: partTextEs,
  neuralFacts: neuralFactsEs,
  dimensionLabel: dimensionLabelEs,
  search: searchEs,
  deck: DECK_ES,
}
