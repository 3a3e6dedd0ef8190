import { describe, expect, it } from 'vitest'
import { EVIDENCE_LABEL, FAQ } from '../../src/content/faq'
import { EMERGENCY_NUMBER, precautionText, WARNING_SIGNS } from '../../src/content/redFlags'
import { CHECK_SIGNS, MYTHS, NORMAL_SIGNS, RISKS, SOUND_MECHANISMS } from '../../src/content/sounds'
import { MIGHT_POP_NOTE, NECK_CALL_NOW, NECK_POP_NOTE, STRETCHES } from '../../src/content/stretches'
import { FAQ_ES } from '../../src/i18n/es/faq'
import { WARNING_SIGNS_ES } from '../../src/i18n/es/redFlags'
import { SOUNDS_ES } from '../../src/i18n/es/sounds'
import { STRETCHES_ES } from '../../src/i18n/es/stretches'
import {
  localizeClaim,
  localizeClaims,
  localizeFaqEntry,
  localizeMyth,
  localizeSound,
  localizeStretch,
  localizeWarningSigns,
  type TextPair,
} from '../../src/i18n/overlay'
import { expectPlainEs } from '../content/readabilityEs'

const signsEs = localizeWarningSigns(WARNING_SIGNS, WARNING_SIGNS_ES)
const NOTES = [NECK_CALL_NOW, NECK_POP_NOTE, MIGHT_POP_NOTE]

/** The numbers a text states, in order ("hold 5 s, 3–4 times" → 5, 3, 4); a decimal comma is a point. */
const numbersIn = (text: string): number[] =>
  [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')))

/** As numbersIn, with thousands grouped as each language groups them: 100,000 in English, 100 000 in Spanish. */
const englishNumbers = (text: string) => numbersIn(text.replace(/(\d),(\d{3})\b/g, '$1$2'))
const spanishNumbers = (text: string) => numbersIn(text.replace(/(\d)[\s\u00a0](\d{3})\b/g, '$1$2'))

describe('the warning signs in Spanish', () => {
  it('have every group, sign and precaution of the English, and nothing else', () => {
    expect(Object.keys(WARNING_SIGNS_ES.groups).sort()).toEqual(WARNING_SIGNS.groups.map((g) => g.id).sort())
    for (const g of WARNING_SIGNS.groups) {
      expect(Object.keys(WARNING_SIGNS_ES.groups[g.id]?.signs ?? {}).sort(), g.id).toEqual(
        g.signs.map((s) => s.id).sort(),
      )
    }
    expect(Object.keys(WARNING_SIGNS_ES.precautions).sort()).toEqual(WARNING_SIGNS.precautions.map((p) => p.id).sort())
  })

  it('keep the English order, urgencies and sources, and change every text', () => {
    signsEs.groups.forEach((g, i) => {
      const en = WARNING_SIGNS.groups[i]
      expect([g.id, g.urgency, g.action.sources]).toEqual([en?.id, en?.urgency, en?.action.sources])
      g.signs.forEach((s, j) => {
        expect(s.sources).toEqual(en?.signs[j]?.sources)
        expect(s.plain).not.toBe(en?.signs[j]?.plain)
        expect(s.detailed).not.toBe(en?.signs[j]?.detailed)
      })
    })
  })

  it('read plainly in Spanish (INFLESZ “bastante fácil”), item by item', () => {
    for (const g of signsEs.groups) {
      expectPlainEs(`heading ${g.id}`, g.heading.plain)
      expectPlainEs(`action ${g.id}`, g.action.plain)
      for (const s of g.signs) expectPlainEs(`sign ${s.id}`, s.plain)
    }
    expectPlainEs('precautions heading', WARNING_SIGNS_ES.precautionsHeading.plain)
    expectPlainEs('precautions intro', WARNING_SIGNS_ES.precautionsIntro.plain)
    for (const p of signsEs.precautions) expectPlainEs(`precaution ${p.id}`, precautionText(p, false))
  })

  it('name the emergency numbers where the English does, in both wordings', () => {
    WARNING_SIGNS.groups.forEach((g, i) => {
      const es = signsEs.groups[i]
      for (const k of ['plain', 'detailed'] as const) {
        expect(EMERGENCY_NUMBER.test(es?.action[k] ?? ''), `${g.id} action ${k}`).toBe(
          EMERGENCY_NUMBER.test(g.action[k]),
        )
        expect(numbersIn(es?.action[k] ?? ''), `${g.id} action ${k}`).toEqual(numbersIn(g.action[k]))
      }
    })
  })
})

describe('the stretch cards in Spanish', () => {
  it('have every card and note of the English, and nothing else', () => {
    expect(Object.keys(STRETCHES_ES.cards).sort()).toEqual(STRETCHES.map((c) => c.id).sort())
    expect(Object.keys(STRETCHES_ES.notes).sort()).toEqual(NOTES.map((n) => n.id).sort())
  })

  it('have each list as long as the English: steps, stop lines, skip lines', () => {
    for (const card of STRETCHES) {
      const es = STRETCHES_ES.cards[card.id]
      expect(es?.steps.length, `${card.id} steps`).toBe(card.steps.length)
      expect(es?.stopIf.length, `${card.id} stopIf`).toBe(card.stopIf.length)
      expect(es?.skipIf.length, `${card.id} skipIf`).toBe(card.skipIf.length)
    }
  })

  it('keep the dose: the same numbers in the table, the note and the steps', () => {
    for (const card of STRETCHES) {
      const es = localizeStretch(card, STRETCHES_ES)
      expect(es.dose, card.id).toEqual({ ...card.dose, note: es.dose.note })
      expect(numbersIn(es.dose.note), `${card.id} dose note`).toEqual(numbersIn(card.dose.note))
      card.steps.forEach((step, i) => {
        expect(numbersIn(es.steps[i] ?? ''), `${card.id} step ${i}`).toEqual(numbersIn(step))
      })
      expect([es.motion, es.sources, es.region, es.position]).toEqual([
        card.motion,
        card.sources,
        card.region,
        card.position,
      ])
    }
    for (const note of NOTES) {
      const es = localizeClaim(note, STRETCHES_ES)
      expect(numbersIn(es.plain), note.id).toEqual(numbersIn(note.plain))
      expect(numbersIn(es.detailed), note.id).toEqual(numbersIn(note.detailed))
      expect(es.sources).toEqual(note.sources)
    }
  })

  it('read plainly in Spanish (INFLESZ “bastante fácil”), line by line', () => {
    for (const card of STRETCHES) {
      const es = localizeStretch(card, STRETCHES_ES)
      expectPlainEs(`${card.id} name`, es.name)
      expectPlainEs(`${card.id} purpose`, es.purpose.plain)
      es.steps.forEach((s, i) => {
        expectPlainEs(`${card.id} step ${i + 1}`, s)
      })
      expectPlainEs(`${card.id} should feel`, es.shouldFeel)
      expectPlainEs(`${card.id} should not feel`, es.shouldNotFeel)
      for (const s of es.stopIf) expectPlainEs(`${card.id} stop if`, s)
      for (const s of es.skipIf) expectPlainEs(`${card.id} skip if`, s)
    }
    for (const note of NOTES) expectPlainEs(note.id, localizeClaim(note, STRETCHES_ES).plain)
  })

  it('tell every neck card to stop for the same signs as the English: dizziness, sight, speech, swallowing, a numb face', () => {
    for (const card of STRETCHES.filter((c) => c.region === 'cervical')) {
      const stop = (STRETCHES_ES.cards[card.id]?.stopIf ?? []).join(' | ')
      for (const word of [/mare/, /vista/, /habla/, /tragar/, /cara dormida/]) expect(stop, card.id).toMatch(word)
    }
  })
})

describe('the questions people ask, in Spanish', () => {
  it('have every question of the English, each answer paragraph by paragraph, and every evidence label', () => {
    expect(Object.keys(FAQ_ES.entries).sort()).toEqual(FAQ.map((e) => e.id).sort())
    for (const entry of FAQ) expect(FAQ_ES.entries[entry.id]?.answer.length, entry.id).toBe(entry.answer.length)
    expect(Object.keys(FAQ_ES.evidenceLabels).sort()).toEqual(Object.keys(EVIDENCE_LABEL).sort())
  })

  it('state the same figures as the English, in the same order', () => {
    for (const entry of FAQ) {
      const es = localizeFaqEntry(entry, FAQ_ES)
      entry.answer.forEach((paragraph, i) => {
        for (const k of ['plain', 'detailed'] as const) {
          expect(spanishNumbers(es.answer[i]?.[k] ?? ''), `${entry.id} ${i + 1} ${k}`).toEqual(
            englishNumbers(paragraph[k]),
          )
        }
        expect(es.answer[i]?.sources).toEqual(paragraph.sources)
      })
    }
  })

  it('read plainly in Spanish (INFLESZ “bastante fácil”), question by question and paragraph by paragraph', () => {
    for (const entry of FAQ) {
      const es = localizeFaqEntry(entry, FAQ_ES)
      expectPlainEs(`${entry.id} question`, es.question.plain)
      es.answer.forEach((paragraph, i) => {
        expectPlainEs(`${entry.id} answer ${i + 1}`, paragraph.plain)
      })
    }
    for (const label of Object.values(FAQ_ES.evidenceLabels)) expectPlainEs('evidence label', label)
  })
})

describe('why backs crack, in Spanish', () => {
  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort()
  const claimLists = [
    ['normal', NORMAL_SIGNS, SOUNDS_ES.normal],
    ['check', CHECK_SIGNS, SOUNDS_ES.check],
    ['risks', RISKS, SOUNDS_ES.risks],
  ] as const

  it('has every sound card, sign, myth and risk of the English, and nothing else', () => {
    expect(Object.keys(SOUNDS_ES.mechanisms).sort()).toEqual(ids(SOUND_MECHANISMS))
    expect(Object.keys(SOUNDS_ES.myths).sort()).toEqual(ids(MYTHS))
    for (const [name, english, spanish] of claimLists) expect(Object.keys(spanish).sort(), name).toEqual(ids(english))
  })

  /** Every text pair of the section, English and Spanish side by side. */
  const pairs = (): [string, TextPair, TextPair][] => [
    ...SOUND_MECHANISMS.flatMap((m) => {
      const es = localizeSound(m, SOUNDS_ES)
      return (['name', 'what', 'feelsLike', 'concern'] as const).map((k): [string, TextPair, TextPair] => [
        `${m.id} ${k}`,
        m[k],
        es[k],
      ])
    }),
    ...MYTHS.flatMap((m) => {
      const es = localizeMyth(m, SOUNDS_ES)
      return [
        [`${m.id} myth`, m.myth, es.myth],
        [`${m.id} truth`, m.truth, es.truth],
      ] as [string, TextPair, TextPair][]
    }),
    ...claimLists.flatMap(([name, english, spanish]) =>
      localizeClaims(english, spanish).map((es, i): [string, TextPair, TextPair] => [
        `${name} ${es.id}`,
        english[i] as TextPair,
        es,
      ]),
    ),
    ...Object.entries(SOUNDS_ES.repeatsAtOnce).map(([k, es]): [string, TextPair, TextPair] => [k, es, es]),
  ]

  it('states the same figures as the English', () => {
    for (const [label, en, es] of pairs()) {
      for (const k of ['plain', 'detailed'] as const) {
        expect(spanishNumbers(es[k]), `${label} ${k}`).toEqual(englishNumbers(en[k]))
      }
    }
  })

  it('reads plainly in Spanish (INFLESZ “bastante fácil”), item by item', () => {
    for (const [label, , es] of pairs()) expectPlainEs(label, es.plain)
  })
})
