import { describe, expect, it } from 'vitest'
import { questionRegion } from '../../src/quiz/questionRegion'

describe('the stretch of the spine a question about roots opens on', () => {
  it('is the neck for the neck’s roots, the chest for its roots, the low back and sacrum for the leg’s', () => {
    expect(questionRegion({ nerves: true, answers: ['nerve:C8:left', 'nerve:C8:right'] })).toEqual(['C1', 'T2'])
    expect(questionRegion({ nerves: true, answers: ['nerve:C5:left', 'nerve:C6:left'] })).toEqual(['C1', 'T2'])
    expect(questionRegion({ nerves: true, answers: ['nerve:T6:left'] })).toEqual(['C7', 'L1'])
    expect(questionRegion({ nerves: true, answers: ['nerve:L4:left', 'nerve:L3:left'] })).toEqual(['T12', 'sacrum'])
    expect(questionRegion({ nerves: true, answers: ['nerve:S1:right'] })).toEqual(['T12', 'sacrum'])
  })

  it('spans both regions when the answers do, and is none for a question not about roots', () => {
    expect(questionRegion({ nerves: true, answers: ['nerve:T1:left', 'nerve:L1:left'] })).toEqual(['C7', 'sacrum'])
    expect(questionRegion({ answers: ['C2'] })).toBeNull()
    expect(questionRegion({ nerves: true, answers: ['disc:L4-L5'] })).toBeNull()
  })
})
