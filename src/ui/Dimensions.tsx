import type { Measure } from '../anatomy/measure'
import { isPublished } from '../anatomy/measure'
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
  const marks = new Set(rows.filter((d) => !isPublished(d.measure)).map((d) => markOf(d.measure)))
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
                    title={t(markOf(d.measure) === 'reading' ? 'dims.readingMeans' : estimateTitle)}
                  >
                    {' '}
                    {t(MARKS[markOf(d.measure)].name)}
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

type Mark = 'interpolated' | 'textbook' | 'reading' | 'estimate'
const MARKS = {
  interpolated: { name: 'dims.interpolated', meaning: 'dims.interpolatedMeans' },
  textbook: { name: 'dims.textbook', meaning: 'dims.textbookMeans' },
  reading: { name: 'dims.reading', meaning: 'dims.readingMeans' },
  estimate: { name: 'dims.estimate', meaning: 'dims.estimateMeans' },
} as const satisfies Record<Mark, { name: MessageId; meaning: MessageId }>

/**
 * The mark of a value that is not a published per-level one: the brief's confidence tags I, U and E. An E
 * value with a source of its own is our reading of that source (a range's ends put at levels, a pooled mean
 * put at one level), not a figure made up for want of one: the L5 facet's 33.7° from the coronal plane, cited
 * to Masharawi 2004, was explained as "no published value was found".
 */
export const markOf = (measure: Measure): Mark =>
  measure.confidence === 'I'
    ? 'interpolated'
    : measure.confidence === 'U'
      ? 'textbook'
      : measure.source === 'estimate'
        ? 'estimate'
        : 'reading'

/** The word a value that is not a published per-level one is marked with, wherever a value is shown. */
export const markName = (measure: Measure): MessageId => MARKS[markOf(measure)].name
