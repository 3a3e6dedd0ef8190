import { describe, expect, it } from 'vitest'
import { declutterLabels, type LabelBox } from '../../src/scene/labelDeclutter'

const box = (centreY: number, inView = true, centreX = 100): LabelBox => ({
  centreX,
  centreY,
  width: 24,
  height: 16,
  inView,
  kept: true,
})

describe('decluttering labels', () => {
  it('keeps the first of two that overlap, in the order given', () => {
    const first = box(100)
    const second = box(110)
    declutterLabels([first, second], 1)
    expect([first.kept, second.kept]).toEqual([true, false])
    declutterLabels([second, first], 1)
    expect([second.kept, first.kept]).toEqual([true, false])
  })

  it('keeps labels that are apart up and down or side by side, with the gap between them', () => {
    const top = box(100)
    const below = box(117) // 16 px tall each: 17 px apart leaves the 1 px gap
    const beside = box(105, true, 125) // 24 px wide each: 25 px apart
    declutterLabels([top, below, beside], 1)
    expect([top.kept, below.kept, beside.kept]).toEqual([true, true, true])
    const touching = box(116)
    declutterLabels([top, touching], 1)
    expect(touching.kept).toBe(false)
  })

  it('gives a place left by a label out of view to the next one', () => {
    const out = box(100, false)
    const next = box(105)
    declutterLabels([out, next], 1)
    expect([out.kept, next.kept]).toEqual([false, true])
  })

  it('lets a hidden label cover nothing: the third one is measured against kept ones only', () => {
    // the crowded neck: every other one of a run of labels 10 px apart
    const run = [0, 10, 20, 30, 40].map((y) => box(y))
    declutterLabels(run, 1)
    expect(run.map((l) => l.kept)).toEqual([true, false, true, false, true])
  })
})
