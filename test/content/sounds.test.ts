import { describe, it } from 'vitest'
import { DISC_NO_CRACK, EXPLANATIONS, PHASE_CAPTIONS } from '../../src/content/cavitation'
import { claim, myth, soundMechanism } from '../../src/content/schema'
import { CHECK_SIGNS, MYTHS, NORMAL_SIGNS, RISKS, SOUND_MECHANISMS } from '../../src/content/sounds'
import { expectPlain } from './readability'

describe('sounds, myths and the crack', () => {
  it('validates against the schema', () => {
    soundMechanism.array().parse(SOUND_MECHANISMS)
    claim.array().parse([...NORMAL_SIGNS, ...CHECK_SIGNS, ...RISKS])
    myth.array().parse(MYTHS)
  })

  it('reads plainly, item by item', () => {
    for (const s of SOUND_MECHANISMS)
      for (const k of ['name', 'what', 'feelsLike', 'concern'] as const) expectPlain(`sound ${s.id} ${k}`, s[k].plain)
    for (const c of [...NORMAL_SIGNS, ...CHECK_SIGNS, ...RISKS]) expectPlain(`claim ${c.id}`, c.plain)
    for (const m of MYTHS) {
      expectPlain(`myth ${m.id}`, m.myth.plain)
      expectPlain(`truth ${m.id}`, m.truth.plain)
    }
    for (const e of EXPLANATIONS) expectPlain(`explanation ${e.id}`, e.plain)
    for (const [k, v] of Object.entries(PHASE_CAPTIONS)) expectPlain(`caption ${k}`, v)
    expectPlain('disc', DISC_NO_CRACK.plain)
  })
})
