import { useEffect, useReducer } from 'react'
import { CAVITATION } from '../physics/constants'
import { useCavitationFeature, useFacetStore } from '../runtime/react'
import { type Translate, translateEnglish, useNumbers, useT } from './i18n'

const MS_PER_MINUTE = 60_000
/** Redraws land this long after the figure turns over, so timer jitter never shows the old one. */
const AFTER_CHANGE_MS = 50

/**
 * What the clock says, given simulated minutes since the crack (null: none yet) and minutes left until it can
 * crack; in English unless given a language's words and its way of writing a number to so many decimals.
 */
export function refractoryClockText(
  since: number | null,
  refractory: boolean,
  left: number,
  t: Translate = translateEnglish,
  fixed: (value: number, digits: number) => string = (value, digits) => value.toFixed(digits),
  neck = false,
): string {
  const elapsed = since === null ? t('clock.notYet') : t('clock.since', { minutes: fixed(since, 1) })
  // in the neck, where the page says not to chase a pop, the wait is told as what the gas does, not as a
  // countdown to the next crack (which read as a timer for the habit)
  const again = refractory ? t(neck ? 'clock.againNeck' : 'clock.again', { minutes: fixed(left, 0) }) : ''
  return t('clock.text', { elapsed, again })
}

/**
 * Wall-clock ms until the clock's text next changes by itself (simulated minutes pass with wall time):
 * the tenth of a minute since the crack or the whole minutes left turn over, or the refractory period
 * ends. Null when nothing is counting: not cracked yet, or past the refractory period (the joint can
 * crack; nothing depends on the figure any more, so a page at rest runs no timer for it).
 */
export function msUntilClockChanges(since: number | null, refractory: boolean): number | null {
  if (since === null || !refractory) return null
  const period = CAVITATION.refractoryPeriod.value
  // `toFixed` rounds to the nearest: a shown figure changes half a step after it
  const nextTenth = (Math.floor(since * 10 + 0.5) + 0.5) / 10
  const nextWholeLeft = Math.max(since, period - Math.round(period - since) + 0.5)
  const next = Math.min(nextTenth, nextWholeLeft, period)
  return Math.max(0, next - since) * MS_PER_MINUTE + AFTER_CHANGE_MS
}

/**
 * The simulated clock that shows the joint's refractory period (the knuckle figure), with fast-forward.
 * It reads the playback's clock, which follows from timestamps, and redraws on a timer set for the next
 * moment its text changes, only while the joint is refractory.
 */
export function RefractoryClock() {
  const feature = useCavitationFeature()
  const { playback } = feature
  const joint = useFacetStore((s) => s.closeUpJoint)
  const phase = useFacetStore((s) => s.phase)
  const [, redraw] = useReducer((n: number) => n + 1, 0)
  const t = useT()
  const { fixed } = useNumbers()
  const since = joint ? playback.minutesSinceCrack(joint) : null
  const refractory = joint ? playback.refractory(joint) : false
  const wait = msUntilClockChanges(since, refractory)
  useEffect(() => {
    if (wait === null) return
    const id = window.setTimeout(redraw, wait)
    return () => window.clearTimeout(id)
  }, [wait])
  if (!joint) return null
  const left = playback.minutesUntilReady(joint)
  /** Winds the model clock on past the refractory period, so the joint can crack again. */
  const skipToReady = () => playback.forward(left + 0.5)
  const neck = joint.startsWith('facet:C')
  return (
    <div className="clock" data-phase={phase}>
      <span>{refractoryClockText(since, refractory, left, t, fixed, neck)}</span>
      <button
        type="button"
        className="clock-forward"
        onClick={() => {
          playback.forward(5)
          redraw()
        }}
      >
        {t('clock.forward')}
      </button>
      {/* no 'skip until it can crack' for a neck joint: the page asks not to chase a pop there */}
      {!neck && (
        <button
          type="button"
          className="clock-forward"
          onClick={() => {
            skipToReady()
            redraw()
          }}
          disabled={!refractory}
        >
          {t('clock.skip')}
        </button>
      )}
      {/* the pop shown again at once, with no clock to wind on: the patient view's only one (patient.css hides
          the two above there), and in every view, as the crack is over in 0.15 s and a reader who missed it
          found every Play after it saying "no pop this time" for the knuckle figure's 20 minutes (a clinician's
          review, s36; a home user's, s37). Not for a neck joint, for the reason above: a pop shown again at
          once there read as "do it again" (a review of the wording, s36) */}
      {!neck && (
        <button
          type="button"
          className="clock-replay"
          onClick={() => {
            if (refractory) skipToReady()
            feature.playJoint(joint)
            redraw()
          }}
        >
          {t('clock.replay')}
        </button>
      )}
    </div>
  )
}
