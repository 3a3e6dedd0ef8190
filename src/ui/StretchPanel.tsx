import { useEffect, useRef, useSyncExternalStore } from 'react'
import { PUBLIC_URL } from '../config'
import { MIGHT_POP_NOTE, NECK_CALL_NOW, NECK_POP_NOTE, stretchById } from '../content/stretches'
import { STRETCH_DURATION } from '../physics/stretchPlayback'
import { useFacetStore, useRuntime } from '../runtime/react'
import { Cite } from './Cite'
import { Handout } from './Handout'
import { handoutBase, isLocalAddress } from './handout/handoutAddress'
import { useAnatomy, useClaim, useNumbers, useStretch, useT } from './i18n'
import { usePanelFocus } from './panelFocus'
import { RedFlagsButton } from './RedFlagsDialog'
import { ReportProblem } from './ReportProblem'
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
  const t = useT()
  return <progress ref={bar} max={1} value={0} aria-label={t('stretch.progress')} />
}

/** Shows or hides the person doing the stretch round the spine, for this card and the next ones. */
function FigureToggle() {
  const { stretch } = useRuntime()
  const figure = useSyncExternalStore(stretch.onFigure, stretch.figure)
  const t = useT()
  return (
    <label className="figure-toggle">
      <input type="checkbox" checked={!figure.hidden} onChange={(e) => stretch.setFigureHidden(!e.target.checked)} />
      {t('stretch.showFigure')}
    </label>
  )
}

/** A stretch card: what it is for, how to do it, how much, what to feel, when to stop, and its sources. */
export function StretchPanel() {
  const id = useFacetStore((s) => s.openStretchId)
  const playing = useFacetStore((s) => s.stretchPlaying)
  // a condition shown prints on a second page of its own (Handout.tsx): the button says so before it is pressed
  const withCondition = useFacetStore((s) => s.condition !== null)
  const detailed = useFacetStore((s) => s.moreDetail)
  const close = useFacetStore((s) => s.openStretch)
  const runtime = useRuntime()
  const card = useStretch(id ? stretchById(id) : undefined)
  const heading = usePanelFocus('stretch', card !== undefined)
  const t = useT()
  const { num } = useNumbers()
  const callNow = useClaim(NECK_CALL_NOW)
  const popNote = useClaim(NECK_POP_NOTE)
  const mightPopNote = useClaim(MIGHT_POP_NOTE)
  const anatomy = useAnatomy()
  if (!card) return null
  // neck cards never list joints that might pop: they say not to chase a pop instead
  const neck = card.region === 'cervical'
  const mightPop = neck ? [] : (runtime.stretch.prepare(card.id)?.mightPop ?? [])
  const d = card.dose
  return (
    <section className="stretch-card" aria-label={t('stretch.label', { name: card.name })} data-panel="stretch">
      <header>
        <h2 ref={heading} tabIndex={-1} data-panel-heading>
          {card.name}
        </h2>
        <RedFlagsButton />
        <button
          type="button"
          onClick={() => window.print()}
          title={t(withCondition ? 'stretch.printTitleCondition' : 'stretch.printTitle')}
        >
          {t(withCondition ? 'stretch.printTwoPages' : 'stretch.print')}
        </button>
        <button
          type="button"
          aria-label={t('stretch.closeLabel')}
          onClick={() => {
            runtime.stretch.stop()
            close(null)
          }}
        >
          ×
        </button>
      </header>
      {/* for the clinician about to print: a code to this device's own address opens nothing at home */}
      {isLocalAddress(handoutBase(PUBLIC_URL, window.location)) && (
        <p className="hint qr-local">{t('handout.qrLocal')}</p>
      )}
      <p>{detailed ? card.purpose.detailed : card.purpose.plain}</p>
      {card.motion ? (
        <div className="stretch-play">
          <button
            type="button"
            className="primary"
            onClick={() => (playing ? runtime.stretch.stop() : runtime.stretch.play(card.id))}
          >
            {playing ? t('stretch.stop') : t('stretch.play')}
          </button>
          <Progress />
          <FigureToggle />
          <span className="legend">
            <i className="swatch open" /> {t('stretch.opening')} <i className="swatch close" /> {t('stretch.closing')}
            {mightPop.length > 0 && (
              <>
                {' '}
                <i className="swatch pop" /> {t('stretch.asOpenAsCracked')}
              </>
            )}
          </span>
        </div>
      ) : (
        <p className="note">{t('stretch.noMotion')}</p>
      )}
      <ol className="steps">
        {card.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <table className="dose">
        <caption>{t('stretch.howMuch')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('stretch.hold')}</th>
            <td>{t('stretch.holdValue', { seconds: num(d.holdSeconds) })}</td>
            <th scope="row">{t('stretch.repeat')}</th>
            <td>{t('stretch.repeatValue', { n: d.reps })}</td>
          </tr>
          <tr>
            <th scope="row">{t('stretch.sets')}</th>
            <td>{num(d.sets)}</td>
            <th scope="row">{t('stretch.perDay')}</th>
            <td>{d.perDay === null ? t('stretch.perDayNotGiven') : num(d.perDay)}</td>
          </tr>
        </tbody>
      </table>
      <p className="dose-note">
        {d.note} <Cite keys={d.sources} />
      </p>
      <dl className="feel">
        <dt>{t('stretch.shouldFeel')}</dt>
        <dd>{card.shouldFeel}</dd>
        <dt>{t('stretch.shouldNotFeel')}</dt>
        <dd>{card.shouldNotFeel}</dd>
        <dt>{t('stretch.stopIf')}</dt>
        <dd>
          <ul>
            {card.stopIf.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
          {card.region === 'cervical' && (
            <p className="call-now">
              {detailed ? callNow.detailed : callNow.plain} <Cite keys={callNow.sources} />
            </p>
          )}
        </dd>
        <dt>{t('stretch.skipIf')}</dt>
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
          <h3>{t('stretch.noPopChase')}</h3>
          <p>
            {detailed ? popNote.detailed : popNote.plain} <Cite keys={popNote.sources} />
          </p>
          <RedFlagsButton />
        </div>
      )}
      {mightPop.length > 0 && (
        <div className="might-pop">
          <h3>{t('stretch.mightPop')}</h3>
          <p>
            {detailed ? mightPopNote.detailed : mightPopNote.plain} <Cite keys={mightPopNote.sources} />
          </p>
          <ul>
            {mightPop.slice(0, 8).map((joint) => (
              <li key={joint}>
                <button type="button" onClick={() => runtime.cavitation.request(joint)}>
                  {t('stretch.seeTheCrack', { joint: anatomy.name(joint) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="sources">
        {t('stretch.sources')} <Cite keys={card.sources} /> ·{' '}
        {t('stretch.shownOver', { seconds: num(STRETCH_DURATION) })}
        <ReportProblem item={{ id: `stretch:${card.id}`, text: card.name, sources: card.sources }} />
      </p>
      <p className="disclaimer">{t('common.disclaimer')}</p>
      <Handout card={card} />
    </section>
  )
}
