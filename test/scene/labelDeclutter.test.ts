import { describe, expect, it } from 'vitest'
import { declutterLabels, type LabelBox } from '../../src/scene/labelDeclutter'

const box = (centreY: number, inView = true, centreX = 100): LabelBox => ({
  centreX,
  centreY,
  width: 24,
  height: 16,
  inView,
  otherSideX: Number.NaN,
  kept: true,
  otherSide: false,
})
/** A label drawn 40 px to the right of its point at x = 100, which may go 40 px to its left instead. */
const beside = (centreY: number): LabelBox => ({ ...box(centreY, true, 140), otherSideX: 60 })

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

  it('tries a label beside its point on the other side before leaving it out', () => {
    // L5's name to the right of the spine, L4's just above it: L4 goes to the left
    const l5 = beside(110)
    const l4 = beside(100)
    declutterLabels([l5, l4], 1)
    expect([l5.kept, l5.otherSide, l5.centreX]).toEqual([true, false, 140])
    expect([l4.kept, l4.otherSide, l4.centreX]).toEqual([true, true, 60])
    // a third in the same row has no side left, and one drawn on its point has no other side at all
    const l3 = beside(105)
    const onPoint = box(112, true, 140)
    l4.centreX = 140 // the caller sets each box's own side before every pass
    declutterLabels([l5, l4, l3, onPoint], 1)
    expect([l4.otherSide, l3.kept, onPoint.kept]).toEqual([true, false, false])
    // kept on its own side again once there is room
    l4.centreX = 140
    declutterLabels([l4], 1)
    expect([l4.kept, l4.otherSide, l4.centreX]).toEqual([true, false, 140])
  })
})
