import { SOURCES, type SourceKey } from '../anatomy/sources'
import { localizeSource } from '../i18n/overlay'
import { useFacetStore } from '../runtime/react'
import { useT } from './i18n'
import './Cite.css'

/**
 * Source keys after a claim. Each is a button that opens the Sources dialog at its citation: a link
 * could only point at ids that exist while that dialog is open.
 */
export function Cite({ keys }: { keys: readonly SourceKey[] }) {
  const setPanel = useFacetStore((s) => s.setPanel)
  const t = useT()
  const overlay = useFacetStore((s) => s.catalog.content?.sources)
  return (
    <span className="cite">
      {keys.map((k) => (
        <button
          key={k}
          type="button"
          title={localizeSource(k, SOURCES[k], overlay).citation}
          onClick={() => setPanel('sources', k)}
        >
          [{k}]<span className="sr-only"> {t('common.showInSources')}</span>
        </button>
      ))}
    </span>
  )
}
