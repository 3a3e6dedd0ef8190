import { describe, expect, it } from 'vitest'
import { createFacetStore, structureDisplay } from '../../src/store'
import { formatUrlView, parseUrlView } from '../../src/url'

describe('visibility', () => {
  it('hides a joint when either its region or its layer is hidden, and ghosts when either is ghosted', () => {
    const store = createFacetStore()
    store.getState().setGroup('discs', 'ghosted')
    expect(structureDisplay(store.getState().groups, 'disc:L4-L5')).toBe('ghosted')
    store.getState().setGroup('lumbar', 'hidden')
    expect(structureDisplay(store.getState().groups, 'disc:L4-L5')).toBe('hidden')
    expect(structureDisplay(store.getState().groups, 'T4')).toBe('shown')
  })

  it('isolates one region without touching the layers, and shows everything again', () => {
    const store = createFacetStore()
    store.getState().setGroup('facets', 'ghosted')
    store.getState().isolate('cervical')
    const { groups } = store.getState()
    expect(groups.cervical).toBe('shown')
    expect(groups.lumbar).toBe('hidden')
    expect(groups.facets).toBe('ghosted')
    store.getState().showAll()
    expect(Object.values(store.getState().groups).every((g) => g === 'shown')).toBe(true)
  })
})

describe('the view in the URL', () => {
  it('round-trips selection, groups, labels and camera', () => {
    const view = parseUrlView('?s=facet:L4-L5:left&hide=cervical,discs&ghost=thoracic&labels=0&cam=1,2,3,4,5,6')
    expect(view.problems).toEqual([])
    const again = parseUrlView(formatUrlView(view))
    expect(again).toEqual(view)
  })

  it('explains every part of a bad link it cannot use, and keeps the rest', () => {
    const view = parseUrlView('?s=L9&hide=cervical,elbows&cam=1,2&view=upside-down')
    expect(view.selected).toBeNull()
    expect(view.groups.cervical).toBe('hidden')
    expect(view.camera).toBeNull()
    expect(view.problems).toHaveLength(4)
    expect(view.problems[1]).toContain('L9')
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
