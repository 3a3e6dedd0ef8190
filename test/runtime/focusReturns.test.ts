// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { createFacetRuntime } from '../../src/runtime/runtime'

/** A button in the page with focus, as a keyboard user would have it before opening a panel. */
function focusedButton(id: string): HTMLButtonElement {
  const button = document.createElement('button')
  button.id = id
  document.body.append(button)
  button.focus()
  return button
}

afterEach(() => {
  document.body.replaceChildren()
})

describe('where focus goes back to when a panel closes', () => {
  it('is recorded by the runtime as the panel opens: the control that had focus, first', () => {
    const runtime = createFacetRuntime()
    const opener = focusedButton('open-learn')
    runtime.store.getState().setPanel('learn')
    const [first, again] = runtime.focusReturns.candidates('learn')
    expect(first?.()).toBe(opener)
    // the same control rendered anew is found by its id
    opener.remove()
    const rendered = focusedButton('open-learn')
    expect(again?.()).toBe(rendered)
    expect(runtime.focusReturns.candidates('quiz')).toEqual([])
  })

  it('belongs to one runtime: a fresh one remembers nothing, and another app’s panels do not reach it', () => {
    const first = createFacetRuntime()
    const second = createFacetRuntime()
    focusedButton('open-learn')
    first.store.getState().setPanel('learn')
    expect(first.focusReturns.candidates('learn').length).toBeGreaterThan(0)
    expect(second.focusReturns.candidates('learn')).toEqual([])
    expect(createFacetRuntime().focusReturns.candidates('learn')).toEqual([])
  })

  it('stops recording when the runtime is disposed', () => {
    const runtime = createFacetRuntime()
    runtime.dispose()
    focusedButton('open-learn')
    runtime.store.getState().setPanel('learn')
    expect(runtime.focusReturns.candidates('learn')).toEqual([])
  })
})
