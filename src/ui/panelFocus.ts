import { useCallback, useEffect, useRef } from 'react'
import type { FocusReturns, PanelName } from '../runtime/focusReturns'
import { useRuntime } from '../runtime/react'

/**
 * Keyboard and screen-reader users keep their place: a panel takes focus when it opens, and gives it
 * back to the control that opened it when it closes. If that control is gone (the joint panel changed
 * under a dialog, a stretch card replaced the buttons that opened it), focus goes to the nearest stable
 * place instead — the same control re-rendered, its panel's heading, the selected structure in the list,
 * the list's search field — never to <body>. The runtime records the opener when a panel opens
 * (runtime/focusReturns.ts); this puts focus back.
 */
export type { PanelName }

/** Places that always exist while the app runs, tried last. */
const LAST_RESORT = [
  () => document.querySelector('.tree button[aria-current="true"]'),
  () => document.querySelector('.tree input[type="search"]'),
]

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

/** After a panel has closed: if focus was lost with it, puts it back on the best place that still exists. */
export function returnFocus(returns: FocusReturns, name: PanelName): void {
  // focus is somewhere real (the browser gave a dialog's opener back, or the user moved on): leave it
  if (usable(document.activeElement)) return
  for (const candidate of [...returns.candidates(name), ...LAST_RESORT]) {
    const el = candidate()
    if (usable(el)) {
      el.focus()
      return
    }
  }
}

/** `returnFocus` bound to this app's runtime, for hooks that close panels (a stable function). */
export function useReturnFocus(): (name: PanelName) => void {
  const { focusReturns } = useRuntime()
  return useCallback((name: PanelName) => returnFocus(focusReturns, name), [focusReturns])
}

/**
 * For a panel component: moves focus to its heading when it opens (give the heading
 * `tabIndex={-1}` and the returned ref), and back out when it closes or unmounts.
 *
 * The panels that take focus (the crack's close-up, a stretch, the self-test) are about what the 3D view
 * shows, so the page keeps the view in sight rather than scrolling to the heading: on a phone, where the
 * panel sits below the view, focusing it scrolled the crack's close-up two thirds off the top of the screen
 * while it played. A laptop's page does not scroll, so nothing moves there.
 */
export function usePanelFocus(name: PanelName, open: boolean, takeFocus = true) {
  const heading = useRef<HTMLHeadingElement>(null)
  const giveBack = useReturnFocus()
  useEffect(() => {
    if (!open) return
    if (takeFocus) {
      heading.current?.focus({ preventScroll: true })
      document.querySelector('main.stage')?.scrollIntoView?.({ block: 'nearest' })
    }
    return () => giveBack(name)
  }, [name, open, takeFocus, giveBack])
  return heading
}
