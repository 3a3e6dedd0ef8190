import { useEffect, useRef } from 'react'
import { type PanelName, useReturnFocus } from './panelFocus'

/**
 * Opens and closes a native <dialog> as a modal to follow `open`. On opening, focus goes to
 * `focusTarget()` (by default the element marked `data-panel-heading`), so a screen reader reads the
 * title first; on closing, it goes back to the control that opened it (see panelFocus.ts).
 */
export function useModalDialog(
  name: PanelName,
  open: boolean,
  focusTarget: (d: HTMLDialogElement) => HTMLElement | null = (d) => d.querySelector('[data-panel-heading]'),
) {
  const ref = useRef<HTMLDialogElement>(null)
  const target = useRef(focusTarget)
  target.current = focusTarget
  const returnFocus = useReturnFocus()
  useEffect(() => {
    const d = ref.current
    if (!d || !open) return
    if (!d.open) d.showModal?.()
    target.current(d)?.focus()
    // a tap on the dimmed page around the dialog closes it, as Esc does (a tablet has no Esc key): such a
    // click lands on the dialog element itself, outside its box
    const onClick = (e: MouseEvent) => {
      if (e.target !== d) return
      const box = d.getBoundingClientRect()
      const outside = e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom
      if (outside) d.close()
    }
    d.addEventListener('click', onClick)
    return () => {
      d.removeEventListener('click', onClick)
      if (d.open) d.close()
      returnFocus(name)
    }
  }, [name, open, returnFocus])
  return ref
}
