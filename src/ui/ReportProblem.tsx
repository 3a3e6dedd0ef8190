import { useId, useState } from 'react'
import { APP_VERSION, REPORT_ADDRESS } from '../config'
import { composeReport, type ReportItem, reportLink } from '../study/report'
import { useT } from './i18n'
import './ReportProblem.css'

export interface ReportProblemProps {
  /** The item: its id, the text as shown, and its source keys. */
  item: ReportItem
  /** What the page link in the report selects (a structure or part), if the item is about one. */
  selection?: string | null
}

/**
 * "Report a problem with this": a short report about one fact or card (its id, text, sources, the app's
 * version and the page's address without anything the user added) for the user to email or copy. Nothing
 * is sent automatically. Folded into a small button until asked for.
 */
export function ReportProblem({ item, selection = null }: ReportProblemProps) {
  const [open, setOpen] = useState(false)
  const t = useT()
  const [copied, setCopied] = useState<null | 'yes' | 'no'>(null)
  const textId = useId()
  if (!open)
    return (
      <button
        type="button"
        className="report-open"
        onClick={() => setOpen(true)}
        aria-expanded={false}
        aria-label={`${t('report.open')}: ${item.text.slice(0, 60)}`}
        title={t('report.open')}
      >
        {t('report.openShort')}
      </button>
    )
  // the report's labels in the reader's language; the item's id and sources as they are
  const report = composeReport(
    item,
    { address: REPORT_ADDRESS, version: APP_VERSION, link: reportLink(window.location.href, selection) },
    t,
  )
  const copy = () => {
    const done = (ok: boolean) => setCopied(ok ? 'yes' : 'no')
    try {
      void navigator.clipboard.writeText(report.body).then(
        () => done(true),
        () => done(false),
      )
    } catch {
      done(false)
    }
  }
  return (
    <div className="report" data-testid="report">
      <p>{t(report.mailto ? 'report.intro' : 'report.introCopy')}</p>
      <label htmlFor={textId} className="sr-only">
        {t('report.label')}
      </label>
      <textarea id={textId} readOnly value={report.body} rows={6} />
      <div className="report-actions">
        {report.mailto && (
          <a className="report-email" href={report.mailto}>
            {t('report.email')}
          </a>
        )}
        <button type="button" onClick={copy}>
          {t('report.copy')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.close')}
        </button>
      </div>
      {copied && (
        <p role="status" className="hint">
          {copied === 'yes' ? t('report.copied') : t('report.copyFailed')}
        </p>
      )}
    </div>
  )
}
