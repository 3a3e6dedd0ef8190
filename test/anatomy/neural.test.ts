import { describe, expect, it } from 'vitest'
import { STRUCTURE_IDS, VERTEBRA_LEVELS, type VertebraLevel } from '../../src/anatomy/ids'
import {
  CAUDA_EQUINA_ROOTS,
  CONUS_RANGE,
  CONUS_TIP,
  CORD_LENGTH,
  CORD_SECTIONS,
  cordSection,
  ENLARGEMENTS,
  FLAVUM_LEVELS,
  flavumThickness,
  formatNeuralId,
  INTERSPINOUS_LEVELS,
  INTERTRANSVERSE_LEVELS,
  interspinousThickness,
  isNeuralId,
  LIGAMENT_IDS,
  longitudinalWidth,
  NERVE_IDS,
  NERVE_ROOT_ANATOMY,
  NERVE_ROOTS,
  NEURAL_IDS,
  type NerveRoot,
  type NeuralMeasure,
  neuralLayerOf,
  neuralRegionsOf,
  PENDING_SOURCE_KEYS,
  parseNeuralId,
  pllDiscWidth,
  rootExit,
  SI_JOINT,
  siJointScale,
  spinalOrder,
} from '../../src/anatomy/neural'
import { neuralInfo, neuralSourceKeys } from '../../src/anatomy/neuralInfo'
import { neuralName, neuralShortLabel, searchNeural } from '../../src/anatomy/neuralNames'
import { SOURCES } from '../../src/anatomy/sources'
import { expectPlain } from '../content/readability'

const within = (actual: number, expected: number, tolerance = 0.1) =>
  Math.abs(actual - expected) <= Math.abs(expected) * tolerance
const order = (level: VertebraLevel, at: number) => spinalOrder({ level, at })

describe('neural ids', () => {
  it('names the 31 pairs of roots, the cord, the cauda equina, the ligaments, the SI joints and the ilia', () => {
    expect(NERVE_ROOTS).toHaveLength(31)
    expect(NERVE_ROOTS.filter((r) => r.startsWith('C'))).toHaveLength(9) // C1–C8 and Co1
    expect(NERVE_ROOTS.filter((r) => r.startsWith('T'))).toHaveLength(12)
    expect(NERVE_ROOTS.filter((r) => r.startsWith('L'))).toHaveLength(5)
    expect(NERVE_ROOTS.filter((r) => r.startsWith('S'))).toHaveLength(5)
    expect(NERVE_IDS).toHaveLength(62)
    // four whole-length ligaments, the four at the dens (the transverse ligament of the atlas, the alar
    // pair as one structure, the apical ligament and the tectorial membrane) and the two atlanto-occipital
    // membranes, flavum and interspinous at the 23 disc levels, intertransverse at 22 levels × 2
    expect(LIGAMENT_IDS).toHaveLength(4 + 4 + 2 + 23 + 23 + 22 * 2)
    expect(NEURAL_IDS).toEqual(
      expect.arrayContaining([
        'cord',
        'cauda-equina',
        'nerve:L5:left',
        'nerve:Co1:right',
        'ligament:anterior-longitudinal',
        'ligament:transverse-atlas',
        'ligament:alar',
        'ligament:apical',
        'ligament:tectorial',
        'ligament:anterior-atlanto-occipital',
        'ligament:posterior-atlanto-occipital',
        'ligament:posterior-longitudinal',
        'ligament:supraspinous',
        'ligament:nuchae',
        'ligament:flavum:L4-L5',
        'ligament:interspinous:L5-S1',
        'ligament:intertransverse:L4-L5:left',
        'si-joint:left',
        'ilium:right',
      ]),
    )
    expect(new Set(NEURAL_IDS).size).toBe(NEURAL_IDS.length)
    for (const id of NEURAL_IDS) expect(STRUCTURE_IDS as readonly string[], id).not.toContain(id)
  })

  it('parses and formats every id, and reads other letter cases and the usual aliases', () => {
    for (const id of NEURAL_IDS) {
      const p = parseNeuralId(id)
      expect(p, id).not.toBeNull()
      expect(formatNeuralId(p!)).toBe(id)
      expect(isNeuralId(id)).toBe(true)
    }
    expect(parseNeuralId('NERVE:l5:LEFT')?.id).toBe('nerve:L5:left')
    expect(parseNeuralId('nerve:co1:right')?.id).toBe('nerve:Co1:right')
    expect(parseNeuralId('ligament:ligamentum-nuchae')?.id).toBe('ligament:nuchae')
    expect(parseNeuralId('ligament:ligamentum-flavum:l4-l5')?.id).toBe('ligament:flavum:L4-L5')
    expect(parseNeuralId('ligament:Intertransverse:l4-l5:Left')).toMatchObject({
      kind: 'ligament',
      ligament: 'intertransverse',
      level: { upper: 'L4', lower: 'L5' },
      side: 'left',
    })
    expect(parseNeuralId('SI-joint:RIGHT')?.id).toBe('si-joint:right')
  })

  it('rejects what is not in the model', () => {
    for (const bad of [
      'nerve:C9:left',
      'nerve:L5:middle',
      'nerve:Co2:left',
      'ligament:flavum:C1-C2', // the atlanto-axial membrane, not a ligamentum flavum
      'ligament:intertransverse:L5-S1:left', // the iliolumbar ligament's place
      'ligament:flavum:L4-L5:left',
      'ligament:supraspinous:L4-L5',
      'cords',
      'ilium',
      'L4',
    ])
      expect(parseNeuralId(bad), bad).toBeNull()
  })

  it('puts each structure in its layer and regions', () => {
    expect(neuralLayerOf(parseNeuralId('cord')!)).toBe('nerves')
    expect(neuralLayerOf(parseNeuralId('nerve:C6:left')!)).toBe('nerves')
    expect(neuralLayerOf(parseNeuralId('ligament:flavum:L4-L5')!)).toBe('ligaments')
    expect(neuralLayerOf(parseNeuralId('si-joint:left')!)).toBe('joints')
    expect(neuralLayerOf(parseNeuralId('ilium:left')!)).toBe('bones')
    expect(neuralRegionsOf(parseNeuralId('nerve:C6:left')!)).toEqual(['cervical'])
    expect(neuralRegionsOf(parseNeuralId('nerve:S2:left')!)).toEqual(['sacrum'])
    expect(neuralRegionsOf(parseNeuralId('ligament:flavum:T12-L1')!)).toEqual(['thoracic'])
    expect(neuralRegionsOf(parseNeuralId('cord')!)).toEqual(['cervical', 'thoracic', 'lumbar'])
  })
})

describe('where each root leaves the spine', () => {
  const exitOf = (root: NerveRoot) => rootExit(root).exit

  it('C1 leaves between the skull and the atlas, C2–C7 above the vertebra of the same number', () => {
    expect(exitOf('C1')).toEqual({ kind: 'intervertebral', upper: 'C0', lower: 'C1' })
    for (let n = 2; n <= 7; n++) {
      expect(exitOf(`C${n}` as NerveRoot), `C${n}`).toEqual({
        kind: 'intervertebral',
        upper: `C${n - 1}`,
        lower: `C${n}`,
      })
      expect(rootExit(`C${n}` as NerveRoot).relation).toBe('above')
    }
    expect(exitOf('C6')).toEqual({ kind: 'intervertebral', upper: 'C5', lower: 'C6' })
  })

  it('C8, which has no vertebra, leaves between C7 and T1', () => {
    expect(exitOf('C8')).toEqual({ kind: 'intervertebral', upper: 'C7', lower: 'T1' })
    expect(rootExit('C8').relation).toBe('between')
  })

  it('every root from T1 to L5 leaves below its own vertebra (L5 between L5 and the sacrum)', () => {
    const below = NERVE_ROOTS.filter((r) => /^[TL]/.test(r))
    expect(below).toHaveLength(17)
    for (const root of below) {
      const e = exitOf(root)
      expect(e.kind).toBe('intervertebral')
      if (e.kind !== 'intervertebral') continue
      expect(e.upper, root).toBe(root)
      const next = VERTEBRA_LEVELS[VERTEBRA_LEVELS.indexOf(root as VertebraLevel) + 1] ?? 'S1'
      expect(e.lower, root).toBe(next)
      expect(rootExit(root).relation).toBe('below')
    }
    expect(exitOf('T1')).toEqual({ kind: 'intervertebral', upper: 'T1', lower: 'T2' })
    expect(exitOf('L5')).toEqual({ kind: 'intervertebral', upper: 'L5', lower: 'S1' })
  })

  it('S1–S4 leave through their own sacral foramina, S5 and Co1 by the sacral hiatus', () => {
    for (const n of [1, 2, 3, 4] as const) expect(exitOf(`S${n}`)).toEqual({ kind: 'sacral-foramen', foramen: n })
    expect(exitOf('S5')).toEqual({ kind: 'sacral-hiatus' })
    expect(exitOf('Co1')).toEqual({ kind: 'sacral-hiatus' })
  })

  it('gives every foramen exactly one root on each side', () => {
    const keys = NERVE_ROOTS.map((r) => JSON.stringify(exitOf(r))).filter((k) => !k.includes('hiatus'))
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('puts the dorsal root ganglion where the reference does', () => {
    for (const r of ['L1', 'L2', 'L3', 'L4'] as const) expect(NERVE_ROOT_ANATOMY[r].ganglion).toBe('foramen-medial')
    expect(NERVE_ROOT_ANATOMY.L5.ganglion).toBe('foramen-lateral')
    expect(NERVE_ROOT_ANATOMY.S1.ganglion).toBe('canal')
    for (const r of ['C3', 'C7', 'C8', 'T1', 'T12'] as const) expect(NERVE_ROOT_ANATOMY[r].ganglion).toBe('foramen')
  })

  it('sends the roots that leave below the conus down the cauda equina', () => {
    expect(CAUDA_EQUINA_ROOTS).toEqual(['L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4', 'S5', 'Co1'])
    // cord segments lie above their vertebrae: C6 and C7 one level up, T3–T12 two (Kim 2012)
    expect(NERVE_ROOT_ANATOMY.C6.segment.level).toBe('C5')
    expect(NERVE_ROOT_ANATOMY.C7.segment.level).toBe('C6')
    for (let n = 3; n <= 12; n++) expect(NERVE_ROOT_ANATOMY[`T${n}` as NerveRoot].segment.level).toBe(`T${n - 2}`)
  })
})

describe('the cord', () => {
  it('ends between T12 and L2, at the lower third of L1 (the mean of 504 adults)', () => {
    expect(CONUS_TIP.level).toBe('L1')
    expect(CONUS_TIP.at).toBeCloseTo(-1 / 3)
    expect(spinalOrder(CONUS_TIP)).toBeGreaterThan(order('T12', 0.5))
    expect(spinalOrder(CONUS_TIP)).toBeLessThan(order('L2', -0.5))
    expect(spinalOrder(CONUS_TIP)).toBeGreaterThan(spinalOrder(CONUS_RANGE[0]))
    expect(spinalOrder(CONUS_TIP)).toBeLessThan(spinalOrder(CONUS_RANGE[1]))
    expect(CONUS_TIP.source).toBe('saifuddin1998')
  })

  it('has the reference length and the MRI diameters at each published level', () => {
    expect(CORD_LENGTH.men.value).toBe(450)
    expect(CORD_LENGTH.women.value).toBe(425)
    const published: Record<string, [number, number]> = {
      C1: [8.7, 11.4],
      C2: [7.8, 11.6],
      C4: [7.4, 12.7],
      C5: [7.3, 12.6],
      C7: [6.4, 10.6],
      T1: [6.3, 9.3],
      T6: [5.7, 7.7],
      T11: [7.0, 8.7],
      T12: [6.7, 8.2],
    }
    for (const [level, [ap, transverse]] of Object.entries(published)) {
      const s = cordSection(level as VertebraLevel)!
      expect(s.ap.value, level).toBe(ap)
      expect(s.transverse.value, level).toBe(transverse)
      expect(s.ap.confidence).toBe('P')
      expect(s.ap.source).toBe('valosek2024')
    }
    // the levels between are interpolated, and say so
    for (const s of CORD_SECTIONS) if (!(s.level in published)) expect(s.ap.confidence, s.level).toBe('I')
    expect(CORD_SECTIONS).toHaveLength(VERTEBRA_LEVELS.indexOf('T12') + 1)
  })

  it('is widest at its two enlargements and thinnest in the mid back', () => {
    const width = (l: VertebraLevel) => cordSection(l)!.transverse.value
    const [cervical, lumbar] = ENLARGEMENTS
    expect(cervical?.widest).toEqual(['C4', 'C5'])
    expect(lumbar?.widest).toEqual(['T10', 'T11'])
    expect(cervical?.from).toBe('C3')
    expect(lumbar?.to).toBe('T12')
    const all = CORD_SECTIONS.map((s) => s.transverse.value)
    expect(Math.max(width('C4'), width('C5'))).toBe(Math.max(...all))
    const thoracic = CORD_SECTIONS.filter((s) => s.level.startsWith('T')).map((s) => s.transverse.value)
    expect(Math.max(width('T10'), width('T11'))).toBe(Math.max(...thoracic.slice(4)))
    expect(Math.min(...all)).toBe(width('T6'))
  })
})

describe('ligaments, joint and sizes from the reference', () => {
  it('keeps the published ligament sizes', () => {
    expect(longitudinalWidth('anterior-longitudinal', 'C4', 20).value).toBe(7.5)
    expect(longitudinalWidth('posterior-longitudinal', 'C2', 18).value).toBe(3.8)
    expect(longitudinalWidth('posterior-longitudinal', 'L1', 41).value).toBe(7.8)
    expect(longitudinalWidth('posterior-longitudinal', 'L5', 47).value).toBe(1.9)
    expect(pllDiscWidth({ upper: 'L4', lower: 'L5' }).value).toBe(20.5)
    expect(flavumThickness({ upper: 'L4', lower: 'L5' }).value).toBe(3.71)
    expect(flavumThickness({ upper: 'L2', lower: 'L3' }).value).toBe(3.19)
    expect(interspinousThickness({ upper: 'L5', lower: 'S1' }).value).toBe(0.72)
    expect(interspinousThickness({ upper: 'L1', lower: 'L2' }).value).toBe(0.22)
    expect(FLAVUM_LEVELS).toHaveLength(23)
    expect(INTERSPINOUS_LEVELS[INTERSPINOUS_LEVELS.length - 1]).toEqual({ upper: 'L5', lower: 'S1' })
    expect(INTERTRANSVERSE_LEVELS[INTERTRANSVERSE_LEVELS.length - 1]).toEqual({ upper: 'L4', lower: 'L5' })
  })

  it('keeps the published root sizes', () => {
    expect(NERVE_ROOT_ANATOMY.L1.diameter.value).toBe(3.5)
    expect(NERVE_ROOT_ANATOMY.L5.diameter.value).toBe(5.6)
    expect(NERVE_ROOT_ANATOMY.S1.diameter.value).toBe(5.45)
    expect(NERVE_ROOT_ANATOMY.L5.ganglionWidth.value).toBe(6.5)
    // the lumbar roots thicken from L1 to L5
    const lumbar = (['L1', 'L2', 'L3', 'L4', 'L5'] as const).map((r) => NERVE_ROOT_ANATOMY[r].diameter.value)
    expect([...lumbar].sort((a, b) => a - b)).toEqual(lumbar)
  })

  it('scales the sacroiliac joint to the men’s published area, keeping its L’s proportions', () => {
    const k = siJointScale()
    const area = (SI_JOINT.upperLimb.value + SI_JOINT.lowerLimb.value) * SI_JOINT.limbWidth.value * k * k
    expect(area).toBeCloseTo(1138, 0)
    expect(SI_JOINT.angleBetweenLimbs.value).toBe(93)
    expect(within(k, 0.754, 0.02)).toBe(true)
  })

  it('never presents an estimate as published, nor a published number as an estimate', () => {
    const measures: NeuralMeasure[] = [
      ...NERVE_ROOTS.flatMap((r) => [NERVE_ROOT_ANATOMY[r].diameter, NERVE_ROOT_ANATOMY[r].ganglionWidth]),
      ...CORD_SECTIONS.flatMap((s) => [s.ap, s.transverse]),
      ...NEURAL_IDS.flatMap((id) => neuralInfo(id).dimensions.map((d) => d.measure)),
      ...FLAVUM_LEVELS.flatMap((l) => [flavumThickness(l), interspinousThickness(l)]),
    ]
    for (const m of measures) {
      expect(m.confidence === 'E', JSON.stringify(m)).toBe(m.source === 'estimate')
    }
  })
})

describe('names and panel texts', () => {
  it('names every structure plainly and with its anatomical term', () => {
    for (const id of NEURAL_IDS) {
      const name = neuralName(id)
      expectPlain(`${id} name`, name.plain)
      expect(name.detailed.length, id).toBeGreaterThan(3)
      // a label beside the structure: short, and with no initials or one-letter sides to decode
      const label = neuralShortLabel(id)
      expect(label.length, id).toBeLessThanOrEqual(30)
      expect(label, id).not.toMatch(/\b(ALL|PLL|LF|ISL|ITL|L|R)\b/)
      if (id.endsWith(':left')) expect(label, id).toMatch(/^Left /)
      if (id.endsWith(':right')) expect(label, id).toMatch(/^Right /)
    }
    expect(neuralShortLabel('nerve:L5:left')).toBe('Left L5 root')
    expect(neuralShortLabel('ligament:flavum:L4-L5')).toBe('Lig. flavum L4–L5')
    expect(neuralName('nerve:L5:left')).toEqual({ plain: 'Left L5 nerve root', detailed: 'Left L5 spinal nerve root' })
    expect(neuralName('ligament:flavum:L4-L5').detailed).toBe('Ligamentum flavum, L4–L5')
    expect(neuralName('si-joint:right').detailed).toBe('Right sacroiliac joint')
  })

  it('gives every structure readable facts, each with a source that resolves', () => {
    const known = new Set<string>([...Object.keys(SOURCES), ...PENDING_SOURCE_KEYS])
    for (const id of NEURAL_IDS) {
      const info = neuralInfo(id)
      expect(info.facts.length, id).toBeGreaterThan(0)
      info.facts.forEach((f, i) => {
        expectPlain(`${id} fact ${i + 1}`, f.plain)
        expect(f.detailed.length).toBeGreaterThan(20)
        expect(f.sources.length, `${id} fact ${i + 1}`).toBeGreaterThan(0)
      })
      for (const d of info.dimensions) expectPlain(`${id} ${d.label}`, d.plainLabel)
      for (const key of neuralSourceKeys(id)) expect(known.has(key), `${id}: ${key}`).toBe(true)
    }
  })

  it('keeps the pending source keys pending only until sources.ts has them', () => {
    // once a key is added to sources.ts, take it off PENDING_SOURCE_KEYS (and then use SourceKey)
    for (const key of PENDING_SOURCE_KEYS) expect(Object.keys(SOURCES), key).not.toContain(key)
    const used = new Set(NEURAL_IDS.flatMap((id) => neuralSourceKeys(id)))
    for (const key of PENDING_SOURCE_KEYS) expect(used.has(key), `${key} is used`).toBe(true)
  })

  it('tells each root’s way out in words that match the rule', () => {
    const exitFact = (root: NerveRoot) => neuralInfo(`nerve:${root}:left`).facts[0]!
    expect(exitFact('L5').plain).toMatch(/between L5 and the sacrum/)
    expect(exitFact('L5').detailed).toMatch(/L5–S1 intervertebral foramen/)
    expect(exitFact('C6').plain).toMatch(/between C5 and C6/)
    expect(exitFact('C6').plain).toMatch(/above the bone with its number/)
    expect(exitFact('C8').plain).toMatch(/between C7 and T1/)
    expect(exitFact('T1').plain).toMatch(/between T1 and T2/)
    expect(exitFact('S2').plain).toMatch(/second pair of holes in the sacrum/)
    expect(exitFact('Co1').detailed).toMatch(/sacral hiatus/)
  })

  it('starts the L2–L4 roots from the lumbar enlargement, where the cord fact puts it, and only the lowest from the conus', () => {
    const detailed = (id: Parameters<typeof neuralInfo>[0]) =>
      neuralInfo(id)
        .facts.map((f) => f.detailed)
        .join(' ')
    for (const root of ['L2', 'L3', 'L4'] as const) {
      expect(detailed(`nerve:${root}:left`), root).toMatch(/lumbar enlargement/)
      expect(detailed(`nerve:${root}:left`), root).not.toMatch(/conus medullaris/)
    }
    expect(detailed('nerve:S3:right')).toMatch(/conus medullaris/)
  })

  it('keeps the warning signs one step away wherever nerves are squeezed', () => {
    const warns = (id: (typeof NEURAL_IDS)[number]) =>
      neuralInfo(id).facts.some((f) => f.sources.includes('nhsCaudaEquina') && /emergency/i.test(f.plain))
    expect(warns('cauda-equina')).toBe(true)
    for (const root of NERVE_ROOTS) expect(warns(`nerve:${root}:left`), root).toBe(true)
  })

  it('puts a root’s weakening limb on the conditions’ scale: the same day, not “soon”', () => {
    for (const root of NERVE_ROOTS) {
      const warning = neuralInfo(`nerve:${root}:left`).facts.find((f) => f.sources.includes('nhsCaudaEquina'))!
      expect(warning.plain, root).toMatch(/gets weaker, see a doctor that same day/)
      expect(warning.plain, root).toMatch(/clumsy.*unsteady/)
      expect(warning.plain, root).toMatch(/numb or tingly for a few days, ask for an urgent visit with a doctor/)
      expect(warning.plain, root).not.toMatch(/\bsoon\b/)
      expect(warning.detailed, root).toMatch(/same-day/)
      expect(warning.sources, root).toEqual(expect.arrayContaining(['lothianLumbarRedFlags', 'davies2018']))
    }
  })

  it('credits the sacroiliac joint’s sound only as far as the evidence goes', () => {
    const sound = neuralInfo('si-joint:left').facts.find((f) => /pop|cavitation/i.test(f.detailed))!
    expect(sound.sources).toContain('cramer2011')
    expect(sound.plain).toMatch(/No study/)
    expect(sound.detailed).toMatch(/71\.7 %/)
  })

  it('finds structures by the words people type', () => {
    expect(searchNeural('nerve:l5:left')[0]).toBe('nerve:L5:left')
    expect(searchNeural('l5 root')).toEqual(expect.arrayContaining(['nerve:L5:left', 'nerve:L5:right']))
    expect(searchNeural('flavum l4-l5')).toContain('ligament:flavum:L4-L5')
    expect(searchNeural('sacroiliac left')).toEqual(['si-joint:left'])
    expect(searchNeural('cauda')[0]).toBe('cauda-equina')
    expect(searchNeural('')).toEqual([])
  })
})
