import { useEffect, useRef, useSyncExternalStore } from 'react'
import { structureName } from '../anatomy/names'
import { MIGHT_POP_NOTE, NECK_CALL_NOW, NECK_POP_NOTE, stretchById } from '../content/stretches'
import { STRETCH_DURATION } from '../physics/stretchPlayback'
import { useFacetStore, useRuntime } from '../runtime/react'
import { Cite } from './Cite'
import { Handout } from './Handout'
import { usePanelFocus } from './panelFocus'
import { RedFlagsButton } from './RedFlagsDialog'
import './StretchPanel.css'

function Progress() {
  const bar = useRef<HTMLProgressElement>(null)
  const { clock, stretch } = useRuntime()
  // follows the stretch through a ref on the frame clock: it changes every frame, and only while it plays
  useEffect(
    () =>
      clock.onFrame(() => {
        const s = stretch.active()
        if (bar.current) bar.current.value = s ? s.progress : 0
      }),
    [clock, stretch],
  )
  return <progress ref={bar} max={1} value={0} aria-label="Stretch progress" />
}

/** Shows or hides the person doing the stretch round the spine, for this card and the next ones. */
function FigureToggle() {
  const { stretch } = useRuntime()
  const figure = useSyncExternalStore(stretch.onFigure, stretch.figure)
  return (
    <label className="figure-toggle">
      <input type="checkbox" checked={!figure.hidden} onChange={(e) => stretch.setFigureHidden(!e.target.checked)} />
      Show a person doing it
    </label>
  )
}

/** A stretch card: what it is for, how to do it, how much, what to feel, when to stop, and its sources. */
export function StretchPanel() {
  const id = useFacetStore((s) => s.openStretchId)
  const playing = useFacetStore((s) => s.stretchPlaying)
  const detailed = useFacetStore((s) => s.moreDetail)
  const close = useFacetStore((s) => s.openStretch)
  const runtime = useRuntime()
  const card = id ? stretchById(id) : undefined
  const heading = usePanelFocus('stretch', card !== undefined)
  if (!card) return null
  // neck cards never list joints that might pop: they say not to chase a pop instead
  const neck = card.region === 'cervical'
  const mightPop = neck ? [] : (runtime.stretch.prepare(card.id)?.mightPop ?? [])
  const d = card.dose
  return (
    <section className="stretch-card" aria-label={`Stretch: ${card.name}`} data-panel="stretch">
      <header>
        <h2 ref={heading} tabIndex={-1} data-panel-heading>
          {card.name}
        </h2>
        <RedFlagsButton />
        <button
          type="button"
          onClick={() => window.print()}
          title="A one-page handout with this stretch and the warning signs"
        >
          Print handout
        </button>
        <button
          type="button"
          aria-label="Close the stretch and go back"
          onClick={() => {
            runtime.stretch.stop()
            close(null)
          }}
        >
          ×
        </button>
      </header>
      <p>{detailed ? card.purpose.detailed : card.purpose.plain}</p>
      {card.motion ? (
        <div className="stretch-play">
          <button
            type="button"
            className="primary"
            onClick={() => (playing ? runtime.stretch.stop() : runtime.stretch.play(card.id))}
          >
            {playing ? 'Stop' : 'Show it on the spine'}
          </button>
          <Progress />
          <FigureToggle />
          <span className="legend">
            <i className="swatch open" /> opening <i className="swatch close" /> closing
            {mightPop.length > 0 && (
              <>
                {' '}
                <i className="swatch pop" /> as open as joints that cracked (below)
              </>
            )}
          </span>
        </div>
      ) : (
        <p className="note">
          This is advice to take the load off, not a stretch, so there is nothing to show on the spine.
        </p>
      )}
      <ol className="steps">
        {card.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <table className="dose">
        <caption>How much</caption>
        <tbody>
          <tr>
            <th scope="row">Hold</th>
            <td>{d.holdSeconds} s</td>
            <th scope="row">Repeat</th>
            <td>{d.reps} times</td>
          </tr>
          <tr>
            <th scope="row">Sets</th>
            <td>{d.sets}</td>
            <th scope="row">Per day</th>
            <td>{d.perDay}</td>
          </tr>
        </tbody>
      </table>
      <p className="dose-note">
        {d.note} <Cite keys={d.sources} />
      </p>
      <dl className="feel">
        <dt>You should feel</dt>
        <dd>{card.shouldFeel}</dd>
        <dt>You should not feel</dt>
        <dd>{card.shouldNotFeel}</dd>
        <dt>Stop if</dt>
        <dd>
          <ul>
            {card.stopIf.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
          {card.region === 'cervical' && (
            <p className="call-now">
              {detailed ? NECK_CALL_NOW.detailed : NECK_CALL_NOW.plain} <Cite keys={NECK_CALL_NOW.sources} />
            </p>
          )}
        </dd>
        <dt>Skip it if</dt>
        <dd>
          <ul>
            {card.skipIf.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </dd>
      </dl>
      {neck && (
        <div className="no-pop-chase">
          <h3>Don’t chase a pop in the neck</h3>
          <p>
            {detailed ? NECK_POP_NOTE.detailed : NECK_POP_NOTE.plain} <Cite keys={NECK_POP_NOTE.sources} />
          </p>
          <RedFlagsButton />
        </div>
      )}
      {mightPop.length > 0 && (
        <div className="might-pop">
          <h3>Opens as far as joints that cracked in one study</h3>
          <p>
            {detailed ? MIGHT_POP_NOTE.detailed : MIGHT_POP_NOTE.plain} <Cite keys={MIGHT_POP_NOTE.sources} />
          </p>
          <ul>
            {mightPop.slice(0, 8).map((joint) => (
              <li key={joint}>
                <button type="button" onClick={() => runtime.cavitation.request(joint)}>
                  {structureName(joint)}: see the crack
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="sources">
        Sources: <Cite keys={card.sources} /> · Shown over {STRETCH_DURATION.toFixed(1)} s; hold as the dose says.
      </p>
      <p className="disclaimer">For learning, not medical advice.</p>
      <Handout card={card} />
    </section>
  )
}
