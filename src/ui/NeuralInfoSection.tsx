import { isPublished } from '../anatomy/measure'
import { type NeuralDimension, type NeuralId, neural, neuralRegionsOf } from '../anatomy/neural'
import { neuralInfo } from '../anatomy/neuralInfo'
import { Cite } from './Cite'
import { RedFlagsButton } from './RedFlagsDialog'

const NEURAL_KIND_WORDS = {
  cord: 'Spinal cord',
  'cauda-equina': 'Nerve roots in the spinal canal',
  nerve: 'Spinal nerve root',
  ligament: 'Ligament',
  'si-joint': 'Synovial joint',
  ilium: 'Bone of the pelvis',
} as const

/** The cord and the rest's dimensions: as the bones' (ui/Dimensions.tsx), with areas too, labelled plainly by default. */
function NeuralDimensions({ rows, moreDetail }: { rows: readonly NeuralDimension[]; moreDetail: boolean }) {
  if (rows.length === 0) return null
  return (
    <table className="dims">
      <caption>Key dimensions in this model</caption>
      <tbody>
        {rows.map((d) => (
          <tr key={d.label}>
            <th scope="row">{moreDetail ? d.label : d.plainLabel}</th>
            <td>
              {d.measure.value.toFixed(1)} {d.unit}
              {!isPublished(d.measure) && (
                <span
                  className="estimate"
                  title="No published value was found; this is an estimate or an interpolation."
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

/**
 * The cord, a nerve root, a ligament, a sacroiliac joint or an ilium: its name (plain, or the terms under
 * More detail), facts with their sources and its sized values; the warning signs one tap away where the
 * text talks about nerve symptoms or the sound a joint makes.
 */
export default function NeuralInfoSection({ id, moreDetail }: { id: NeuralId; moreDetail: boolean }) {
  const info = neuralInfo(id)
  const parsed = neural(id)
  const regions = neuralRegionsOf(parsed)
  const warnings = parsed.kind !== 'ligament' && parsed.kind !== 'ilium'
  return (
    <>
      <p className="meta">
        {NEURAL_KIND_WORDS[parsed.kind]} · {regions.join(', ')} {regions.length > 1 ? 'regions' : 'region'}
      </p>
      {warnings && (
        <div className="joint-actions">
          <RedFlagsButton />
        </div>
      )}
      <h3 className="facts-title">About it</h3>
      <ul className="facts" data-testid="facts">
        {info.facts.map((f) => (
          <li key={f.detailed}>
            {moreDetail ? f.detailed : f.plain} <Cite keys={f.sources} />
          </li>
        ))}
      </ul>
      <NeuralDimensions rows={info.dimensions} moreDetail={moreDetail} />
    </>
  )
}
