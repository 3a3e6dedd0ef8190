import type { JointLevel, Side } from './ids'
import {
  ATLANTO_OCCIPITAL_MEMBRANES,
  NEURAL_IDS,
  type NeuralId,
  neural,
  PIVOT_LIGAMENTS,
  parseNeuralId,
  type TextPair,
  type WholeLigament,
} from './neural'

// The names of the cord, roots, ligaments, joints and bones of the neural family (a patient's and a student's,
// and the 3D view's short label), and finding them by what a user types. Apart from neural.ts, which says what
// they are and how big.

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const dash = (level: JointLevel) => `${level.upper}–${level.lower}`

const WHOLE_NAMES: Readonly<Record<WholeLigament, TextPair & { readonly short: string }>> = {
  'anterior-longitudinal': {
    plain: 'Long band down the front of the spine',
    detailed: 'Anterior longitudinal ligament',
    short: 'Ant. longitudinal lig.',
  },
  'posterior-longitudinal': {
    plain: 'Long band down the back of the bones, inside the canal',
    detailed: 'Posterior longitudinal ligament',
    short: 'Post. longitudinal lig.',
  },
  supraspinous: {
    plain: 'Band over the tips of the back bumps',
    detailed: 'Supraspinous ligament',
    short: 'Supraspinous lig.',
  },
  nuchae: {
    plain: 'Band at the back of the neck',
    detailed: 'Ligamentum nuchae (nuchal ligament)',
    short: 'Nuchal lig.',
  },
  'transverse-atlas': {
    plain: 'Band across C1 that holds the peg of C2 (transverse ligament)',
    detailed: 'Transverse ligament of the atlas',
    short: 'Transverse lig. atlas',
  },
  alar: {
    plain: 'Two short cords from the peg of C2 to the skull (alar ligaments)',
    detailed: 'Alar ligaments (left and right)',
    short: 'Alar ligs.',
  },
  apical: {
    plain: 'Thin cord from the tip of the peg of C2 to the skull (apical ligament)',
    detailed: 'Apical ligament of the dens',
    short: 'Apical lig.',
  },
  tectorial: {
    plain: 'Sheet behind the peg of C2, up to the skull (tectorial membrane)',
    detailed: 'Tectorial membrane',
    short: 'Tectorial membrane',
  },
  'anterior-atlanto-occipital': {
    plain: 'Sheet from the front of C1 up to the skull (anterior atlanto-occipital membrane)',
    detailed: 'Anterior atlanto-occipital membrane',
    short: 'Ant. atlanto-occipital memb.',
  },
  'posterior-atlanto-occipital': {
    plain: 'Sheet from the back of C1 up to the skull (posterior atlanto-occipital membrane)',
    detailed: 'Posterior atlanto-occipital membrane',
    short: 'Post. atlanto-occipital memb.',
  },
}

/** The name a patient reads (`plain`) and the one a student writes (`detailed`). */
export function neuralName(id: NeuralId): TextPair {
  const p = neural(id)
  switch (p.kind) {
    case 'cord':
      return { plain: 'Spinal cord', detailed: 'Spinal cord (medulla spinalis)' }
    case 'cauda-equina':
      return { plain: 'Bundle of nerve roots below the cord', detailed: 'Cauda equina' }
    case 'nerve':
      return {
        plain: `${capital(p.side)} ${p.root} nerve root`,
        detailed: `${capital(p.side)} ${p.root} spinal nerve root`,
      }
    case 'si-joint':
      return {
        plain: `${capital(p.side)} joint of the sacrum and hip bone`,
        detailed: `${capital(p.side)} sacroiliac joint`,
      }
    case 'ilium':
      return { plain: `${capital(p.side)} hip bone, top part`, detailed: `${capital(p.side)} ilium` }
    case 'occiput':
      return { plain: 'Base of the skull (occipital bone)', detailed: 'Occipital bone, base of the skull' }
    case 'median-atlanto-axial':
      return {
        plain: 'Joint between the peg of C2 and the front of C1 (median atlanto-axial joint)',
        detailed: 'Median atlanto-axial joint',
      }
    case 'ligament': {
      if (!p.level) return WHOLE_NAMES[p.ligament as WholeLigament]
      const at = dash(p.level)
      if (p.ligament === 'flavum')
        return { plain: `Yellow band between the arches, ${at}`, detailed: `Ligamentum flavum, ${at}` }
      if (p.ligament === 'interspinous')
        return { plain: `Band between the back bumps, ${at}`, detailed: `Interspinous ligament, ${at}` }
      const side = capital(p.side ?? 'left')
      return {
        plain: `${side} band between the side wings, ${at}`,
        detailed: `${side} intertransverse ligament, ${at}`,
      }
    }
  }
}

/**
 * The 3D view's label for a neural structure when it is selected: 'Spinal cord', 'Left L5 root',
 * 'Lig. flavum L4–L5', 'Left SI joint'. Sides are words, not letters: 'L5 root L' read as a level, and the
 * initials ALL, LF, ISL and ITL meant nothing to a patient beside the spine.
 */
export function neuralShortLabel(id: NeuralId): string {
  const p = neural(id)
  const s = (side: Side | null) => (side === 'right' ? 'Right' : 'Left')
  switch (p.kind) {
    case 'cord':
      return 'Spinal cord'
    case 'cauda-equina':
      return 'Cauda equina'
    case 'nerve':
      return `${s(p.side)} ${p.root} root`
    case 'median-atlanto-axial':
      return 'Peg joint C1–C2'
    case 'occiput':
      return 'Skull base'
    case 'si-joint':
      return `${s(p.side)} SI joint`
    case 'ilium':
      return `${s(p.side)} ilium`
    case 'ligament': {
      if (!p.level) return WHOLE_NAMES[p.ligament as WholeLigament].short
      const at = dash(p.level)
      if (p.ligament === 'flavum') return `Lig. flavum ${at}`
      if (p.ligament === 'interspinous') return `Interspinous ${at}`
      return `${s(p.side)} intertransverse ${at}`
    }
  }
}

/** Every word a user might type for a structure, lower case. */
function searchTerms(id: NeuralId): string {
  const p = neural(id)
  const name = neuralName(id)
  const words = [id.toLowerCase(), name.plain.toLowerCase(), name.detailed.toLowerCase()]
  if (p.kind === 'nerve') words.push('nerve', 'root', 'spinal nerve', 'ganglion', 'drg', p.side)
  if (p.kind === 'cord') words.push('spinal cord', 'conus', 'medullaris', 'enlargement')
  if (p.kind === 'cauda-equina') words.push('cauda equina', 'horse tail', 'filum terminale', 'nerve roots')
  if (p.kind === 'ligament') words.push('ligament', p.ligament, ...(p.side ? [p.side] : []))
  // the dens is 'the peg' in the plain names: a student searching 'dens' or 'odontoid' finds what holds it
  if (p.kind === 'ligament' && PIVOT_LIGAMENTS.includes(p.ligament as WholeLigament))
    words.push('dens', 'odontoid', 'craniovertebral', ...(p.ligament === 'transverse-atlas' ? ['cruciform'] : []))
  if (p.kind === 'ligament' && ATLANTO_OCCIPITAL_MEMBRANES.includes(p.ligament as WholeLigament))
    words.push('membrane', 'atlanto-occipital', 'atlantooccipital', 'occiput', 'skull')
  if (p.kind === 'si-joint') words.push('sacroiliac', 'si joint', 'sij', 'pelvis', p.side)
  if (p.kind === 'ilium') words.push('ilium', 'hip bone', 'pelvis', 'iliac crest', p.side)
  if (p.kind === 'occiput')
    words.push('skull', 'occiput', 'occipital', 'foramen magnum', 'condyle', 'clivus', 'basion', 'opisthion', 'c0')
  if (p.kind === 'median-atlanto-axial')
    words.push('atlanto-axial', 'atlantoaxial', 'pivot', 'dens', 'odontoid', 'joint', 'atlantodental', 'adi')
  return words.join(' ').replaceAll('–', '-')
}
const TERMS = new Map<NeuralId, string>(NEURAL_IDS.map((id) => [id, searchTerms(id)]))
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Finds structures by id, name or word ('l5 root', 'flavum l4', 'sacroiliac left'); an exact id first. */
export function searchNeural(query: string): NeuralId[] {
  const q = query.trim().toLowerCase().replaceAll('–', '-')
  if (!q) return []
  const exact = parseNeuralId(q)
  const words = q.split(/\s+/)
  const matches = NEURAL_IDS.filter((id) => {
    const terms = TERMS.get(id) ?? ''
    return words.every((w) => new RegExp(`(^|[\\s(:-])${escapeRegExp(w)}`).test(terms))
  })
  if (exact) return [exact.id as NeuralId, ...matches.filter((id) => id !== exact.id)]
  return matches
}
