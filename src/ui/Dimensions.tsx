import type { Measure } from '../anatomy/measure'
import { isPublished } from '../anatomy/measure'
import { Cite } from './Cite'
import { useNumbers, useT } from './i18n'

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
  const t = useT()
  const { num } = useNumbers()
  if (rows.length === 0) return null
  return (
    <table className="dims">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((d) => (
          <tr key={d.label}>
            <th scope="row">{d.label}</th>
            <td>
              {num(d.measure.value)} {d.unit}
              {!isPublished(d.measure) && (
                <span className="estimate" title={t('dims.estimateTitle')}>
                  {' '}
                  {d.measure.confidence === 'I'
                    ? t('dims.interpolated')
                    : d.measure.confidence === 'U'
                      ? t('dims.textbook')
                      : t('dims.estimate')}
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
