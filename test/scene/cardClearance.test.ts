import { Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { clearOfCardShift, viewRight } from '../../src/scene/cardClearance'

const VIEW = { left: 270, right: 950, top: 88, bottom: 720 }
const perPixel = (distance: number, fov: number) => (2 * distance * Math.tan((fov * Math.PI) / 360)) / 632

describe('framing clear of the self-test card', () => {
  it('moves the look-at point left by half the covered width, so the answer shows in the free part', () => {
    // a card over the view's left 200 px: what is framed moves 100 px right of the view's middle
    const card = { left: 280, right: 470, top: 100, bottom: 500 }
    const shift = clearOfCardShift(VIEW, card, 400, 35)
    expect(shift).toBeCloseTo(-100 * perPixel(400, 35), 6)
    // twice as far, twice the millimetres for the same pixels
    expect(clearOfCardShift(VIEW, card, 800, 35)).toBeCloseTo(2 * shift, 6)
  })

  it('leaves the framing alone with no card, a card beside or below the view, or one over most of it', () => {
    expect(clearOfCardShift(VIEW, null, 400, 35)).toBe(0)
    expect(clearOfCardShift(VIEW, { left: 0, right: 260, top: 100, bottom: 500 }, 400, 35)).toBe(0)
    expect(clearOfCardShift(VIEW, { left: 280, right: 470, top: 730, bottom: 900 }, 400, 35)).toBe(0)
    // a phone: the card leaves under 200 px of the view, nothing to centre in
    expect(clearOfCardShift(VIEW, { left: 270, right: 760, top: 100, bottom: 500 }, 400, 35)).toBe(0)
    // the flashcards' panel on a laptop leaves 250 px: a part to be named is framed there
    expect(clearOfCardShift(VIEW, { left: 280, right: 700, top: 100, bottom: 500 }, 400, 35)).toBeCloseTo(
      -215 * perPixel(400, 35),
      6,
    )
  })

  it('takes the view’s right as seen by a camera looking back along the direction', () => {
    // a camera in front of the spine (+z) looking at it: its right is the world's +x
    expect(viewRight(new Vector3(0, 1, 0), new Vector3(0, 0, 1), new Vector3()).toArray()).toEqual([1, 0, 0])
  })
})
