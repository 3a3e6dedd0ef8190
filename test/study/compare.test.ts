import { describe, expect, it } from 'vitest'
import { structureBox } from '../../src/geometry/world'
import { compareRow } from '../../src/scene/compareLayout'
import { createFacetStore } from '../../src/store'
import { parseCompareIds } from '../../src/store/compareSlice'
import { formatUrlView, parseUrlView } from '../../src/url'
import { inEnglish } from '../i18n/englishProblems'

describe('compare levels: which bones', () => {
  it('takes two or three different bones', () => {
    expect(parseCompareIds(['C5', 'T6', 'L4'])).toEqual(['C5', 'T6', 'L4'])
    expect(parseCompareIds(['L4', 'sacrum'])).toEqual(['L4', 'sacrum'])
  })

  it('refuses one, four, a repeat, an unknown id and anything not a bone', () => {
    expect(parseCompareIds(['C5'])).toBeNull()
    expect(parseCompareIds(['C1', 'C2', 'C3', 'C4'])).toBeNull()
    expect(parseCompareIds(['C5', 'C5'])).toBeNull()
    expect(parseCompareIds(['C5', 'X9'])).toBeNull()
    expect(parseCompareIds(['C5', 'disc:C5-C6'])).toBeNull()
    expect(parseCompareIds(['C5', 'nerve:L5:left'])).toBeNull()
    expect(parseCompareIds(['C5', 4])).toBeNull()
  })
})

describe('compare levels in the link', () => {
  it('goes round the link unchanged', () => {
    const view = parseUrlView('?compare=C5,T6,L4')
    expect(view.compare).toEqual(['C5', 'T6', 'L4'])
    expect(view.problems).toEqual([])
    const search = formatUrlView({ ...view, compare: view.compare })
    expect(search).toContain('compare=C5,T6,L4')
    expect(parseUrlView(search).compare).toEqual(['C5', 'T6', 'L4'])
  })

  it('explains a comparison it cannot show, and shows the spine', () => {
    for (const bad of ['?compare=C5,C5', '?compare=C5,disc:C5-C6', '?compare=C5,T6,L4,L5', '?compare=']) {
      const view = parseUrlView(bad)
      expect(view.compare, bad).toBeNull()
      expect(inEnglish(view.problems).join(' '), bad).toMatch(/compare/)
    }
  })

  it('keeps a bone seen alone in its link (compare=L4), which the API’s compare does not take', () => {
    const view = parseUrlView('?compare=L4')
    expect(view.compare).toEqual(['L4'])
    expect(view.problems).toEqual([])
    expect(formatUrlView({ ...view, compare: ['L4'] })).toContain('compare=L4')
    expect(parseCompareIds(['L4'])).toBeNull()
  })

  it('leaves the camera out while comparing (the row is framed by itself)', () => {
    const camera = { position: [1, 2, 3] as [number, number, number], target: [0, 0, 0] as [number, number, number] }
    const view = parseUrlView('')
    expect(formatUrlView({ ...view, camera, compare: ['C5', 'L4'] })).not.toContain('cam=')
    expect(formatUrlView({ ...view, camera, compare: null })).toContain('cam=')
  })

  it('writes nothing when not comparing', () => {
    expect(formatUrlView({ ...parseUrlView(''), compare: null })).not.toContain('compare')
  })

  it('keeps which compared bone the panel reads about (read=T12), and drops one not compared with a note', () => {
    const view = parseUrlView('?compare=T11,T12,L1&read=T12')
    expect(view.compareReading).toBe('T12')
    expect(view.problems).toEqual([])
    expect(formatUrlView({ ...view, compareReading: 'T12' })).toContain('compare=T11,T12,L1&read=T12')
    // the first is what a comparison opens on: not written
    expect(formatUrlView({ ...view, compareReading: 'T11' })).not.toContain('read=')
    expect(formatUrlView({ ...view, compare: null, compareReading: 'T12' })).not.toContain('read=')
    for (const bad of ['?compare=T11,T12&read=L4', '?read=T12', '?compare=T11,T12&read=']) {
      const v = parseUrlView(bad)
      expect(v.compareReading ?? null, bad).toBeNull()
      expect(inEnglish(v.problems).join(' '), bad).toMatch(/not one of the bones compared/)
    }
  })
})

describe('compare levels in the store', () => {
  it('puts the selection and labels aside while comparing and gives them back after', () => {
    const store = createFacetStore()
    store.getState().select('L4/pedicle:left')
    expect(store.getState().startCompare(['C5', 'T6', 'L4'])).toBe(true)
    expect(store.getState().compareLevels).toEqual(['C5', 'T6', 'L4'])
    expect(store.getState().selected).toBeNull()
    expect(store.getState().labels).toBe(false)
    store.getState().endCompare()
    expect(store.getState().compareLevels).toBeNull()
    expect(store.getState().selected).toBe('L4')
    expect(store.getState().selectedPart).toBe('L4/pedicle:left')
    expect(store.getState().labels).toBe(true)
  })

  it('shows one bone alone, putting the selection aside as comparing does', () => {
    const store = createFacetStore()
    store.getState().select('L4/pedicle:left')
    expect(store.getState().startCompare(['L4'])).toBe(true)
    expect(store.getState().compareLevels).toEqual(['L4'])
    expect(store.getState().selected).toBeNull()
    store.getState().endCompare()
    expect(store.getState()).toMatchObject({ selected: 'L4', selectedPart: 'L4/pedicle:left' })
  })

  it('has the panel read about the first compared bone, then whichever of the row the reader picks', () => {
    const store = createFacetStore()
    store.getState().startCompare(['C5', 'T6', 'L4'])
    expect(store.getState().compareReading).toBe('C5')
    store.getState().setCompareReading('L4')
    expect(store.getState().compareReading).toBe('L4')
    // a bone not in the row is not read about
    store.getState().setCompareReading('L1')
    expect(store.getState().compareReading).toBe('L4')
    store.getState().setCompareReading(null)
    expect(store.getState().compareReading).toBeNull()
    store.getState().endCompare()
    store.getState().startCompare(['T12'])
    expect(store.getState().compareReading).toBe('T12')
    store.getState().endCompare()
    expect(store.getState().compareReading).toBeNull()
  })

  it('changes nothing for a bad comparison', () => {
    const store = createFacetStore()
    store.getState().select('C2')
    expect(store.getState().startCompare(['C2', 'C2'])).toBe(false)
    expect(store.getState().compareLevels).toBeNull()
    expect(store.getState().selected).toBe('C2')
  })
})

describe('the compared row', () => {
  it('puts the bones side by side at real size, left to right, without overlap, centred', () => {
    const row = compareRow(['C5', 'T6', 'L4'])
    expect(row.slots.map((s) => s.id)).toEqual(['C5', 'T6', 'L4'])
    let previousRight = Number.NEGATIVE_INFINITY
    for (const slot of row.slots) {
      const box = structureBox(slot.id)
      const left = box.min.x + slot.position[0]
      const right = box.max.x + slot.position[0]
      expect(right - left).toBeCloseTo(slot.width, 6)
      expect(left).toBeGreaterThan(previousRight)
      previousRight = right
      // each bone is centred on the row's middle height
      expect((box.min.y + box.max.y) / 2 + slot.position[1]).toBeCloseTo(0, 6)
    }
    // L4 is wider than C5, as the bones are
    expect(row.slots[2]!.width).toBeGreaterThan(row.slots[0]!.width)
    const first = row.slots[0]!
    const last = row.slots[2]!
    const leftEdge = structureBox(first.id).min.x + first.position[0]
    const rightEdge = structureBox(last.id).max.x + last.position[0]
    expect(leftEdge + rightEdge).toBeCloseTo(0, 6)
  })
})

describe('the flashcards and the self-test', () => {
  it('end a running self-test when the cards open, giving the labels back', () => {
    const store = createFacetStore()
    store.getState().startQuiz(3)
    expect(store.getState().labels).toBe(false)
    store.getState().setFlashcardsOpen(true)
    expect(store.getState().quiz).toBeNull()
    expect(store.getState().labels).toBe(true)
    expect(store.getState().flashcardsOpen).toBe(true)
  })
})
