import { describe, expect, it } from 'vitest'
import { STRUCTURE_IDS } from '../../src/anatomy/ids'
import { structureInfo } from '../../src/anatomy/info'
import { structureName } from '../../src/anatomy/names'
import { NERVE_ROOTS, NEURAL_IDS } from '../../src/anatomy/neural'
import { neuralInfo } from '../../src/anatomy/neuralInfo'
import { allPartIds, partInfo } from '../../src/anatomy/parts'
import { ANATOMY_ES } from '../../src/i18n/es/anatomy'
import { CONDITION_CARDS_ES } from '../../src/i18n/es/conditionCards'
import {
  localizeNeuralInfo,
  localizePartInfo,
  localizeShortLabel,
  localizeStructureInfo,
  localizeStructureName,
} from '../../src/i18n/overlay'
import { buildDeck, localizeCard } from '../../src/study/deck'
import { expectFragmentEs, expectPlainEs } from '../content/readabilityEs'

const es = ANATOMY_ES
const PARTS = allPartIds()

/** Spanish that is not the English: every letter-bearing text changes (a bare level such as 'L4' may not). */
const changed = (english: string, spanish: string) => !/[a-z]{3}/i.test(english) || english !== spanish

describe('the anatomy in Spanish: names', () => {
  it('names every bone, disc and joint, and labels it for the 3D view', () => {
    for (const id of STRUCTURE_IDS) {
      const name = es.structureName(id)
      // one name, with the terms, as the English has (no plain version to measure)
      expect(changed(structureName(id), name), id).toBe(true)
      expect(es.shortLabel(id), id).toBeTruthy()
    }
  })

  it('names every part of every bone, plain and with the terms', () => {
    for (const id of PARTS) {
      const name = es.partName(id)
      const english = partInfo(id)?.name
      expect(name, id).not.toBeNull()
      expect(name?.detailed, id).not.toBe(english?.detailed)
      expect(name?.plain, id).not.toBe(english?.plain)
      // a name is a label, not prose: held to common-length words as other labels are
      expectFragmentEs(`${id} name`, name?.plain ?? '')
    }
  })

  it('names every nerve root, the cord, every ligament, sacroiliac joint and ilium', () => {
    for (const id of NEURAL_IDS) {
      const name = es.neuralName(id)
      expect(name.detailed, id).not.toBe(neuralInfo(id).name.detailed)
      expectFragmentEs(`${id} name`, name.plain)
      const label = es.neuralShortLabel(id)
      expect(label.length, id).toBeLessThanOrEqual(34)
      // no initials (LLA, LAm…) to decode beside the spine; sides as the clinical abbreviations
      expect(label, id).not.toMatch(/\b(LLA|LLP|LAm|LIE|LIT|I|D)\b/)
      if (id.endsWith(':left')) expect(label, id).toMatch(/ izq\.$/)
      if (id.endsWith(':right')) expect(label, id).toMatch(/ der\.$/)
    }
    expect(es.neuralShortLabel('nerve:L5:left')).toBe('Raíz L5 izq.')
    expect(es.neuralShortLabel('ligament:flavum:L4-L5')).toBe('Lig. amarillo L4–L5')
  })

  it('names a sample right (checked by hand against Terminologia Anatomica in Spanish)', () => {
    expect(es.partName('L4/pedicle:left')?.detailed).toBe('Pedículo izquierdo de L4')
    expect(es.partName('L4/pedicle:left')?.plain).toBe('Puente izquierdo de hueso de L4 (pedículo)')
    // every plain name ends in the term the quiz asks for, as in English
    expect(es.partName('C2/superior-articular-process:left')?.plain).toBe(
      'Saliente izquierdo de arriba de C2 (apófisis articular superior)',
    )
    for (const id of allPartIds()) {
      const plain = es.partName(id)?.plain ?? ''
      // the peg (diente) and the wing (ala) are the terms themselves
      if (!/^(Diente|Ala) /.test(plain)) expect(plain, id).toMatch(/\([^()]+\)$/)
    }
    expect(es.partName('C5/transverse-process:right')?.detailed).toBe('Apófisis transversa derecha de C5')
    expect(es.partName('C2/dens')?.detailed).toBe('Diente de C2 (apófisis odontoides)')
    expect(es.partName('sacrum/ala:left')?.detailed).toBe('Ala izquierda del sacro')
    expect(es.partName('coccyx/cornu:right')?.detailed).toBe('Asta derecha del cóccix')
    expect(es.structureName('facet:L4-L5:left')).toBe('Articulación facetaria L4–L5 izquierda')
    expect(es.structureName('L4')).toBe('Cuarta vértebra lumbar (L4)')
    expect(es.structureName('disc:L5-S1')).toBe('Disco intervertebral L5–S1')
    expect(es.neuralName('nerve:L5:left').detailed).toBe('Raíz del nervio espinal L5 izquierda')
    expect(es.neuralName('ligament:flavum:L4-L5').detailed).toBe('Ligamento amarillo, L4–L5')
    expect(es.neuralName('si-joint:right').detailed).toBe('Articulación sacroilíaca derecha')
  })

  it('gives the quiz and the rest one function for any id, English without the overlay', () => {
    expect(localizeStructureName('L4/pedicle:left', true, es)).toBe('Pedículo izquierdo de L4')
    expect(localizeStructureName('L4/pedicle:left', true, undefined)).toBe('Left pedicle of L4')
    expect(localizeStructureName('nerve:L5:left', false, es)).toBe('Raíz nerviosa L5 izquierda')
    expect(localizeStructureName('L4', false, undefined)).toBe(structureName('L4'))
    expect(localizeStructureName('nonsense', false, es)).toBeNull()
    expect(localizeShortLabel('facet:L4-L5:right', es)).toBe('L4–L5 der.')
    expect(localizeShortLabel('cord', es)).toBe('Médula espinal')
  })
})

describe('the anatomy in Spanish: facts and dimensions', () => {
  it('has every fact of every bone, disc and joint, in the English order, read plainly', () => {
    for (const id of STRUCTURE_IDS) {
      const english = structureInfo(id)
      const spanish = es.structureFacts(id)
      expect(spanish.length, `${id} facts`).toBe(english.facts.length)
      const info = localizeStructureInfo(id, english, es)
      info.facts.forEach((f, i) => {
        expect(f.sources, `${id} fact ${i + 1}`).toEqual(english.facts[i]?.sources)
        expect(f.plain).not.toBe(english.facts[i]?.plain)
        expect(f.detailed).not.toBe(english.facts[i]?.detailed)
        expectPlainEs(`${id} fact ${i + 1}`, f.plain)
      })
    }
  })

  it('has a Spanish label for every dimension row', () => {
    const missing = new Set<string>()
    const need = (label: string) => {
      if (!es.dimensionLabel(label)) missing.add(label)
    }
    for (const id of STRUCTURE_IDS) for (const d of structureInfo(id).dimensions) need(d.label)
    for (const id of PARTS)
      for (const d of partInfo(id)?.dimensions ?? []) {
        need(d.label)
        need(d.plainLabel)
      }
    for (const id of NEURAL_IDS)
      for (const d of neuralInfo(id).dimensions) {
        need(d.label)
        need(d.plainLabel)
      }
    expect([...missing]).toEqual([])
  })

  it('has what every part is and what lies next to it, read plainly', () => {
    for (const id of PARTS) {
      const english = partInfo(id)
      if (!english) throw new Error(id)
      expect(es.part(id), id).not.toBeNull()
      const p = localizePartInfo(english, es)
      expect(p.what.plain, id).not.toBe(english.what.plain)
      expect(p.nextTo.detailed, id).not.toBe(english.nextTo.detailed)
      expect(p.what.sources).toEqual(english.what.sources)
      expectPlainEs(`${id} what`, p.what.plain)
      expectPlainEs(`${id} next to`, p.nextTo.plain)
      for (const d of p.dimensions) expectFragmentEs(`${id} ${d.label}`, d.plainLabel)
    }
  })

  it('has every fact about the cord, roots, ligaments, joints and ilia, read plainly', () => {
    for (const id of NEURAL_IDS) {
      const english = neuralInfo(id)
      expect(es.neuralFacts(id).length, `${id} facts`).toBe(english.facts.length)
      const info = localizeNeuralInfo(id, english, es)
      info.facts.forEach((f, i) => {
        expect(f.sources).toEqual(english.facts[i]?.sources)
        expect(f.plain, `${id} fact ${i + 1}`).not.toBe(english.facts[i]?.plain)
        expectPlainEs(`${id} fact ${i + 1}`, f.plain)
      })
    }
  })

  it('sends a root’s weakening limb to a doctor the same day, as the English does', () => {
    for (const root of NERVE_ROOTS) {
      const id = `nerve:${root}:left` as const
      const i = neuralInfo(id).facts.findIndex((f) => f.sources.includes('nhsCaudaEquina'))
      const warning = es.neuralFacts(id)[i]!
      expect(warning.plain, root).toMatch(/va perdiendo fuerza, vea a un médico ese mismo día/)
      expect(warning.plain, root).toMatch(/manos se le vuelven torpes/)
      expect(warning.plain, root).toMatch(/pida una cita urgente con un médico/)
      expect(warning.plain, root).not.toMatch(/pronto al médico/)
      expect(warning.detailed, root).toMatch(/el mismo día/)
    }
  })

  it('writes numbers the Spanish way (decimal comma)', () => {
    const all = [
      ...STRUCTURE_IDS.flatMap((id) => es.structureFacts(id)),
      ...NEURAL_IDS.flatMap((id) => es.neuralFacts(id)),
      ...PARTS.flatMap((id) => {
        const p = es.part(id)
        return p ? [p.what, p.nextTo] : []
      }),
    ]
    for (const f of all) for (const text of [f.plain, f.detailed]) expect(text, text).not.toMatch(/\d\.\d/)
  })
})

describe('the anatomy in Spanish: search', () => {
  it('finds a part by its Spanish name, with or without accents', () => {
    expect(es.search('pedículo L4').slice(0, 2).sort()).toEqual(['L4/pedicle:left', 'L4/pedicle:right'])
    expect(es.search('pediculo l4')).toContain('L4/pedicle:left')
    expect(es.search('disco L4')[0]).toBe('disc:L4-L5')
    expect(es.search('L4')[0]).toBe('L4')
    expect(es.search('diente')[0]).toBe('C2/dens')
    // what holds the dens, though its plain names call it 'la clavija' (student review)
    expect(es.search('diente')).toEqual(
      expect.arrayContaining(['ligament:transverse-atlas', 'ligament:tectorial', 'median-atlanto-axial']),
    )
    expect(es.search('cruciforme')).toEqual(['ligament:transverse-atlas'])
    // the skull's base, by the Spanish term and by the half-Latin one students also write (student review)
    expect(es.search('agujero magno')[0]).toBe('occiput')
    expect(es.search('foramen magno')[0]).toBe('occiput')
    expect(es.search('membrana atlantooccipital')).toEqual(
      expect.arrayContaining(['ligament:anterior-atlanto-occipital', 'ligament:posterior-atlanto-occipital']),
    )
    expect(es.search('raíz L5')).toContain('nerve:L5:left')
    expect(es.search('médula')).toContain('cord')
    expect(es.search('apófisis espinosa c7')).toContain('C7/spinous-process')
  })

  it('finds the joints that crack and the parts of the back in a reader’s own words', () => {
    const crack = es.search('crujido')
    expect(crack).toContain('facet:L4-L5:left')
    expect(crack.every((id) => id.startsWith('facet:'))).toBe(true)
    const neck = es.search('articulación del cuello')
    expect(neck).toContain('facet:C5-C6:right')
    expect(neck.every((id) => /^facet:C/.test(id))).toBe(true)
    expect(es.search('espalda baja')).toEqual(expect.arrayContaining(['L4', 'disc:L4-L5', 'facet:L4-L5:left']))
  })
})

describe('the flashcards in Spanish', () => {
  it('turn every card, front and back, with the same sources', () => {
    for (const card of buildDeck()) {
      const spanish = localizeCard(card, es, CONDITION_CARDS_ES)
      expect(spanish.sources).toEqual(card.sources)
      expect(spanish.front.plain, card.id).not.toBe(card.front.plain)
      expect(spanish.back.detailed, card.id).not.toBe(card.back.detailed)
      expectPlainEs(`${card.id} back`, spanish.back.plain)
    }
    const pedicle = buildDeck().find((c) => c.id === 'part:L4/pedicle:left')
    expect(pedicle && localizeCard(pedicle, es).front.detailed).toBe('¿Qué es el pedículo izquierdo de L4?')
  })
})
