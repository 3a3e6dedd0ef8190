performance.mark('facet:main-start')

import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { posture } from './anatomy/posture'
import { createFacetApi } from './api/facetApi'
import { takeWarningSignsTap } from './earlyWarningTap'
import { overviewGeometry } from './geometry/overview'
import { EN_MESSAGES } from './i18n/en'
import { LANG_STORAGE_KEY, startLang } from './i18n/lang'
import { enableOffline, offlineState } from './offline'
import { RuntimeProvider } from './runtime/react'
import { createFacetRuntime } from './runtime/runtime'
import { createEarlySpineRenderer } from './scene/earlySpineRenderer'
import { createSettingsStorage } from './store/settingsStorage'
import { closeTopmost } from './ui/escape'
import { loadAllFeatures } from './ui/features'
import { LangProvider } from './ui/i18n'
import { RootBoundary } from './ui/RootBoundary'
import { applyUrlView, formatUrlView, linkSelections, parseUrlView } from './url'
import './app.css'

// The 3D view's renderer, made in tasks of its own before React mounts the app, with the overview's shader
// built on it meanwhile (see scene/earlySpineRenderer.ts), sized to the first screen's stage.
const earlyRenderer = createEarlySpineRenderer(document.querySelector('.stage'))
// Start generating the spine at once, in a worker, while React and WebGL get ready; its buffers go to the
// GPU as soon as it arrives.
void overviewGeometry().then((geometry) => earlyRenderer.prime(geometry))
// The spine's posture (every bone's place) is first needed by the pick meshes mounted after the first frame,
// where working it out made a task of 75 ms: do it while the main thread waits for the GPU instead, in a task
// of its own (where there are no idle callbacks, as in Safari, shortly after start).
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => posture(), { timeout: 2000 })
else setTimeout(posture, 50)

// The one runtime: every piece of state and time in the app hangs off it (see runtime/runtime.ts).
const runtime = createFacetRuntime({
  // reading window.localStorage itself can throw (Safari private mode): the settings storage guards the call
  storage: () => window.localStorage,
  onReady: () => window.dispatchEvent(new Event('facet:ready')),
})
const facetStore = runtime.store
void runtime.ready.promise.then(() => earlyRenderer.release())

const initial = parseUrlView(window.location.search, window.location.hash)
const store = facetStore.getState()
applyUrlView(store, initial)

// The page's few preferences (the language, More detail), kept in localStorage: nothing about the patient;
// where storage is refused they last the visit.
const preferences = createSettingsStorage(
  () => window.localStorage,
  () => {},
)
// The language: the link's, else the one chosen on an earlier visit, else the browser's.
const lang = startLang(initial.lang, preferences.getItem(LANG_STORAGE_KEY), navigator.languages ?? [])
// a link's language is remembered as a choice made with the switch is: a ?lang=en link after a Spanish visit
// changed nothing in the store, so the next bare visit was Spanish again (a trust review, s37)
if (initial.lang) preferences.setItem(LANG_STORAGE_KEY, lang)
document.documentElement.lang = lang
// Another language's texts are fetched before the app mounts (the first screen shows meanwhile), so the page
// never flashes English before it
const langReady =
  lang === 'en' ? null : store.setLang(lang).catch(() => store.notify(EN_MESSAGES['app.languageLoadFailed'], 'warning'))
facetStore.subscribe((s, p) => {
  if (s.lang === p.lang) return
  preferences.setItem(LANG_STORAGE_KEY, s.lang)
  scheduleUrl()
})
// More detail (the anatomical terms) is a preference too, kept the same way: a student who turned it on found
// it off again on every visit, and studied the lay words (a student's review)
/** Where the More detail switch is remembered ('on' or 'off'). */
const MORE_DETAIL_STORAGE_KEY = 'facet.moreDetail'
if (preferences.getItem(MORE_DETAIL_STORAGE_KEY) === 'on') store.setMoreDetail(true)
facetStore.subscribe((s, p) => {
  if (s.moreDetail !== p.moreDetail) preferences.setItem(MORE_DETAIL_STORAGE_KEY, s.moreDetail ? 'on' : 'off')
})

// a tap on Warning signs before the app had started (boot.ts remembers it): they open now
if (takeWarningSignsTap()) store.setRedFlagsOpen(true)

window.facet = createFacetApi(runtime)
window.facetOffline = offlineState

// Once the spine is drawn (so the first visit is not slowed): save the app for offline use. The
// panels the app loads after its first frame are awaited first (an import already under way is not
// fetched again), so the worker then finds every file the page loaded in the HTTP cache instead of
// downloading it a second time alongside the page.
window.addEventListener('facet:ready', () => void enableOffline(() => loadAllFeatures(runtime)), { once: true })

// The view lives in the URL: rewrite it (without adding history entries) whenever it changes.
let pending = 0
const writeUrl = () => {
  const s = facetStore.getState()
  // the view beneath what is laid over it, which is what the link keeps (and what ending it returns to):
  // comparing puts the selection and labels aside; a condition, the selection and layers
  const search = formatUrlView({
    ...linkSelections(s),
    groups: (s.beforeCondition ?? s).groups,
    labels: (s.compareBefore ?? s).labels,
    condition: s.condition?.id ?? null,
    camera: { position: runtime.camera.position, target: runtime.camera.target },
    lang: s.lang,
    compare: s.compareLevels,
    compareReading: s.compareReading,
    mode: s.viewMode,
    pins: s.pins,
    stretch: s.openStretchId,
  })
  // absolute, so that a path beginning '//' (a doubled slash in a typed or pasted link) is not read as
  // another host, which the browser refuses with an error
  window.history.replaceState(null, '', `${window.location.origin}${window.location.pathname}${search}`)
}
const scheduleUrl = () => {
  window.clearTimeout(pending)
  pending = window.setTimeout(writeUrl, 400)
}
facetStore.subscribe((s, p) => {
  if (
    s.selected !== p.selected ||
    s.selectedPart !== p.selectedPart ||
    s.groups !== p.groups ||
    s.labels !== p.labels ||
    s.compareLevels !== p.compareLevels ||
    s.compareReading !== p.compareReading ||
    s.condition !== p.condition ||
    s.viewMode !== p.viewMode ||
    s.pins !== p.pins ||
    s.openStretchId !== p.openStretchId
  )
    scheduleUrl()
})
window.addEventListener('pointerup', scheduleUrl)
// a reload asked for by the app (a feature that must be fetched afresh) keeps the latest view
window.addEventListener('facet:save-view', () => {
  window.clearTimeout(pending)
  writeUrl()
})
window.addEventListener('wheel', scheduleUrl, { passive: true })
// whatever moved the camera (a drag's glide, the wheel, the 3D view's keys, an eased move to a selection), the
// link gets the pose it came to rest at: a timer after a key's release caught an eased move halfway
runtime.camera.rested.add(scheduleUrl)

// Keys for the whole app. Escape closes only the topmost panel (see ui/escape.ts); a modal dialog
// closes itself on Escape and hands focus back, so it is left to the browser.
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url'])
window.addEventListener('keydown', (e) => {
  const t = e.target
  const text = t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && TEXT_INPUTS.has(t.type))
  // Escape in a field clears it first (the browser does that); in an empty one it closes panels as anywhere else
  const typing = text && !(e.key === 'Escape' && (t as HTMLInputElement).value === '')
  if (typing || e.metaKey || e.ctrlKey || e.altKey || e.defaultPrevented) return
  if (e.key === 'h' || e.key === 'H') facetStore.getState().requestView('home')
  if (e.key === 'Escape' && !document.querySelector('dialog[open]')) closeTopmost(facetStore, runtime.stretch.stop)
  if (e.key === 'l' || e.key === 'L') facetStore.getState().setLabels(!facetStore.getState().labels)
})

// Mounted as a transition, so React renders the app in slices of a few ms and the page stays responsive
// meanwhile (the first screen's copy in index.html is shown until it commits).
const root = document.getElementById('root')
const mount = (element: HTMLElement) => {
  const reactRoot = createRoot(element)
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <RootBoundary>
          <RuntimeProvider runtime={runtime}>
            <LangProvider>
              <App initial={initial} earlyRenderer={earlyRenderer} />
            </LangProvider>
          </RuntimeProvider>
        </RootBoundary>
      </StrictMode>,
    ),
  )
}
if (root) {
  if (lang === 'en') mount(root)
  else void langReady?.then(() => mount(root))
}
