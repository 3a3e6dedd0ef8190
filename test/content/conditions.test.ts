import { describe, expect, it } from 'vitest'
import { CONDITION_IDS, CONDITION_INVOLVES, CONDITION_MODELS } from '../../src/anatomy/conditionModels'
import { SOURCES } from '../../src/anatomy/sources'
import { parseAnyStructureId } from '../../src/anatomy/structures'
import { CONDITION_NAMES } from '../../src/content/conditionNames'
import { CONDITIONS, type ConditionText, conditionById } from '../../src/content/conditions'
import { allSigns, WARNING_SIGNS } from '../../src/content/redFlags'
import { SOUND_MECHANISMS } from '../../src/content/sounds'
import { expectPlain } from './readability'

/** Every text of a condition a reader meets, with a label. */
function texts(c: (typeof CONDITIONS)[number]): [string, ConditionText][] {
  const out: [string, ConditionText][] = [
    ['what', c.what],
    ['shown', c.shown],
    ['feelsLike', c.feelsLike],
    ['course', c.course],
    ['helps', c.helps],
    ['warning', c.warning],
  ]
  if (c.grade) out.push(['grade', c.grade])
  if (c.root) out.push(['root symptoms', c.root.symptoms])
  return out
}

describe('the conditions’ names', () => {
  it('never call a fracture a “crack”, the word the app keeps for the harmless sound of a joint', () => {
    // 'Slipped bone from a crack' invited 'cracking my back caused a slipped bone' (a clinician's review)
    for (const id of CONDITION_IDS) expect(CONDITION_NAMES[id].plain, id).not.toMatch(/crack/i)
    for (const condition of CONDITIONS)
      for (const text of JSON.stringify(condition).match(/"plain":"[^"]*"/g) ?? [])
        expect(text, condition.id).not.toMatch(/\bcrack(s|ed)?\b/i)
  })
})

describe('the conditions’ texts', () => {
  it('cover every condition the model can show, once each', () => {
    expect(CONDITIONS.map((c) => c.id).sort()).toEqual([...CONDITION_IDS].sort())
  })

  it('cite sources that resolve, for every text', () => {
    for (const c of CONDITIONS)
      for (const [label, t] of texts(c)) {
        expect(t.sources.length, `${c.id} ${label}`).toBeGreaterThan(0)
        for (const key of t.sources) expect(key in SOURCES, `${c.id} ${label}: ${key}`).toBe(true)
      }
  })

  it('are plain (grade 6 or below) in the plain version, item by item, names included', () => {
    for (const c of CONDITIONS) {
      expectPlain(`${c.id} name`, c.name.plain)
      for (const [label, t] of texts(c)) expectPlain(`${c.id} ${label}`, t.plain)
      if (c.root) expectPlain(`${c.id} root name`, c.root.name)
    }
  })

  it('give every condition its warning signs, naming lines that exist in the warning-signs list', () => {
    const known = new Set(allSigns().map((s) => s.id))
    for (const c of CONDITIONS) {
      expect(c.signs.length, c.id).toBeGreaterThan(0)
      for (const s of c.signs) expect(known.has(s), `${c.id}: ${s}`).toBe(true)
      expect(c.warning.plain.length, c.id).toBeGreaterThan(20)
    }
  })

  it('route every warning at one urgency scale: cauda equina signs to the emergency room now, a weaker leg or foot the same day, more numbness to an urgent visit', () => {
    const cauda = CONDITIONS.filter((c) => c.signs.includes('saddle-numbness'))
    expect(cauda.length).toBeGreaterThan(5)
    for (const c of cauda) {
      expect(c.warning.plain, c.id).toMatch(/emergency room at once.*skin between your legs goes numb/)
      expect(c.warning.plain, c.id).toMatch(/See a doctor that same day if a leg or foot gets weaker/)
      expect(c.warning.plain, c.id).toMatch(/urgent visit with a doctor if a leg gets more numb/)
      // no number of days the sources do not give (a content review, s38)
      expect(`${c.warning.plain} ${c.warning.detailed}`, c.id).not.toMatch(/within days/)
      expect(c.warning.detailed, c.id).toMatch(/foot drop, needs same-day/)
      expect(c.warning.sources, c.id).toContain('lothianLumbarRedFlags')
    }
    // no warning leaves the timing vague
    for (const c of CONDITIONS) expect(c.warning.plain, c.id).not.toMatch(/\bsoon\b/)
    const neck = conditionById('herniation-c5-c6')
    // a squeezed cord (clumsy hands, unsteady walking): the same day, not the emergency room
    expect(neck?.warning.plain).toMatch(/that same day if your hands get clumsy/)
    expect(neck?.warning.plain).toMatch(/emergency room at once if both legs go weak/)
    expect(neck?.warning.sources).toEqual(expect.arrayContaining(['mccartney2018', 'davies2018']))
    expect(conditionById('compression-fracture-l1')?.warning.plain).toMatch(
      /emergency room at once if both legs go weak or numb/,
    )
  })

  it('list a same-day warning sign wherever the warning says to see a doctor that same day', () => {
    const sameDay = new Set(
      WARNING_SIGNS.groups.filter((g) => g.urgency === 'same-day').flatMap((g) => g.signs.map((s) => s.id)),
    )
    expect(sameDay.size).toBeGreaterThan(0)
    const saying = CONDITIONS.filter((c) => /doctor that same day/.test(c.warning.plain))
    expect(saying.length).toBeGreaterThan(5)
    for (const c of saying)
      expect(
        c.signs.some((s) => sameDay.has(s)),
        c.id,
      ).toBe(true)
    // the neck's cord signs are listed with it
    expect(conditionById('herniation-c5-c6')?.signs).toEqual(
      expect.arrayContaining(['clumsy-hands', 'unsteady-walking']),
    )
  })

  it('make numbness or weakness a warning sign wherever a nerve root is pressed on', () => {
    for (const c of CONDITIONS.filter((c) => c.root)) expect(c.warning.plain, c.id).toMatch(/numb|weak/i)
  })

  it('involve only structures that exist, and name the root the model presses on', () => {
    for (const id of CONDITION_IDS) {
      for (const s of CONDITION_INVOLVES[id]) expect(parseAnyStructureId(s), `${id}: ${s}`).not.toBeNull()
      const m = CONDITION_MODELS[id]
      if ('root' in m) {
        expect(conditionById(id)?.root?.id, id).toBe(m.root)
        expect(CONDITION_INVOLVES[id]).toContain(m.root)
      }
    }
  })

  it('follow the root rules: posterolateral L4–L5 → traversing L5, foraminal L4–L5 → exiting L4, C5–C6 → C6', () => {
    expect(CONDITION_MODELS['herniation-l4-l5-posterolateral'].root).toMatch(/^nerve:L5:/)
    expect(CONDITION_MODELS['herniation-l4-l5-foraminal'].root).toMatch(/^nerve:L4:/)
    // cervical roots leave above the vertebra of their number: the C5–C6 foramen carries C6
    expect(CONDITION_MODELS['herniation-c5-c6'].root).toMatch(/^nerve:C6:/)
    expect(conditionById('herniation-l4-l5-posterolateral')?.root?.name).toMatch(/L5.*travers/)
    expect(conditionById('herniation-l4-l5-foraminal')?.root?.name).toMatch(/L4.*exit/)
  })

  it('links facet arthritis to the grinding sound in Why backs crack', () => {
    const sound = conditionById('facet-arthritis-l4-l5')?.sound
    expect(sound).toBe('crepitus')
    expect(SOUND_MECHANISMS.some((m) => m.id === sound)).toBe(true)
  })

  it('names each condition in the small names table exactly as its texts do', () => {
    for (const c of CONDITIONS) expect(CONDITION_NAMES[c.id]).toEqual(c.name)
  })

  it('state the grade the model shows: Meyerding from the slip, Genant from the height loss', () => {
    expect(conditionById('spondylolisthesis-l5-s1-isthmic')?.grade?.detailed).toMatch(/35 %.*Meyerding grade II\b/)
    expect(conditionById('spondylolisthesis-l4-l5-degenerative')?.grade?.detailed).toMatch(/18 %.*Meyerding grade I\b/)
    expect(conditionById('compression-fracture-l1')?.grade?.detailed).toMatch(
      /32 %.*Genant semi-quantitative grade 2\b/,
    )
  })
})

describe('a condition’s warning signs', () => {
  it('send to an emergency room now, never “that same day” in the same breath (s42)', () => {
    // "Go to an emergency room at once, that same day" read as if it could wait for the evening
    for (const c of CONDITIONS) {
      for (const sentence of c.warning.plain.split(/(?<=\.)\s+/)) {
        if (/emergency room/i.test(sentence)) expect(sentence, c.id).not.toMatch(/same day/i)
      }
    }
  })
})
