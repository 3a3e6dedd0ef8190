import { createIntl } from 'react-intl'
import { describe, expect, it } from 'vitest'
import { type Region, STRUCTURE_IDS, structure } from '../../src/anatomy/ids'
import { structureInfo } from '../../src/anatomy/info'
import { NEURAL_IDS, neural } from '../../src/anatomy/neural'
import { neuralInfo } from '../../src/anatomy/neuralInfo'
import { allPartIds, partInfo } from '../../src/anatomy/parts'
import { EN_MESSAGES, type MessageId } from '../../src/i18n/en'
import { ANATOMY_ES } from '../../src/i18n/es/anatomy'
import { CAVITATION_ES } from '../../src/i18n/es/cavitation'
import { CONDITIONS_ES } from '../../src/i18n/es/conditions'
import { FAQ_ES } from '../../src/i18n/es/faq'
import { ES_MESSAGES } from '../../src/i18n/es/messages'
import { QUIZ_ES } from '../../src/i18n/es/quiz'
import { SOUNDS_ES } from '../../src/i18n/es/sounds'
import { STRETCHES_ES } from '../../src/i18n/es/stretches'
import { localizeShortLabel } from '../../src/i18n/overlay'

/**
 * The Spanish that a fresh bilingual review changed (issue 11), held against its old wording: each test
 * fails on the text it replaced. The safety texts' own decisions are in ./safetyWordingEs.test.ts.
 */

const es = ANATOMY_ES

type Pair = readonly [english: string, spanish: string]
const both = (en: { plain: string; detailed: string }, sp: { plain: string; detailed: string }): Pair[] => [
  [en.plain, sp.plain],
  [en.detailed, sp.detailed],
]

/** Every anatomy text beside its English: the bones', discs' and joints' facts, the parts, the cord and the rest. */
const ANATOMY: readonly Pair[] = [
  ...STRUCTURE_IDS.flatMap((id) => {
    const spanish = es.structureFacts(id)
    return structureInfo(id).facts.flatMap((f, i) => both(f, spanish[i]!))
  }),
  ...allPartIds().flatMap((id) => {
    const english = partInfo(id)!
    const spanish = es.part(id)!
    return [...both(english.what, spanish.what), ...both(english.nextTo, spanish.nextTo)]
  }),
  ...NEURAL_IDS.flatMap((id) => {
    const spanish = es.neuralFacts(id)
    return neuralInfo(id).facts.flatMap((f, i) => both(f, spanish[i]!))
  }),
]
const anatomyEs = ANATOMY.map(([, sp]) => sp)

/** “Casi siempre”, “casi todos”: stronger than the English “most”, “usually”, unless the English says so too. */
const ALMOST_ALL_ES = /\bcasi (siempre|todos|todas|toda|todo)\b/i
const ALMOST_ALL_EN = /\b(almost|nearly) (always|all|every)/i

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
    // 'L4–L5 izq.' beside 'L4–L5 left'; a spelled-out 'izquierda' would be longer still
    const long = STRUCTURE_IDS.filter(
      (id) => (localizeShortLabel(id, es) ?? '').length > (localizeShortLabel(id, undefined) ?? '').length + 3,
    )
    expect(long).toEqual([])
    // a selected cord, root or ligament is labelled in words ('Lig. interespinoso L4–L5' beside
    // 'Interspinous L4–L5'): at most six characters longer, and never past 34
    expect(
      NEURAL_IDS.filter((id) => {
        const label = localizeShortLabel(id, es) ?? ''
        return label.length > Math.min(34, (localizeShortLabel(id, undefined) ?? '').length + 6)
      }),
    ).toEqual([])
  })
})

describe('the anatomy in Spanish says what the English says', () => {
  it('has every text to compare (facts, parts, the cord and the rest)', () => {
    expect(ANATOMY.length).toBeGreaterThan(2000)
  })

  it('says “most” and “usually” as the English does, never the stronger “casi siempre” or “casi todos”', () => {
    const stronger = ANATOMY.filter(([en, sp]) => ALMOST_ALL_ES.test(sp) && !ALMOST_ALL_EN.test(en))
    expect(stronger).toEqual([])
    // the artery most often enters at C6: in 92 % of arteries, which the plain words do not round up
    expect(es.structureFacts('C7')[1]?.plain).toMatch(/suele entrar un hueso más arriba/)
  })

  it('sends the vertebral artery up to the top bone of the neck, not to “the bone above” (the next one up)', () => {
    const neck = es.structureFacts('C4')[1]?.plain
    expect(neck).toMatch(/suba hasta el primer hueso del cuello/)
    expect(neck).not.toMatch(/hueso de arriba/)
  })

  it('says a disc has no joint fluid, not no fluid at all (its soft core is mostly water)', () => {
    const disc = es.structureFacts('disc:L4-L5')[0]?.plain
    expect(disc).toMatch(/No tiene el líquido de las articulaciones/)
    expect(anatomyEs.filter((t) => /no tiene líquido dentro/i.test(t))).toEqual([])
  })

  it('tilts and stands joints upright with “inclinadas” and “en vertical”: “de pie” is said of people', () => {
    expect(es.structureFacts('C4')[2]?.plain).toMatch(/inclinadas más o menos a medio camino entre planas y verticales/)
    expect(es.structureFacts('L4')[1]?.plain).toMatch(/están en vertical/)
    expect(anatomyEs.filter((t) => /articulaciones[^.]* de pie/.test(t))).toEqual([])
  })

  it('lines the upper back’s joint faces up across the body (“de lado a lado”), facing back, never “flat”', () => {
    // “casi planas” read as lying level, beside a table giving 60° from the horizontal (a student's review)
    const t6 = es.structureFacts('T6')[1]?.plain
    expect(t6).toMatch(/miran sobre todo hacia atrás\. Se alinean de lado a lado, como las tejas/)
    expect(t6).not.toMatch(/planas/)
    expect(structureInfo('T6').facts[1]?.plain).not.toMatch(/flat/)
  })

  it('calls deep muscles “profundos”, as Spanish anatomy does, never “hondos” (said of water and holes)', () => {
    expect(anatomyEs.filter((t) => /\bhond[oa]s?\b/.test(t))).toEqual([])
    expect(es.part('L4/mammillary-process:left')?.what.plain).toMatch(/Un músculo profundo de la espalda/)
  })

  it('covers a joint face with a slick layer (“resbaladiza”), not a soft one (“suave”)', () => {
    for (const id of [
      'L4/superior-articular-facet:left',
      'L4/inferior-articular-facet:left',
      'sacrum/superior-articular-facet:left',
    ])
      expect(es.part(id)?.what.plain, id).toMatch(/Una capa resbaladiza la cubre/)
    expect(anatomyEs.filter((t) => /capa suave/.test(t))).toEqual([])
  })

  it('makes the verb agree with the nerve roots in front of a low lamina (“Las raíces nerviosas están”)', () => {
    expect(es.part('L3/lamina:left')?.nextTo.plain).toMatch(/Las raíces nerviosas están justo delante\./)
    expect(es.part('T6/lamina:left')?.nextTo.plain).toMatch(/La médula espinal está justo delante\./)
    expect(anatomyEs.filter((t) => /\blas raíces nerviosas está(?!n)/i.test(t))).toEqual([])
  })

  it('calls the interspinous ligament a sheet of tissue (“hoja”), since “lámina” is the bone’s lamina, and keeps it feminine', () => {
    const [what, size] = es.neuralFacts('ligament:interspinous:L4-L5')
    expect(what?.plain).toMatch(/^Una hoja fina de tejido une las puntas/)
    expect(size?.plain).toMatch(/es muy fina, de menos de 1 mm\. Es más gruesa abajo del todo/)
    expect(anatomyEs.filter((t) => /\buna lámina fina\b/i.test(t))).toEqual([])
  })

  it('calls the membranes at the top of the neck “membrana”, never “lámina” (the bone’s lamina, named in the same panel)', () => {
    for (const id of [
      'ligament:anterior-atlanto-occipital',
      'ligament:posterior-atlanto-occipital',
      'ligament:tectorial',
    ] as const) {
      expect(es.neuralName(id).plain, id).toMatch(/^Membrana /)
      expect(es.neuralFacts(id)[0]?.plain, id).toMatch(/^Una membrana ancha/)
    }
    expect(anatomyEs.filter((t) => /\buna lámina ancha\b/i.test(t))).toEqual([])
  })

  it('has a root start (“nace”) from the cord and leave (“sale”) through its gap, not “sale” for both', () => {
    expect(es.neuralFacts('nerve:C6:left')[2]?.plain).toMatch(/^Esta raíz nace de la médula un hueso más arriba/)
    expect(es.neuralFacts('cord')[5]?.plain).toMatch(
      /cada par nace de la médula bastante más arriba del hueco por donde sale/,
    )
    expect(anatomyEs.filter((t) => /sale de la (punta baja de la )?médula/.test(t))).toEqual([])
  })

  it('has the two cornua complete the foramen for S5’s dorsal ramus together (not “articulaciones”)', () => {
    expect(es.part('coccyx/cornu:left')?.nextTo.detailed).toMatch(/asta sacra; entre las dos completan el agujero/)
  })

  it('keeps the ganglion’s nerve cells for all feeling, not only touch (“del tacto”)', () => {
    const ganglion = es.neuralFacts('nerve:L4:left')[1]?.plain
    expect(ganglion).toMatch(/las células de los nervios que sienten/)
    expect(anatomyEs.filter((t) => /nervios del tacto/.test(t))).toEqual([])
  })

  it('counts C7 as the root hit most often, not the one that “suffers” most', () => {
    const c7 = es.neuralFacts('nerve:C7:left').find((f) => /561/.test(f.plain))?.plain
    expect(c7).toMatch(/C7 fue la raíz afectada más a menudo/)
  })

  it('says where the cord is thinnest (“donde es más fina”), not merely thinner', () => {
    expect(es.neuralFacts('cord')[4]?.plain).toMatch(/En medio de la espalda es donde es más fina/)
  })

  it('gives the superior articular process the lower face of the joint: its superior facet, not the “carilla articular inferior”', () => {
    const lower = CAVITATION_ES.tissues.lowerProcess.detailed
    expect(lower).toMatch(/la cara inferior de la articulación \(su carilla articular superior\)/)
    expect(lower).not.toMatch(/lleva la carilla articular inferior/)
  })
})

/** Every string under a value, depth first (the overlays are plain objects, arrays and strings). */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value !== null && typeof value === 'object'
      ? Object.values(value).flatMap(stringsIn)
      : []

describe('the close-up, the sounds and the quiz in Spanish say what the English says', () => {
  const soundsEs = stringsIn(SOUNDS_ES)

  it('asks the reader to press Play to pull the faces apart, not “Así se separan” (this is how they part)', () => {
    expect(CAVITATION_ES.phases.ready).toBe('Pulse Reproducir para que las dos caras se separen.')
  })

  it('matches the model’s sound to real knuckle cracks in loudness and pitch, not as “agudo” (high-pitched)', () => {
    const evidence = CAVITATION_ES.explanations['partial-collapse'].evidence.plain
    expect(evidence).toMatch(/tan fuerte como el de los nudillos reales, y con el mismo tono/)
    expect(evidence).not.toMatch(/agudo/)
  })

  it('reads the sound plot as a percentage of its loudest point, not as “una parte” (a part) of it', () => {
    const n = { duration: '300', onset: '40', first: '0', lowest: '-100', highest: '100', last: '0', pop: '5' }
    expect(CAVITATION_ES.plots.sound.caption.plain).toMatch(/^En porcentaje de su punto más fuerte\./)
    expect(CAVITATION_ES.plotSummary('sound', n, false)).toMatch(/en porcentaje de su punto más fuerte/)
    expect(stringsIn(CAVITATION_ES).filter((t) => /parte de su punto más fuerte/i.test(t))).toEqual([])
  })

  it('covers the joint faces with a smooth, slick layer (“lisa y resbaladiza”), not a soft one', () => {
    expect(CAVITATION_ES.tissues.cartilage.plain).toMatch(/lisa y resbaladiza/)
  })

  it('lets a back joint pop more than once in one treatment (“en un mismo tratamiento”), not “in a row” or within “the same movement”', () => {
    // "seguidas" (in a row) read as leave to crack it again and again (a content review, s38)
    expect(SOUNDS_ES.mechanisms.cavitation?.concern.plain).toMatch(/más de una vez en un mismo tratamiento/)
    expect(SOUNDS_ES.normal.gap?.plain).toMatch(/más de una vez en un mismo tratamiento/)
    expect(soundsEs.filter((t) => /dos o más veces seguidas/.test(t))).toEqual([])
    expect(soundsEs.filter((t) => /en el mismo movimiento/.test(t))).toEqual([])
  })

  it('cracks a joint with “hacer crujir”: “crujir” takes no object', () => {
    expect(SOUNDS_ES.myths.again?.myth.plain).toBe('Puede volver a hacer crujir la misma articulación al momento.')
    const withObject = /(?<!\b(hac|hag)\p{L}* )crujir (el|la|los|las|su|sus|mi|mis)\b/iu
    expect(soundsEs.filter((t) => withObject.test(t))).toEqual([])
  })

  it('says a friend cannot check for warning signs first (“comprobar”), not merely “ver” (see) them', () => {
    expect(SOUNDS_ES.risks.untrained?.plain).toMatch(/no puede comprobar antes si hay signos de alarma/)
  })

  it('sends lasting stiffness to a doctor or a physio (“fisioterapeuta”), not an unnamed “terapeuta”', () => {
    expect(SOUNDS_ES.risks.professional?.plain).toMatch(/a un médico o a un fisioterapeuta\./)
  })

  it('calls the dens a peg (“clavija”), as the anatomy does: “punta” is the plain name of the spinous process', () => {
    const dens = QUIZ_ES.questions['feature:dens']?.explanationPlain
    expect(dens).toMatch(/una clavija de hueso que sube desde C2/)
    expect(dens).not.toMatch(/una punta/)
  })
})

describe('the conditions, the questions people ask and the interface in Spanish say what the English says', () => {
  const faq = (id: string) => FAQ_ES.entries[id as keyof typeof FAQ_ES.entries]

  it('never rounds “most” up to “casi todos” or “casi siempre” in the conditions, the questions, the sounds, the close-up or the quiz (no English text there says “almost all”)', () => {
    const texts = [CONDITIONS_ES, FAQ_ES, SOUNDS_ES, CAVITATION_ES, QUIZ_ES].flatMap(stringsIn)
    expect(texts.length).toBeGreaterThan(300)
    expect(texts.filter((t) => ALMOST_ALL_ES.test(t))).toEqual([])
    expect(CONDITIONS_ES['herniation-c5-c6'].helps.plain).toMatch(/^La mayoría mejora con el tiempo\./)
    expect(faq('acute-back-pain')?.answer[0]?.plain).toMatch(/^La mayoría de los dolores nuevos/)
  })

  it('speaks of “people who are pregnant”, as the English does, not of “every woman”', () => {
    expect(faq('pregnancy')?.answer[0]?.plain).toMatch(/a la mayoría de las personas que esperan un bebé/)
  })

  it('says no study has tested the habit worry (“puesto a prueba”), not that none has proved it', () => {
    expect(faq('self-cracking')?.answer[2]?.plain).toMatch(/Ningún estudio lo ha puesto a prueba\./)
  })

  it('lets a low back joint pop more than once in one treatment, as the sounds do', () => {
    expect(faq('neck-vs-back')?.answer[3]?.plain).toMatch(/puede sonar más de una vez en un mismo tratamiento\./)
    expect(stringsIn(FAQ_ES).filter((t) => /en el mismo movimiento/.test(t))).toEqual([])
  })

  it('calls hands-on care “tratamiento con las manos”: “trato” is how one treats a person (manners), not a treatment', () => {
    expect(faq('why-it-feels-good')?.answer[1]?.plain).toMatch(/^El tratamiento con las manos también actúa/)
    expect(faq('physio-chiro')?.answer[2]?.plain).toMatch(/usar el tratamiento con las manos solo junto con ejercicio/)
    expect(stringsIn(FAQ_ES).filter((t) => /\btrato\b/.test(t))).toEqual([])
  })

  it('says under-45s were also more likely to have seen a family doctor (“igualmente mayor”), not just “a similar likelihood”', () => {
    expect(faq('neck-vs-back')?.answer[1]?.detailed).toMatch(
      /y una probabilidad igualmente mayor de haber visto a un médico de atención primaria;/,
    )
  })

  it('names physios and chiropractors in the question, as the English does, for a reader looking for them', () => {
    expect(faq('physio-chiro')?.question.plain).toBe(
      '¿Qué hace un fisioterapeuta? ¿Y un quiropráctico? ¿Sirve de algo?',
    )
  })

  it('lists the slip’s symptoms as some of them (“entre los síntomas están”), as “include” does, not as all of them', () => {
    expect(CONDITIONS_ES['spondylolisthesis-l5-s1-isthmic'].feelsLike.detailed).toMatch(
      /entre los síntomas están la lumbalgia y el dolor radicular/,
    )
  })

  it('keeps what the English says of a slip and a neck root: what the 35 parts are a share of, why the bone cracks, what goes numb', () => {
    // a Spanish review, s38: each had lost part of the English
    expect(CONDITIONS_ES['spondylolisthesis-l5-s1-isthmic'].grade?.plain).toMatch(
      /se ha deslizado hacia delante sobre el de abajo: \d+ de cada 100 partes de lo que este mide de delante atrás\./,
    )
    expect(CONDITIONS_ES['spondylolisthesis-l5-s1-isthmic'].what.plain).toMatch(
      /tiene una grieta, muchas veces por el esfuerzo repetido durante años\./,
    )
    expect(CONDITIONS_ES['herniation-c5-c6'].warning.plain).toMatch(/si el brazo o la mano se le duerme cada vez más/)
  })

  it('uses the words every region reads: “articulación facetaria” (not “faceta”), “ACV” (not Spain’s “ictus”), and no “su propio cuello” for a body part', () => {
    const texts = [CONDITIONS_ES, FAQ_ES, SOUNDS_ES].flatMap(stringsIn)
    expect(texts.filter((t) => /\bfacetas?\b/.test(t))).toEqual([])
    expect(texts.filter((t) => /\bictus\b/.test(t))).toEqual([])
    expect(texts.filter((t) => /\bsu propi[oa]\b|\bmi (espalda|cuello)\b|\bsus dedos\b/.test(t))).toEqual([])
    expect(faq('self-cracking')?.question.plain).toMatch(/^¿Está bien que me haga crujir la espalda o el cuello\?/)
    expect(SOUNDS_ES.myths.arthritis?.myth.plain).toBe('Si se hace crujir los dedos o la espalda, le saldrá artrosis.')
  })

  it('says whose top tilts 41°: the sacrum’s (“la cara de arriba del sacro”), not “su parte de arriba”, read as the reader’s', () => {
    expect(es.structureFacts('sacrum')[1]?.plain).toMatch(
      /^Cuando usted está de pie, la cara de arriba del sacro se inclina/,
    )
  })

  it('names the tailbone “coxis” wherever a patient meets it, as the toolbar does, not “cóccix” beside it', () => {
    expect(es.structureName('sacrum')).toBe('Sacro (S1–S5)')
    expect(es.structureName('coccyx')).toBe('Coxis (Co1–Co4)')
    expect(localizeShortLabel('coccyx', es)).toBe('Coxis')
    expect(ES_MESSAGES['group.coccyx']).toBe('Coxis')
  })

  it('dates the neck study’s outcome “about five years later” (“unos cinco años después”; the median was 4.9), not at five years exactly', () => {
    expect(CONDITIONS_ES['herniation-c5-c6'].course.plain).toMatch(/unos cinco años después\./)
  })

  it('keeps the English’s “people call it a slipped disc” in the L4–L5 herniation, so “the disc stays in place” answers something', () => {
    expect(CONDITIONS_ES['herniation-l4-l5-posterolateral'].what.plain).toMatch(
      /Se suele decir que el disco “se salió”, pero el disco en sí no se mueve de su sitio\./,
    )
  })

  it('suggests a Spanish word when a search finds nothing (the Spanish search reads “disco”), not “una palabra en inglés”', () => {
    expect(ES_MESSAGES['tree.none']).toMatch(/o una palabra, como “disco”, “cuello” o “crujido”\./)
    // each word it suggests finds something
    for (const word of ['disco', 'cuello', 'crujido']) expect(es.search(word).length, word).toBeGreaterThan(0)
  })

  it('makes a region agree with “región” (“región sacra”, “regiones lumbar y sacra”), where the panels put a bone’s group name', () => {
    // a Spanish review, s38: the panels read “región sacro”, “región coxis”, “regiones lumbar, sacro”
    const es = createIntl({ locale: 'es', messages: ES_MESSAGES })
    const en = createIntl({ locale: 'en', messages: EN_MESSAGES })
    const region = (intl: typeof es, group: MessageId) =>
      intl.formatMessage({ id: 'info.region' }, { region: intl.formatMessage({ id: group }).toLowerCase() })
    expect(region(es, 'group.sacrum')).toBe('región sacra')
    expect(region(es, 'group.coccyx')).toBe('región coccígea')
    expect(region(es, 'group.lumbar')).toBe('región lumbar')
    expect(region(es, 'group.thoracic')).toBe('región torácica')
    expect(region(en, 'group.sacrum')).toBe('sacrum region')
    // the cauda equina's line, as the panel builds it from its regions (ui/NeuralInfoSection.tsx)
    const regions = (intl: typeof es, rs: readonly Region[]) => {
      const words = rs.map((r) => intl.formatMessage({ id: `neural.region.${r}` satisfies MessageId }))
      const list =
        words.length > 1
          ? intl.formatMessage(
              { id: 'neural.regionList' },
              { first: words.slice(0, -1).join(', '), last: words.at(-1) },
            )
          : words[0]
      return intl.formatMessage({ id: 'neural.regions' }, { regions: list, n: rs.length })
    }
    expect(regions(es, ['lumbar', 'sacrum'])).toBe('regiones lumbar y sacra')
    expect(regions(es, ['cervical', 'thoracic', 'lumbar'])).toBe('regiones cervical, torácica y lumbar')
    expect(regions(es, ['coccyx'])).toBe('región coccígea')
    // English as before
    expect(regions(en, ['lumbar', 'sacrum'])).toBe('lumbar, sacrum regions')
    expect(regions(en, ['cervical', 'thoracic', 'lumbar'])).toBe('cervical, thoracic, lumbar regions')
  })

  it('suggests a search for a joint in words the search reads (“articulación L5”, not the anglicism “faceta”), and finds the Mexican “tronar”', () => {
    expect(ES_MESSAGES['tree.placeholder']).toBe('Buscar: L4, atlas, articulación L5, diente…')
    for (const word of ['articulación L5', 'carilla', 'tronar', 'truena'])
      expect(
        es.search(word).some((id) => id.startsWith('facet:')),
        word,
      ).toBe(true)
  })

  it('names what makes the sound (“Qué produce el ruido”), not what the noise does (“Qué hace el ruido”)', () => {
    expect(ES_MESSAGES['learn.sound']).toBe('Qué produce el ruido')
  })

  it('says the nerves are drawn for the standing posture, not drawn “de pie” (standing up)', () => {
    expect(ES_MESSAGES['toolbar.status.standing']).toMatch(
      /^Los nervios y ligamentos están dibujados para la postura de pie,/,
    )
  })

  it('marks a hidden item of the list without a gender (“no visible”): items are a vértebra, a disco, a ligamento…', () => {
    expect(ES_MESSAGES['tree.hidden']).toBe('(no visible)')
  })

  it('hints a quiz answer without a gender (“la respuesta”): some questions ask for “el hueso”, so “Haga clic en ella” did not fit', () => {
    expect(QUIZ_ES.questions['feature:sacrum']?.prompt).toMatch(/el hueso/)
    expect(ES_MESSAGES['quiz.structureHint']).toBe('Haga clic en la respuesta en la columna, o elíjala en la lista.')
  })

  it('says the right answer is now marked, not “elegida” (chosen), which read as if the reader had chosen it', () => {
    expect(ES_MESSAGES['quiz.wrong']).toMatch(/Ahora la respuesta correcta está marcada\.$/)
  })

  it('says whose sitting or lying a still figure shows (“usted”), so “Cómo se sienta” is not read as how someone else sits', () => {
    expect(ES_MESSAGES['handout.figureCaptionStill']).toBe('Cómo se sienta o se acuesta usted para hacerlo.')
  })
  it('says what a stretch is for without a verb a patient could read as a “tú” command (“Estira…”, “Dobla…”)', () => {
    // the cards speak to the reader as usted ('Mantenga 10 segundos'): 'Estira los lados del cuello' above them,
    // meant as 'it stretches', read as 'stretch!' to a patient, and the sheet seemed to switch how it spoke
    const opening = /^(Estira|Gira|Dobla|Descansa|Calienta|Suelta|Abre|Alivia|Ayuda|Da|Relaja|Mueve)\b/
    for (const [id, card] of Object.entries(STRETCHES_ES.cards))
      if (card.purpose) expect(card.purpose.plain, id).not.toMatch(opening)
  })
})
