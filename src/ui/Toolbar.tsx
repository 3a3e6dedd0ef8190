import { useSyncExternalStore } from 'react'
import { type Group, LAYERS, REGIONS } from '../anatomy/ids'
import { useFacetStore, useRuntime } from '../runtime/react'
import { type GroupState, xrayOn } from '../store'
import { PatientViewToggle } from './patient/PatientViewToggle'
import './Toolbar.css'

const GROUP_TITLES: Record<Group, string> = {
  cervical: 'Cervical',
  thoracic: 'Thoracic',
  lumbar: 'Lumbar',
  sacrum: 'Sacrum',
  coccyx: 'Coccyx',
  bones: 'Bones',
  discs: 'Discs',
  // the facet joints and the sacroiliac joints
  facets: 'Joints',
  nerves: 'Nerves and cord',
  ligaments: 'Ligaments',
}
const STATES: { state: GroupState; label: string }[] = [
  { state: 'shown', label: 'Show' },
  { state: 'ghosted', label: 'Ghost' },
  { state: 'hidden', label: 'Hide' },
]

function GroupRow({ group }: { group: Group }) {
  const current = useFacetStore((s) => s.groups[group])
  const setGroup = useFacetStore((s) => s.setGroup)
  const isolate = useFacetStore((s) => s.isolate)
  return (
    <fieldset className="group-row">
      <legend className="group-name">{GROUP_TITLES[group]}</legend>
      {STATES.map(({ state, label }) => (
        <button key={state} type="button" aria-pressed={current === state} onClick={() => setGroup(group, state)}>
          {label}
        </button>
      ))}
      <button type="button" onClick={() => isolate(group)} title={`Show ${GROUP_TITLES[group]} alone`}>
        Isolate
      </button>
    </fieldset>
  )
}

/**
 * A polite line under the layers: the nerves (or anything else) being drawn, or why the nerves and
 * ligaments are not shown while a stretch moves the spine.
 */
function LayerStatus() {
  const { neural } = useRuntime()
  const pending = useSyncExternalStore(neural.subscribe, neural.pending)
  const nervesAsked = useFacetStore((s) => s.groups.nerves !== 'hidden')
  const standingOnly = useFacetStore(
    (s) => s.stretchPlaying && (s.groups.nerves !== 'hidden' || s.groups.ligaments !== 'hidden'),
  )
  const text = standingOnly
    ? 'The nerves and ligaments are drawn standing, so they step aside while the spine moves.'
    : pending > 0
      ? nervesAsked
        ? 'Drawing the nerves…'
        : 'Drawing the ligaments and joints…'
      : ''
  return (
    <p className="layer-status" role="status" data-testid="layer-status">
      {text}
    </p>
  )
}

/** Views, labels, the x-ray preset and the show / ghost / hide / isolate controls for regions and layers. */
export function Toolbar() {
  const labels = useFacetStore((s) => s.labels)
  const setLabels = useFacetStore((s) => s.setLabels)
  const requestView = useFacetStore((s) => s.requestView)
  const showAll = useFacetStore((s) => s.showAll)
  const xray = useFacetStore(xrayOn)
  const setPreset = useFacetStore((s) => s.setPreset)
  return (
    <div className="toolbar">
      <PatientViewToggle />
      <fieldset className="views">
        <legend className="sr-only">Views</legend>
        <button type="button" onClick={() => requestView('home')} title="Home view (H)">
          Home
        </button>
        <button type="button" onClick={() => requestView('front')}>
          Front
        </button>
        <button type="button" onClick={() => requestView('back')}>
          Back
        </button>
        <button type="button" onClick={() => requestView('left')}>
          Left side
        </button>
        <button type="button" aria-pressed={labels} onClick={() => setLabels(!labels)}>
          Labels
        </button>
      </fieldset>
      <details className="layers">
        <summary>Regions and layers</summary>
        <button
          type="button"
          className="xray"
          aria-pressed={xray}
          onClick={() => setPreset(xray ? 'normal' : 'xray')}
          title="See the cord and nerve roots through the bones"
        >
          X-ray
        </button>
        <h3 className="group-heading">Regions</h3>
        {REGIONS.map((g) => (
          <GroupRow key={g} group={g} />
        ))}
        <h3 className="group-heading">Layers</h3>
        {LAYERS.map((g) => (
          <GroupRow key={g} group={g} />
        ))}
        {/* back to the start: every region, the bones, discs and joints; the nerves and ligaments hidden */}
        <button type="button" onClick={showAll}>
          Reset layers
        </button>
      </details>
      <LayerStatus />
    </div>
  )
}
