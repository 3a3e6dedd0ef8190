import { parseStructureId, regionOf } from '../anatomy/ids'
import { structureInfo } from '../anatomy/info'
import { isPublished } from '../anatomy/measure'
import { commonName, structureName } from '../anatomy/names'
import { DISC_NO_CRACK } from '../content/cavitation'
import { useFacetStore, useRuntime } from '../runtime/react'
import { Cite } from './Cite'
import { loadStretchPanel } from './features'
import { LazyFeature } from './LazyFeature'
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

/** What the selected structure is: name, common name, region, level-specific facts and sourced dimensions. */
export function InfoPanel() {
  const selected = useFacetStore((s) => s.selected)
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
          Hover a bone, disc or joint to see its name; click it, or pick it from the list, to learn about it.
        </p>
      </aside>
    )
  }
  const parsed = parseStructureId(selected)
  if (!parsed) return null
  const info = structureInfo(selected)
  const common = commonName(selected)
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
      <div className="facts-head">
        <h3>About it</h3>
        {/* the same switch as in the close-up and Why backs crack: plain words by default, the terms on request */}
        <button type="button" aria-pressed={moreDetail} onClick={() => setMoreDetail(!moreDetail)}>
          More detail
        </button>
      </div>
      <ul className="facts" data-testid="facts">
        {info.facts.map((f) => (
          <li key={f.detailed}>
            {moreDetail ? f.detailed : f.plain} <Cite keys={f.sources} />
          </li>
        ))}
      </ul>
      {info.dimensions.length > 0 && (
        <table className="dims">
          <caption>Key dimensions in this model</caption>
          <tbody>
            {info.dimensions.map((d) => (
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
      )}
      <RegionStretches region={regionOf(parsed)} />
      <p className="disclaimer">For learning, not medical advice.</p>
    </aside>
  )
}
