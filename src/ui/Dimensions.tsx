import type { Measure } from '../anatomy/measure'
import { isPublished } from '../anatomy/measure'
import { Cite } from './Cite'

export interface DimensionRow {
  readonly label: string
  readonly unit: 'mm' | '°'
  readonly measure: Measure
}

/**
 * Sized values with their sources: each value with its unit, marked when it is not a published per-level
 * value (an estimate, an interpolation or a textbook figure), and its source.
 */
export function Dimensions({ rows, caption }: { rows: readonly DimensionRow[]; caption: string }) {
  if (rows.length === 0) return null
  return (
    <table className="dims">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((d) => (
          <tr key={d.label}>
            <th scope="row">{d.label}</th>
            <td>
              {d.measure.value.toFixed(1)} {d.unit}
              {!isPublished(d.measure) && (
                <span
                  className="estimate"
                  title="No published per-level value was found; this is an estimate or an interpolation."
                >
                  {d.measure.confidence === 'I'
                    ? ' interpolated'
                    : d.measure.confidence === 'U'
                      ? ' textbook'
                      : ' estimate'}
                </span>
              )}
            </td>
            <td>
              <Cite keys={[d.measure.source]} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
