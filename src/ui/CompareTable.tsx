import type { BoneId } from '../anatomy/ids'
import { structureInfo } from '../anatomy/info'
import { isPublished } from '../anatomy/measure'
import { Cite } from './Cite'
import { markName } from './Dimensions'
import { useAnatomy, useNumbers, useT } from './i18n'

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
  const t = useT()
  const { fixed } = useNumbers()
  const anatomy = useAnatomy()
  return (
    <table className="dims compare-table" data-testid="compare-table">
      <caption>{t('info.dimensions')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.measure')}</th>
          {ids.map((id) => (
            <th scope="col" key={id}>
              {anatomy.short(id)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{anatomy.dimensionLabel(row.label)}</th>
            {row.cells.map((d, i) => (
              <td key={ids[i]}>
                {d ? (
                  <>
                    {fixed(d.measure.value, 1)} {d.unit}
                    {!isPublished(d.measure) && (
                      <span className="estimate" title={t('dims.estimateTitle')}>
                        {` ${t(markName(d.measure))}`}
                      </span>
                    )}{' '}
                    <Cite keys={[d.measure.source]} />
                  </>
                ) : (
                  t('compare.none')
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
