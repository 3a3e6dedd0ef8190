import { describe, expect, it, vi } from 'vitest'
import { CONDITION_IDS, conditionView } from '../../src/anatomy/conditionModels'
import { createFacetApi } from '../../src/api/facetApi'
import { createFacetRuntime } from '../../src/runtime/runtime'
import { createFacetStore, defaultGroups, neuralDisplay } from '../../src/store'
import { conditionInView } from '../../src/store/conditionSlice'
import { applyUrlView, formatUrlView, linkSelections, parseUrlView } from '../../src/url'
import { inEnglish } from '../i18n/englishProblems'

describe('showing a condition', () => {
  it('names it and every structure it involves, selects its level and sets the layers it needs', () => {
    const store = createFacetStore()
    store.getState().showCondition('herniation-l4-l5-posterolateral')
    const s = store.getState()
    expect(s.condition?.id).toBe('herniation-l4-l5-posterolateral')
    expect(s.condition?.involves).toContain('nerve:L5:left')
    expect(s.condition?.involves).toContain('disc:L4-L5')
    expect(s.selected).toBe('disc:L4-L5')
    expect(s.groups.nerves).toBe('hidden')
    expect(s.groups.bones).toBe('ghosted')
    expect(conditionInView(s)).toBe(true)
  })

  it('is cleared back to exactly the view there was before, even after another condition was shown on top', () => {
    const store = createFacetStore()
    store.getState().setPreset('xray')
    store.getState().select('L4/pedicle:left')
    const before = store.getState()
    store.getState().showCondition('compression-fracture-l1')
    store.getState().showCondition('herniation-c5-c6')
    expect(store.getState().selected).toBe(conditionView('herniation-c5-c6').focus)
    store.getState().clearCondition()
    const after = store.getState()
    expect(after.condition).toBeNull()
    expect(after.groups).toEqual(before.groups)
    expect(after.beforeXray).toEqual(before.beforeXray)
    expect(after.selected).toBe('L4')
    expect(after.selectedPart).toBe('L4/pedicle:left')
  })

  it("keeps, when asked (the panel's ×), the structure chosen while it was shown, with the layers put back", () => {
    const store = createFacetStore()
    store.getState().showCondition('herniation-l4-l5-posterolateral')
    store.getState().select('nerve:L5:left')
    store.getState().clearCondition({ keepSelection: true })
    expect(store.getState().selected).toBe('nerve:L5:left')
    expect(store.getState().groups).toEqual(defaultGroups())
  })

  it('shows the roots it presses on, even with the nerves layer hidden, so they can be pointed at and noted', () => {
    const store = createFacetStore()
    store.getState().showCondition('herniation-l4-l5-posterolateral')
    expect(store.getState().groups.nerves).toBe('hidden')
    expect(neuralDisplay(store.getState(), 'nerve:L5:left')).toBe('shown')
    expect(neuralDisplay(store.getState(), 'nerve:L4:left')).toBe('hidden')
    // not while a stretch has the spine
    store.setState({ stretchPlaying: true })
    expect(neuralDisplay(store.getState(), 'nerve:L5:left')).toBe('hidden')
  })

  it('makes the crack close-up and a playing stretch give way, and steps aside while one plays', () => {
    const store = createFacetStore()
    store.getState().openCloseUp('facet:L4-L5:left')
    store.getState().showCondition('facet-arthritis-l4-l5')
    expect(store.getState().closeUpJoint).toBeNull()
    store.setState({ stretchPlaying: true })
    expect(conditionInView(store.getState())).toBe(false)
  })

  it('ignores an id it does not know', () => {
    const store = createFacetStore()
    store.getState().showCondition('sprain' as never)
    expect(store.getState().condition).toBeNull()
    expect(store.getState().groups).toEqual(defaultGroups())
  })
})

describe('a condition in the link', () => {
  it('round-trips with the view beneath it', () => {
    for (const id of CONDITION_IDS) {
      const view = parseUrlView(`?s=L4&show=nerves&condition=${id}`)
      expect(view.problems).toEqual([])
      expect(view.condition).toBe(id)
      expect(parseUrlView(formatUrlView(view))).toEqual(view)
    }
  })

  it('explains an unknown condition politely and shows the normal spine', () => {
    const view = parseUrlView('?condition=broken-back')
    expect(view.condition).toBeNull()
    expect(view.problems).toHaveLength(1)
    expect(inEnglish(view.problems)[0]).toMatch(/condition we don’t have.*normal spine/)
  })

  it('reopens on the condition, with what was chosen in it, and the view beneath it for clearing', () => {
    const store = createFacetStore()
    applyUrlView(store.getState(), parseUrlView('?s=L2&condition=herniation-l4-l5-posterolateral&cs=nerve:L5:left'))
    expect(store.getState().condition?.id).toBe('herniation-l4-l5-posterolateral')
    expect(store.getState().selected).toBe('nerve:L5:left')
    // the link the page writes says the same
    expect(
      formatUrlView({
        ...parseUrlView(''),
        ...linkSelections(store.getState()),
        condition: 'herniation-l4-l5-posterolateral',
      }),
    ).toBe('?s=L2&condition=herniation-l4-l5-posterolateral&cs=nerve:L5:left')
    store.getState().clearCondition()
    expect(store.getState().selected).toBe('L2')
    // without a choice in it, the condition's own level; a choice without a condition means nothing
    applyUrlView(store.getState(), parseUrlView('?s=L2&condition=herniation-l4-l5-posterolateral'))
    expect(store.getState().selected).toBe('disc:L4-L5')
    expect(linkSelections(store.getState())).toEqual({ selected: 'L2', conditionSelected: null })
    expect(parseUrlView('?s=L2&cs=L3').conditionSelected).toBeNull()
    expect(parseUrlView('?condition=herniation-c5-c6&cs=nonsense').problems).toHaveLength(1)
  })

  it("keeps, on the panel's ×, only a structure chosen while it showed, not its own level", () => {
    const store = createFacetStore()
    store.getState().select('T6')
    store.getState().showCondition('herniation-l4-l5-posterolateral')
    store.getState().clearCondition({ keepSelection: true })
    expect(store.getState().selected).toBe('T6')
  })

  it('is absent from a link without one', () => {
    expect(formatUrlView({ ...parseUrlView('?s=L4'), condition: null })).toBe('?s=L4')
  })
})

describe('the API for conditions', () => {
  const make = () => createFacetApi(createFacetRuntime())

  it('lists every condition with its clinical name', () => {
    const list = make().listConditions()
    expect(list.map((c) => c.id)).toEqual([...CONDITION_IDS])
    expect(list.find((c) => c.id === 'herniation-l4-l5-posterolateral')?.name).toMatch(/herniation/i)
  })

  it('shows one and reports it in getState; clearing restores the state; an unknown id returns false', () => {
    const api = make()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const before = api.getState()
    expect(api.showCondition('herniation-l4-l5-posterolateral')).toBe(true)
    expect(api.getState().condition?.involves).toContain('nerve:L5:left')
    api.clearCondition()
    expect(api.getState().condition).toBeNull()
    expect(api.getState().regions).toEqual(before.regions)
    expect(api.getState().selection).toBe(before.selection)
    for (const bad of ['nope', '', 'constructor', '__proto__', 42, null, {}])
      expect(api.showCondition(bad as string)).toBe(false)
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })
})
