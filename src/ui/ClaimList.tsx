import type { SourceKey } from '../anatomy/sources'
import { Cite } from './Cite'

interface Sourced {
  readonly id: string
  readonly plain: string
  readonly detailed: string
  readonly sources: readonly SourceKey[]
}

/** A list of claims, plain or detailed, each with its sources. */
export function ClaimList({ claims, detailed }: { claims: readonly Sourced[]; detailed: boolean }) {
  return (
    <ul>
      {claims.map((c) => (
        <li key={c.id}>
          {detailed ? c.detailed : c.plain} <Cite keys={c.sources} />
        </li>
      ))}
    </ul>
  )
}
