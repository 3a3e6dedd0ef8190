import { useId } from 'react'
import { Cite } from './Cite'
import { useT } from './i18n'
import { useFaq } from './learnTexts'
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
  const { entries, evidenceLabels } = useFaq()
  return (
    <section className="faq" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('faq.title')}</h3>
      {entries.map((entry) => (
        <details key={entry.id} className="faq-item" data-faq={entry.id}>
          <summary className="faq-question">{pick(entry.question)}</summary>
          <div className="faq-answer">
            <p className={`faq-evidence faq-evidence-${entry.evidence}`}>{evidenceLabels[entry.evidence]}</p>
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
