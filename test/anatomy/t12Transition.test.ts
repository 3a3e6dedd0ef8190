import { describe, expect, it } from 'vitest'
import { structureInfo } from '../../src/anatomy/info'
import { ANATOMY_ES } from '../../src/i18n/es/anatomy'
import { localizeStructureInfo } from '../../src/i18n/overlay'
import { expectPlain } from '../content/readability'
import { expectPlainEs } from '../content/readabilityEs'

/*
 * T12, the transitional vertebra. The model follows the measured means (Masharawi 2004), in which T12's upper
 * facets already face the midline as lumbar ones do; most texts and exams teach T12 with thoracic upper facets
 * and lumbar lower ones. A student found the panel never said the two differ (s33 review, item 4).
 */

const english = structureInfo('T12').facts
const spanish = localizeStructureInfo('T12', structureInfo('T12'), ANATOMY_ES).facts
/** The fact that sets the model's answer beside the textbook's and the measured ones: the one citing Pal & Routal. */
const at = english.findIndex((f) => f.sources.includes('palRoutal1999'))

describe('T12, the transitional vertebra', () => {
  it('says what the textbooks teach, and how measured spines differ, citing the CT and dry-bone studies', () => {
    expect(at).toBeGreaterThanOrEqual(0)
    const f = english[at]!
    expect(f.sources).toEqual(expect.arrayContaining(['singer1988', 'palRoutal1999', 'masharawi2004']))
    // the textbook answer: thoracic-type upper facets, lumbar-type lower ones
    // the model's answer first, then the textbook's (student review: the answer came last, after nine sentences)
    expect(f.plain).toMatch(
      /^In this model, the joints change at T11: its upper faces are like the upper back’s, its lower faces like the low back’s\. Many textbooks teach T12 as the bone where the joints change, one bone lower\./,
    )
    expect(f.detailed).toMatch(
      /^In this model T11 is the transitional vertebra \(thoracic-type superior facets, lumbar-type inferior facets\), one level above the T12 that many anatomy texts teach/,
    )
    // Singer 1988: abrupt at T12 in 29 %, T11 in 16 %, L1 in 0.5 %; gradual over T11 and T12 in 54 %
    expect(f.plain).toMatch(/at T12 in 29 of 100\. It came at T11 in 16 of 100, and hardly ever at L1/)
    expect(f.plain).toMatch(/In about half, it came bit by bit over T11 and T12/)
    expect(f.detailed).toMatch(/at T12 in 29 %, at T11 in 16 % and at L1 in 0\.5 %, and in 54 %/)
    // Pal & Routal 1999: gradual over two or three vertebrae in 41 of 44 dry columns
    expect(f.plain).toMatch(/two or three bones in 41 of 44/)
    expect(f.detailed).toMatch(/44 dry columns .* two or three vertebrae in 41/)
    // and which of the two the model shows
    expect(f.plain).toMatch(
      /This model follows the measured averages\. In them, T12’s upper faces already turn toward the middle, so the change sits at the joint between T11 and T12\./,
    )
    // and where that puts the model's change, against the textbook's (content review: left unsaid, a student
    // would ask which one the app means)
    expect(f.detailed).toMatch(/its change lies at the T11–T12 joint\./)
    // the bone's first fact no longer says T12 itself is where the back turns
    expect(english[0]!.plain).toMatch(/around T11 and T12/)
    expect(spanish[0]!.plain).toMatch(/hacia T11 y T12/)
    expect(spanish[at]!.plain).toMatch(/^En este modelo, las articulaciones cambian en T11/)
    expectPlain('T12 transition', f.plain)
  })

  it('comes right after T12’s own measured fact, and no longer says the change differs only “a little”', () => {
    expect(english[at - 1]?.sources).toEqual(['singer1988', 'masharawi2004'])
    for (const f of english) expect(f.plain).not.toMatch(/differs a little/)
    for (const f of spanish) expect(f.plain).not.toMatch(/varía un poco/)
  })

  it('says the same in Spanish, with its sources, a decimal comma and plain words', () => {
    const f = spanish[at]!
    expect(f.sources).toEqual(english[at]!.sources)
    expect(f.plain).toMatch(/Muchos libros enseñan que cambian en T12, un hueso más abajo/)
    expect(f.plain).toMatch(/en T12 en 29 de cada 100\. Llegaba en T11 en 16 de cada 100/)
    expect(f.plain).toMatch(/En cerca de la mitad, llegaba poco a poco entre T11 y T12/)
    expect(f.plain).toMatch(/41 de 44/)
    expect(f.plain).toMatch(
      /Este modelo sigue las medias de los estudios\. En ellas, las caras de arriba de T12 ya miran hacia el centro, así que el cambio está en la articulación entre T11 y T12\./,
    )
    expect(f.detailed).toMatch(/vértebra de transición/)
    expect(f.detailed).toMatch(/en T12 en el 29 %, en T11 en el 16 % y en L1 en el 0,5 %, y en el 54 %/)
    expect(f.detailed).toMatch(/dos o tres vértebras en 41/)
    for (const text of [f.plain, f.detailed]) {
      expect(text).not.toMatch(/\d\.\d/)
      expect(text).not.toMatch(/\bcasi (siempre|todos|todas|toda|todo)\b/i)
    }
    expectPlainEs('T12 transition', f.plain)
  })

  it('is said on T11’s own panel too, the model’s transitional bone, first, in both languages', () => {
    // a student looking for the model's change found T11's panel silent (student review)
    const t11 = structureInfo('T11').facts[0]!
    expect(t11.plain).toMatch(/^In this model, T11 is the bone where the joints change\./)
    expect(t11.plain).toMatch(/Many textbooks put this change one bone lower, at T12/)
    expect(t11.detailed).toMatch(/^In this model T11 is the transitional vertebra/)
    expect(t11.sources).toEqual(['masharawi2004', 'singer1988'])
    expectPlain('T11 transition', t11.plain)
    const t11Es = localizeStructureInfo('T11', structureInfo('T11'), ANATOMY_ES).facts[0]!
    expect(t11Es.plain).toMatch(/^En este modelo, T11 es el hueso donde cambian las articulaciones\./)
    expect(t11Es.sources).toEqual(t11.sources)
    expectPlainEs('T11 transition', t11Es.plain)
  })

  it('says how T11’s and T12’s own ribs join them: one whole face on the body, none on the side arms', () => {
    // their panels gave only the region's 'from T1 to T10, each rib joins its bone in two spots' (student review)
    for (const bone of ['T11', 'T12'] as const) {
      const facts = structureInfo(bone).facts
      const rib = facts.find((f) => /one whole costal facet/.test(f.detailed))
      expect(rib, bone).toBeDefined()
      expect(rib!.detailed, bone).toMatch(/none on its transverse processes/)
      expect(rib!.plain, bone).toMatch(/at one spot only/)
      expectPlain(`${bone} rib`, rib!.plain)
      const es = localizeStructureInfo(bone, structureInfo(bone), ANATOMY_ES).facts[facts.indexOf(rib!)]!
      expect(es.plain, bone).toMatch(/en un solo punto/)
      expectPlainEs(`${bone} rib`, es.plain)
    }
  })
})
