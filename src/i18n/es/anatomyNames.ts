/**
 * The anatomy's names in Spanish, generated from small tables (level × side × kind) the way the English ones
 * are (src/anatomy/names.ts, parts/, neural.ts). Terms follow the Spanish Terminologia Anatomica and the
 * glossary in shared/reference/spanish.md; plain names use common words, with the term after them where it
 * helps a patient learn it, as the English does.
 */
import { type BoneId, type JointUpper, type Side, type StructureId, structure } from '../../anatomy/ids'
import { type NerveRoot, type NeuralId, neural } from '../../anatomy/neural'
import { blankOut, type PartKind, parsePartId } from '../../anatomy/parts'
import type { TextPair } from '../overlay'

type Gender = 'm' | 'f'

/** Feminine ordinals, first to twelfth: 'cuarta vértebra', 'quinta costilla'. */
export const ORDINALS_F = [
  'primera',
  'segunda',
  'tercera',
  'cuarta',
  'quinta',
  'sexta',
  'séptima',
  'octava',
  'novena',
  'décima',
  'undécima',
  'duodécima',
]
const ORDINALS_M = ['primer', 'segundo', 'tercer', 'cuarto', 'quinto']
const REGION_WORD = { C: 'cervical', T: 'torácica', L: 'lumbar' } as const
const COMMON: Partial<Record<StructureId, string>> = {
  C1: 'atlas',
  C2: 'axis',
  C7: 'vértebra prominente',
  coccyx: 'coxis',
}

export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const dash = (upper: JointUpper, lower: string) => `${upper}–${lower}`

/** 'izquierdo', 'derecha': the side agrees with the noun it follows. */
export const sideEs = (side: Side, gender: Gender): string =>
  side === 'left' ? (gender === 'm' ? 'izquierdo' : 'izquierda') : gender === 'm' ? 'derecho' : 'derecha'

export function structureNameEs(id: StructureId): string {
  const p = structure(id)
  switch (p.kind) {
    case 'vertebra': {
      const n = Number(p.level.slice(1))
      return `${capital(ORDINALS_F[n - 1] ?? '')} vértebra ${REGION_WORD[p.level[0] as 'C' | 'T' | 'L']} (${p.level})`
    }
    case 'sacrum':
      return 'Sacro (S1–S5)'
    case 'coccyx':
      return 'Coxis (Co1–Co4)'
    case 'disc':
      return `Disco intervertebral ${dash(p.joint.upper, p.joint.lower)}`
    case 'facet': {
      const side = sideEs(p.side, 'f')
      if (p.joint.upper === 'C0') return `Articulación atlantooccipital ${side} (C0–C1)`
      if (p.joint.upper === 'C1') return `Articulación atlantoaxial lateral ${side} (C1–C2)`
      return `Articulación facetaria ${dash(p.joint.upper, p.joint.lower)} ${side}`
    }
  }
}

/**
 * A side in a 3D label: 'izq.' / 'der.', the abbreviations Spanish clinical notes use. A bare 'I' read as a
 * lowercase l or the digit 1 in the labels' sans-serif ('L4–L5 I' looked like 'L4–L5 l'), and 'D' beside it
 * was a guess for the reader.
 */
const sideShort = (side: Side): string => (side === 'left' ? 'izq.' : 'der.')

/** 'L4', 'L4–L5', 'L4–L5 izq.' / 'L4–L5 der.'. */
export function shortLabelEs(id: StructureId): string {
  const p = structure(id)
  if (p.kind === 'vertebra') return p.level
  if (p.kind === 'sacrum') return 'Sacro'
  if (p.kind === 'coccyx') return 'Coxis'
  const levels = dash(p.joint.upper, p.joint.lower)
  return p.kind === 'disc' ? levels : `${levels} ${sideShort(p.side)}`
}

export const commonNameEs = (id: StructureId): string | undefined => COMMON[id]

// ——— parts ———

/**
 * A part kind's words: the term (`d`) and the plain noun (`p`), each with its gender; `{s}` marks where the
 * side goes (after the noun phrase when absent). The term shown after the plain name comes from `d` (`termOfEs`).
 */
interface PartWords {
  readonly d: string
  readonly dg: Gender
  readonly p: string
  readonly pg: Gender
}

const w = (d: string, dg: Gender, p: string, pg: Gender): PartWords => ({ d, dg, p, pg })

const PART_WORDS: Partial<Record<PartKind, PartWords>> = {
  body: w('Cuerpo', 'm', 'Bloque principal', 'm'),
  pedicle: w('Pedículo', 'm', 'Puente {s} de hueso', 'm'),
  lamina: w('Lámina', 'f', 'Placa trasera', 'f'),
  'superior-articular-process': w('Apófisis articular superior', 'f', 'Saliente {s} de arriba', 'm'),
  'superior-articular-facet': w('Carilla articular superior', 'f', 'Cara {s} de la articulación de arriba', 'f'),
  'inferior-articular-process': w('Apófisis articular inferior', 'f', 'Saliente {s} de abajo', 'm'),
  'inferior-articular-facet': w('Carilla articular inferior', 'f', 'Cara {s} de la articulación de abajo', 'f'),
  'transverse-process': w('Apófisis transversa', 'f', 'Brazo lateral', 'm'),
  'transverse-foramen': w('Agujero transverso', 'm', 'Agujero lateral', 'm'),
  'uncinate-process': w('Apófisis unciforme', 'f', 'Borde elevado', 'm'),
  'spinous-process': w('Apófisis espinosa', 'f', 'Punta de atrás', 'f'),
  'spinous-tubercle': w('Tubérculo {s} de la apófisis espinosa bífida', 'm', 'Bulto {s} de la punta de atrás', 'm'),
  'transverse-costal-facet': w('Carilla costal transversa', 'f', 'Cara {s} para la costilla en el brazo', 'f'),
  'mammillary-process': w('Apófisis mamilar', 'f', 'Bulto {s} para un músculo', 'm'),
  'accessory-process': w('Apófisis accesoria', 'f', 'Espina pequeña', 'f'),
  'costal-facet': w('Carilla costal', 'f', 'Cara {s} para la costilla', 'f'),
  'costal-facet-lower': w('Hemicarilla costal inferior', 'f', 'Cara {s} de abajo para la costilla', 'f'),
  'anterior-arch': w('Arco anterior', 'm', 'Arco de delante', 'm'),
  'anterior-tubercle': w('Tubérculo anterior', 'm', 'Bulto de delante', 'm'),
  'lateral-mass': w('Masa lateral', 'f', 'Bloque lateral', 'm'),
  'posterior-arch': w('Arco posterior', 'm', 'Arco de atrás', 'm'),
  'posterior-tubercle': w('Tubérculo posterior', 'm', 'Bulto de atrás', 'm'),
  ala: w('Ala', 'f', 'Ala', 'f'),
  'lateral-part': w('Porción lateral', 'f', 'Columna lateral', 'f'),
  'auricular-surface': w('Superficie auricular', 'f', 'Cara {s} en forma de oreja', 'f'),
  cornu: w('Asta', 'f', 'Cuerno pequeño', 'm'),
}

/** 'de L4', 'del sacro', 'del coxis' (plain) / 'del cóccix'. */
function ofBone(bone: string, detailed: boolean): string {
  if (bone === 'sacrum') return 'del sacro'
  if (bone === 'coccyx') return detailed ? 'del cóccix' : 'del coxis'
  return `de ${bone}`
}

/** The noun with the side in its place ('Pedículo izquierdo', 'Saliente izquierdo de arriba'). */
function withSide(noun: string, gender: Gender, side: Side | null): string {
  const s = side ? sideEs(side, gender) : ''
  const placed = noun.includes('{s}') ? noun.replace('{s}', s) : `${noun} ${s}`
  return placed.replace(/\s+/g, ' ').trim()
}

function namedPart(words: PartWords, bone: string, side: Side | null): TextPair {
  return {
    plain: `${withSide(words.p, words.pg, side)} ${ofBone(bone, false)}`,
    detailed: `${withSide(words.d, words.dg, side)} ${ofBone(bone, true)}`,
  }
}

/**
 * The term of a detailed Spanish name without its side and bone ('Apófisis articular superior izquierda de L4'
 * gives 'apófisis articular superior'), shown after the plain name as the English names show theirs.
 */
function termOfEs(detailed: string): string {
  const term = detailed
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/ (izquierd|derech)[oa]s?\b/, '')
    .replace(/ (de|del|en) (sacro|cóccix|[CTLS]\d+)$/, '')
  return /^[A-ZÁÉÍÓÚ][a-záéíóúñ]/.test(term) ? term.charAt(0).toLowerCase() + term.slice(1) : term
}

/** A part's name in Spanish, its plain name ending in its term; null for an unknown id. */
export function partNameEs(id: string): TextPair | null {
  const name = partWordsEs(id)
  if (!name) return null
  const term = termOfEs(name.detailed)
  const said = name.plain.includes('(') || name.plain.toLowerCase().includes(term.toLowerCase())
  return said ? name : { plain: `${name.plain} (${term})`, detailed: name.detailed }
}

/** A part's plain and detailed words in Spanish, before the term is added; null for an unknown id. */
function partWordsEs(id: string): TextPair | null {
  const parsed = parsePartId(id)
  if (!parsed) return null
  const { bone, part, side } = parsed
  const n = Number(bone.slice(1))
  const sacral = /^body-s(\d)$/.exec(part)
  if (sacral) {
    const s = Number(sacral[1])
    return { plain: `Bloque de S${s}, el ${ORDINALS_M[s - 1]} hueso del sacro`, detailed: `Cuerpo de S${s}` }
  }
  const foramen = /^(pelvic|dorsal)-foramen-s(\d)$/.exec(part)
  if (foramen) {
    const s = Number(foramen[2])
    const left = side ? ` ${sideEs(side, 'm')}` : ''
    return foramen[1] === 'pelvic'
      ? {
          plain: `Agujero delantero${left} del nervio S${s}, en el sacro`,
          detailed: `Agujero sacro anterior S${s}${left}`,
        }
      : {
          plain: `Agujero trasero${left} del nervio S${s}, en el sacro`,
          detailed: `Agujero sacro posterior S${s}${left}`,
        }
  }
  const segment = /^segment-co(\d)$/.exec(part)
  if (segment) {
    const s = Number(segment[1])
    const word = capital(ORDINALS_M[s - 1] ?? '')
    return { plain: `${word} hueso del coxis (Co${s})`, detailed: `${word} segmento coccígeo (Co${s})` }
  }
  switch (part) {
    case 'vertebral-foramen':
      return { plain: `Canal de la columna en ${bone}`, detailed: `Agujero vertebral de ${bone}` }
    case 'dens':
      return { plain: 'Diente de C2', detailed: 'Diente de C2 (apófisis odontoides)' }
    case 'dens-facet':
      return { plain: 'Cara de delante del diente de C2', detailed: 'Carilla articular anterior del diente de C2' }
    case 'facet-for-dens':
      return { plain: 'Cara para el diente, en C1', detailed: 'Carilla para el diente en C1 (fosita del diente)' }
    case 'costal-facet-upper':
      // T1 has a whole facet above, T2–T9 a half one (as the English names it)
      return namedPart(
        w(
          n === 1 ? 'Carilla costal superior' : 'Hemicarilla costal superior',
          'f',
          'Cara {s} de arriba para la costilla',
          'f',
        ),
        bone,
        side,
      )
    case 'promontory':
      return { plain: 'Borde alto de delante del sacro', detailed: 'Promontorio del sacro' }
    case 'canal':
      return { plain: 'Canal de los nervios del sacro', detailed: 'Conducto sacro' }
    case 'laminae':
      return { plain: 'Pared de atrás del sacro', detailed: 'Láminas fusionadas del sacro' }
    case 'median-crest':
      return { plain: 'Cresta del medio del sacro', detailed: 'Cresta sacra media' }
    case 'hiatus':
      return { plain: 'Hueco al final del sacro', detailed: 'Hiato sacro' }
  }
  const words = PART_WORDS[part]
  return words ? namedPart(words, bone, side) : null
}

type Article = 'el' | 'la' | 'las'
const article = (g: Gender, noun: string): Article => (g === 'm' || /^(a|ha)l?a\b/i.test(noun) ? 'el' : 'la')

/** The definite article of a part's plain and detailed name ('el pedículo', 'la lámina', 'el ala'). */
function partArticles(id: string): { plain: Article; detailed: Article } | null {
  const parsed = parsePartId(id)
  if (!parsed) return null
  const { part } = parsed
  if (part === 'laminae') return { plain: 'la', detailed: 'las' }
  if (
    /^(body-s|pelvic-foramen-s|dorsal-foramen-s|segment-co)/.test(part) ||
    ['vertebral-foramen', 'dens', 'promontory', 'canal', 'hiatus'].includes(part)
  )
    return { plain: 'el', detailed: 'el' }
  if (['dens-facet', 'facet-for-dens', 'costal-facet-upper', 'median-crest'].includes(part))
    return { plain: 'la', detailed: 'la' }
  const words = PART_WORDS[part]
  return words ? { plain: article(words.pg, words.p), detailed: article(words.dg, words.d) } : null
}

// ——— the cord, roots, ligaments, sacroiliac joints and ilia ———

const WHOLE_NAMES: Readonly<Record<string, TextPair & { readonly short: string }>> = {
  'anterior-atlanto-occipital': {
    plain: 'Membrana del frente de C1 hasta el cráneo (membrana atlanto-occipital anterior)',
    detailed: 'Membrana atlantooccipital anterior',
    short: 'Memb. atlantooccipital ant.',
  },
  'posterior-atlanto-occipital': {
    plain: 'Membrana de la parte de atrás de C1 hasta el cráneo (membrana atlanto-occipital posterior)',
    detailed: 'Membrana atlantooccipital posterior',
    short: 'Memb. atlantooccipital post.',
  },
  'anterior-longitudinal': {
    plain: 'Banda larga por delante de la columna',
    detailed: 'Ligamento longitudinal anterior',
    short: 'Lig. longitudinal ant.',
  },
  'posterior-longitudinal': {
    plain: 'Banda larga por detrás de los huesos, dentro del canal',
    detailed: 'Ligamento longitudinal posterior',
    short: 'Lig. longitudinal post.',
  },
  supraspinous: {
    plain: 'Banda sobre las puntas de las vértebras',
    detailed: 'Ligamento supraespinoso',
    short: 'Lig. supraespinoso',
  },
  nuchae: { plain: 'Banda de la nuca', detailed: 'Ligamento nucal (ligamentum nuchae)', short: 'Lig. nucal' },
  'transverse-atlas': {
    plain: 'Banda de C1 que sujeta la clavija de C2 (ligamento transverso)',
    detailed: 'Ligamento transverso del atlas',
    short: 'Lig. transverso del atlas',
  },
  alar: {
    plain: 'Dos cordones de la clavija de C2 al cráneo (ligamentos alares)',
    detailed: 'Ligamentos alares (izquierdo y derecho)',
    short: 'Ligs. alares',
  },
  apical: {
    plain: 'Cordón fino de la punta de la clavija de C2 al cráneo (ligamento del vértice)',
    detailed: 'Ligamento del vértice del diente',
    short: 'Lig. del vértice',
  },
  tectorial: {
    plain: 'Membrana detrás de la clavija de C2, hasta el cráneo (membrana tectoria)',
    detailed: 'Membrana tectoria',
    short: 'Membrana tectoria',
  },
}

export function neuralNameEs(id: NeuralId): TextPair {
  const p = neural(id)
  switch (p.kind) {
    case 'cord':
      return { plain: 'Médula espinal', detailed: 'Médula espinal (medulla spinalis)' }
    case 'cauda-equina':
      return {
        plain: 'Haz de raíces nerviosas bajo la médula (cola de caballo)',
        detailed: 'Cola de caballo (cauda equina)',
      }
    case 'nerve':
      return {
        plain: `Raíz nerviosa ${p.root} ${sideEs(p.side, 'f')}`,
        detailed: `Raíz del nervio espinal ${p.root} ${sideEs(p.side, 'f')}`,
      }
    case 'si-joint':
      return {
        plain: `Unión ${sideEs(p.side, 'f')} del sacro con la pelvis`,
        detailed: `Articulación sacroilíaca ${sideEs(p.side, 'f')}`,
      }
    case 'ilium':
      return {
        plain: `Hueso ${sideEs(p.side, 'm')} de la cadera, parte de arriba`,
        detailed: `Ilion ${sideEs(p.side, 'm')}`,
      }
    case 'occiput':
      return { plain: 'Base del cráneo (hueso occipital)', detailed: 'Hueso occipital, base del cráneo' }
    case 'median-atlanto-axial':
      return {
        plain: 'Articulación entre la clavija de C2 y el frente de C1 (articulación atlantoaxial media)',
        detailed: 'Articulación atlantoaxial media',
      }
    case 'ligament': {
      const whole = WHOLE_NAMES[p.ligament]
      if (!p.level && whole) return { plain: whole.plain, detailed: whole.detailed }
      const at = p.level ? `${p.level.upper}–${p.level.lower}` : ''
      if (p.ligament === 'flavum')
        return { plain: `Banda amarilla entre los arcos, ${at}`, detailed: `Ligamento amarillo, ${at}` }
      if (p.ligament === 'interspinous')
        return { plain: `Banda entre las puntas de las vértebras, ${at}`, detailed: `Ligamento interespinoso, ${at}` }
      return {
        plain: `Banda ${sideEs(p.side ?? 'left', 'f')} entre los brazos laterales, ${at}`,
        detailed: `Ligamento intertransverso ${sideEs(p.side ?? 'left', 'm')}, ${at}`,
      }
    }
  }
}

/** The 3D view's label for a selected neural structure: 'Médula espinal', 'Raíz L5 izq.', 'Lig. amarillo L4–L5'. */
export function neuralShortLabelEs(id: NeuralId): string {
  const p = neural(id)
  const s = (side: Side | null) => sideShort(side ?? 'left')
  switch (p.kind) {
    case 'cord':
      return 'Médula espinal'
    case 'cauda-equina':
      return 'Cola de caballo'
    case 'nerve':
      return `Raíz ${p.root} ${s(p.side)}`
    case 'si-joint':
      return `Sacroilíaca ${s(p.side)}`
    case 'ilium':
      return `Ilion ${s(p.side)}`
    case 'median-atlanto-axial':
      return 'Pivote C1–C2'
    case 'occiput':
      return 'Base del cráneo'
    case 'ligament': {
      const whole = WHOLE_NAMES[p.ligament]
      if (!p.level && whole) return whole.short
      const at = p.level ? `${p.level.upper}–${p.level.lower}` : ''
      if (p.ligament === 'flavum') return `Lig. amarillo ${at}`
      if (p.ligament === 'interspinous') return `Lig. interespinoso ${at}`
      return `Lig. intertransverso ${at} ${s(p.side)}`
    }
  }
}

/** The flashcards' sentences around a name. */
export const DECK_ES = {
  boneFront: (bone: BoneId, regional: boolean): TextPair => {
    const name = structureNameEs(bone)
    if (regional) {
      const [plain, anatomical] =
        bone[0] === 'C'
          ? ['del cuello', 'cervicales']
          : bone[0] === 'T'
            ? ['de la parte alta de la espalda', 'torácicas']
            : ['de la parte baja de la espalda', 'lumbares']
      return {
        plain: `¿Qué tiene ${bone} en común con los demás huesos ${plain}?`,
        detailed: `¿Qué comparten las vértebras ${anatomical}, como ${bone}?`,
      }
    }
    const the = bone === 'sacrum' ? 'al sacro' : bone === 'coccyx' ? 'al cóccix' : `a la ${lowerFirst(name)}`
    return {
      plain: `¿Qué tiene de especial ${shortLabelEs(bone) === 'Sacro' ? 'el sacro' : bone === 'coccyx' ? 'el coxis' : bone}?`,
      detailed: `¿Qué caracteriza ${the}?`,
    }
  },
  partFront: (id: string): TextPair => {
    const name = partNameEs(id)
    const articles = partArticles(id)
    if (!name || !articles) return { plain: '', detailed: '' }
    const ask = (article: Article, text: string) =>
      `¿Qué ${article === 'las' ? 'son' : 'es'} ${article} ${lowerFirst(text)}?`
    return { plain: ask(articles.plain, name.plain), detailed: ask(articles.detailed, name.detailed) }
  },
  /**
   * A part card the other way round: the part's description, its name blanked out of it, and its name (either
   * side) as the answer; null for an unknown id. As the English `namePartCards` (study/deck.ts).
   */
  namePart: (id: string, what: TextPair): { front: TextPair; back: TextPair } | null => {
    const name = partNameEs(id)
    const parsed = parsePartId(id)
    const articles = partArticles(id)
    if (!name || !parsed || !articles) return null
    // the term and the other name in brackets ('apófisis odontoides'); not the term's first words, as the English
    // blanks 'superior articular': here they are the noun it shares with its partner ('la apófisis articular
    // superior de C6' on the card of C5's inferior one)
    const other = /\(([^()]*)\)\s*$/.exec(name.detailed)?.[1]
    const hidden = [termOfEs(name.detailed), ...(other ? [other] : [])]
    const of = ofBone(parsed.bone, false)
    const noSide = (text: string) => capital(text.replace(/ (izquierd|derech)[oa]s?(?!\p{L})/u, ''))
    return {
      front: {
        plain: `¿Qué parte ${of} es esta? ${blankOut(what.plain, hidden)}`,
        detailed: `Diga el nombre de esta parte ${of}: ${blankOut(what.detailed, hidden)}`,
      },
      // 'Es la placa trasera de L4 (lámina).': a sentence a patient reads, as the English 'It is the …'
      back: {
        plain: `${articles.plain === 'las' ? 'Son' : 'Es'} ${articles.plain} ${lowerFirst(noSide(name.plain))}.`,
        detailed: `${noSide(name.detailed)}.`,
      },
    }
  },
  /** A part lit up on the model, to be named; null for an unknown id. As the English `spotPartCards` (study/deck.ts). */
  spotPart: (id: string): { front: TextPair; back: TextPair } | null => {
    const name = partNameEs(id)
    const parsed = parsePartId(id)
    const articles = partArticles(id)
    if (!name || !parsed || !articles) return null
    const of = ofBone(parsed.bone, false)
    const noSide = (text: string) => capital(text.replace(/ (izquierd|derech)[oa]s?(?!\p{L})/u, ''))
    return {
      front: {
        plain: `¿Qué parte ${of} se ve en rosa en el modelo?`,
        detailed: `Diga el nombre de la parte ${of} que se muestra en rosa en el modelo.`,
      },
      back: {
        plain: `${articles.plain === 'las' ? 'Son' : 'Es'} ${articles.plain} ${lowerFirst(noSide(name.plain))}.`,
        detailed: `${noSide(name.detailed)}.`,
      },
    }
  },
  rootFront: (root: NerveRoot): TextPair => ({
    plain: `¿Por dónde sale de la columna la raíz nerviosa ${root}?`,
    detailed: `¿Por dónde sale de la columna vertebral la raíz del nervio espinal ${root}?`,
  }),
  rootExamFront: (root: NerveRoot): TextPair => ({
    plain: `¿Cómo revisa el médico la raíz nerviosa ${root}?`,
    detailed: `¿Cómo se explora la raíz ${root}: punto sensitivo clave, músculo clave y reflejo?`,
  }),
}

const lowerFirst = (s: string) => (/^[A-Z]\d/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1))
