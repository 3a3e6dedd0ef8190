import { describe, expect, it } from 'vitest'
import {
  allSigns,
  EMERGENCY_NUMBER,
  PRECAUTIONS_HEADING,
  PRECAUTIONS_INTRO,
  precautionText,
  type SignGroup,
  WARNING_SIGNS,
  type WarningSigns,
} from '../../src/content/redFlags'
import { warningSigns } from '../../src/content/redFlagsSchema'
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
    for (const id of ['sudden-head-neck', 'dizzy', 'seeing', 'speaking', 'swallowing', 'face', 'one-side']) {
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
    expect(group.action.plain).toMatch(/emergency room/i)
  })

  it('asks for a doctor within days for fever, new or worsening weakness, injury, weight loss and night pain', () => {
    for (const id of ['fever', 'nerves', 'injury', 'weight-loss', 'night-pain']) {
      expect(groupOf(id).urgency, id).toBe('within-days')
    }
    expect(groupOf('fever').heading.plain).toMatch(/within days/i)
  })

  it('keeps a check at a routine visit for sounds that hurt and pain that does not settle', () => {
    expect(groupOf('sound-with-pain').urgency).toBe('routine')
    expect(groupOf('not-settling').urgency).toBe('routine')
  })

  it('keeps precautions such as pregnancy apart from the warning signs', () => {
    const precautions = WARNING_SIGNS.precautions.map((p) => p.id)
    expect(precautions).toEqual(expect.arrayContaining(['pregnancy', 'bones', 'stroke-risk']))
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
