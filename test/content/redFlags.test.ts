import { describe, expect, it } from 'vitest'
import { EMERGENCY_SIGNS, SEE_A_CLINICIAN } from '../../src/content/redFlags'
import { claim } from '../../src/content/schema'
import { expectPlain } from './readability'

describe('warning signs', () => {
  it('validates against the schema', () => {
    claim.array().parse([...EMERGENCY_SIGNS, ...SEE_A_CLINICIAN])
  })

  it('reads plainly, sign by sign', () => {
    for (const f of [...EMERGENCY_SIGNS, ...SEE_A_CLINICIAN]) expectPlain(`sign ${f.id}`, f.plain)
  })

  it('lists the emergency signs from the reference and the seeds’ warning list', () => {
    const emergency = EMERGENCY_SIGNS.map((f) => f.id)
    expect(emergency).toEqual(expect.arrayContaining(['saddle-numbness', 'bladder-bowel', 'both-legs']))
    const see = SEE_A_CLINICIAN.map((f) => f.id)
    expect(see).toEqual(expect.arrayContaining(['swelling', 'pain', 'fever', 'stroke-risk', 'pregnancy', 'nerves']))
  })
})
