import type { StoreApi } from 'zustand/vanilla'
import type { FacetState } from '../store'

/** The app's panels, each of which gives focus back to the control that opened it when it closes. */
export type PanelName = 'redFlags' | 'learn' | 'sources' | 'closeUp' | 'stretch' | 'quiz' | 'selection'

/** What each panel shows, or null when it is closed. */
const SHOWING: Record<PanelName, (s: FacetState) => string | null> = {
  redFlags: (s) => (s.redFlagsOpen ? 'open' : null),
  learn: (s) => (s.panel === 'learn' ? 'open' : null),
  sources: (s) => (s.panel === 'sources' ? 'open' : null),
  closeUp: (s) => s.closeUpJoint,
  stretch: (s) => s.openStretchId,
  quiz: (s) => (s.quiz ? 'open' : null),
  selection: (s) => s.selected,
}
const NAMES = Object.keys(SHOWING) as PanelName[]

/** A place focus may go back to, looked up when it is needed (the control may have been rendered anew). */
export type FocusCandidate = () => Element | null

/**
 * Where focus goes back to when each panel closes, best first: the control that had focus when the panel
 * opened, recorded at that moment (before React renders the panel). Part of the runtime, so a fresh
 * runtime remembers nothing; ui/panelFocus.ts puts focus back from it.
 */
export interface FocusReturns {
  /** Where focus may go back to when `panel` closes, best first (empty when nothing was recorded). */
  candidates(panel: PanelName): readonly FocusCandidate[]
  /** Stops recording. */
  dispose(): void
}

/** A CSS string with quotes and backslashes escaped (no CSS.escape needed, so jsdom tests run it too). */
const quoted = (value: string): string => `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`

/** A selector that finds the same control after React has rendered it again. */
function stableSelector(el: HTMLElement): string | null {
  if (el.id) return `[id=${quoted(el.id)}]`
  for (const attr of ['data-id', 'data-stretch', 'data-focus-key']) {
    const v = el.getAttribute(attr)
    if (v) return `${el.tagName.toLowerCase()}[${attr}=${quoted(v)}]`
  }
  return null
}

export function createFocusReturns(store: StoreApi<FacetState>): FocusReturns {
  const returns = new Map<PanelName, FocusCandidate[]>()
  const candidates = (panel: PanelName): readonly FocusCandidate[] => returns.get(panel) ?? []

  const captureOpener = (): FocusCandidate[] => {
    // no page (a runtime made in a Node test): nothing has focus
    if (typeof document === 'undefined') return []
    const el = document.activeElement
    if (!(el instanceof HTMLElement) || el === document.body) return []
    const key = stableSelector(el)
    const host = el.closest<HTMLElement>('[data-panel]')
    const hostName = host?.dataset.panel as PanelName | undefined
    return [
      () => el,
      () => (key ? document.querySelector(key) : null),
      () => host?.querySelector('[data-panel-heading]') ?? null,
      // opened from inside a panel that closes too (a citation in Why backs crack opens Sources): that panel's way back
      ...(hostName ? candidates(hostName) : []),
    ]
  }

  const unsubscribe = store.subscribe((s, p) => {
    for (const name of NAMES) {
      if (SHOWING[name](s) !== null && SHOWING[name](p) === null) returns.set(name, captureOpener())
    }
  })
  return {
    candidates,
    dispose() {
      unsubscribe()
      returns.clear()
    },
  }
}
