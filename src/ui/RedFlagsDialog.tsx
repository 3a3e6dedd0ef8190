import { EMERGENCY_NUMBERS, PRECAUTIONS_HEADING, PRECAUTIONS_INTRO, precautionText } from '../content/redFlags'
import { useFacetStore } from '../runtime/react'
import { Cite } from './Cite'
import { ClaimList } from './ClaimList'
import { useT, useWarningSigns } from './i18n'
import { useModalDialog } from './useModalDialog'
import './RedFlagsDialog.css'

/** The warning signs, grouped by what to do and how soon, then the precautions apart from them. */
export function RedFlagsDialog() {
  const open = useFacetStore((s) => s.redFlagsOpen)
  const setOpen = useFacetStore((s) => s.setRedFlagsOpen)
  const dialog = useModalDialog('redFlags', open)
  return (
    <dialog
      ref={dialog}
      className="red-flags"
      data-panel="redFlags"
      aria-labelledby="red-flags-title"
      onClose={() => setOpen(false)}
    >
      {open && <RedFlagsContent onClose={() => setOpen(false)} />}
    </dialog>
  )
}

/** Built only while the dialog is open. Most urgent group first; plain words unless More detail is on. */
function RedFlagsContent({ onClose }: { onClose: () => void }) {
  const detailed = useFacetStore((s) => s.moreDetail)
  const setMoreDetail = useFacetStore((s) => s.setMoreDetail)
  const pick = (text: { plain: string; detailed: string }) => (detailed ? text.detailed : text.plain)
  const t = useT()
  const signs = useWarningSigns()
  const overlay = useFacetStore((s) => s.catalog.content?.warningSigns)
  // each precaution as one line, who it is for and then what to do, to list like the signs
  const precautionLines = signs.precautions.map((p) => ({
    id: p.id,
    plain: precautionText(p, false),
    detailed: precautionText(p, true),
    sources: p.sources,
  }))
  return (
    <>
      <header className="red-flags-head dialog-head">
        <h2 id="red-flags-title" className="red-flags-title" tabIndex={-1} data-panel-heading>
          {t('redFlags.title')}
        </h2>
        <button type="button" aria-pressed={detailed} onClick={() => setMoreDetail(!detailed)}>
          {t('common.moreDetail')}
        </button>
        {/* at the top as well as at the end: the list is long on a tablet, which has no Esc key */}
        <button type="button" className="red-flags-close" aria-label={t('redFlags.closeLabel')} onClick={onClose}>
          ×
        </button>
      </header>
      {signs.groups.map((g) => (
        <section
          key={g.id}
          className={`red-flags-group urgency-${g.urgency}`}
          aria-labelledby={`red-flags-${g.id}`}
          data-urgency={g.urgency}
        >
          <h3 id={`red-flags-${g.id}`} className="red-flags-heading">
            {pick(g.heading)}
          </h3>
          <p className="red-flags-action">
            {pick(g.action)} <Cite keys={g.action.sources} />
          </p>
          {g.urgency === 'call-now' && (
            // on a phone, one tap dials: the reader need not copy a number out of a sentence at such a moment
            <p className="red-flags-call">
              {EMERGENCY_NUMBERS.map((number) => (
                <a key={number} href={`tel:${number}`}>
                  {t('redFlags.call', { number })}
                </a>
              ))}
            </p>
          )}
          <ClaimList claims={g.signs} detailed={detailed} />
        </section>
      ))}
      <section className="red-flags-precautions" aria-labelledby="red-flags-precautions">
        <h2 id="red-flags-precautions" className="red-flags-precautions-title">
          {pick(overlay?.precautionsHeading ?? PRECAUTIONS_HEADING)}
        </h2>
        <p>{pick(overlay?.precautionsIntro ?? PRECAUTIONS_INTRO)}</p>
        <ClaimList claims={precautionLines} detailed={detailed} />
      </section>
      <p className="disclaimer">{t('redFlags.disclaimer')}</p>
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </>
  )
}

/** The one-tap way to the warning signs, placed wherever cracking or stretching is discussed. */
export function RedFlagsButton() {
  const setOpen = useFacetStore((s) => s.setRedFlagsOpen)
  const t = useT()
  return (
    <button type="button" className="red-flags-button" onClick={() => setOpen(true)}>
      {t('redFlags.button')}
    </button>
  )
}
