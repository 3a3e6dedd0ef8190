import { SOURCES, type Source, sourceKeysByAudience } from '../anatomy/sources'
import { localizeSource } from '../i18n/overlay'
import { useFacetStore, useRuntime } from '../runtime/react'
import type { FacetStore } from '../store'
import { Cite } from './Cite'
import { ClaimList } from './ClaimList'
import { FaqSection } from './FaqSection'
import { useT } from './i18n'
import { useSounds } from './learnTexts'
import { RedFlagsButton } from './RedFlagsDialog'
import { SourceText } from './SourceText'
import { useModalDialog } from './useModalDialog'
import './LearnDialog.css'

/** A dialog closing because another one opened must not close that one too. */
const closeIfStill = (store: FacetStore, panel: 'learn' | 'sources') => {
  if (store.getState().panel === panel) store.getState().setPanel('none')
}

/** Why backs crack: what makes the sound, normal or worth a check, myths, risks, and the warning signs. */
export function LearnDialog() {
  const open = useFacetStore((s) => s.panel === 'learn')
  const { store } = useRuntime()
  const ref = useModalDialog('learn', open)
  return (
    <dialog
      ref={ref}
      className="learn"
      data-panel="learn"
      aria-labelledby="learn-title"
      onClose={() => closeIfStill(store, 'learn')}
    >
      {open && <LearnContent />}
    </dialog>
  )
}

/** Built only while the dialog is open, so it costs nothing at start-up. */
function LearnContent() {
  const setPanel = useFacetStore((s) => s.setPanel)
  const detailed = useFacetStore((s) => s.moreDetail)
  const setMoreDetail = useFacetStore((s) => s.setMoreDetail)
  const pick = (text: { plain: string; detailed: string }) => (detailed ? text.detailed : text.plain)
  const t = useT()
  const { mechanisms, repeatsAtOnce, normal, check, myths, risks } = useSounds()
  return (
    <>
      <header className="dialog-head">
        <h2 id="learn-title" tabIndex={-1} data-panel-heading>
          {t('app.whyBacksCrack')}
        </h2>
        <button type="button" aria-pressed={detailed} onClick={() => setMoreDetail(!detailed)}>
          {t('common.moreDetail')}
        </button>
        <RedFlagsButton />
        <button type="button" onClick={() => setPanel('none')} aria-label={t('common.close')}>
          ×
        </button>
      </header>
      <section>
        <h3>{t('learn.sound')}</h3>
        <div className="sound-grid">
          {mechanisms.map((m) => (
            <article key={m.id}>
              <h4>{pick(m.name)}</h4>
              <p>{pick(m.what)}</p>
              <p>
                <b>{t('learn.feelsLike')}</b> {pick(m.feelsLike)}
              </p>
              <p>
                <b>{t('learn.repeats')}</b> {pick(repeatsAtOnce[m.repeatsAtOnce])}
              </p>
              <p>
                <b>{t('learn.worry')}</b> {pick(m.concern)}
              </p>
              {m.evidenceThin && <p className="estimate">{t('learn.thin')}</p>}
              <Cite keys={m.sources} />
            </article>
          ))}
        </div>
      </section>
      <section className="two-col">
        <div>
          <h3>{t('learn.normal')}</h3>
          <ClaimList claims={normal} detailed={detailed} />
        </div>
        <div>
          <h3>{t('learn.check')}</h3>
          <ClaimList claims={check} detailed={detailed} />
        </div>
      </section>
      <section>
        <h3>{t('learn.myths')}</h3>
        <dl className="myths">
          {myths.map((m) => (
            <div key={m.id}>
              <dt>“{pick(m.myth)}”</dt>
              <dd>
                {pick(m.truth)} <Cite keys={m.truth.sources} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section>
        <h3>{t('learn.risks')}</h3>
        <ClaimList claims={risks} detailed={detailed} />
      </section>
      <FaqSection detailed={detailed} />
      <p className="disclaimer">{t('common.disclaimer')}</p>
    </>
  )
}

/** Opened from a citation: that source (scrolled into view); otherwise the dialog's heading. */
const focusSource =
  (store: FacetStore) =>
  (d: HTMLDialogElement): HTMLElement | null => {
    const key = store.getState().sourceFocus
    return (
      (key ? d.querySelector<HTMLElement>(`#source-${CSS.escape(key)}`) : null) ??
      d.querySelector<HTMLElement>('[data-panel-heading]')
    )
  }

/** The two groups of the Sources list, worked out once. */
const byAudience = sourceKeysByAudience()

/** Every source behind the numbers and claims, by key: those written for the public first. */
export function SourcesDialog() {
  const open = useFacetStore((s) => s.panel === 'sources')
  const setPanel = useFacetStore((s) => s.setPanel)
  const { store } = useRuntime()
  const ref = useModalDialog('sources', open, focusSource(store))
  const t = useT()
  // the notes on how each value was obtained, in the page's language (the citations stay as published)
  const overlay = useFacetStore((s) => s.catalog.content?.sources)
  return (
    <dialog
      ref={ref}
      className="learn"
      data-panel="sources"
      aria-labelledby="sources-title"
      onClose={() => closeIfStill(store, 'sources')}
    >
      <header className="dialog-head">
        <h2 id="sources-title" tabIndex={-1} data-panel-heading>
          {t('app.sources')}
        </h2>
        <button type="button" onClick={() => setPanel('none')} aria-label={t('common.close')}>
          ×
        </button>
      </header>
      {open &&
        (
          [
            ['forPublic', 'sources.forPublic'],
            ['research', 'sources.research'],
          ] as const
        ).map(([group, heading]) => (
          <section key={group} aria-labelledby={`sources-${group}`}>
            <h3 id={`sources-${group}`}>{t(heading)}</h3>
            <dl className="sources-list">
              {byAudience[group].map((key) => (
                <div key={key} id={`source-${key}`} tabIndex={-1}>
                  <dt>[{key}]</dt>
                  <dd>
                    <SourceText source={localizeSource(key, SOURCES[key] as Source, overlay)} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
    </dialog>
  )
}
