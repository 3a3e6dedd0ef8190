// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFacetRuntime } from '../../src/runtime/runtime'
import { returnFocus } from '../../src/ui/panelFocus'

const button = (id: string): HTMLButtonElement => {
  const b = document.createElement('button')
  b.id = id
  document.body.append(b)
  return b
}

describe('giving focus back when a panel closes', () => {
  beforeEach(() => {
    // jsdom lays nothing out: count every element in the page as laid out, as a browser would
    vi.spyOn(HTMLElement.prototype, 'getClientRects').mockImplementation(
      () => [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList,
    )
  })
  afterEach(() => {
    vi.restoreAllMocks()
    document.body.replaceChildren()
  })

  it('goes back to the control that opened the panel, from this runtime’s record', () => {
    const runtime = createFacetRuntime()
    const opener = button('open-learn')
    opener.focus()
    runtime.store.getState().setPanel('learn')
    // the dialog took focus and has closed: focus fell to <body>
    opener.blur()
    runtime.store.getState().setPanel('none')
    returnFocus(runtime.focusReturns, 'learn')
    expect(document.activeElement).toBe(opener)
  })

  it('goes to the list’s search field when the opener is gone, never to <body>', () => {
    const runtime = createFacetRuntime()
    const opener = button('open-learn')
    opener.focus()
    runtime.store.getState().setPanel('learn')
    opener.remove()
    const tree = document.createElement('div')
    tree.className = 'tree'
    const search = document.createElement('input')
    search.type = 'search'
    tree.append(search)
    document.body.append(tree)
    returnFocus(runtime.focusReturns, 'learn')
    expect(document.activeElement).toBe(search)
  })

  it('does not follow another runtime’s record', () => {
    const recorded = createFacetRuntime()
    const fresh = createFacetRuntime()
    const opener = button('open-learn')
    opener.focus()
    recorded.store.getState().setPanel('learn')
    opener.blur()
    returnFocus(fresh.focusReturns, 'learn')
    expect(document.activeElement).toBe(document.body)
  })
})
