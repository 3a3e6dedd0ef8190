import { describe, expect, it } from 'vitest'
import { NERVE_ROOTS, type NerveRoot } from '../../src/anatomy/neural'
import { neuralInfo } from '../../src/anatomy/neuralInfo'
import { ROOT_EXAM_EN, TABLED_ROOTS } from '../../src/anatomy/rootExam'
import { ANATOMY_ES } from '../../src/i18n/es/anatomy'
import { ROOT_EXAM_ES } from '../../src/i18n/es/rootExam'

const facts = (root: NerveRoot) => neuralInfo(`nerve:${root}:left`).facts
/** The fact that says where the root is tested: the one citing the ISNCSCI chart. */
const serves = (root: NerveRoot) => facts(root).find((f) => f.sources.includes('kirshblum2011'))

describe('what each nerve root serves, as the standard examination tests it', () => {
  it('gives every root from C2 to S5 its test point, and claims none for C1 and the coccygeal root', () => {
    for (const root of NERVE_ROOTS) {
      if (root === 'C1' || root === 'Co1') expect(serves(root), root).toBeUndefined()
      else expect(serves(root)?.plain, root).toMatch(/A doctor can check its feeling by touching/)
    }
  })

  it('puts the test points where the ISNCSCI chart puts them', () => {
    const points: Partial<Record<NerveRoot, RegExp>> = {
      C2: /external occipital protuberance/,
      C3: /supraclavicular fossa/,
      C4: /acromioclavicular joint/,
      C5: /lateral \(radial\) side of the antecubital fossa/,
      C6: /proximal phalanx of the thumb/,
      C7: /proximal phalanx of the middle finger/,
      C8: /proximal phalanx of the little finger/,
      T1: /medial \(ulnar\) side of the antecubital fossa/,
      T2: /apex of the axilla/,
      T4: /fourth intercostal space at the midclavicular line, at nipple level/,
      T6: /midclavicular line at the level of the xiphisternum/,
      T10: /midclavicular line at the level of the umbilicus/,
      T12: /midpoint of the inguinal ligament/,
      L2: /anteromedial thigh/,
      L3: /medial femoral condyle/,
      L4: /medial malleolus/,
      L5: /third metatarsophalangeal joint/,
      S1: /lateral heel/,
      S2: /popliteal fossa/,
      S3: /ischial tuberosity/,
      S4: /perianal/,
      S5: /perianal/,
    }
    for (const [root, point] of Object.entries(points)) {
      expect(serves(root as NerveRoot)?.detailed, root).toMatch(point)
    }
    // the chart tests S4 and S5 at one point, and says so
    expect(serves('S4')?.plain).toBe(serves('S5')?.plain)
    expect(serves('S4')?.plain).toMatch(/one test for S4 and S5/)
  })

  it('names a key muscle for the chart’s ten motor levels only', () => {
    const withMuscle = NERVE_ROOTS.filter((r) => /Key muscle/.test(serves(r)?.detailed ?? ''))
    expect(withMuscle).toEqual(['C5', 'C6', 'C7', 'C8', 'T1', 'L2', 'L3', 'L4', 'L5', 'S1'])
    expect(serves('L5')?.detailed).toMatch(/extensor hallucis longus/)
    expect(serves('L5')?.plain).toMatch(/lift the big toe/)
    expect(serves('L4')?.detailed).toMatch(/tibialis anterior/)
    expect(serves('C7')?.detailed).toMatch(/triceps/)
  })

  it('says the two tables put pulling the foot up at different roots only where that muscle is in question', () => {
    // an aside about tibialis anterior under the elbow's or the hip's muscle read as being about that root
    const aside = /Tibialis anterior is put at L4 in ISNCSCI and at L5/
    expect(serves('L4')?.detailed).toMatch(aside)
    expect(serves('L5')?.detailed).toMatch(aside)
    for (const root of ['C5', 'C7', 'T1', 'L2', 'L3', 'S1'] as const) {
      expect(serves(root)?.detailed, root).not.toMatch(/tibialis/i)
      expect(serves(root)?.detailed, root).toMatch(/two or more segments/)
    }
  })

  it('gives a reflex only where a radiculopathy table gives one, and says when the table gives none', () => {
    const reflexOf = (root: NerveRoot) => serves(root)?.detailed.match(/Tendon reflex: ([^.]+)\./)?.[1]
    expect(reflexOf('C5')).toBe('the biceps reflex')
    expect(reflexOf('C6')).toBe('the biceps and brachioradialis reflexes')
    expect(reflexOf('C7')).toBe('the triceps reflex')
    expect(reflexOf('L4')).toMatch(/knee/)
    expect(reflexOf('S1')).toMatch(/ankle/)
    for (const root of ['C8', 'L2', 'L3', 'L5'] as const) {
      expect(reflexOf(root), root).toBeUndefined()
      expect(serves(root)?.detailed, root).toMatch(/table lists no tendon reflex for this root/)
      expect(serves(root)?.plain, root).not.toMatch(/reflex/)
    }
    for (const root of ['T6', 'L1', 'S2'] as const) expect(serves(root)?.detailed, root).not.toMatch(/reflex/i)
    // the table that gives (or withholds) the reflex is cited with it
    expect(serves('C6')?.sources).toContain('kang2020')
    expect(serves('L5')?.sources).toContain('engstrom2015')
    expect(serves('T6')?.sources).not.toContain('engstrom2015')
  })

  it('says a muscle has more than one root, so L4’s test and L5’s weak foot do not contradict each other', () => {
    for (const root of ['C5', 'T1', 'L4', 'L5', 'S1'] as const) {
      expect(serves(root)?.plain, root).toMatch(/more than one root, so this is the main test, not the only one/)
      // Harrison's footnote: the muscle gets most of its nerves from the root
      expect(serves(root)?.sources, root).toContain('engstrom2015')
    }
    expect(serves('T6')?.plain).not.toMatch(/more than one root/)
  })

  it('says a squeezed root has look-alikes, and only an exam tells them apart', () => {
    const squeezedOf = (root: NerveRoot) => facts(root).find((f) => /squeezed/.test(f.plain))
    for (const root of ['C5', 'C6', 'C7', 'C8'] as const)
      expect(squeezedOf(root)?.plain, root).toMatch(
        /pinched at the elbow or wrist can feel the same\. Only an exam can tell/,
      )
    for (const root of ['L2', 'L3', 'L4', 'L5', 'S1'] as const)
      expect(squeezedOf(root)?.plain, root).toMatch(/Only an exam can tell what is causing it/)
  })

  it('says skin areas overlap and vary, and that the trunk’s are bands', () => {
    for (const root of ['C6', 'T8', 'S1'] as const) {
      expect(serves(root)?.plain, root).toMatch(/overlaps.*differs from person to person/)
      expect(serves(root)?.sources, root).toContain('lee2008dermatomes')
    }
    // one root's band goes round one side only
    expect(serves('T8')?.plain).toMatch(/band round one side of the body, from the spine to the front/)
    expect(serves('C6')?.plain).not.toMatch(/band/)
  })

  it('tells what a squeezed root gives, from the tables, just before the warning signs', () => {
    for (const root of TABLED_ROOTS) {
      const list = facts(root)
      const squeezed = list.findIndex((f) => /^When this root is squeezed/.test(f.plain))
      expect(squeezed, root).toBe(list.length - 2)
      expect(list.at(-1)?.sources, root).toContain('nhsCaudaEquina')
    }
    const squeezedOf = (root: NerveRoot) => facts(root).find((f) => /squeezed/.test(f.plain))
    expect(squeezedOf('L5')?.plain).toMatch(/top of the foot/)
    expect(squeezedOf('L5')?.sources).toEqual(['engstrom2015'])
    expect(squeezedOf('S1')?.plain).toMatch(/sole/)
    expect(squeezedOf('C6')?.plain).toMatch(/thumb and index finger/)
    expect(squeezedOf('C6')?.sources).toEqual(['kang2020'])
    expect(squeezedOf('T6')).toBeUndefined()
  })

  it('says the same in Spanish, root by root', () => {
    for (const part of ['skin', 'muscle', 'reflex', 'squeezed'] as const) {
      expect(Object.keys(ROOT_EXAM_ES[part]).sort(), part).toEqual(Object.keys(ROOT_EXAM_EN[part]).sort())
    }
    const spanish = (root: NerveRoot) => ANATOMY_ES.neuralFacts(`nerve:${root}:left`)
    for (const root of NERVE_ROOTS) expect(spanish(root).length, root).toBe(facts(root).length)
    const l5 = spanish('L5').map((f) => f.plain)
    expect(l5).toContainEqual(expect.stringMatching(/el médico puede tocarle el dorso del pie/))
    expect(l5).toContainEqual(expect.stringMatching(/levante el dedo gordo del pie/))
    expect(l5).toContainEqual(expect.stringMatching(/^Cuando algo presiona esta raíz/))
    expect(spanish('L4').map((f) => f.detailed)).toContainEqual(expect.stringMatching(/maléolo medial/))
  })
})
