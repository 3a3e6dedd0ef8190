import { describe, expect, it } from 'vitest'
import { BONE_IDS, type BoneId } from '../../src/anatomy/ids'
import { partQuestionView, questionRegion } from '../../src/quiz/questionRegion'
import { makeQuiz, QUIZ_LENGTH } from '../../src/quiz/questions'

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

describe('the view a question about a part opens on', () => {
  it('is the part’s bone with one bone either side, turned to the part', () => {
    expect(partQuestionView({ part: 'L4/pedicle:left', answers: ['L4'] })).toEqual({
      from: 'L3',
      to: 'L5',
      facing: 'L4/pedicle:left',
    })
    expect(partQuestionView({ part: 'C1/anterior-arch', answers: ['C1'] })).toEqual({
      from: 'C1',
      to: 'C2',
      facing: 'C1/anterior-arch',
    })
    expect(partQuestionView({ part: 'sacrum/ala:right', answers: ['sacrum'] })).toEqual({
      from: 'L5',
      to: 'coccyx',
      facing: 'sacrum/ala:right',
    })
  })

  it('is none for a question that is not about a part', () => {
    expect(partQuestionView({ answers: ['L4'] })).toBeNull()
    expect(partQuestionView({ answers: ['nerve:L5:left'] })).toBeNull()
  })

  it('frames every part question the quiz asks on the bone it names', () => {
    for (let seed = 0; seed < 40; seed++)
      for (const q of makeQuiz(seed, QUIZ_LENGTH).filter((question) => question.part)) {
        const view = partQuestionView(q)
        const bone = q.part?.split('/')[0]
        expect(view?.facing, q.id).toBe(q.part)
        const order = BONE_IDS.indexOf(bone as BoneId)
        expect(BONE_IDS.indexOf(view!.from), q.id).toBeLessThanOrEqual(order)
        expect(BONE_IDS.indexOf(view!.to), q.id).toBeGreaterThanOrEqual(order)
        expect(BONE_IDS.indexOf(view!.to) - BONE_IDS.indexOf(view!.from), q.id).toBeLessThanOrEqual(2)
      }
  })
})
