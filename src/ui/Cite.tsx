import { SOURCES, type SourceKey } from '../anatomy/sources'
import { useFacetStore } from '../store'

/** Source keys after a claim; each opens the Sources list at its citation. */
export function Cite({ keys }: { keys: readonly SourceKey[] }) {
  const setPanel = useFacetStore((s) => s.setPanel)
  return (
    <span className="cite">
      {keys.map((k) => (
        <a
          key={k}
          href={`#source-${k}`}
          title={SOURCES[k].citation}
          onClick={(e) => {
            e.preventDefault()
            setPanel('sources')
            requestAnimationFrame(() => document.getElementById(`source-${k}`)?.scrollIntoView({ block: 'center' }))
          }}
        >
          [{k}]
        </a>
      ))}
    </span>
  )
}
