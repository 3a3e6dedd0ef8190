import { describe, expect, it } from 'vitest'
import { parseStructureId, STRUCTURE_IDS, type StructureId } from '../../src/anatomy/ids'
import { type Fact, structureInfo } from '../../src/anatomy/info'
import { SOURCES } from '../../src/anatomy/sources'
import { expectPlain } from '../content/readability'

const factsOf = (id: StructureId): readonly Fact[] => structureInfo(id).facts
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+/)
/** Both versions of a fact, as the panel shows one or the other. */
const bothVersions = (f: Fact): string[] => [f.plain, f.detailed]

describe('info panel facts', () => {
  it('gives every fact of every structure a plain version a patient can read, and a source', () => {
    for (const id of STRUCTURE_IDS) {
      const facts = factsOf(id)
      expect(facts.length, id).toBeGreaterThan(0)
      facts.forEach((f, i) => {
        expectPlain(`${id} fact ${i + 1}`, f.plain)
        expect(f.detailed.length, `${id} fact ${i + 1} detailed`).toBeGreaterThan(3)
        expect(f.sources.length, `${id} fact ${i + 1} sources`).toBeGreaterThan(0)
        for (const key of f.sources) expect(SOURCES, `${id} fact ${i + 1}`).toHaveProperty(key)
      })
    }
  })

  it('says the upper lumbar facets, the ones near the midline plane, are the ones that limit twisting', () => {
    for (const id of ['L3', 'facet:L4-L5:left'] as const) {
      const orientation = factsOf(id).find((f) => /twist|rotat/i.test(f.detailed))
      expect(orientation, id).toBeDefined()
      for (const text of bothVersions(orientation!)) {
        const limits = sentencesOf(text).filter(
          (s) => /(limit|block|stop|resist|lock)/i.test(s) && /(twist|rotat)/i.test(s),
        )
        expect(limits.length, text).toBeGreaterThan(0)
        for (const s of limits) {
          expect(s, 'names the upper lumbar levels').toMatch(/T12|L1|L2|upper|top/i)
          expect(s, 'does not credit the lower, more coronal facets').not.toMatch(/coronal|L3|L5|lower/i)
        }
      }
    }
  })

  it('does not say most nodding happens where the skull meets the atlas: it gives the measured nod, and the teaching share as one', () => {
    const skullJoint = factsOf('facet:C0-C1:left').filter((f) => /nod|flexion/i.test(f.detailed))
    expect(skullJoint.length).toBeGreaterThan(0)
    for (const f of skullJoint) {
      for (const text of bothVersions(f)) expect(text).not.toMatch(/\bmost\b/i)
      // the measured range on MRI (Kaneko 2018), from chin down to chin up, not each way
      expect(f.plain).toMatch(/10 degrees in all/)
      expect(f.detailed).toMatch(/9\.9°/)
      expect(f.sources).toContain('kaneko2018')
      // the teaching figure of 'about half' stays a teaching figure, with no measured share behind it
      expect(f.detailed).toMatch(/half.*no measured share/i)
      expect(f.sources).toContain('upperCervicalShare')
    }
  })

  it('tells each neck joint, and only those, not to chase a pop, with the warning signs, as a safety note', () => {
    for (const id of STRUCTURE_IDS) {
      const p = parseStructureId(id)
      if (p?.kind !== 'facet') continue
      const neck = p.joint.upper === 'C0' || p.joint.upper.startsWith('C')
      const cautions = factsOf(id).filter((f) => f.caution)
      expect(cautions.length, id).toBe(neck ? 1 : 0)
      for (const f of cautions) {
        expect(f.plain, id).toMatch(/do not force a pop/)
        expect(f.plain, id).toMatch(/headache.*dizzy.*seeing or talking.*call for help at once/)
        expect(f.sources, id).toEqual(expect.arrayContaining(['mosby2011', 'strokeSigns']))
      }
    }
    for (const id of STRUCTURE_IDS)
      if (!id.startsWith('facet:'))
        expect(
          factsOf(id).some((f) => f.caution),
          id,
        ).toBe(false)
  })

  it('never says the vertebral artery runs through C7: it usually enters at C6', () => {
    for (const id of STRUCTURE_IDS) {
      for (const f of factsOf(id)) {
        if (!/vertebral artery/i.test(f.detailed)) continue
        expect(f.detailed, id).toMatch(/C6/)
        expect(f.detailed, id).not.toMatch(/(through|in|of) (the foramina of )?C7|C1[–-]C7|C7[–-]C1/)
        expect(f.plain, id).toMatch(/C6/)
        expect(f.sources, id).toContain('vertebralArteryEntry')
      }
    }
    const c7 = factsOf('C7').filter((f) => /vertebral artery/i.test(f.detailed))
    expect(c7.length, 'C7 says whether the artery passes it').toBeGreaterThan(0)
    for (const f of c7) for (const text of bothVersions(f)) expect(text).toMatch(/(usually|most often)[^.]*C6/)
  })

  it('puts the 20° facet slope on the atlas, whose lower facets it was measured on, not on the axis', () => {
    const slope = (id: StructureId) => factsOf(id).filter((f) => f.sources.includes('neumann2010'))
    expect(slope('C1').some((f) => /20°/.test(f.detailed) && /inferior/.test(f.detailed))).toBe(true)
    for (const f of factsOf('C2')) expect(f.detailed).not.toMatch(/20°/)
  })

  it('gives the generated disc and coccyx facts plain versions with their numbers', () => {
    const lumbarWedge = factsOf('disc:L4-L5').find((f) => /wedge/.test(f.detailed))
    expect(lumbarWedge?.plain).toMatch(/\d+\.\d°\), thicker in front/)
    expect(lumbarWedge?.plain).toMatch(/low back/)
    expect(factsOf('coccyx')[0]?.plain).toMatch(/76 of 100/)
  })
})

describe('what a facet joint says of its orientation agrees with the angle listed beside it', () => {
  const fromCoronal = (id: StructureId) =>
    structureInfo(id).dimensions.find((d) => /coronal/.test(d.label))?.measure.value
  it('calls a joint near-coronal (roof tiles) only where its listed angle is within 35° of the coronal plane', () => {
    for (const id of STRUCTURE_IDS.filter((s) => s.startsWith('facet:'))) {
      const angle = fromCoronal(id)
      const text = factsOf(id)
        .map((f) => f.detailed)
        .join(' ')
      if (/close to the coronal plane/.test(text)) expect(Math.abs(angle ?? 0), id).toBeLessThan(35)
    }
    // the thoracolumbar junction: lumbar-like, 64.1° and 60.1° from coronal in the model
    expect(factsOf('facet:T12-L1:left').some((f) => /thoracolumbar junction/.test(f.detailed))).toBe(true)
    expect(factsOf('facet:T11-T12:right').some((f) => /roof tiles/.test(f.plain))).toBe(false)
  })

  it('gives no bone two opposite accounts of how its facets stand (a review found T12, C1 and C2 did)', () => {
    const says = (id: StructureId, pattern: RegExp) =>
      factsOf(id).some((f) => bothVersions(f).some((t) => pattern.test(t)))
    // T12 is lumbar-like: not also the thoracic roof tiles near the coronal plane
    expect(says('T12', /midsagittal/)).toBe(true)
    expect(says('T12', /roof|close to the coronal plane/)).toBe(false)
    expect(says('T11', /tiles on a steep roof/)).toBe(true)
    // the atlas's and axis's joint with each other slopes about 20°, not the neck's textbook 45°
    expect(says('C1', /20°/)).toBe(true)
    for (const id of ['C1', 'C2'] as const) expect(says(id, /45°|halfway between flat and upright/), id).toBe(false)
    expect(says('C3', /45°/)).toBe(true)
    // a joint reads as its numbers do, from the facet of the bone below: C7–T1's is T1's, a thoracic facet
    expect(says('facet:C7-T1:left', /close to the coronal plane/)).toBe(true)
    expect(says('facet:C7-T1:left', /45°/)).toBe(false)
    expect(says('facet:C6-C7:left', /45°/)).toBe(true)
    expect(says('facet:L5-S1:left', /midsagittal/)).toBe(true)
  })

  it('says the spinous process splits in two from C2 to C6, as the quiz and the parts list do', () => {
    for (const id of ['C2', 'C3', 'C6'] as const)
      expect(
        factsOf(id).some((f) => /bifid/.test(f.detailed)),
        id,
      ).toBe(true)
    for (const id of ['C1', 'C7'] as const)
      expect(
        factsOf(id).some((f) => /bifid/.test(f.detailed)),
        id,
      ).toBe(false)
  })
})

describe('which facets a bone’s facet row is about', () => {
  it('names the upper facets, which it measures, where C1’s text speaks of its lower ones', () => {
    const row = structureInfo('C1').dimensions.find((d) => /inclination/.test(d.label))
    expect(row?.label).toBe('Upper facet inclination to horizontal')
    expect(
      // a textbook figure ([L] in the reference), told as one
      structureInfo('C1').facts.some((f) =>
        /lower joint faces slope down a little.*A textbook says about 20°/.test(f.plain),
      ),
    ).toBe(true)
    expect(row?.measure.value).not.toBe(20)
  })
})

describe('the features of a level that books teach and exams ask for (student review s38, M5)', () => {
  const detailed = (id: StructureId) => structureInfo(id).facts.map((f) => f.detailed)
  it('names them on the bone’s panel, each with a source', () => {
    for (const level of ['C3', 'C5', 'C7'] as const)
      expect(detailed(level).join(' '), level).toMatch(/uncovertebral joint/)
    for (const level of ['C3', 'C6'] as const)
      expect(detailed(level).join(' '), level).toMatch(/anterior and a posterior tubercle/)
    expect(detailed('C6').join(' ')).toMatch(/carotid tubercle/)
    expect(detailed('C5').join(' ')).not.toMatch(/carotid/)
    expect(detailed('T1').join(' ')).toMatch(/whole costal facet .* first rib/)
    expect(detailed('T6').join(' ')).toMatch(/heart-shaped/)
    expect(detailed('T6').join(' ')).toMatch(/superior and an inferior costal demifacet/)
    // T1 and T10–T12 have whole facets, not the typical pair of half ones
    for (const level of ['T1', 'T10', 'T11', 'T12'] as const)
      expect(detailed(level).join(' '), level).not.toMatch(/superior and an inferior costal demifacet/)
    for (const level of ['L1', 'L4', 'L5'] as const) {
      expect(detailed(level).join(' '), level).toMatch(/kidney-shaped/)
      expect(detailed(level).join(' '), level).toMatch(/mammillary process .* accessory process/)
    }
    for (const level of ['C6', 'T6', 'L4'] as const)
      for (const fact of structureInfo(level).facts)
        expect(fact.sources.length, `${level}: ${fact.detailed}`).toBeGreaterThan(0)
  })
})
