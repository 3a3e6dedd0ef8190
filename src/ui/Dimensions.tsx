import type { Measure } from '../anatomy/measure'
import { isPublished, type ValueMark, valueMark } from '../anatomy/measure'
import type { MessageId } from '../i18n/en'
import { Cite } from './Cite'
import { useNumbers, useT } from './i18n'

export interface DimensionRow {
  readonly label: string
  readonly unit: 'mm' | 'mm²' | '°'
  readonly measure: Measure
}

/**
 * Sized values with their sources: each value with its unit, marked when it is not a published per-level
 * value (an estimate, an interpolation or a textbook figure), and its source.
 */
export function Dimensions({
  rows,
  caption,
  estimateTitle = 'dims.estimateTitle',
}: {
  rows: readonly DimensionRow[]
  caption: string
  /** What hovering a mark says (a bone's values are per level; the cord's and the rest's need not be). */
  estimateTitle?: MessageId
}) {
  const t = useT()
  const { num } = useNumbers()
  if (rows.length === 0) return null
  // what each mark in the table means, under it (a tooltip is out of reach on a touch screen)
  const marks = new Set(rows.filter((d) => !isPublished(d.measure)).map((d) => valueMark(d.measure)))
  return (
    <>
      <table className="dims">
        <caption>{caption}</caption>
        <tbody>
          {rows.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              <td>
                {num(d.measure.value)} {d.unit}
                {!isPublished(d.measure) && (
                  <span
                    className="estimate"
                    title={t(valueMark(d.measure) === 'reading' ? 'dims.readingMeans' : estimateTitle)}
                  >
                    {' '}
                    {t(MARKS[valueMark(d.measure)].name)}
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
      {marks.size > 0 && (
        <p className="dims-key hint">
          {[...marks].map((mark) => (
            <span key={mark}>
              <span className="estimate">{t(MARKS[mark].name)}</span>: {t(MARKS[mark].meaning)}{' '}
            </span>
          ))}
        </p>
      )}
    </>
  )
}

const MARKS = {
  interpolated: { name: 'dims.interpolated', meaning: 'dims.interpolatedMeans' },
  textbook: { name: 'dims.textbook', meaning: 'dims.textbookMeans' },
  reading: { name: 'dims.reading', meaning: 'dims.readingMeans' },
  estimate: { name: 'dims.estimate', meaning: 'dims.estimateMeans' },
} as const satisfies Record<ValueMark, { name: MessageId; meaning: MessageId }>

/** The word a value that is not a published per-level one is marked with, wherever a value is shown. */
export const markName = (measure: Measure): MessageId => MARKS[valueMark(measure)].name
