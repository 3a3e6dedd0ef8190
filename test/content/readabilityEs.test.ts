import { describe, expect, it } from 'vitest'
import { inflesz, sentencesEs, syllablesEs, wordsEs } from './readabilityEs'

describe('the Spanish syllable counter', () => {
  // each word with its syllables split as a dictionary splits them
  const WORDS: Record<string, number> = {
    día: 2, // dí-a: a stressed í stands alone
    cuidado: 3, // cui-da-do
    hormigueo: 4, // hor-mi-gue-o: the u is silent, e-o is a hiatus
    pingüino: 3, // pin-güi-no: ü is sounded
    Uruguay: 3, // U-ru-guay: a triphthong, final y a vowel
    búho: 2, // bú-ho: h does not join them
    leer: 2, // le-er
    aéreo: 4, // a-é-re-o
    ciudad: 2, // ciu-dad
    murciélago: 4, // mur-cié-la-go
    país: 2, // pa-ís
    rey: 1,
    y: 1,
    ayer: 2, // a-yer: y before a vowel is a consonant
    guerra: 2, // gue-rra
    queso: 2,
    columna: 3,
    vértebra: 3,
    articulación: 5, // ar-ti-cu-la-ción
    estiramiento: 5, // es-ti-ra-mien-to
    hinchazón: 3,
    caída: 3, // ca-í-da
    oído: 3,
    Rodríguez: 3,
  }
  for (const [word, n] of Object.entries(WORDS)) {
    it(`counts ${n} in “${word}”`, () => expect(syllablesEs(word)).toBe(n))
  }
})

describe('INFLESZ', () => {
  it('splits words and sentences as a reader does (abbreviations do not end one)', () => {
    expect(wordsEs('Llame al 911 en EE. UU. y México.')).toEqual(['Llame', 'al', 'en', 'EE', 'UU', 'y', 'México'])
    expect(sentencesEs('Llame al 911 en EE. UU. y México. No conduzca.')).toBe(2)
    expect(sentencesEs('Sin punto final')).toBe(1)
  })

  it('scores by the Szigriszt-Pazos formula', () => {
    // 4 words, 7 syllables: le, cues-ta, mu-cho, tra-gar
    const text = 'Le cuesta mucho tragar.'
    const expected = 206.835 - 62.3 * (7 / 4) - 4 / 1
    expect(inflesz(text)).toBeCloseTo(expected, 6)
  })

  it('ranks a short plain sentence above a clinical one', () => {
    const plain = 'Le duele la espalda. Pare si se marea.'
    const clinical =
      'Déficit neurológico progresivo con signos multirradiculares, incluida la hipoestesia en silla de montar.'
    expect(inflesz(plain)).toBeGreaterThan(80)
    expect(inflesz(clinical)).toBeLessThan(40)
  })
})
