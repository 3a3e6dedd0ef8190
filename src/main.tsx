performance.mark('facet:main-start')

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, probeGraphics } from './App'
import { createFacetApi, markReady } from './api/facetApi'
import { overviewGeometry } from './geometry/overview'
import { enableOffline, offlineState } from './offline'
import { watchQuizAnswers } from './quiz/session'
import { cameraState, facetStore } from './store'
import { formatUrlView, parseUrlView } from './url'
import './styles.css'

// Start generating the spine at once, in a worker, while React and WebGL get ready.
void overviewGeometry()

const initial = parseUrlView(window.location.search)
const store = facetStore.getState()
store.setLabels(initial.labels)
for (const [group, state] of Object.entries(initial.groups)) store.setGroup(group as keyof typeof initial.groups, state)
if (initial.selected) store.select(initial.selected)
for (const problem of initial.problems) store.notify(problem, 'warning')

window.facet = createFacetApi()
watchQuizAnswers(facetStore)
window.facetOffline = offlineState

// Once the spine is drawn: make the app work offline, fetching the feature chunks it loads on demand.
window.addEventListener(
  'facet:ready',
  () => {
    void enableOffline(() =>
      Promise.all([
        import('./store/cavitationRuntime'),
        import('./ui/CavitationPanel'),
        import('./ui/LearnDialog'),
        import('./ui/StretchPanel'),
      ]),
    )
  },
  { once: true },
)
const graphics = probeGraphics()
if (!graphics.webgl) markReady()

// The view lives in the URL: rewrite it (without adding history entries) whenever it changes.
let pending = 0
const writeUrl = () => {
  const s = facetStore.getState()
  const search = formatUrlView({
    selected: s.selected,
    groups: s.groups,
    labels: s.labels,
    camera: { position: cameraState.position, target: cameraState.target },
  })
  window.history.replaceState(null, '', `${window.location.pathname}${search}`)
}
const scheduleUrl = () => {
  window.clearTimeout(pending)
  pending = window.setTimeout(writeUrl, 400)
}
facetStore.subscribe((s, p) => {
  if (s.selected !== p.selected || s.groups !== p.groups || s.labels !== p.labels) scheduleUrl()
})
window.addEventListener('pointerup', scheduleUrl)
// a reload asked for by the app (a feature that must be fetched afresh) keeps the latest view
window.addEventListener('facet:save-view', () => {
  window.clearTimeout(pending)
  writeUrl()
})
window.addEventListener('wheel', scheduleUrl, { passive: true })

window.addEventListener('keydown', (e) => {
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement
  if (typing || e.metaKey || e.ctrlKey || e.altKey) return
  if (e.key === 'h' || e.key === 'H') facetStore.getState().requestView('home')
  if (e.key === 'Escape') facetStore.getState().select(null)
  if (e.key === 'l' || e.key === 'L') facetStore.getState().setLabels(!facetStore.getState().labels)
})

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App initial={initial} graphics={graphics} />
    </StrictMode>,
  )
}
