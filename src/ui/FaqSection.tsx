import { useId } from 'react'
import { EVIDENCE_LABEL, FAQ } from '../content/faq'
import { Cite } from './Cite'
import { useT } from './i18n'
import { RedFlagsButton } from './RedFlagsDialog'
import './FaqSection.css'

/**
 * Questions people ask, each a native disclosure: `<details>`/`<summary>` opens with Enter or Space and
 * is announced as expandable by screen readers without any script of ours.
 */
export function FaqSection({ detailed }: { detailed: boolean }) {
  const headingId = useId()
  const pick = (text: { plain: string; detailed: string }) => (detailed ? text.detailed : text.plain)
  const t = useT()
  return (
    <section className="faq" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('faq.title')}</h3>
      {FAQ.map((entry) => (
        <details key={entry.id} className="faq-item" data-faq={entry.id}>
          <summary className="faq-question">{pick(entry.question)}</summary>
          <div className="faq-answer">
            <p className={`faq-evidence faq-evidence-${entry.evidence}`}>{EVIDENCE_LABEL[entry.evidence]}</p>
            {entry.answer.map((paragraph) => (
              <p key={paragraph.plain}>
                {pick(paragraph)} <Cite keys={paragraph.sources} />
              </p>
            ))}
            {entry.showWarningSigns && <RedFlagsButton />}
          </div>
        </details>
      ))}
    </section>
  )
}
