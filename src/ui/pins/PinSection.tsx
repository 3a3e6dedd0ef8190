import { type FormEvent, useId, useState } from 'react'
import { useFacetStore } from '../../runtime/react'
import { PIN_TEXT_MAX, pinTextLength } from '../../store/pins'
import { pinPlaceName } from './pinNames'
import { PIN_STRINGS as S } from './strings'
import './pins.css'

type Problem = keyof typeof S.problems

/**
 * In the selection panel: a field to pin a short note on what is selected (the part, when a bone's part is),
 * and every note pinned so far, each with its own Remove button. Notes are text only; React writes them as
 * text, so markup in a note is shown, never run.
 */
export function PinSection() {
  const target = useFacetStore((s) => s.selectedPart ?? s.selected)
  const pins = useFacetStore((s) => s.pins)
  const addPin = useFacetStore((s) => s.addPin)
  const removePin = useFacetStore((s) => s.removePin)
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<Problem | null>(null)
  const fieldId = useId()
  const countId = useId()
  const hasPin = pins.some((p) => p.target === target)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!target) return
    const result = addPin(target, text)
    setProblem(result)
    if (result === null) setText('')
  }
  return (
    <section className="pins" aria-label={S.listHeading}>
      {target && (
        <form className="pin-form" onSubmit={submit}>
          <label htmlFor={fieldId}>{S.fieldLabel(pinPlaceName(target))}</label>
          <div className="pin-row">
            <input
              id={fieldId}
              type="text"
              value={text}
              maxLength={PIN_TEXT_MAX}
              placeholder={S.placeholder}
              aria-describedby={countId}
              autoComplete="off"
              onChange={(e) => {
                setText(e.target.value)
                setProblem(null)
              }}
            />
            <button type="submit">{hasPin ? S.update : S.pin}</button>
          </div>
          <p id={countId} className="pin-count">
            {S.count(pinTextLength(text))}
          </p>
          <p className="pin-problem" role="status">
            {problem ? S.problems[problem] : ''}
          </p>
        </form>
      )}
      {pins.length > 0 && (
        <>
          <h3>{S.listHeading}</h3>
          <ul className="pin-list" data-testid="pin-list">
            {pins.map((p) => {
              const place = pinPlaceName(p.target)
              return (
                <li key={p.target}>
                  <span className="pin-text">{p.text}</span> <span className="pin-place">{place}</span>
                  <button type="button" aria-label={S.removeLabel(place, p.text)} onClick={() => removePin(p.target)}>
                    {S.remove}
                  </button>
                </li>
              )
            })}
          </ul>
          <p className="hint pin-privacy">{S.privacy}</p>
        </>
      )}
    </section>
  )
}
