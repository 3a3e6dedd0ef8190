import type { Source } from '../anatomy/sources'
import { linkLabel } from './sourceLink'

/** A source as a reader sees it: its citation, its link (named by what it is) and how the value was obtained. */
export function SourceText({ source }: { source: Source }) {
  return (
    <>
      {source.citation}
      {source.link ? (
        <>
          {' '}
          <a href={source.link} target="_blank" rel="noopener noreferrer">
            {linkLabel(source.link)}
          </a>
        </>
      ) : null}
      {source.note ? <span className="estimate"> {source.note}</span> : null}
    </>
  )
}
