import { type BoneId, isStructureId, parseStructureId, regionOf } from '../anatomy/ids'
import { structureInfo } from '../anatomy/info'
import { isPublished } from '../anatomy/measure'
import { commonName, structureName } from '../anatomy/names'
import { type NeuralDimension, type NeuralId, neural, neuralInfo, neuralRegionsOf } from '../anatomy/neural'
import { DISC_NO_CRACK } from '../content/cavitation'
import { useFacetStore, useRuntime } from '../runtime/react'
import { Cite } from './Cite'
import { Dimensions } from './Dimensions'
import { loadStretchPanel } from './features'
import { LazyFeature } from './LazyFeature'
import { PartFacts, PartList, StlDownload, StructureLinks } from './PartSection'
import { usePanelFocus } from './panelFocus'
import { RedFlagsButton } from './RedFlagsDialog'
import { RegionStretches } from './RegionStretches'
import './InfoPanel.css'

const KIND_WORDS = {
  vertebra: 'Vertebra',
  sacrum: 'Fused vertebrae',
  coccyx: 'Fused vertebrae',
  disc: 'Intervertebral disc (cartilaginous joint)',
  facet: 'Synovial joint',
} as const

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
function NeuralInfo({ id, moreDetail }: { id: NeuralId; moreDetail: boolean }) {
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

/**
 * What the selected structure is: name, common name, region, level-specific facts and sourced dimensions;
 * for a bone also the selected part, its joints and discs one click away, its parts to choose from, and
 * its 3D-printable file; for a joint or disc, its bones.
 */
export function InfoPanel() {
  const selected = useFacetStore((s) => s.selected)
  const selectedPart = useFacetStore((s) => s.selectedPart)
  const select = useFacetStore((s) => s.select)
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const setMoreDetail = useFacetStore((s) => s.setMoreDetail)
  const stretchOpen = useFacetStore((s) => s.openStretchId !== null)
  const runtime = useRuntime()
  // selecting does not move focus (the list or the spine keeps it); clearing gives it back to the list
  const heading = usePanelFocus('selection', selected !== null, false)
  if (stretchOpen) {
    return (
      <aside className="info" aria-label="Stretch">
        <LazyFeature
          load={loadStretchPanel}
          label="the stretch card"
          wanted
          onDismiss={() => runtime.store.getState().openStretch(null)}
        />
      </aside>
    )
  }
  if (!selected) {
    return (
      <aside className="info" aria-label="Selection">
        <p className="hint">
          Hover a bone, disc, joint or nerve to see its name; click it, or pick it from the list, to learn about it.
        </p>
      </aside>
    )
  }
  if (!isStructureId(selected)) {
    const name = neuralInfo(selected).name
    return (
      <aside className="info" aria-label="Selection" aria-live="polite" data-panel="selection">
        <header>
          <h2 data-testid="selection-name" ref={heading} tabIndex={-1} data-panel-heading>
            {moreDetail ? name.detailed : name.plain}
          </h2>
          <button type="button" className="close" onClick={() => select(null)} aria-label="Clear selection">
            ×
          </button>
        </header>
        <div className="detail-switch">
          <button type="button" aria-pressed={moreDetail} onClick={() => setMoreDetail(!moreDetail)}>
            More detail
          </button>
        </div>
        <NeuralInfo id={selected} moreDetail={moreDetail} />
        <p className="disclaimer">For learning, not medical advice.</p>
      </aside>
    )
  }
  const parsed = parseStructureId(selected)
  if (!parsed) return null
  const info = structureInfo(selected)
  const common = commonName(selected)
  const bone = parsed.kind === 'disc' || parsed.kind === 'facet' ? null : (parsed.id as BoneId)
  return (
    <aside className="info" aria-label="Selection" aria-live="polite" data-panel="selection">
      <header>
        <h2 data-testid="selection-name" ref={heading} tabIndex={-1} data-panel-heading>
          {structureName(selected)}
        </h2>
        <button type="button" className="close" onClick={() => select(null)} aria-label="Clear selection">
          ×
        </button>
      </header>
      <p className="meta">
        {common ? <span className="common-name">Also called the {common}. </span> : null}
        {KIND_WORDS[parsed.kind]} · {regionOf(parsed)} region
      </p>
      <div className="detail-switch">
        {/* the same switch as in the close-up and Why backs crack: plain words by default, the terms on request;
            here it words the whole panel, the selected part's facts as the structure's */}
        <button type="button" aria-pressed={moreDetail} onClick={() => setMoreDetail(!moreDetail)}>
          More detail
        </button>
      </div>
      {parsed.kind === 'facet' && (
        <div className="joint-actions">
          <button type="button" className="primary" onClick={() => runtime.cavitation.request(parsed.id)}>
            What happens when it cracks?
          </button>
          <RedFlagsButton />
        </div>
      )}
      {parsed.kind === 'disc' && (
        <div className="disc-note">
          <h3>Why discs don’t crack</h3>
          <p>
            {moreDetail ? DISC_NO_CRACK.detailed : DISC_NO_CRACK.plain} <Cite keys={DISC_NO_CRACK.sources} />
          </p>
          <RedFlagsButton />
        </div>
      )}
      {bone && selectedPart && <PartFacts part={selectedPart} />}
      <StructureLinks id={parsed.id} bone={bone} />
      <h3 className="facts-title">About it</h3>
      <ul className="facts" data-testid="facts">
        {info.facts.map((f) => (
          <li key={f.detailed}>
            {moreDetail ? f.detailed : f.plain} <Cite keys={f.sources} />
          </li>
        ))}
      </ul>
      <Dimensions caption="Key dimensions in this model" rows={info.dimensions} />
      {bone && (
        <>
          <PartList bone={bone} />
          <StlDownload bone={bone} />
        </>
      )}
      <RegionStretches region={regionOf(parsed)} />
      <p className="disclaimer">For learning, not medical advice.</p>
    </aside>
  )
}
