import { describe, expect, it } from 'vitest'
import { NERVE_IDS } from '../../src/anatomy/neural'
import { WARNING_SIGNS } from '../../src/content/redFlags'
import { MIGHT_POP_NOTE, STRETCHES } from '../../src/content/stretches'
import { CAVITATION_ES } from '../../src/i18n/es/cavitation'
import { ES_MESSAGES } from '../../src/i18n/es/messages'
import { neuralFactsEs } from '../../src/i18n/es/neuralInfo'
import { WARNING_SIGNS_ES } from '../../src/i18n/es/redFlags'
import { STRETCHES_ES } from '../../src/i18n/es/stretches'
import { localizeClaim, localizeStretch, localizeWarningSigns } from '../../src/i18n/overlay'

/**
 * The warning signs and the stretch cards read as a patient reads them (issue 11): a Spanish-speaking adult
 * with little schooling, from Mexico, the Caribbean or Spain, reading the plain words at home. Each test
 * fails on the wording it replaced: a word such a reader would not know, a word that means something else
 * in one region, or a sentence that lost part of the English.
 */

const signsEs = localizeWarningSigns(WARNING_SIGNS, WARNING_SIGNS_ES)
const sign = (id: string) => signsEs.groups.flatMap((g) => g.signs).find((s) => s.id === id)?.plain ?? ''
const action = (id: string) => signsEs.groups.find((g) => g.id === id)?.action.plain ?? ''
const precaution = (id: string) => signsEs.precautions.find((p) => p.id === id)
const card = (id: string) => {
  const english = STRETCHES.find((c) => c.id === id)
  if (!english) throw new Error(`no stretch ${id}`)
  return localizeStretch(english, STRETCHES_ES)
}

/** Every plain line of the warning signs a patient can read: headings, actions, signs and precautions. */
const SIGNS_PLAIN = [
  ...signsEs.groups.flatMap((g) => [g.heading.plain, g.action.plain, ...g.signs.map((s) => s.plain)]),
  ...signsEs.precautions.flatMap((p) => [p.who.plain, p.advice.plain]),
  WARNING_SIGNS_ES.precautionsHeading.plain,
  WARNING_SIGNS_ES.precautionsIntro.plain,
]
/** Every line of every stretch card a patient can read. */
const CARDS = STRETCHES.map((c) => card(c.id))
const CARD_LINES = CARDS.flatMap((c) => [
  c.name,
  c.purpose.plain,
  ...c.steps,
  c.dose.note,
  c.shouldFeel,
  c.shouldNotFeel,
  ...c.stopIf,
  ...c.skipIf,
])

describe('the warning signs, read as a patient reads them', () => {
  it('keep the English “very bad” for the sudden headache (“muy fuerte”), in words said aloud, not “como nunca lo tuvo”', () => {
    expect(sign('sudden-head-neck')).toMatch(
      /^De repente, un dolor de cabeza o de cuello muy fuerte, distinto de todos/,
    )
    expect(sign('sudden-head-neck')).not.toMatch(/como nunca lo tuvo/)
  })

  it('say what is hard to understand: what people say (“lo que le dicen”), not a bare “entender”', () => {
    expect(sign('speaking')).toMatch(/le cuesta hablar o entender lo que le dicen\.$/)
  })

  it('say that something in both legs is new before listing it, not with a “nuevos” left at the end of the list', () => {
    expect(sign('both-legs')).toBe('Algo nuevo en las dos piernas: pierden fuerza, se duermen o le duelen.')
    expect(SIGNS_PLAIN.filter((t) => /dolor nuevos/.test(t))).toEqual([])
  })

  it('say a limb is getting weaker (“va perdiendo fuerza”), and that the hands are becoming clumsy (“se le vuelven”, without the calque “Sus manos”), not that they are clumsy', () => {
    expect(sign('weaker-limb')).toMatch(/^Un brazo, una mano, una pierna o un pie va perdiendo fuerza:/)
    // “Tiene las manos torpes” is also true of someone clumsy all their life
    expect(sign('clumsy-hands')).toMatch(/^Las manos se le vuelven torpes,/)
    expect(SIGNS_PLAIN.filter((t) => /tiene las manos torpes|sus manos/i.test(t))).toEqual([])
  })

  it('place the unsteady walking in the past days or weeks and getting worse, not “En días o semanas” (which reads as “in a few days”)', () => {
    expect(sign('unsteady-walking')).toMatch(
      /^En los últimos días o semanas, se siente cada vez menos firme al caminar/,
    )
    expect(sign('unsteady-walking')).toMatch(/se cae más a menudo\.$/)
  })

  it('lift things with “levantar” (the glossary’s word), with the two causes in the same form', () => {
    expect(sign('injury')).toMatch(/no solo por un mal giro o por levantar algo\./)
    expect(SIGNS_PLAIN.filter((t) => /\balzar\b/.test(t))).toEqual([])
  })

  it('keep the English “steroid pills” (“pastillas de esteroides”, the word US and Latin American patients know) and name the pill most people take, prednisona, not cortisona (often an injection)', () => {
    expect(sign('cancer-new-pain')).toMatch(/toma pastillas de esteroides \(como la prednisona\) desde hace mucho/)
    // the precaution, printed beside that sign on the handout, names the pills without the example (the page
    // had no room for it)
    expect(precaution('cancer-steroids')?.who.plain).toMatch(/toma pastillas de esteroides desde hace mucho/)
    expect(SIGNS_PLAIN.filter((t) => /toma corticoides|cortisona/.test(t))).toEqual([])
  })

  it('say plainly what not to force while waiting, not “no fuerce un crujido” (a calque of “force a crack”)', () => {
    expect(action('worth-a-check')).toMatch(/Mientras tanto, no fuerce la espalda ni el cuello para que crujan\.$/)
    expect(SIGNS_PLAIN.filter((t) => /fuerce un crujido/.test(t))).toEqual([])
  })

  it('send the precautions to a physio (“fisioterapeuta”), not a “terapeuta” (also a psychotherapist)', () => {
    expect(WARNING_SIGNS_ES.precautionsHeading.plain).toBe('Pregunte antes a su médico o a su fisioterapeuta si')
    expect(SIGNS_PLAIN.filter((t) => /(?<!fisio)terapeuta/.test(t))).toEqual([])
  })

  it('ask first before any cracking, the neck’s too, as the English “any cracking” does, for weak bones and for cancer or steroids', () => {
    for (const id of ['bones', 'cancer-steroids'])
      expect(precaution(id)?.advice.plain, id).toBe(
        'Pregunte antes de hacer crujir la espalda o el cuello, o de girarlos con fuerza.',
      )
  })

  it('skip the neck exercises “de esta página”, not “aquí” (which reads as “in this place”)', () => {
    expect(precaution('stroke-risk')?.advice.plain).toMatch(/^No haga los ejercicios del cuello de esta página si/)
    expect(SIGNS_PLAIN.filter((t) => /No haga aquí/.test(t))).toEqual([])
  })

  it('say the app cannot assess the reader’s case without assuming a man (“evaluarlo a usted”)', () => {
    expect(ES_MESSAGES['redFlags.disclaimer']).toBe(
      'Facet es para aprender. No es consejo médico y no puede evaluar su caso.',
    )
  })
})

describe('the stretch cards, read as a patient reads them', () => {
  it('hold a position with “Quédese así”: a bare “Mantenga” (a calque of “Hold”) does not say what to keep', () => {
    const steps = CARDS.flatMap((c) => c.steps.map((s) => [c.id, s] as const))
    expect(steps.filter(([, s]) => /\bMantenga(?=[,.]| y\b)/.test(s))).toEqual([])
    expect(card('neck-turn').steps[2]).toBe('Quédese así y vuelva al centro.')
    expect(card('towel-neck-rotation').steps[3]).toBe('Quédese así al final del giro y luego vuelva.')
    expect(card('knee-rolls').steps[3]).toBe('Quédese así, vuelva al centro y luego hacia el otro lado.')
    for (const id of ['hip-flexor-lunge', 'figure-4-piriformis'])
      expect(card(id).steps[3], id).toBe('Quédese así y luego cambie de lado.')
  })

  it('spell out seconds and minutes in the dose notes: a bare “s” or “min” is not read by everyone', () => {
    const notes = CARDS.map((c) => [c.id, c.dose.note] as const)
    expect(notes.filter(([, n]) => /\d (s|min)\b/.test(n))).toEqual([])
    expect(card('chin-tuck').dose.note).toBe(
      'Programas de clínicas: mantener 5 segundos, 5 veces sentado (10 veces acostado), de 3 a 4 veces al día.',
    )
    expect(card('standing-rotation').dose.note).toMatch(/mantenga de 10 a 30 segundos y hágalo de 2 a 4 veces/)
    expect(card('prone-press-up').dose.note).toMatch(/\(unos 5 minutos cada uno\)/)
  })

  it('get on hands and knees without “en cuatro patas” (said of animals, and “ponerse en cuatro” is crude slang in Mexico)', () => {
    expect(CARD_LINES.filter((t) => /cuatro patas/.test(t))).toEqual([])
    expect(card('cat-camel').steps[0]).toBe('Apoye las manos y las rodillas en el suelo.')
    expect(card('childs-pose').steps[0]).toBe('Apoye las manos y las rodillas en el suelo.')
    expect(card('cat-camel').skipIf[1]).toBe('Le duelen las muñecas o las rodillas al apoyarlas en el suelo')
  })

  it('round the back up in the cat–camel (“Redondee”), as the English does: “arquear” is the sag the foam-roller card warns of', () => {
    expect(card('cat-camel').steps[1]).toBe('Redondee la espalda hacia el techo.')
    expect(card('foam-roller-extension').shouldNotFeel).toMatch(/^Que se arquee la parte baja de la espalda/)
    expect(CARD_LINES.filter((t) => /arquee la espalda hacia el techo/i.test(t))).toEqual([])
  })

  it('stop a back card for a numb or tingly part of the body, not a vague “algo dormido” (something asleep)', () => {
    expect(CARD_LINES.filter((t) => /algo dormido/.test(t))).toEqual([])
    for (const id of ['cat-camel', 'prone-press-up', 'hamstring-fold'])
      expect(card(id).stopIf, id).toContain('Siente una parte del cuerpo dormida o con hormigueo')
  })

  it('bring the head back straight after a side tilt, and name the stretched side as the one on top', () => {
    expect(card('neck-tilt').steps[2]).toBe('Quédese así y luego ponga la cabeza recta.')
    expect(card('neck-tilt').shouldFeel).toBe('Un estiramiento en el otro lado del cuello: el que queda arriba.')
  })

  it('lay the foam roller across the back (“de lado a lado”), not “puesto de lado” (which reads as lying on its side)', () => {
    expect(card('foam-roller-extension').steps[0]).toMatch(
      /El rodillo va de lado a lado, bajo la parte alta de la espalda\./,
    )
    expect(CARD_LINES.filter((t) => /puesto de lado/.test(t))).toEqual([])
  })

  it('write each skip line as a sentence about the reader: “Está embarazada”, not a bare “Embarazo”', () => {
    expect(card('prone-press-up').skipIf[1]).toBe('Está embarazada')
  })

  it('stand with the knees a little bent (the English “soft”), not “rodillas sueltas” (loose knees)', () => {
    expect(card('warm-forward-fold').steps[0]).toMatch(/con las rodillas un poco dobladas\.$/)
    expect(CARD_LINES.filter((t) => /rodillas sueltas/.test(t))).toEqual([])
  })

  it('name the hamstring stretch by the part it stretches, not by “isquiotibiales”', () => {
    expect(card('hamstring-fold').name).toBe('Estirar la parte de atrás del muslo')
    expect(CARD_LINES.filter((t) => /isquiotibiales/.test(t))).toEqual([])
  })

  it('say the tailbone steps “también le sirven” after a fall (in Mexico “igual ayudan” reads as “may help”), with a cold pack named', () => {
    const steps = card('coccyx-offloading').steps
    expect(steps[0]).toMatch(/^¿Se cayó\? Estos pasos también le sirven\./)
    expect(steps[0]).toMatch(/si no se calma en unas semanas\.$/)
    expect(steps[4]).toBe('Póngase algo frío, como una bolsa de hielo, hasta 20 minutos, unas veces al día.')
    expect(CARD_LINES.filter((t) => /igual ayudan|Póngase frío/.test(t))).toEqual([])
  })

  it('send the tailbone reader to the emergency room if they cannot pass urine or stool (“defecar”), not “evacuar” (also to leave a building)', () => {
    expect(card('coccyx-offloading').stopIf[0]).toMatch(/O no puede orinar o defecar como siempre\. Entonces vaya ya/)
    expect(CARD_LINES.filter((t) => /evacuar/.test(t))).toEqual([])
  })

  it('give the study’s gap “en promedio”: in Mexico “de media” can read as a half or a sock', () => {
    const note = localizeClaim(MIGHT_POP_NOTE, STRETCHES_ES).plain
    expect(note).toMatch(/Esas se abrieron 0,56 mm en promedio\./)
    expect(note).toMatch(/Es un promedio, no una línea/)
    expect(note).not.toMatch(/de media|una media/)
  })

  it('say the spine’s animation is short and the reader holds as the dose says', () => {
    expect(ES_MESSAGES['stretch.shownOver']).toBe(
      'La animación dura {seconds} s; mantenga la postura el tiempo que indica la dosis.',
    )
  })

  it('say the same in the cord’s and roots’ panels and the crack’s note as on the warning signs and cards', () => {
    const neuralPlain = ['cord', 'cauda-equina', ...NERVE_IDS].flatMap((id) =>
      neuralFactsEs(id as Parameters<typeof neuralFactsEs>[0]).map((t) => t.plain),
    )
    expect(neuralPlain.filter((t) => /evacuar|tiene las manos torpes/.test(t))).toEqual([])
    expect(neuralPlain.some((t) => /orinar o defecar/.test(t))).toBe(true)
    expect(
      neuralPlain.some((t) =>
        /va perdiendo fuerza, vea a un médico ese mismo día\. Haga lo mismo si las manos se le vuelven torpes/.test(t),
      ),
    ).toBe(true)
    expect(CAVITATION_ES.onsetGapNote.plain).toMatch(/mm en promedio\. Es un promedio, no un punto fijo\./)
    expect(CAVITATION_ES.onsetGapNote.plain).not.toMatch(/de media|una media/)
  })
})
