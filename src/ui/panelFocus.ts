import { useEffect, useRef } from 'react'
import type { StoreApi } from 'zustand/vanilla'
import type { FacetState } from '../store'

/**
 * Keyboard and screen-reader users keep their place: a panel takes focus when it opens, and gives it
 * back to the control that opened it when it closes. If that control is gone (the joint panel changed
 * under a dialog, a stretch card replaced the buttons that opened it), focus goes to the nearest stable
 * place instead — the same control re-rendered, its panel's heading, the selected structure in the list,
 * the list's search field — never to <body>.
 */
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

type Candidate = () => Element | null

/** Where focus may go back to when each panel closes, best first; recorded when it opened. */
const returns = new Map<PanelName, Candidate[]>()

/** Places that always exist while the app runs, tried last. */
const LAST_RESORT: Candidate[] = [
  () => document.querySelector('.tree button[aria-current="true"]'),
  () => document.querySelector('.tree input[type="search"]'),
]

/** A selector that finds the same control after React has rendered it again. */
function stableSelector(el: HTMLElement): string | null {
  if (el.id) return `#${CSS.escape(el.id)}`
  for (const attr of ['data-id', 'data-stretch', 'data-focus-key']) {
    const v = el.getAttribute(attr)
    if (v) return `${el.tagName.toLowerCase()}[${attr}="${CSS.escape(v)}"]`
  }
  return null
}

/** Focusable and perceivable now: in the page, laid out, not hidden from assistive technology, not disabled. */
export function usable(el: Element | null): el is HTMLElement {
  return (
    el instanceof HTMLElement &&
    el !== document.body &&
    el.isConnected &&
    el.getClientRects().length > 0 &&
    el.closest('[inert], [aria-hidden="true"], dialog:not([open])') === null &&
    !(el as HTMLButtonElement).disabled
  )
}

function captureOpener(): Candidate[] {
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
    ...(hostName ? (returns.get(hostName) ?? []) : []),
  ]
}

/**
 * Records, at the moment a panel opens (before React renders it), which control had focus.
 * Returns the unsubscribe.
 */
export function watchPanelFocus(store: StoreApi<FacetState>): () => void {
  return store.subscribe((s, p) => {
    for (const name of NAMES) {
      if (SHOWING[name](s) !== null && SHOWING[name](p) === null) returns.set(name, captureOpener())
    }
  })
}

/** After a panel has closed: if focus was lost with it, puts it back on the best place that still exists. */
export function returnFocus(name: PanelName): void {
  // focus is somewhere real (the browser gave a dialog's opener back, or the user moved on): leave it
  if (usable(document.activeElement)) return
  for (const candidate of [...(returns.get(name) ?? []), ...LAST_RESORT]) {
    const el = candidate()
    if (usable(el)) {
      el.focus()
      return
    }
  }
}

/**
 * For a panel component: moves focus to its heading when it opens (give the heading
 * `tabIndex={-1}` and the returned ref), and back out when it closes or unmounts.
 */
export function usePanelFocus(name: PanelName, open: boolean, takeFocus = true) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (!open) return
    if (takeFocus) heading.current?.focus()
    return () => returnFocus(name)
  }, [name, open, takeFocus])
  return heading
}
