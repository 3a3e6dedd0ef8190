import { describe, expect, it } from 'vitest'
import {
  allSigns,
  EMERGENCY_NUMBER,
  PRECAUTIONS_HEADING,
  PRECAUTIONS_INTRO,
  precautionLines,
  precautionText,
  type SignGroup,
  URGENCIES,
  WARNING_SIGNS,
  type WarningSigns,
} from '../../src/content/redFlags'
import { warningSigns } from '../../src/content/redFlagsSchema'
import { SKIPS_IN_PRECAUTIONS, STRETCHES } from '../../src/content/stretches'
import { WARNING_SIGNS_ES } from '../../src/i18n/es/redFlags'
import { localizeWarningSigns } from '../../src/i18n/overlay'
import { expectPlain } from './readability'

/** A deep copy of the real data, to break one rule at a time. */
const copy = (): WarningSigns => structuredClone(WARNING_SIGNS)
const groupOf = (id: string): SignGroup => {
  const group = WARNING_SIGNS.groups.find((g) => g.signs.some((s) => s.id === id))
  if (!group) throw new Error(`no group holds ${id}`)
  return group
}
const plainOf = (id: string): string => allSigns().find((s) => s.id === id)?.plain ?? ''

describe('warning signs', () => {
  it('validates against the schema', () => {
    expect(warningSigns.safeParse(WARNING_SIGNS).error).toBeUndefined()
  })

  it('reads plainly, heading by heading, action by action and sign by sign', () => {
    for (const g of WARNING_SIGNS.groups) {
      expectPlain(`heading ${g.id}`, g.heading.plain)
      expectPlain(`action ${g.id}`, g.action.plain)
      for (const s of g.signs) expectPlain(`sign ${s.id}`, s.plain)
    }
    expectPlain('precautions heading', PRECAUTIONS_HEADING.plain)
    expectPlain('precautions intro', PRECAUTIONS_INTRO.plain)
    for (const p of WARNING_SIGNS.precautions) {
      expectPlain(`precaution ${p.id} (who)`, p.who.plain)
      expectPlain(`precaution ${p.id} (advice)`, p.advice.plain)
      expectPlain(`precaution ${p.id}`, precautionText(p, false))
    }
  })

  it('names the signs the issue asked for, in plain words', () => {
    expect(plainOf('weight-loss')).toMatch(/lost weight/i)
    expect(plainOf('night-pain')).toMatch(/night/i)
    expect(plainOf('night-pain')).toMatch(/rest/i)
    expect(plainOf('swallowing')).toMatch(/swallow/i)
    expect(plainOf('seeing')).toMatch(/double/i)
    expect(plainOf('face')).toMatch(/face feels numb/i)
  })

  it('tells people with stroke-like signs to call an emergency number, not to go to an emergency department', () => {
    const group = WARNING_SIGNS.groups[0]!
    expect(group.urgency).toBe('call-now')
    // a drooping eyelid or a small pupil on one side (Horner) comes with a quarter of torn neck arteries (Lee 2006)
    for (const id of [
      'sudden-head-neck',
      'dizzy',
      'seeing',
      'speaking',
      'swallowing',
      'face',
      'eye-droop',
      'one-side',
    ]) {
      expect(groupOf(id), id).toBe(group)
    }
    expect(group.action.plain).toMatch(/911/)
    expect(group.action.plain).toMatch(/112/)
    expect(group.action.plain).toMatch(/emergency number/i)
    expect(group.action.plain).not.toMatch(/emergency (department|room)|A&E|hospital/i)
    expect(group.heading.plain).toMatch(EMERGENCY_NUMBER)
  })

  it('sends the cauda equina signs to emergency care now', () => {
    const group = groupOf('saddle-numbness')
    expect(group.urgency).toBe('emergency-care')
    expect(groupOf('bladder-bowel')).toBe(group)
    expect(groupOf('both-legs')).toBe(group)
    // the NHS and GIRFT cauda equina cards list new sexual dysfunction among the signs (science.md §6.3)
    expect(groupOf('sexual-function')).toBe(group)
    expect(group.action.plain).toMatch(/emergency room/i)
    // now, in both wordings: the detailed one said "same-day", as if it could wait for the evening (s42)
    expect(group.action.detailed).toMatch(/immediate/i)
    expect(group.action.detailed).not.toMatch(/same-day/i)
  })

  it('sends a limb getting weaker and the signs of a squeezed spinal cord to a doctor the same day', () => {
    const group = groupOf('weaker-limb')
    expect(group.urgency).toBe('same-day')
    expect(groupOf('clumsy-hands')).toBe(group)
    expect(groupOf('unsteady-walking')).toBe(group)
    expect(group.heading.plain).toBe('See a doctor today')
    expect(group.heading.detailed).toBe('Same-day medical assessment')
    expect(group.action.plain).toMatch(/seen today/)
    // between the emergency room and the within-days visit
    const order = WARNING_SIGNS.groups.map((g) => g.urgency)
    expect(order.indexOf('same-day')).toBe(order.indexOf('emergency-care') + 1)
    expect(order.indexOf('within-days')).toBe(order.indexOf('same-day') + 1)
    expect(plainOf('weaker-limb')).toMatch(/foot that drops or catches/)
    expect(plainOf('weaker-limb')).toMatch(/hand that drops things/)
    expect(plainOf('clumsy-hands')).toMatch(/clumsy.*buttons/)
    expect(plainOf('unsteady-walking')).toMatch(/less steady as you walk/)
  })

  it('cites the same-day signs to sources that say so: foot drop to the NHS Lothian pathway, the cord signs to the myelopathy reviews', () => {
    const sourcesOf = (id: string) => allSigns().find((s) => s.id === id)?.sources ?? []
    expect(sourcesOf('weaker-limb')).toEqual(expect.arrayContaining(['lothianLumbarRedFlags', 'humberSpinePathway']))
    for (const id of ['clumsy-hands', 'unsteady-walking']) {
      expect(sourcesOf(id), id).toEqual(expect.arrayContaining(['davies2018', 'mccartney2018']))
    }
  })

  it('asks for an urgent doctor’s visit for fever, numbness for a few days, injury, weight loss, night pain, pain between the shoulder blades and pain worse on coughing', () => {
    for (const id of ['fever', 'nerves', 'injury', 'weight-loss', 'night-pain', 'upper-back-pain', 'cough-sneeze']) {
      expect(groupOf(id).urgency, id).toBe('within-days')
    }
    // as the NHS page puts it: an urgent appointment, with no number of days (it said "within days", which a reader
    // with a fever could take as later this week: a content review, s38)
    expect(groupOf('fever').heading.plain).toMatch(/urgent visit/i)
    expect(JSON.stringify(WARNING_SIGNS)).not.toMatch(/within days/i)
    expect(plainOf('upper-back-pain')).toMatch(/between your shoulder blades/)
    expect(plainOf('cough-sneeze')).toMatch(/hurts more when you cough, sneeze/)
    expect(plainOf('nerves')).toMatch(/numb or tingly for a few days/)
    expect(plainOf('nerves')).not.toMatch(/weak/i)
  })

  it('keeps a check at a routine visit for sounds that hurt and pain that does not settle', () => {
    expect(groupOf('sound-with-pain').urgency).toBe('routine')
    expect(groupOf('not-settling').urgency).toBe('routine')
  })

  it('says each piece of advice once for the printed page, after everyone it is for, in the list’s order', () => {
    const lines = precautionLines(WARNING_SIGNS.precautions, false)
    // weak bones and cancer or steroids ask the same: one line, both named, the advice once
    const shared = lines.find((l) => l.ids.includes('bones'))!
    expect(shared.ids).toEqual(['bones', 'cancer-steroids'])
    const advice = WARNING_SIGNS.precautions.find((p) => p.id === 'bones')!.advice.plain
    expect(shared.text.split(advice)).toHaveLength(2)
    expect(shared.text).toMatch(/weak bones.*cancer/)
    // nobody is left out, nothing is said twice, and the first line is still the first precaution
    expect(lines.flatMap((l) => l.ids).sort()).toEqual(WARNING_SIGNS.precautions.map((p) => p.id).sort())
    expect(new Set(lines.map((l) => l.text)).size).toBe(lines.length)
    expect(lines[0]!.ids[0]).toBe(WARNING_SIGNS.precautions[0]!.id)
  })

  it('has a precaution, printed with every card, for each skip line the handout leaves to the precautions', () => {
    for (const [line, id] of Object.entries(SKIPS_IN_PRECAUTIONS)) {
      const precaution = WARNING_SIGNS.precautions.find((p) => p.id === id)
      expect(precaution, `${line} → ${id}`).toBeDefined()
      expect(precaution?.neckOnly, id).toBeUndefined()
    }
    // and the lines are the cards' own
    const lines = new Set(STRETCHES.flatMap((c) => c.skipIf))
    for (const line of Object.keys(SKIPS_IN_PRECAUTIONS)) expect(lines.has(line), line).toBe(true)
  })

  it('keeps precautions such as pregnancy apart from the warning signs', () => {
    const precautions = WARNING_SIGNS.precautions.map((p) => p.id)
    expect(precautions).toEqual(expect.arrayContaining(['pregnancy', 'bones', 'stroke-risk', 'inflammatory-arthritis']))
    const signs = allSigns().map((s) => s.id)
    for (const id of precautions) expect(signs).not.toContain(id)
    expect(precautionText(WARNING_SIGNS.precautions[0]!, false)).toMatch(/pregnant.*lying on your back/)
  })

  it('cites swelling and fever to a source that lists them, not to the neck-manipulation guideline', () => {
    for (const id of ['swelling', 'fever']) {
      const s = allSigns().find((x) => x.id === id)!
      expect(s.sources, id).not.toContain('osuCervicalCpg')
      expect(s.sources, id).toContain('nhsBackPain')
    }
  })
})

describe('the warning-sign schema enforces the safety rules', () => {
  const fails = (data: unknown) => expect(warningSigns.safeParse(data).success).toBe(false)

  it('rejects a group without an action', () => {
    const data = copy() as unknown as { groups: Record<string, unknown>[] }
    delete data.groups[1]!.action
    fails(data)
  })

  it('rejects an action without a source', () => {
    const data = copy()
    data.groups[2]!.action.sources = []
    fails(data)
  })

  it('rejects a warning sign outside any group', () => {
    const data = { ...copy(), signs: [allSigns()[0]] }
    fails(data)
  })

  it('rejects a warning sign listed among the precautions', () => {
    const data = copy() as unknown as { precautions: unknown[] }
    data.precautions.push(allSigns()[0])
    fails(data)
  })

  it('rejects a precaution such as pregnancy moved into a group of warning signs', () => {
    const data = copy() as unknown as { groups: { signs: unknown[] }[]; precautions: { id: string }[] }
    const i = data.precautions.findIndex((p) => p.id === 'pregnancy')
    data.groups[2]!.signs.push(...data.precautions.splice(i, 1))
    fails(data)
  })

  it('rejects a stroke group that sends people to an emergency department, or names no number', () => {
    const toDepartment = copy()
    toDepartment.groups[0]!.action.plain = 'Go to an emergency department now. Call 911 if you cannot.'
    fails(toDepartment)
    const noNumber = copy()
    noNumber.groups[0]!.action.plain = 'Get help now.'
    expect(EMERGENCY_NUMBER.test(noNumber.groups[0]!.action.plain)).toBe(false)
    fails(noNumber)
  })

  it('rejects groups out of urgency order', () => {
    const data = copy()
    data.groups.reverse()
    fails(data)
  })

  it('rejects the same id twice', () => {
    const data = copy()
    data.groups[3]!.signs.push({ ...data.groups[2]!.signs[0]! })
    fails(data)
  })
})

/**
 * The urgency scale the conditions use: a limb getting weaker goes to a doctor the same day at the latest.
 * These find worsening weakness in a sign's text, in either language, leaving out the sentences that only
 * point to another group ("… belongs with the same-day signs", "… está entre los signos para el mismo día").
 */
const WORSENING_WEAKNESS = {
  en: [
    /\b(gets|getting|grows|growing) weaker\b/i,
    /\bweak\b.*\b(worse|worsening)\b/i,
    /\b(worsening|progressive)\b.*\b(weakness|deficit)\b/i,
  ],
  es: [
    /\bpierden? fuerza\b/i,
    /\bm[aá]s d[eé]bil/i,
    /\b(sin fuerza|d[eé]bil|debilidad|d[eé]ficit)\b.*\b(peor|empeora|progresiv[oa])\b/i,
  ],
}
const CROSS_REFERENCE = /\bbelongs with\b|\best[aá] entre los signos\b/i

function worseningWeakness(text: string, lang: 'en' | 'es'): boolean {
  const own = text
    .split(/(?<=[.;])\s+/)
    .filter((sentence) => !CROSS_REFERENCE.test(sentence))
    .join(' ')
  return WORSENING_WEAKNESS[lang].some((re) => re.test(own))
}

/** Each sign that speaks of worsening weakness but sits in a group less urgent than same-day. */
function tooLate(data: WarningSigns, lang: 'en' | 'es'): string[] {
  const limit = URGENCIES.indexOf('same-day')
  return data.groups.flatMap((g) =>
    URGENCIES.indexOf(g.urgency) > limit
      ? g.signs
          .filter((s) => worseningWeakness(s.plain, lang) || worseningWeakness(s.detailed, lang))
          .map((s) => `${g.id}/${s.id}`)
      : [],
  )
}

/** Each sign that speaks of worsening weakness, anywhere. */
const weakening = (data: WarningSigns, lang: 'en' | 'es') =>
  allSigns(data).filter((s) => worseningWeakness(s.plain, lang) || worseningWeakness(s.detailed, lang))

describe('worsening weakness on the urgency scale', () => {
  const spanish = localizeWarningSigns(WARNING_SIGNS, WARNING_SIGNS_ES)

  it('is never in a group less urgent than same-day, in English or in Spanish', () => {
    expect(tooLate(WARNING_SIGNS, 'en')).toEqual([])
    expect(tooLate(spanish, 'es')).toEqual([])
    // and the signs are there to be found, in both languages
    expect(weakening(WARNING_SIGNS, 'en').map((s) => s.id)).toContain('weaker-limb')
    expect(weakening(spanish, 'es').map((s) => s.id)).toContain('weaker-limb')
  })

  it('catches a weakening limb moved to within days, and the old wording of the nerves line', () => {
    const moved = (data: WarningSigns): WarningSigns => {
      const out = structuredClone(data)
      const today = out.groups.find((g) => g.urgency === 'same-day')!
      const later = out.groups.find((g) => g.urgency === 'within-days')!
      later.signs.push(...today.signs.splice(0, 1))
      return out
    }
    expect(tooLate(moved(WARNING_SIGNS), 'en')).toContain('see-soon/weaker-limb')
    expect(tooLate(moved(spanish), 'es')).toContain('see-soon/weaker-limb')
    // the wording this replaced: weak for days, "or it keeps getting worse", within days
    expect(
      worseningWeakness('An arm or leg has felt weak, numb or tingly for a few days. Or it keeps getting worse.', 'en'),
    ).toBe(true)
    expect(
      worseningWeakness('Un brazo o una pierna lleva días sin fuerza, dormido o con hormigueo. O va a peor.', 'es'),
    ).toBe(true)
    expect(worseningWeakness('New or worsening neurological deficit developing over days.', 'en')).toBe(true)
    expect(worseningWeakness('Déficit neurológico nuevo o que empeora a lo largo de días.', 'es')).toBe(true)
  })
})
