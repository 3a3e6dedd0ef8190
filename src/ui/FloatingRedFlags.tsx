import { useEffect, useState } from 'react'
import { RedFlagsButton } from './RedFlagsDialog'
import './FloatingRedFlags.css'

/**
 * The warning signs' button, kept in a corner of the screen while the top bar's is scrolled out of it: on a
 * tablet or phone the page scrolls (the view, then the panel, then the list), and past the top bar the signs
 * were no longer one tap away, only in panels that have their own button. On a laptop the top bar never
 * leaves the screen, and this shows nothing.
 */
export function FloatingRedFlags() {
  const [barGone, setBarGone] = useState(false)
  useEffect(() => {
    // the bar's own button, not the bar: on a phone it is in the bar's first row, gone while the others show
    const bar = document.querySelector('.topbar .red-flags-button')
    if (!bar || typeof IntersectionObserver !== 'function') return
    const watch = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1]
      if (last) setBarGone(!last.isIntersecting)
    })
    watch.observe(bar)
    return () => watch.disconnect()
  }, [])
  return barGone ? (
    <div className="red-flags-float">
      <RedFlagsButton />
    </div>
  ) : null
}
