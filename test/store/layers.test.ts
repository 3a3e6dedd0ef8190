import { describe, expect, it } from 'vitest'
import { NEURAL_IDS } from '../../src/anatomy/neural'
import { createFacetStore, DEFAULT_GROUP_STATES, structureDisplay, xrayOn } from '../../src/store'
import { formatUrlView, parseUrlView } from '../../src/url'
import { inEnglish } from '../i18n/englishProblems'

const display = (store: ReturnType<typeof createFacetStore>, id: Parameters<typeof structureDisplay>[1]) =>
  structureDisplay(store.getState().groups, id)

describe('the layers at start', () => {
  it('shows the bones, discs and joints, hides the nerves and ligaments, and ghosts each ilium and the skull’s base', () => {
    const store = createFacetStore()
    expect(display(store, 'L4')).toBe('shown')
    expect(display(store, 'disc:L4-L5')).toBe('shown')
    expect(display(store, 'facet:L4-L5:left')).toBe('shown')
    expect(display(store, 'si-joint:left')).toBe('shown')
    expect(display(store, 'ilium:right')).toBe('ghosted')
    expect(display(store, 'occiput')).toBe('ghosted')
    expect(display(store, 'cord')).toBe('hidden')
    expect(display(store, 'nerve:L5:left')).toBe('hidden')
    expect(display(store, 'ligament:flavum:L4-L5')).toBe('hidden')
    // only the joints (the pivot of C1 and C2, the sacroiliac joints), the skull's base and the ilia are drawn of
    // the neural family at start, as the pack shipped for the first frame holds
    expect(NEURAL_IDS.filter((id) => display(store, id) !== 'hidden')).toEqual([
      'median-atlanto-axial',
      'occiput',
      'si-joint:left',
      'si-joint:right',
      'ilium:left',
      'ilium:right',
    ])
  })

  it('puts the sacroiliac joints with the joints and the ilia with the bones', () => {
    const store = createFacetStore()
    store.getState().setGroup('facets', 'hidden')
    expect(display(store, 'si-joint:left')).toBe('hidden')
    expect(display(store, 'median-atlanto-axial')).toBe('hidden')
    expect(display(store, 'facet:L4-L5:left')).toBe('hidden')
    store.getState().setGroup('bones', 'hidden')
    expect(display(store, 'ilium:left')).toBe('hidden')
    expect(display(store, 'L4')).toBe('hidden')
  })

  it('hides a structure spanning several regions only when all of them are hidden', () => {
    const store = createFacetStore()
    store.getState().setGroup('nerves', 'shown')
    store.getState().setGroup('cervical', 'hidden')
    store.getState().setGroup('thoracic', 'hidden')
    expect(display(store, 'cord')).toBe('shown')
    expect(display(store, 'nerve:C6:left')).toBe('hidden')
    store.getState().setGroup('lumbar', 'ghosted')
    expect(display(store, 'cord')).toBe('ghosted')
    store.getState().setGroup('lumbar', 'hidden')
    expect(display(store, 'cord')).toBe('hidden')
  })
})

describe('isolating a layer', () => {
  it('shows that layer alone, in every region', () => {
    const store = createFacetStore()
    store.getState().setGroup('cervical', 'hidden')
    store.getState().isolate('nerves')
    expect(display(store, 'nerve:C6:left')).toBe('shown')
    expect(display(store, 'cord')).toBe('shown')
    expect(display(store, 'L4')).toBe('hidden')
    expect(display(store, 'disc:L4-L5')).toBe('hidden')
    expect(display(store, 'si-joint:left')).toBe('hidden')
    expect(display(store, 'ligament:anterior-longitudinal')).toBe('hidden')
  })
})

describe('the x-ray preset', () => {
  it('ghosts the bones and shows the cord and roots, and a second press puts every layer back', () => {
    const store = createFacetStore()
    store.getState().setGroup('discs', 'hidden')
    const before = store.getState().groups
    store.getState().setPreset('xray')
    expect(xrayOn(store.getState())).toBe(true)
    expect(display(store, 'L4')).toBe('ghosted')
    expect(display(store, 'sacrum')).toBe('ghosted')
    expect(display(store, 'cord')).toBe('shown')
    expect(display(store, 'nerve:L5:left')).toBe('shown')
    // what x-ray does not speak of stays as it was
    expect(display(store, 'disc:L4-L5')).toBe('hidden')
    store.getState().setPreset('xray')
    expect(display(store, 'L4')).toBe('ghosted')
    store.getState().setPreset('normal')
    expect(xrayOn(store.getState())).toBe(false)
    expect(store.getState().groups).toEqual(before)
  })

  it('is off once a layer is changed by hand, which is then kept', () => {
    const store = createFacetStore()
    store.getState().setPreset('xray')
    store.getState().setGroup('ligaments', 'shown')
    expect(xrayOn(store.getState())).toBe(false)
    store.getState().setPreset('normal')
    expect(display(store, 'ligament:flavum:L4-L5')).toBe('shown')
    expect(display(store, 'L4')).toBe('ghosted')
  })

  it('is undone by resetting the layers', () => {
    const store = createFacetStore()
    store.getState().setPreset('xray')
    store.getState().showAll()
    expect(xrayOn(store.getState())).toBe(false)
    expect(store.getState().groups).toEqual(DEFAULT_GROUP_STATES)
  })
})

describe('layers and neural structures in the URL', () => {
  it('writes nothing for the layers at start, and show= for a layer that starts hidden', () => {
    const store = createFacetStore()
    const view = { selected: null, groups: store.getState().groups, labels: true, camera: null }
    expect(formatUrlView(view)).toBe('')
    store.getState().setGroup('nerves', 'shown')
    expect(formatUrlView({ ...view, groups: store.getState().groups })).toBe('?show=nerves')
  })

  it('round-trips a selected nerve root with the nerves shown and the bones ghosted', () => {
    const view = parseUrlView('?s=nerve:L5:left&show=nerves&ghost=bones')
    expect(view.problems).toEqual([])
    expect(view.selected).toBe('nerve:L5:left')
    expect(view.groups.nerves).toBe('shown')
    expect(view.groups.bones).toBe('ghosted')
    expect(view.groups.ligaments).toBe('hidden')
    expect(formatUrlView(view)).toBe('?s=nerve:L5:left&show=nerves&ghost=bones')
    expect(parseUrlView(formatUrlView(view))).toEqual(view)
    // other letter cases and the ligaments' ids too
    expect(parseUrlView('?s=NERVE:l5:LEFT').selected).toBe('nerve:L5:left')
    expect(parseUrlView('?s=ligament:flavum:L4-L5').selected).toBe('ligament:flavum:L4-L5')
  })

  it('keeps links made before the new layers', () => {
    const view = parseUrlView('?hide=cervical,discs')
    expect(view.problems).toEqual([])
    expect(view.groups).toEqual({ ...DEFAULT_GROUP_STATES, cervical: 'hidden', discs: 'hidden' })
  })

  it('refuses a nerve root that does not exist', () => {
    const view = parseUrlView('?s=nerve:L6:left')
    expect(view.selected).toBeNull()
    expect(inEnglish(view.problems)[0]).toContain('could not find')
  })
})
