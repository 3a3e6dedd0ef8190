import { SOURCES, type SourceKey } from '../anatomy/sources'
import { useFacetStore } from '../store'

/** The source a citation asked the Sources dialog to show; read once when it opens. */
let requested: SourceKey | null = null

/** The source to focus in the Sources dialog, if a citation opened it (then forgotten). */
export function takeRequestedSource(): SourceKey | null {
  const key = requested
  requested = null
  return key
}

/**
 * Source keys after a claim. Each is a button that opens the Sources dialog at its citation: a link
 * could only point at ids that exist while that dialog is open.
 */
export function Cite({ keys }: { keys: readonly SourceKey[] }) {
  const setPanel = useFacetStore((s) => s.setPanel)
  return (
    <span className="cite">
      {keys.map((k) => (
        <button
          key={k}
          type="button"
          title={SOURCES[k].citation}
          onClick={() => {
            requested = k
            setPanel('sources')
          }}
        >
          [{k}]<span className="sr-only"> (show in Sources)</span>
        </button>
      ))}
    </span>
  )
}
