import { GROUPS, type Group } from '../anatomy/ids'
import { useFacetStore } from '../runtime/react'
import type { GroupState } from '../store'
import './Toolbar.css'

const GROUP_TITLES: Record<Group, string> = {
  cervical: 'Cervical',
  thoracic: 'Thoracic',
  lumbar: 'Lumbar',
  sacrum: 'Sacrum',
  coccyx: 'Coccyx',
  discs: 'Discs',
  facets: 'Facet joints',
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

/** Views, labels and the show / ghost / hide / isolate controls for regions and layers. */
export function Toolbar() {
  const labels = useFacetStore((s) => s.labels)
  const setLabels = useFacetStore((s) => s.setLabels)
  const requestView = useFacetStore((s) => s.requestView)
  const showAll = useFacetStore((s) => s.showAll)
  return (
    <div className="toolbar">
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
        {GROUPS.map((g) => (
          <GroupRow key={g} group={g} />
        ))}
        <button type="button" onClick={showAll}>
          Show everything
        </button>
      </details>
    </div>
  )
}
