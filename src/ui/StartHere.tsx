import type { FacetJointId } from '../anatomy/ids'
import { useFacetStore, useRuntime } from '../runtime/react'
import { useT } from './i18n'
import './StartHere.css'

/** The joint a first crack is shown on: the low back's L4–L5, where people most often feel one (and look). */
const FIRST_CRACK_JOINT: FacetJointId = 'facet:L4-L5:left'
/** The bone whose panel lists a region's stretches, chosen for a start-here button. */
const STRETCH_BONES = { cervical: 'C5', lumbar: 'L4' } as const
/** How many frames a chosen region's stretches are waited for (its panel mounts after the choice). */
const REVEAL_FRAMES = 180

/**
 * Brings a region's stretch list into view and to the keyboard once its panel shows it: the list sits at the
 * panel's end, 2,000 px down on a phone, past the bone's sizes and parts.
 */
function revealStretches(frames = REVEAL_FRAMES): void {
  const list = document.querySelector<HTMLElement>('.info .region-stretches')
  if (list) {
    list.scrollIntoView({ block: 'start' })
    list.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true })
    return
  }
  if (frames > 0) requestAnimationFrame(() => revealStretches(frames - 1))
}

/**
 * The empty panel's way in for someone who came because their back or neck cracks (a home user's review,
 * s37: on arrival nothing pointed them anywhere, and no path led from Why backs crack to the crack itself or
 * to the stretches): the explanation, a crack to watch, and the stretches for the two regions people ask
 * about. Each is what the app already has, one tap nearer.
 */
export function StartHere() {
  const t = useT()
  const runtime = useRuntime()
  const select = useFacetStore((s) => s.select)
  const setPanel = useFacetStore((s) => s.setPanel)
  const stretchesOf = (region: keyof typeof STRETCH_BONES) => {
    select(STRETCH_BONES[region])
    requestAnimationFrame(() => revealStretches())
  }
  return (
    <section className="start-here" aria-labelledby="start-here-heading">
      <h2 id="start-here-heading">{t('start.heading')}</h2>
      <ul>
        <li>
          <button type="button" onClick={() => setPanel('learn')}>
            {t('app.whyBacksCrack')}
          </button>
        </li>
        <li>
          <button
            type="button"
            onClick={() => {
              select(FIRST_CRACK_JOINT)
              runtime.cavitation.request(FIRST_CRACK_JOINT)
            }}
          >
            {t('start.watchCrack')}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => stretchesOf('cervical')}>
            {t('stretch.region.cervical')}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => stretchesOf('lumbar')}>
            {t('stretch.region.lumbar')}
          </button>
        </li>
      </ul>
    </section>
  )
}
