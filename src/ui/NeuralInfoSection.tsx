import { type NeuralId, neural, neuralRegionsOf } from '../anatomy/neural'
import { neuralInfo } from '../anatomy/neuralInfo'
import type { MessageId } from '../i18n/en'
import { localizeNeuralInfo } from '../i18n/overlay'
import { Cite } from './Cite'
import { Dimensions } from './Dimensions'
import { useAnatomyOverlay, useT } from './i18n'
import { RedFlagsButton } from './RedFlagsDialog'
import { ReportProblem } from './ReportProblem'

const NEURAL_KIND_WORDS = {
  cord: 'neural.kind.cord',
  'cauda-equina': 'neural.kind.caudaEquina',
  nerve: 'neural.kind.nerve',
  ligament: 'neural.kind.ligament',
  'si-joint': 'info.kind.facet',
  ilium: 'neural.kind.ilium',
} as const satisfies Record<string, MessageId>

/**
 * The cord, a nerve root, a ligament, a sacroiliac joint or an ilium: its name (plain, or the terms under
 * More detail), facts with their sources and its sized values; the warning signs one tap away where the
 * text talks about nerve symptoms or the sound a joint makes.
 */
export default function NeuralInfoSection({ id, moreDetail }: { id: NeuralId; moreDetail: boolean }) {
  const overlay = useAnatomyOverlay()
  const info = localizeNeuralInfo(id, neuralInfo(id), overlay)
  const parsed = neural(id)
  const regions = neuralRegionsOf(parsed)
  const warnings = parsed.kind !== 'ligament' && parsed.kind !== 'ilium'
  const t = useT()
  const regionWords = regions.map((r) => t(`group.${r}` as const).toLowerCase()).join(', ')
  return (
    <>
      <p className="meta">
        {t(NEURAL_KIND_WORDS[parsed.kind])} · {t('neural.regions', { regions: regionWords, n: regions.length })}
      </p>
      {warnings && (
        <div className="joint-actions">
          <RedFlagsButton />
        </div>
      )}
      <h3 className="facts-title">{t('info.about')}</h3>
      <ul className="facts" data-testid="facts">
        {info.facts.map((f, i) => (
          <li key={f.detailed}>
            {moreDetail ? f.detailed : f.plain} <Cite keys={f.sources} />
            <ReportProblem
              item={{ id: `${id}#fact-${i + 1}`, text: moreDetail ? f.detailed : f.plain, sources: f.sources }}
              selection={id}
            />
          </li>
        ))}
      </ul>
      {/* as the bones' sizes, with areas too, labelled plainly by default */}
      <Dimensions
        caption={t('info.dimensions')}
        rows={info.dimensions.map((d) => ({ ...d, label: moreDetail ? d.label : d.plainLabel }))}
        estimateTitle={'dims.estimateTitleAny'}
      />
    </>
  )
}
