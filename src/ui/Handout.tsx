import { createPortal } from 'react-dom'
import { useShallow } from 'zustand/react/shallow'
import type { ConditionId } from '../anatomy/conditionModels'
import { SOURCES, type SourceKey } from '../anatomy/sources'
import { PUBLIC_URL } from '../config'
import { type ConditionText, conditionById } from '../content/conditions'
import { PRECAUTIONS_HEADING, precautionLines, WARNING_SIGNS } from '../content/redFlags'
import type { StretchCard } from '../content/schema'
import { NECK_POP_NOTE, SKIPS_IN_PRECAUTIONS, stretchById } from '../content/stretches'
import { useFacetStore } from '../runtime/react'
import { linkSelections, shareLink } from '../url'
import { HandoutQr } from './handout/HandoutQr'
import { handoutBase } from './handout/handoutAddress'
import { StretchDrawing } from './handout/StretchDrawing'
import { useAnatomyOverlay, useClaim, useConditionContent, useConditionName, useT, useWarningSigns } from './i18n'
import { pinPlaceName } from './pins/pinNames'
import './Handout.css'

/** The sources behind the warning signs and precautions, each once, in the order first cited: printed as keys (the full citations would not leave room on one page). */
const WARNING_SOURCES: readonly SourceKey[] = [
  ...new Set([
    ...WARNING_SIGNS.groups.flatMap((g) => [...g.action.sources, ...g.signs.flatMap((s) => s.sources)]),
    ...WARNING_SIGNS.precautions.flatMap((p) => p.sources),
  ]),
]

/** The card's citations in a row, without the closing full stop of the last one (the footer's sentence adds its own). */
const citations = (keys: readonly SourceKey[]) =>
  keys
    .map((k) => SOURCES[k].citation)
    .join(' · ')
    .replace(/\.$/, '')

/**
 * The condition the clinician showed, on a page of its own after the stretch's (one sheet, printed on both
 * sides): what it is, where it may be felt, how it usually goes, what helps and its own warning signs, in
 * plain words and larger type, with its sources as keys. The stretch's page keeps all it had: on one page
 * with it, the condition left no room (Spanish ran 3 cm over on US Letter).
 */
function HandoutCondition({ id }: { id: ConditionId }) {
  const t = useT()
  const c = useConditionContent(conditionById(id))
  const name = useConditionName()(id)
  if (!c) return null
  const parts: [string, ConditionText][] = [
    [t('conditions.what'), c.what],
    ...(c.root ? [[t('conditions.rootSymptoms'), c.root.symptoms] as [string, ConditionText]] : []),
    [t('conditions.course'), c.course],
    [t('conditions.helps'), c.helps],
    [t('redFlags.title'), c.warning],
  ]
  const sources = [...new Set(parts.flatMap(([, text]) => text.sources))]
  return (
    <section className="handout-condition">
      <h1>{t('conditions.handoutHeading', { name: name.plain })}</h1>
      {parts.map(([title, text]) => (
        <section key={title}>
          <h2>{title}</h2>
          <p>{text.plain}</p>
        </section>
      ))}
      {c.root && <p className="handout-condition-numb">{t('conditions.numbNote')}</p>}
      <p>{t('conditions.handoutSigns')}</p>
      <p className="handout-small">{t('conditions.handoutSources', { keys: sources.join(', ') })}</p>
    </section>
  )
}

/**
 * The link the handout's QR code holds: this page (at the deployment's public address, when config.ts names one) with the view as it is now (the selection, layers, labels,
 * a condition shown, patient view, notes and this stretch; not the camera, which the selection and the card frame anyway), and
 * every other parameter of the page's link kept (the language).
 */
function useHandoutLink(stretchId: string): string {
  const selections = useFacetStore(useShallow(linkSelections))
  const groups = useFacetStore((s) => (s.beforeCondition ?? s).groups)
  const labels = useFacetStore((s) => s.labels)
  const mode = useFacetStore((s) => s.viewMode)
  const pins = useFacetStore((s) => s.pins)
  const condition = useFacetStore((s) => s.condition?.id ?? null)
  // the layers and selection beneath a condition, as the page's own link keeps them (the link's condition
  // sets its own again), and what was chosen in it
  return shareLink(
    handoutBase(PUBLIC_URL, window.location),
    { ...selections, groups, labels, camera: null, mode, pins, stretch: stretchId, condition },
    window.location.search,
  )
}

/**
 * A one-page handout to take home, for printing: the stretch with a drawing of it, its steps, everything the
 * card says about dose and stopping, the clinician's notes, a QR code that opens the same view again, then
 * the warning signs with what to do about each group, and the precautions. Hidden on screen; only it
 * prints. Nothing about the patient is asked for, stored or sent.
 */
export function Handout({ card }: { card: StretchCard }) {
  const d = card.dose
  const cardSources = [...new Set([...card.sources, ...d.sources])]
  const englishSkips = stretchById(card.id)?.skipIf ?? []
  const t = useT()
  const anatomy = useAnatomyOverlay()
  const signs = useWarningSigns()
  const popNote = useClaim(NECK_POP_NOTE)
  const overlay = useFacetStore((s) => s.catalog.content?.warningSigns)
  const link = useHandoutLink(card.id)
  const pins = useFacetStore((s) => s.pins)
  const condition = useFacetStore((s) => s.condition?.id ?? null)
  return createPortal(
    // notes take room: the page's type is a little smaller with them, so it stays one page
    <article className={pins.length > 0 ? 'handout handout-with-notes' : 'handout'}>
      {/* the title and the dose beside the drawing and the QR code, the notes beneath them: one band across the
          top, so the steps below have the column's whole width */}
      <div className="handout-head">
        <div className="handout-title">
          <h1>{card.name}</h1>
          <p>{card.purpose.plain}</p>
          {/* the dose says what it is (hold, repeat, how often): no heading, a line less in the band */}
          <p className="handout-dose">
            {d.perDay === null
              ? t('handout.doseNoFrequency', { hold: d.holdSeconds, reps: d.reps, sets: d.sets })
              : t('handout.dose', { hold: d.holdSeconds, reps: d.reps, sets: d.sets, perDay: d.perDay })}
          </p>
          <p className="handout-dose-note">{d.note}</p>
        </div>
        <StretchDrawing cardId={card.id} name={card.name} />
        <HandoutQr link={link} />
        {/* under the title and the drawing, beside the QR code: in three columns, each note a line or two */}
        {pins.length > 0 && (
          <section className="handout-notes">
            <h2>{t('handout.notesHeading')}</h2>
            <ul>
              {pins.map((p) => (
                <li key={p.target}>
                  <b>{p.text}</b> <span className="handout-note-place">({pinPlaceName(p.target, anatomy)})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      {/* one flow in two columns, so a card with a long list on one side leaves no hole on the other */}
      <div className="handout-stretch">
        <section>
          <h2>{t('handout.howTo')}</h2>
          <ol className="handout-steps">
            {card.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          {/* a pair, read together: in Spanish the second went to the top of the other column */}
          <div className="handout-feel">
            <p>
              <b>{t('handout.shouldFeel')}</b> {card.shouldFeel}
            </p>
            <p>
              <b>{t('handout.shouldNotFeel')}</b> {card.shouldNotFeel}
            </p>
          </div>
          {card.region === 'cervical' && <p className="handout-dose-note">{popNote.plain}</p>}
        </section>
        <section>
          <h2>{t('stretch.stopIf')}</h2>
          <ul>
            {card.stopIf.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <h2>{t('stretch.skipIf')}</h2>
          <ul>
            {/* a line the precautions below also say is printed there, once (by the English line, which the
                localized list follows line for line) */}
            {card.skipIf
              .filter((_, i) => !Object.hasOwn(SKIPS_IN_PRECAUTIONS, englishSkips[i] ?? ''))
              .map((s) => (
                <li key={s}>{s}</li>
              ))}
          </ul>
        </section>
      </div>
      <h2>{t('redFlags.title')}</h2>
      <div className="handout-warnings">
        {signs.groups.map((g) => (
          <section key={g.id} className={`handout-group urgency-${g.urgency}`}>
            <h3>{g.heading.plain}</h3>
            <p className="handout-action">{g.action.plain}</p>
            <ul>
              {g.signs.map((s) => (
                <li key={s.id}>{s.plain}</li>
              ))}
            </ul>
          </section>
        ))}
        {/* in the same two columns as the signs, so the two lists share one column break, not two */}
        <section className="handout-precautions-block">
          {/* the heading says what they are ("ask first if"); the screen's list says why they are not warning
              signs, which the page had no room for once the signs were complete (a content review, s38) */}
          <h2>{(overlay?.precautionsHeading ?? PRECAUTIONS_HEADING).plain}</h2>
          <ul className="handout-precautions">
            {precautionLines(
              signs.precautions.filter((p) => !p.neckOnly || card.region === 'cervical'),
              false,
            ).map((line) => (
              <li key={line.ids.join(' ')}>{line.text}</li>
            ))}
          </ul>
        </section>
      </div>
      <p className="handout-small">
        {t('handout.footer', {
          cited: citations(cardSources),
          keys: WARNING_SOURCES.filter((k) => !cardSources.includes(k)).join(', '),
        })}
      </p>
      {condition && <HandoutCondition id={condition} />}
    </article>,
    document.body,
  )
}
