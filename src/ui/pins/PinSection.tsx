import { type FormEvent, useId, useState } from 'react'
import type { MessageId } from '../../i18n/en'
import { useFacetStore } from '../../runtime/react'
import type { PinsSlice } from '../../store'
import { PIN_TEXT_MAX, pinTextLength } from '../../store/pins'
import { useAnatomyOverlay, useNumbers, useT } from '../i18n'
import { pinPlaceName } from './pinNames'
import './pins.css'

type Problem = NonNullable<ReturnType<PinsSlice['addPin']>>

/** Why a note was not pinned, in words. */
const PROBLEM_MESSAGE: Record<Problem, MessageId> = {
  'unknown-target': 'pins.problem.unknownTarget',
  empty: 'pins.problem.empty',
  'too-long': 'pins.problem.tooLong',
  'too-many': 'pins.problem.tooMany',
}

/**
 * In the selection panel: a field to pin a short note on what is selected (the part, when a bone's part is),
 * and every note pinned so far, each with its own Remove button. Notes are text only; React writes them as
 * text, so markup in a note is shown, never run.
 */
export function PinSection() {
  const target = useFacetStore((s) => s.selectedPart ?? s.selected)
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const t = useT()
  const anatomy = useAnatomyOverlay()
  const { num } = useNumbers()
  const pins = useFacetStore((s) => s.pins)
  const addPin = useFacetStore((s) => s.addPin)
  const removePin = useFacetStore((s) => s.removePin)
  const pinned = pins.find((p) => p.target === target)?.text ?? null
  const [text, setText] = useState(pinned ?? '')
  const [problem, setProblem] = useState<Problem | null>(null)
  const fieldId = useId()
  const countId = useId()
  const hasPin = pinned !== null
  // the field holds the note pinned on what is selected, to change it ("Change note" over an empty field read
  // as if the note had gone): set again when the selection or its note changes
  const [shownFor, setShownFor] = useState({ target, pinned })
  if (shownFor.target !== target || shownFor.pinned !== pinned) {
    setShownFor({ target, pinned })
    setText(pinned ?? '')
    setProblem(null)
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!target) return
    setProblem(addPin(target, text))
  }
  return (
    <section className="pins" aria-label={t('pins.listHeading')}>
      {target && (
        <form className="pin-form" onSubmit={submit}>
          <label htmlFor={fieldId}>{t('pins.fieldLabel', { place: pinPlaceName(target, anatomy, moreDetail) })}</label>
          <div className="pin-row">
            <input
              id={fieldId}
              type="text"
              value={text}
              maxLength={PIN_TEXT_MAX}
              placeholder={t('pins.placeholder')}
              aria-describedby={countId}
              autoComplete="off"
              onChange={(e) => {
                setText(e.target.value)
                setProblem(null)
              }}
            />
            <button type="submit">{hasPin ? t('pins.update') : t('pins.pin')}</button>
          </div>
          <p id={countId} className="pin-count">
            {t('pins.count', { n: num(pinTextLength(text)), max: num(PIN_TEXT_MAX) })}
          </p>
          <p className="pin-problem" role="status">
            {problem ? t(PROBLEM_MESSAGE[problem], { max: num(PIN_TEXT_MAX) }) : ''}
          </p>
        </form>
      )}
      {pins.length > 0 && (
        <>
          <h3>{t('pins.listHeading')}</h3>
          <ul className="pin-list" data-testid="pin-list">
            {pins.map((p) => {
              const place = pinPlaceName(p.target, anatomy)
              return (
                <li key={p.target}>
                  <span className="pin-text">{p.text}</span> <span className="pin-place">{place}</span>
                  <button
                    type="button"
                    aria-label={t('pins.removeLabel', { place, text: p.text })}
                    onClick={() => removePin(p.target)}
                  >
                    {t('pins.remove')}
                  </button>
                </li>
              )
            })}
          </ul>
          <p className="hint pin-privacy">{t('pins.privacy')}</p>
        </>
      )}
    </section>
  )
}
