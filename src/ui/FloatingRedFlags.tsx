import { useEffect, useState } from 'react'
import { RedFlagsButton } from './RedFlagsDialog'
import './FloatingRedFlags.css'

/** Whether an element is drawn and at least partly on screen (a closed dialog's or hidden panel's are not). */
function onScreen(element: Element): boolean {
  const box = element.getBoundingClientRect()
  return box.width > 0 && box.bottom > 0 && box.top < window.innerHeight
}

/**
 * The warning signs' button, kept in a corner of the screen while the top bar's is scrolled out of it: on a
 * tablet or phone the page scrolls (the view, then the panel, then the list), and past the top bar the signs
 * were no longer one tap away, only in panels that have their own button. Shown only while no other
 * warning-signs button is on screen: on a laptop the top bar never leaves it, and this shows nothing.
 */
export function FloatingRedFlags() {
  const [needed, setNeeded] = useState(false)
  useEffect(() => {
    // Every other warning-signs button: the top bar's (on a phone in the bar's first row, gone while the others
    // show) and a panel's own. While one of them is on screen, this one is not needed: two showed at once, this
    // one over the panel's text (a home user's review, s42).
    const rescan = () =>
      setNeeded(![...document.querySelectorAll('.red-flags-button:not(.red-flags-float *)')].some(onScreen))
    rescan()
    // Buttons come and go, and move, after a tap, a key, a scroll or a resize: looked for again on the next frame
    // and once more a little later (a panel's code may still be arriving). Not on every change to the page: a
    // MutationObserver on it ran on every frame of the close-up (its clock): the close-up took 21.9 ms a frame in
    // npm run bench, 15.1 ms without it (bar 20).
    let frame = 0
    let later = 0
    const soon = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0
          rescan()
        })
      clearTimeout(later)
      later = window.setTimeout(rescan, 700)
    }
    const events = ['click', 'keyup', 'scroll', 'resize'] as const
    for (const name of events) window.addEventListener(name, soon, { passive: true, capture: true })
    return () => {
      for (const name of events) window.removeEventListener(name, soon, { capture: true })
      cancelAnimationFrame(frame)
      clearTimeout(later)
    }
  }, [])
  return needed ? (
    <div className="red-flags-float">
      <RedFlagsButton />
    </div>
  ) : null
}
