import { useId } from 'react'
import { conditionsOnRoot, structuresByRoot } from '../anatomy/boneLinks'
import type { Region } from '../anatomy/ids'
import { type NeuralId, neural, neuralRegionsOf } from '../anatomy/neural'
import { neuralInfo } from '../anatomy/neuralInfo'
import type { MessageId } from '../i18n/en'
import { localizeNeuralInfo } from '../i18n/overlay'
import { useFacetStore } from '../runtime/react'
import { Cite } from './Cite'
import { Dimensions } from './Dimensions'
import { useAnatomyOverlay, useConditionName, useT } from './i18n'
import { RedFlagsButton } from './RedFlagsDialog'
import { ReportProblem } from './ReportProblem'
import { StructureButtons } from './StructureButtons'

const NEURAL_KIND_WORDS = {
  cord: 'neural.kind.cord',
  'cauda-equina': 'neural.kind.caudaEquina',
  nerve: 'neural.kind.nerve',
  ligament: 'neural.kind.ligament',
  'si-joint': 'info.kind.facet',
  'median-atlanto-axial': 'info.kind.facet',
  ilium: 'neural.kind.ilium',
  occiput: 'neural.kind.occiput',
} as const satisfies Record<string, MessageId>

/**
 * A region as the panel lists it before “region(s)”: in Spanish an adjective that agrees with “región”
 * (“regiones lumbar y sacra”, not “sacro”), in English the lower-case group name as before.
 */
const NEURAL_REGION_WORDS = {
  cervical: 'neural.region.cervical',
  thoracic: 'neural.region.thoracic',
  lumbar: 'neural.region.lumbar',
  sacrum: 'neural.region.sacrum',
  coccyx: 'neural.region.coccyx',
} as const satisfies Record<Region, MessageId>

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
  const words = regions.map((r) => t(NEURAL_REGION_WORDS[r]))
  // the last two joined as each language joins them: 'cervical, thoracic, lumbar'; 'cervical, torácica y lumbar'
  const regionWords =
    words.length > 1
      ? t('neural.regionList', { first: words.slice(0, -1).join(', '), last: words.at(-1) ?? '' })
      : (words[0] ?? '')
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
      {parsed.kind === 'nerve' && <RootLinks root={parsed.root} side={parsed.side} moreDetail={moreDetail} />}
      {/* as the bones' sizes, with areas too, labelled plainly by default */}
      <Dimensions
        caption={t('info.dimensions')}
        rows={info.dimensions.map((d) => ({ ...d, label: moreDetail ? d.label : d.plainLabel }))}
        estimateTitle={'dims.estimateTitleAny'}
      />
    </>
  )
}

/**
 * From a root, one click to what it leaves between (the bones, the disc in front, the facet joint behind) and
 * to the conditions Facet shows pressing on it: a student following the L5 root to the L4–L5 herniation, a
 * clinician going from the root a patient's leg pain points to, to the disc.
 */
function RootLinks({
  root,
  side,
  moreDetail,
}: {
  root: Parameters<typeof structuresByRoot>[0]
  side: 'left' | 'right'
  moreDetail: boolean
}) {
  const t = useT()
  const showCondition = useFacetStore((s) => s.showCondition)
  const conditionName = useConditionName()
  const titleId = useId()
  const around = structuresByRoot(root, side)
  const conditions = conditionsOnRoot(root)
  if (around.length === 0 && conditions.length === 0) return null
  return (
    <section className="links" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('neural.rootLinks')}</h3>
      {around.length > 0 && <StructureButtons ids={around} testId="root-links" />}
      {conditions.length > 0 && (
        <>
          <h4>{t('neural.rootConditions')}</h4>
          {/* the model shows each condition on the left: said, so a right root's reader is not surprised */}
          {side === 'right' && <p className="hint">{t('neural.rootConditionsLeft')}</p>}
          <ul className="link-list" data-testid="root-conditions">
            {conditions.map((id) => (
              <li key={id}>
                <button type="button" data-condition={id} onClick={() => showCondition(id)}>
                  {moreDetail ? conditionName(id).detailed : conditionName(id).plain}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
