import { describe, expect, it } from 'vitest'
import { createFacetStore, DEFAULT_GROUP_STATES, neuralDisplay, structureDisplay } from '../../src/store'
import { formatUrlView, parseUrlView } from '../../src/url'
import { inEnglish } from '../i18n/englishProblems'

describe('visibility', () => {
  it('hides a joint when either its region or its layer is hidden, and ghosts when either is ghosted', () => {
    const store = createFacetStore()
    store.getState().setGroup('discs', 'ghosted')
    expect(structureDisplay(store.getState().groups, 'disc:L4-L5')).toBe('ghosted')
    store.getState().setGroup('lumbar', 'hidden')
    expect(structureDisplay(store.getState().groups, 'disc:L4-L5')).toBe('hidden')
    expect(structureDisplay(store.getState().groups, 'T4')).toBe('shown')
  })

  it('draws a nerve root that is selected or carries a note, though the nerves layer is hidden', () => {
    const store = createFacetStore()
    expect(neuralDisplay(store.getState(), 'nerve:L5:left')).toBe('hidden')
    store.getState().addPin('nerve:L5:left', 'Your sore spot')
    expect(neuralDisplay(store.getState(), 'nerve:L5:left')).toBe('shown')
    expect(neuralDisplay(store.getState(), 'nerve:L5:right')).toBe('hidden')
    store.getState().select('nerve:L4:right')
    expect(neuralDisplay(store.getState(), 'nerve:L4:right')).toBe('shown')
    // a note does not overrule a layer that is ghosted: it is drawn as the layer says
    store.getState().setGroup('nerves', 'ghosted')
    expect(neuralDisplay(store.getState(), 'nerve:L5:left')).toBe('ghosted')
  })

  it('isolates one region without touching the layers, and resets the layers to the start', () => {
    const store = createFacetStore()
    store.getState().setGroup('facets', 'ghosted')
    store.getState().isolate('cervical')
    const { groups } = store.getState()
    expect(groups.cervical).toBe('shown')
    expect(groups.lumbar).toBe('hidden')
    expect(groups.facets).toBe('ghosted')
    store.getState().showAll()
    expect(store.getState().groups).toEqual(DEFAULT_GROUP_STATES)
  })
})

describe('selecting a part of a bone', () => {
  it('selects the bone with the part, and drops the part when the selection moves on', () => {
    const store = createFacetStore()
    store.getState().select('L4/pedicle:left')
    expect(store.getState().selected).toBe('L4')
    expect(store.getState().selectedPart).toBe('L4/pedicle:left')
    // another part of the same bone, then the bone as a whole
    store.getState().select('L4/lamina:right')
    expect(store.getState().selectedPart).toBe('L4/lamina:right')
    store.getState().select('L4')
    expect(store.getState()).toMatchObject({ selected: 'L4', selectedPart: null })
    // a part of another bone moves the selection; a joint or nothing clears the part
    store.getState().select('C2/dens')
    expect(store.getState()).toMatchObject({ selected: 'C2', selectedPart: 'C2/dens' })
    store.getState().select('facet:L4-L5:left')
    expect(store.getState()).toMatchObject({ selected: 'facet:L4-L5:left', selectedPart: null })
    store.getState().select('C2/dens')
    store.getState().select(null)
    expect(store.getState()).toMatchObject({ selected: null, selectedPart: null })
  })

  it('ignores a part no bone has, keeping the selection', () => {
    const store = createFacetStore()
    store.getState().select('L4/pedicle:left')
    store.getState().select('L4/dens')
    store.getState().select('L4/pedicle' as never)
    expect(store.getState()).toMatchObject({ selected: 'L4', selectedPart: 'L4/pedicle:left' })
  })

  it('keeps the part under the pointer with the structure, and clears both together', () => {
    const store = createFacetStore()
    store.getState().hover('L4', 'L4/pedicle:left')
    expect(store.getState()).toMatchObject({ hovered: 'L4', hoveredPart: 'L4/pedicle:left' })
    store.getState().hover('disc:L4-L5')
    expect(store.getState()).toMatchObject({ hovered: 'disc:L4-L5', hoveredPart: null })
    store.getState().hover('L4', 'L4/body')
    store.getState().hover(null, 'L4/body')
    expect(store.getState()).toMatchObject({ hovered: null, hoveredPart: null })
  })

  it('starts a self-test and moves to the next question with nothing selected, part included', () => {
    const store = createFacetStore()
    store.getState().select('L4/pedicle:left')
    store.getState().startQuiz(1)
    expect(store.getState()).toMatchObject({ selected: null, selectedPart: null })
    store.getState().select('L4/pedicle:left')
    store.getState().nextQuestion()
    expect(store.getState()).toMatchObject({ selected: null, selectedPart: null })
  })
})

describe('the view in the URL', () => {
  it('round-trips selection, groups, labels and camera', () => {
    const view = parseUrlView('?s=facet:L4-L5:left&hide=cervical,discs&ghost=thoracic&labels=0&cam=1,2,3,4,5,6')
    expect(view.problems).toEqual([])
    const again = parseUrlView(formatUrlView(view))
    expect(again).toEqual(view)
  })

  it('keeps a selected part of a bone, in any letter case, and writes it back as it was', () => {
    const view = parseUrlView('?s=L4/pedicle:left&labels=0')
    expect(view.problems).toEqual([])
    expect(view.selected).toBe('L4/pedicle:left')
    expect(formatUrlView(view)).toBe('?s=L4/pedicle:left&labels=0')
    expect(parseUrlView(formatUrlView(view))).toEqual(view)
    expect(parseUrlView('?s=l4/Pedicle:LEFT').selected).toBe('L4/pedicle:left')
    expect(parseUrlView('?s=C2/dens').selected).toBe('C2/dens')
    const foramen = 'sacrum/dorsal-foramen-s1:right'
    expect(parseUrlView(`?s=${encodeURIComponent(foramen)}`).selected).toBe(foramen)
    // a link from before each sacral foramen was named by its two openings opens the front (pelvic) one
    expect(parseUrlView(`?s=${encodeURIComponent('sacrum/foramen-s1:right')}`).selected).toBe(
      'sacrum/pelvic-foramen-s1:right',
    )
  })

  it('drops a part it does not know, as politely as a structure it does not know', () => {
    for (const bad of ['L4/wing:left', 'L4/pedicle', 'L4/dens', 'L9/pedicle:left', 'disc:L4-L5/body', '/', 'L4/']) {
      const view = parseUrlView(`?s=${encodeURIComponent(bad)}&hide=cervical`)
      expect(view.selected, bad).toBeNull()
      expect(view.groups.cervical, bad).toBe('hidden')
      expect(view.problems, bad).toHaveLength(1)
      expect(inEnglish(view.problems)[0], bad).toContain('could not find')
    }
  })

  it('explains every part of a bad link it cannot use, and keeps the rest', () => {
    const view = parseUrlView('?s=L9&hide=cervical,elbows&cam=1,2&view=upside-down')
    expect(view.selected).toBeNull()
    expect(view.groups.cervical).toBe('hidden')
    expect(view.camera).toBeNull()
    expect(view.problems).toHaveLength(4)
    expect(inEnglish(view.problems)[1]).toContain('L9')
  })
})

describe('panels that share the column', () => {
  it('closes the crack close-up when a stretch card opens, and leaves it open when a card closes', () => {
    const store = createFacetStore()
    store.getState().openCloseUp('facet:L4-L5:left')
    store.getState().openStretch(null)
    expect(store.getState().closeUpJoint).toBe('facet:L4-L5:left')
    store.getState().openStretch('knee-rolls')
    expect(store.getState().closeUpJoint).toBeNull()
    expect(store.getState().playing).toBe(false)
    expect(store.getState().openStretchId).toBe('knee-rolls')
  })
})
