import type { BoneId } from '../anatomy/ids'
import { structureInfo } from '../anatomy/info'
import { isPublished } from '../anatomy/measure'
import { shortLabel } from '../anatomy/names'
import { Cite } from './Cite'
import { COMPARE_STRINGS as T } from './CompareStrings'

/** One row of the table: a measure's label, and its value for each compared bone (or none there). */
export function compareTableRows(ids: readonly BoneId[]) {
  const labels: string[] = []
  const values = ids.map((id) => new Map(structureInfo(id).dimensions.map((d) => [d.label, d])))
  for (const byLabel of values) for (const label of byLabel.keys()) if (!labels.includes(label)) labels.push(label)
  return labels.map((label) => ({ label, cells: values.map((byLabel) => byLabel.get(label) ?? null) }))
}

/** The compared bones' key dimensions, one column each, with each value's source (loaded when comparing starts). */
export default function CompareTable({ ids }: { ids: readonly BoneId[] }) {
  const rows = compareTableRows(ids)
  return (
    <table className="dims compare-table" data-testid="compare-table">
      <caption>{T.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{T.measure}</th>
          {ids.map((id) => (
            <th scope="col" key={id}>
              {shortLabel(id)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {row.cells.map((d, i) => (
              <td key={ids[i]}>
                {d ? (
                  <>
                    {d.measure.value.toFixed(1)} {d.unit}
                    {!isPublished(d.measure) && (
                      <span className="estimate" title={T.estimateTitle}>
                        {d.measure.confidence === 'I'
                          ? T.interpolated
                          : d.measure.confidence === 'U'
                            ? T.textbook
                            : T.estimate}
                      </span>
                    )}{' '}
                    <Cite keys={[d.measure.source]} />
                  </>
                ) : (
                  T.none
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
