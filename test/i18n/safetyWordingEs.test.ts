import { describe, expect, it } from 'vitest'
import { NEURAL_IDS } from '../../src/anatomy/neural'
import { CONDITIONS } from '../../src/content/conditions'
import { WARNING_SIGNS } from '../../src/content/redFlags'
import { ES_CATALOG } from '../../src/i18n/es'
import { CONDITIONS_ES } from '../../src/i18n/es/conditions'
import { neuralFactsEs } from '../../src/i18n/es/neuralInfo'
import { WARNING_SIGNS_ES } from '../../src/i18n/es/redFlags'
import { localizeWarningSigns } from '../../src/i18n/overlay'

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
})
