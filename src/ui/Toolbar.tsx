import { useSyncExternalStore } from 'react'
import { type Group, LAYERS, REGIONS } from '../anatomy/ids'
import type { MessageId } from '../i18n/en'
import { useFacetStore, useRuntime } from '../runtime/react'
import { type GroupState, xrayOn } from '../store'
import { useT } from './i18n'
import { LangSwitch } from './LangSwitch'
import { PatientViewToggle } from './patient/PatientViewToggle'
import './Toolbar.css'

// 'group.facets' names the facet joints and the sacroiliac joints
const GROUP_TITLES = {
  cervical: 'group.cervical',
  thoracic: 'group.thoracic',
  lumbar: 'group.lumbar',
  sacrum: 'group.sacrum',
  coccyx: 'group.coccyx',
  bones: 'group.bones',
  discs: 'group.discs',
  facets: 'group.facets',
  nerves: 'group.nerves',
  ligaments: 'group.ligaments',
} as const satisfies Record<Group, MessageId>
const STATES = [
  { state: 'shown', label: 'toolbar.show' },
  { state: 'ghosted', label: 'toolbar.ghost' },
  { state: 'hidden', label: 'toolbar.hide' },
] as const satisfies readonly { state: GroupState; label: MessageId }[]

function GroupRow({ group }: { group: Group }) {
  const current = useFacetStore((s) => s.groups[group])
  const setGroup = useFacetStore((s) => s.setGroup)
  const isolate = useFacetStore((s) => s.isolate)
  const t = useT()
  const title = t(GROUP_TITLES[group])
  return (
    <fieldset className="group-row">
      <legend className="group-name">{title}</legend>
      {STATES.map(({ state, label }) => (
        <button key={state} type="button" aria-pressed={current === state} onClick={() => setGroup(group, state)}>
          {t(label)}
        </button>
      ))}
      <button type="button" onClick={() => isolate(group)} title={t('toolbar.isolateTitle', { group: title })}>
        {t('toolbar.isolate')}
      </button>
    </fieldset>
  )
}

/**
 * A polite line at the top of the 3D view: the nerves (or anything else) being drawn, or why the nerves and
 * ligaments are not shown while a stretch moves the spine. In the view, not under the toolbar it was once
 * part of: there it ran over the structure list's first rows wherever the toolbar starts left of the view.
 */
export function LayerStatus() {
  const { neural } = useRuntime()
  const pending = useSyncExternalStore(neural.subscribe, neural.pending)
  const nervesAsked = useFacetStore((s) => s.groups.nerves !== 'hidden')
  const standingOnly = useFacetStore(
    (s) => s.stretchPlaying && (s.groups.nerves !== 'hidden' || s.groups.ligaments !== 'hidden'),
  )
  const t = useT()
  const text = standingOnly
    ? t('toolbar.status.standing')
    : pending > 0
      ? nervesAsked
        ? t('toolbar.status.nerves')
        : t('toolbar.status.ligaments')
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
  const t = useT()
  return (
    <div className="toolbar">
      <PatientViewToggle />
      <fieldset className="views">
        <legend className="sr-only">{t('toolbar.views')}</legend>
        <button type="button" onClick={() => requestView('home')} title={t('toolbar.homeTitle')}>
          {t('toolbar.home')}
        </button>
        <button type="button" onClick={() => requestView('front')}>
          {t('toolbar.front')}
        </button>
        <button type="button" onClick={() => requestView('back')}>
          {t('toolbar.back')}
        </button>
        <button type="button" onClick={() => requestView('left')}>
          {t('toolbar.left')}
        </button>
        <button type="button" aria-pressed={labels} onClick={() => setLabels(!labels)}>
          {t('toolbar.labels')}
        </button>
      </fieldset>
      <details className="layers">
        <summary>{t('toolbar.regionsAndLayers')}</summary>
        <button
          type="button"
          className="xray"
          aria-pressed={xray}
          onClick={() => setPreset(xray ? 'normal' : 'xray')}
          title={t('toolbar.xrayTitle')}
        >
          {t('toolbar.xray')}
        </button>
        <h3 className="group-heading">{t('toolbar.regions')}</h3>
        {REGIONS.map((g) => (
          <GroupRow key={g} group={g} />
        ))}
        <h3 className="group-heading">{t('toolbar.layers')}</h3>
        {LAYERS.map((g) => (
          <GroupRow key={g} group={g} />
        ))}
        {/* back to the start: every region, the bones, discs and joints; the nerves and ligaments hidden */}
        <button type="button" onClick={showAll}>
          {t('toolbar.resetLayers')}
        </button>
      </details>
      <LangSwitch />
    </div>
  )
}
