import { describe, expect, it } from 'vitest'
import { NEURAL_IDS } from '../../src/anatomy/neural'
import { CONDITIONS } from '../../src/content/conditions'
import { FAQ } from '../../src/content/faq'
import { WARNING_SIGNS } from '../../src/content/redFlags'
import { SOUND_MECHANISMS } from '../../src/content/sounds'
import { STRETCHES } from '../../src/content/stretches'
import { ES_CATALOG } from '../../src/i18n/es'
import { CONDITIONS_ES } from '../../src/i18n/es/conditions'
import { FAQ_ES } from '../../src/i18n/es/faq'
import { neuralFactsEs } from '../../src/i18n/es/neuralInfo'
import { WARNING_SIGNS_ES } from '../../src/i18n/es/redFlags'
import { SOUNDS_ES } from '../../src/i18n/es/sounds'
import { STRETCHES_ES } from '../../src/i18n/es/stretches'
import {
  localizeCondition,
  localizeFaqEntry,
  localizeSound,
  localizeStretch,
  localizeWarningSigns,
} from '../../src/i18n/overlay'

/** Every string under a value, depth first (the catalogs are plain objects, arrays and strings). */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value !== null && typeof value === 'object'
      ? Object.values(value).flatMap(stringsIn)
      : []

/** Everything a Spanish reader can meet of the content: the content overlay and the cord and nerve facts. */
const SPANISH = [...stringsIn(ES_CATALOG.content), ...NEURAL_IDS.flatMap((id) => stringsIn(neuralFactsEs(id)))]
const signsEs = localizeWarningSigns(WARNING_SIGNS, WARNING_SIGNS_ES)
const sign = (id: string) => signsEs.groups.flatMap((g) => g.signs).find((s) => s.id === id)
const caudaAction = signsEs.groups.find((g) => g.id === 'cauda-equina')?.action.plain

/**
 * English texts beside their Spanish, where both are at hand item by item: every warning sign, group heading
 * and action (plain and detailed), every stretch card's stop and skip lines and purpose, and every condition's
 * warning.
 */
type Pair = readonly [english: string, spanish: string]
const PAIRS: readonly Pair[] = [
  ...WARNING_SIGNS.groups.flatMap((g, i): Pair[] => {
    const es = signsEs.groups[i]!
    return [
      [g.heading.plain, es.heading.plain],
      [g.heading.detailed, es.heading.detailed],
      [g.action.plain, es.action.plain],
      [g.action.detailed, es.action.detailed],
      ...g.signs.flatMap((s, j): Pair[] => [
        [s.plain, es.signs[j]!.plain],
        [s.detailed, es.signs[j]!.detailed],
      ]),
    ]
  }),
  ...STRETCHES.flatMap((c): Pair[] => {
    const es = localizeStretch(c, STRETCHES_ES)
    return [
      [c.purpose.plain, es.purpose.plain],
      ...c.stopIf.map((t, i): Pair => [t, es.stopIf[i]!]),
      ...c.skipIf.map((t, i): Pair => [t, es.skipIf[i]!]),
    ]
  }),
  ...CONDITIONS.flatMap((c): Pair[] => {
    const es = localizeCondition(c, CONDITIONS_ES)
    return [
      [c.warning.plain, es.warning.plain],
      [c.warning.detailed, es.warning.detailed],
    ]
  }),
]

describe('the Spanish safety wording', () => {
  it('has texts to check (the walk reaches the warning signs, the conditions and the nerve facts)', () => {
    expect(SPANISH).toContain(WARNING_SIGNS_ES.groups['see-today']?.signs['weaker-limb']?.detailed)
    expect(SPANISH).toContain(CONDITIONS_ES['herniation-c5-c6'].warning.plain)
    expect(SPANISH.filter((t) => /entre las piernas/.test(t)).length).toBeGreaterThanOrEqual(5)
  })

  it('names foot drop’s gait as Spanish clinicians do (marcha en estepaje), and in plain words says the foot drags or slaps the floor', () => {
    expect(SPANISH.filter((t) => /steppage|palmoteo/i.test(t))).toEqual([])
    expect(sign('weaker-limb')?.detailed).toMatch(/marcha en estepaje/)
    expect(sign('weaker-limb')?.plain).toMatch(/se arrastra.*golpea el suelo/)
    for (const c of CONDITIONS.filter((c) => /drags or slaps/.test(c.warning.plain)))
      expect(CONDITIONS_ES[c.id].warning.plain, c.id).toMatch(/se arrastra o golpea el suelo/)
  })

  it('sends new numbness between the legs to care without asking that it came on suddenly (the English says new, not sudden)', () => {
    const between = SPANISH.filter((t) => /entre las piernas/.test(t))
    expect(between.filter((t) => /de pronto|de repente|de golpe|súbit/i.test(t))).toEqual([])
  })

  it('counts a cancer now as well as one in the past wherever the English says “have had cancer”', () => {
    const english = [
      ...WARNING_SIGNS.groups.flatMap((g) => g.signs.map((s) => [s.plain, sign(s.id)?.plain] as const)),
      ...WARNING_SIGNS.precautions.map((p) => [p.who.plain, WARNING_SIGNS_ES.precautions[p.id]?.who.plain] as const),
      ...CONDITIONS.map((c) => [c.warning.plain, CONDITIONS_ES[c.id].warning.plain] as const),
    ].filter(([en]) => /\bhad cancer\b/.test(en))
    expect(english.length).toBeGreaterThanOrEqual(4)
    for (const [en, es] of english) expect(es, en).toMatch(/tiene o tuvo cáncer/i)
  })

  it('keeps “golpe” (a blow) for the injury sign, so a sudden headache or weakness is never read as one after a blow', () => {
    const withBlow = signsEs.groups.flatMap((g) => g.signs).filter((s) => /golpe\b/.test(s.plain))
    expect(withBlow.map((s) => s.id)).toEqual(['injury'])
  })

  it('says not to drive to the hospital with “conducir” (Mexico’s and Spain’s word; “manejar” is “to handle” in Spain)', () => {
    expect(signsEs.groups.find((g) => g.id === 'stroke-like')?.action.plain).toMatch(/No conduzca hasta el hospital\./)
    expect(SPANISH.filter((t) => /\bmanej(e|ar|ando)\b/i.test(t))).toEqual([])
  })

  it('names the emergency room one way, “sala de emergencias”, and says once that Spain and Mexico call it “urgencias”', () => {
    const english = PAIRS.filter(([en]) => /emergency (room|department)|\bA&E\b/i.test(en))
    expect(english.length).toBeGreaterThanOrEqual(10)
    for (const [en, es] of english) expect(es, en).toMatch(/sala de emergencias/)
    expect(caudaAction).toMatch(/sala de emergencias \(urgencias\)/)
    expect(SPANISH.filter((t) => /\burgencias\b/i.test(t))).toEqual([caudaAction])
  })

  it('says what drop attacks are (sudden falls without losing consciousness), and in plain words that the reader falls all of a sudden', () => {
    expect(sign('dizzy')?.detailed).toMatch(/caídas súbitas sin pérdida de conocimiento \(drop attacks\)/)
    expect(sign('dizzy')?.plain).toMatch(/se cae de repente/)
    expect(SPANISH.filter((t) => /sin aviso/.test(t))).toEqual([])
  })

  it('calls slurred speech “arrastrar las palabras”, never a “lengua trabada” (tripping over words, or a tied tongue)', () => {
    const slurred = PAIRS.filter(([en]) => /\bslur/i.test(en))
    expect(slurred.length).toBeGreaterThanOrEqual(5)
    for (const [en, es] of slurred) expect(es, en).toMatch(/arrastra las palabras/i)
    expect(SPANISH.filter((t) => /trabad|se le traban/i.test(t))).toEqual([])
  })

  it('never says a sign “va con” another group (a calque of “goes with”): it is “entre los signos”', () => {
    expect(SPANISH.filter((t) => /\bvan? con\b/i.test(t))).toEqual([])
    const pointers = PAIRS.filter(([en]) => /\bbelongs with\b/.test(en))
    expect(pointers.length).toBeGreaterThanOrEqual(4)
    for (const [en, es] of pointers) expect(es, en).toMatch(/está entre los signos/)
  })

  it('names each bladder and bowel sign without a bare “no puede parar”: not passing urine, trouble starting or stopping the stream, leaking', () => {
    expect(sign('bladder-bowel')?.plain).toMatch(
      /^No puede orinar, o le cuesta empezar o cortar el chorro\. O se le escapan la orina o las heces/,
    )
    expect(SPANISH.filter((t) => /no puede parar|hacer de vientre/i.test(t))).toEqual([])
  })

  it('does not assume the reader is a man where it tells them what to do or what they feel', () => {
    const toReader = [
      ...PAIRS.map(([, es]) => es),
      ...STRETCHES.flatMap((c) => {
        const es = localizeStretch(c, STRETCHES_ES)
        return [...es.steps, es.dose.note]
      }),
    ]
    const assumesMan = /\b(mareado|despierto|evaluado|(está|estar) sentado|(siga|seguir) activo|siéntese derecho)\b/i
    expect(toReader.filter((t) => assumesMan.test(t))).toEqual([])
    // “párese” is “stand up” in Mexico but “stop” in Spain
    expect(SPANISH.filter((t) => /\bpárese\b/i.test(t))).toEqual([])
  })

  it('names the family doctor “médico de atención primaria” (“de cabecera” is rare outside Spain), and sends the few emergencies to the emergency room, not to a vague “ayuda ya” or “urgente ya”', () => {
    // a Spanish review, s38
    expect(SPANISH.filter((t) => /médico de cabecera/.test(t))).toEqual([])
    expect(SPANISH.filter((t) => /ayuda ya|urgente ya|urgencia ya|valoración ya/.test(t))).toEqual([])
    expect(CONDITIONS_ES['stenosis-central-l4-l5'].course.plain).toMatch(
      /Eso es una emergencia: vaya enseguida a la sala de emergencias\.$/,
    )
    expect(sign('bladder-bowel')?.detailed).toMatch(/^De nueva aparición: retención urinaria/)
    // “ese mismo día” after “enseguida” read as leave to wait until later that day
    for (const c of CONDITIONS)
      expect(CONDITIONS_ES[c.id].warning.plain, c.id).not.toMatch(/enseguida a la sala de emergencias, ese mismo día/)
  })

  it('says “new” numbness is new (not “de nuevo”, again) and a harmless snap “often” harmless (not “casi nunca grave”)', () => {
    const faq = FAQ.flatMap((e) => {
      const es = localizeFaqEntry(e, FAQ_ES)
      return e.answer.map((p, i): Pair => [p.plain, es.answer[i]!.plain])
    })
    const newNumb = faq.filter(([en]) => /\bnew numb/i.test(en))
    expect(newNumb.length).toBeGreaterThanOrEqual(1)
    for (const [en, es] of newNumb) expect(es, en).not.toMatch(/de nuevo/)
    for (const m of SOUND_MECHANISMS.filter((m) => /^Often harmless/.test(m.concern.plain)))
      expect(localizeSound(m, SOUNDS_ES).concern.plain, m.id).toMatch(/^Muchas veces no es grave/)
  })

  it('keeps each sign as broad as the English: a limb that goes weak “pierde fuerza”, and “until then” covers the neck too', () => {
    const goesWeak = PAIRS.filter(([en]) => /\bgoe?s? weak\b/i.test(en))
    expect(goesWeak.length).toBeGreaterThanOrEqual(5)
    for (const [en, es] of goesWeak) {
      expect(es, en).toMatch(/pierden? fuerza/)
      expect(es, en).not.toMatch(/se queda sin fuerza/)
    }
    const untilThen = WARNING_SIGNS.groups.filter((g) => /crack or stretch until then/.test(g.action.plain))
    expect(untilThen.map((g) => g.id)).toEqual(['see-today', 'see-soon'])
    for (const g of untilThen)
      expect(signsEs.groups.find((e) => e.id === g.id)?.action.plain, g.id).toMatch(
        /No haga crujir ni estire la espalda o el cuello hasta entonces\./,
      )
  })
})
