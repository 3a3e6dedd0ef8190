import { lazy, Suspense } from 'react'
import { type BoneId, isStructureId, parseStructureId, regionOf } from '../anatomy/ids'
import type { MessageId } from '../i18n/en'
import { quizHidesCondition } from '../runtime/quizSession'
import { useFacetStore, useRuntime } from '../runtime/react'
import { Cite } from './Cite'
import { CompareWith } from './CompareWith'
import { ConditionPanel } from './ConditionPanel'
import { useCavitationTexts } from './cavitationTexts'
import { Dimensions } from './Dimensions'
import { loadStretchPanel } from './features'
import { InfoHint } from './InfoHint'
import { useAnatomy, useT } from './i18n'
import { ChunkBoundary, LazyFeature } from './LazyFeature'
import { MoreDetailSwitch } from './MoreDetailSwitch'
import { PartFacts, PartList, StlDownload, StructureLinks } from './PartSection'
import { usePanelFocus } from './panelFocus'
import { PinSection } from './pins/PinSection'
import { RedFlagsButton } from './RedFlagsDialog'
import { RegionStretches } from './RegionStretches'
import { ReportProblem } from './ReportProblem'
import { StartHere } from './StartHere'
import './InfoPanel.css'

/** What the panel says about the cord and the rest: loaded when one of them is first selected. */
const NeuralInfoSection = lazy(() => import('./NeuralInfoSection'))

const KIND_WORDS = {
  vertebra: 'info.kind.vertebra',
  sacrum: 'info.kind.fused',
  coccyx: 'info.kind.fused',
  disc: 'info.kind.disc',
  facet: 'info.kind.facet',
} as const satisfies Record<string, MessageId>
/**
 * The same in plain words, until More detail asks for the terms: "Synovial joint" under a joint's name told
 * someone at home nothing (a home user's review, s37).
 */
const KIND_WORDS_PLAIN = {
  ...KIND_WORDS,
  disc: 'info.kind.discPlain',
  facet: 'info.kind.facetPlain',
} as const satisfies Record<string, MessageId>

/**
 * While comparing (or seeing a bone alone), which of the row the panel reads about: one button per bone, so
 * a student has a bone's words beside the bones themselves.
 */
function CompareReadingSwitch({ bones, reading }: { bones: readonly BoneId[]; reading: BoneId }) {
  const t = useT()
  const anatomy = useAnatomy()
  const setReading = useFacetStore((s) => s.setCompareReading)
  return (
    <fieldset className="compare-reading">
      <legend>{t('compare.readAbout')}</legend>
      {bones.map((bone) => (
        <button type="button" key={bone} aria-pressed={bone === reading} onClick={() => setReading(bone)}>
          {anatomy.short(bone)}
        </button>
      ))}
    </fieldset>
  )
}

/**
 * What the selected structure is: name, common name, region, level-specific facts and sourced dimensions;
 * for a bone also the selected part, its joints and discs one click away, its parts to choose from, and
 * its 3D-printable file; for a joint or disc, its bones. While comparing, nothing is selected (the spine is
 * put aside) and the panel reads about one of the compared bones instead, the reader choosing which; a
 * link in it (a joint, a part) selects that and so goes back to the spine.
 */
export function InfoPanel() {
  const selectedInSpine = useFacetStore((s) => s.selected)
  const comparing = useFacetStore((s) => s.compareLevels)
  const reading = useFacetStore((s) => (s.selected === null && s.compareLevels ? s.compareReading : null))
  const setReading = useFacetStore((s) => s.setCompareReading)
  const selected = selectedInSpine ?? reading
  const selectedPart = useFacetStore((s) => s.selectedPart)
  const select = useFacetStore((s) => s.select)
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const stretchOpen = useFacetStore((s) => s.openStretchId !== null)
  // the patient view leaves the dimensions out, and with them the notes about them
  const patient = useFacetStore((s) => s.viewMode === 'patient')
  const condition = useFacetStore((s) => s.condition?.id ?? null)
  // a quiz question about the condition shown is not given away by its panel until answered
  const conditionHidden = useFacetStore(quizHidesCondition)
  const runtime = useRuntime()
  const t = useT()
  const discNote = useCavitationTexts().discNoCrack
  const anatomy = useAnatomy()
  // selecting does not move focus (the list or the spine keeps it); clearing gives it back to the list
  const heading = usePanelFocus('selection', selectedInSpine !== null, false)
  const clear = () => (selectedInSpine === null ? setReading(null) : select(null))
  if (stretchOpen) {
    return (
      <aside className="info" aria-label={t('info.stretch')}>
        <LazyFeature
          load={loadStretchPanel}
          label={t('app.feature.stretch')}
          wanted
          onDismiss={() => runtime.store.getState().openStretch(null)}
        />
      </aside>
    )
  }
  if (condition && !conditionHidden) return <ConditionPanel id={condition} />
  if (!selected)
    return (
      <InfoHint>
        <StartHere />
      </InfoHint>
    )
  if (!isStructureId(selected)) {
    return (
      <aside className="info" aria-label={t('common.selection')} aria-live="polite" data-panel="selection">
        <header>
          <h2 data-testid="selection-name" ref={heading} tabIndex={-1} data-panel-heading>
            {anatomy.name(selected, moreDetail)}
          </h2>
          <button type="button" className="close" onClick={() => select(null)} aria-label={t('info.clear')}>
            ×
          </button>
        </header>
        <div className="detail-switch">
          <MoreDetailSwitch />
        </div>
        <ChunkBoundary label={t('app.feature.details')}>
          <Suspense fallback={<p className="hint">{t('info.loading')}</p>}>
            <NeuralInfoSection id={selected} moreDetail={moreDetail} />
          </Suspense>
        </ChunkBoundary>
        <PinSection />
        <p className="disclaimer">{t('common.disclaimer')}</p>
      </aside>
    )
  }
  const parsed = parseStructureId(selected)
  if (!parsed) return null
  const info = anatomy.structureInfo(selected)
  const common = anatomy.common(selected)
  const bone = parsed.kind === 'disc' || parsed.kind === 'facet' ? null : (parsed.id as BoneId)
  return (
    <aside className="info" aria-label={t('common.selection')} aria-live="polite" data-panel="selection">
      <header>
        <h2 data-testid="selection-name" ref={heading} tabIndex={-1} data-panel-heading>
          {anatomy.name(selected)}
        </h2>
        <button type="button" className="close" onClick={clear} aria-label={t('info.clear')}>
          ×
        </button>
      </header>
      {reading && comparing && comparing.length > 1 && <CompareReadingSwitch bones={comparing} reading={reading} />}
      <p className="meta">
        {common ? <span className="common-name">{t('info.alsoCalled', { name: common })} </span> : null}
        {t((moreDetail ? KIND_WORDS : KIND_WORDS_PLAIN)[parsed.kind])} ·{' '}
        {t('info.region', { region: t(`group.${regionOf(parsed)}` as const).toLowerCase() })}
      </p>
      <div className="detail-switch">
        {/* the same switch as in the close-up and Why backs crack: plain words by default, the terms on request;
            here it words the whole panel, the selected part's facts as the structure's */}
        <MoreDetailSwitch />
      </div>
      {parsed.kind === 'facet' && (
        <div className="joint-actions">
          <button type="button" className="primary" onClick={() => runtime.cavitation.request(parsed.id)}>
            {t('info.whenItCracks')}
          </button>
          <RedFlagsButton />
        </div>
      )}
      {parsed.kind === 'disc' && (
        <div className="disc-note">
          <h3>{t('info.discsDontCrack')}</h3>
          <p>
            {moreDetail ? discNote.detailed : discNote.plain} <Cite keys={discNote.sources} />
          </p>
          <RedFlagsButton />
        </div>
      )}
      {bone && selectedPart && <PartFacts part={selectedPart} />}
      <StructureLinks id={parsed.id} bone={bone} />
      {/* keyed by the mode: the choice made to start comparing is not left open when it ends */}
      {bone && <CompareWith key={reading ? `comparing-${bone}` : bone} bone={bone} />}
      <h3 className="facts-title">{t('info.about')}</h3>
      <ul className="facts" data-testid="facts">
        {info.facts.map((f, i) =>
          patient && f.aboutDimensions ? null : (
            <li key={f.detailed}>
              {moreDetail ? f.detailed : f.plain} <Cite keys={f.sources} />
              <ReportProblem
                item={{ id: `${selected}#fact-${i + 1}`, text: moreDetail ? f.detailed : f.plain, sources: f.sources }}
                selection={selected}
              />
            </li>
          ),
        )}
      </ul>
      {/* the sizes are a student's: folded in the plain words, open with More detail (a home user met a table of
          millimetres under the first facts, a home user's review, s37); keyed, so switching re-opens or folds it */}
      {info.dimensions.length > 0 && (
        <details className="dims-fold" open={moreDetail} key={moreDetail ? 'detail' : 'plain'}>
          <summary>{t('info.dimensionsFold', { count: info.dimensions.length })}</summary>
          <Dimensions caption={t('info.dimensions')} rows={info.dimensions} />
        </details>
      )}
      {bone && (
        <>
          <PartList bone={bone} />
          <StlDownload bone={bone} />
        </>
      )}
      <RegionStretches region={regionOf(parsed)} />
      {/* a note is pinned on the spine's selection, which comparing has put aside */}
      {!reading && <PinSection />}
      <p className="disclaimer">{t('common.disclaimer')}</p>
    </aside>
  )
}
