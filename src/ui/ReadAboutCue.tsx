import { useEffect, useState } from 'react'
import { useFacetStore } from '../runtime/react'
import { prefersReducedMotion } from '../scene/reducedMotion'
import { useAnatomy, useT } from './i18n'
import './ReadAboutCue.css'

/** The panel's heading as drawn now (the panel may be drawn anew while the page scrolls to it). */
const panelHeading = () => document.querySelector<HTMLElement>('aside.info [data-panel-heading]')

/**
 * On a phone or an upright tablet the panel about a selection sits under the 3D view, often out of sight: a tap
 * on the spine changed the panel below the screen's edge without a sign. This cue, over the view, names what is
 * selected and takes the reader down to what it says, while the panel is out of view (app.css shows it only in
 * the stacked layout). Not while a joint is open for its crack: the close-up has its own panel and caption.
 */
export function ReadAboutCue() {
  const selected = useFacetStore((s) => s.selected)
  const closeUp = useFacetStore((s) => s.closeUpJoint !== null)
  const anatomy = useAnatomy()
  const t = useT()
  const [panelInView, setPanelInView] = useState(true)
  // read from the panel's place on each scroll: its element changes (the first screen's hint, the panel while its
  // texts load, the panel), its place does not
  useEffect(() => {
    if (selected === null) return
    const check = () => {
      const panel = document.querySelector('aside.info')
      // in view once its top has come up into the upper two thirds of the screen
      setPanelInView(!panel || panel.getBoundingClientRect().top < window.innerHeight * 0.67)
    }
    check()
    window.addEventListener('scroll', check, { passive: true })
    window.addEventListener('resize', check)
    return () => {
      window.removeEventListener('scroll', check)
      window.removeEventListener('resize', check)
    }
  }, [selected])
  if (selected === null || closeUp || panelInView) return null
  const readOn = () => {
    const heading = panelHeading()
    if (!heading) return
    heading.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' })
    heading.focus({ preventScroll: true })
    // The panel may be drawn anew while the page scrolls down to it (its texts arriving on a slow machine), and
    // the heading that had focus goes with it: the new one takes it once the scroll ends, unless the reader has
    // moved it elsewhere meanwhile (a clean-clone run, s42, found focus on nothing).
    window.addEventListener(
      'scrollend',
      () => {
        const lost = document.activeElement === null || document.activeElement === document.body
        if (lost) panelHeading()?.focus({ preventScroll: true })
      },
      { once: true },
    )
  }
  return (
    <button type="button" className="read-about-cue" onClick={readOn}>
      {t('app.readAbout', { name: anatomy.name(selected) })}
    </button>
  )
}

/**
 * After a tap or click on the structure list in the stacked layout (a phone, an upright tablet), where the list
 * sits under the panel: takes the reader up to what the panel says about their choice. The page stayed at the
 * list before, with only the end of the panel in sight and its heading off the top. Not for a choice made with
 * the keyboard, whose focus stays in the list.
 */
export function readAboutListChoice(): void {
  if (!window.matchMedia?.(STACKED_LAYOUT).matches) return
  // once the panel shows the new selection: React's commit, then its layout
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const target =
        document.querySelector<HTMLElement>('aside.info [data-panel-heading]') ??
        document.querySelector<HTMLElement>('aside.info')
      target?.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' })
    }),
  )
}

/** The layout where the panel is under the 3D view and the list under the panel (app.css). */
const STACKED_LAYOUT = '(max-width: 900px)'
