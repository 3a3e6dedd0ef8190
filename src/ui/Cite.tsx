import { useId, useState } from 'react'
import { SOURCES, type Source, type SourceKey } from '../anatomy/sources'
import { localizeSource } from '../i18n/overlay'
import { useFacetStore } from '../runtime/react'
import { useT } from './i18n'
import { SourceText } from './SourceText'
import './Cite.css'

/**
 * Source keys after a claim. Each is a button that shows its source right there, under the claim: the
 * citation, its link and how the value was obtained, with a way on to the whole Sources list. Opening the
 * list itself would take the reader away from what they were reading (a long page on a phone, to be
 * found again by scrolling), only to look up one source.
 */
export function Cite({ keys }: { keys: readonly SourceKey[] }) {
  const setPanel = useFacetStore((s) => s.setPanel)
  const t = useT()
  const overlay = useFacetStore((s) => s.catalog.content?.sources)
  // in the patient view the keys are folded into one word a tap opens: a row of keys in large type after
  // every sentence, the warning signs' too, broke up what a patient reads (a clinician's review, s36)
  const patient = useFacetStore((s) => s.viewMode === 'patient')
  const [unfolded, setUnfolded] = useState(false)
  const [shown, setShown] = useState<SourceKey | null>(null)
  const noteId = useId()
  const source: Source | null = shown ? localizeSource(shown, SOURCES[shown] as Source, overlay) : null
  if (patient && !unfolded)
    return (
      <span className="cite cite-folded">
        <button
          type="button"
          aria-expanded={false}
          aria-label={t('common.showSources', { n: keys.length })}
          onClick={() => setUnfolded(true)}
        >
          {t('common.sources', { n: keys.length })}
        </button>
      </span>
    )
  return (
    <span className="cite">
      {keys.map((k) => (
        <button
          key={k}
          type="button"
          title={localizeSource(k, SOURCES[k], overlay).citation}
          aria-expanded={shown === k}
          aria-controls={shown === k ? noteId : undefined}
          onClick={() => setShown(shown === k ? null : k)}
        >
          [{k}]<span className="sr-only"> {t('common.aboutSource')}</span>
        </button>
      ))}
      {shown && source && (
        <span className="cite-note" id={noteId} data-source={shown}>
          <SourceText source={source} />
          <button type="button" className="cite-all" onClick={() => setPanel('sources', shown)}>
            {t('common.allSources')}
          </button>
        </span>
      )}
    </span>
  )
}
