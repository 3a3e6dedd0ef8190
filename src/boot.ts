import { rememberWarningSignsTap } from './earlyWarningTap'
import { startOverviewWorker } from './geometry/overviewWorker'
import { visitIsSpanish } from './i18n/visitLang'
import { linkParam } from './linkNames'
import { posterFits, type SpinePoster, startSpinePoster } from './scene/spinePoster'

// The page's first script: a separate entry of a few hundred bytes that scripts/earlyEntryPlugin.ts
// puts at the top of index.html.
performance.mark('facet:boot')

// A link to the patient view opens on it: the first screen takes the patient view's layout (patient.css, in
// the page's styles, keys on this attribute) before its first paint, rather than the study layout the app
// would then rearrange (ui/patient/PatientViewToggle.tsx keeps the attribute from here on).
if (linkParam(location.search, location.hash, 'mode') === 'patient')
  document.documentElement.dataset.viewMode = 'patient'

// The static first screen in the visit's language (Spanish from ?lang=es, the language kept from an earlier
// visit or the browser's), before the app takes over. The Spanish words are a chunk of their own
// (bootEs.ts with i18n/es/shell.ts), fetched only for a Spanish visit: an English one does not download them.
if (
  visitIsSpanish(location.search, () => localStorage.getItem('facet.lang'), navigator.languages ?? [], location.hash)
) {
  // built: the entry's URL, on this script's element (scripts/earlyEntryPlugin.ts); in dev, the module itself
  const side = document.querySelector<HTMLScriptElement>('script[data-facet-side]')?.dataset.facetSide
  const script = document.createElement('script')
  script.type = 'module'
  script.crossOrigin = 'anonymous'
  script.src = side ? new URL(side, document.baseURI).href : '/src/bootEs.ts'
  document.head.append(script)
}

// Warning signs works before the app does: a tap on it is remembered, and the app opens the signs when it starts
const earlyWarning = document.querySelector<HTMLElement>('.topbar .red-flags-button')
if (earlyWarning) rememberWarningSignsTap(earlyWarning)

// The worker that generates the spine runs while the main bundle (React, three, the app) is still
// downloading and being compiled, instead of after it. A failure is the app's to handle: its own call
// gets the same rejected promise and generates the spine on the main thread instead.
const overview = startOverviewWorker()
overview.catch(() => undefined)

/**
 * Runs `then` once the browser has painted a frame: a frame callback runs just before the paint, a task
 * queued from it just after. At once in a background tab, which paints nothing.
 */
function afterNextPaint(then: () => void): void {
  if (document.visibilityState === 'hidden') then()
  else requestAnimationFrame(() => setTimeout(then, 0))
}

// The main bundle is fetched and run once the static first screen is on screen, and where there is a poster
// of the spine, once that is on screen too: evaluating it holds the main thread for a while, and nothing
// would be painted until it was done (a poster drawn meanwhile included); and its download would compete
// with the page's own and with the worker's. scripts/earlyEntryPlugin.ts puts its URL, and those of the
// chunks it imports, on this script's element. It runs from a script element as if the page had written
// one, so its errors are reported the same way.
const entry = document.querySelector<HTMLScriptElement>('script[data-facet-entry]')
/** The longest the main bundle waits for the poster (ms from here): a worker that never answers must not stop the app. */
const POSTER_WAIT_MS = 1500

afterNextPaint(() => {
  const url = (href: string) => new URL(href, document.baseURI).href
  let started = false
  const startApp = () => {
    if (started || !entry) return
    started = true
    // the bundle and the chunks it imports, fetched together (not one after the other as the browser would
    // find them); only now, so the spine's first frame does not share the network with them
    for (const href of [entry.dataset.facetEntry ?? '', ...(entry.dataset.facetEntryImports ?? '').split(' ')]) {
      if (!href) continue
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = 'anonymous'
      link.href = url(href)
      document.head.append(link)
    }
    const script = document.createElement('script')
    script.type = 'module'
    script.crossOrigin = 'anonymous'
    script.src = url(entry.dataset.facetEntry ?? '')
    // the app's script, or a chunk it imports, could not be fetched: the first screen says so at once, with a
    // link to reload (shell.css), instead of "Drawing the spine…" for ever (a trust review, s37)
    script.addEventListener('error', () => {
      document.documentElement.dataset.bootFailed = ''
    })
    document.head.append(script)
  }
  // The spine's first frame, drawn here from the worker's overview as soon as it arrives (see
  // scene/spinePoster.ts), on the context the app's renderer then takes over; only for a link that opens
  // the home view. Its context is made now, after the first screen's paint, so that paint does not wait.
  const stage = document.querySelector<HTMLElement>('.stage')
  const poster: SpinePoster | null =
    stage && posterFits(window.location.search, window.location.hash) ? startSpinePoster(stage) : null
  if (!poster) {
    startApp()
    return
  }
  overview
    .then(
      (arrays) => poster.draw(arrays.batch),
      () => poster.giveUp(),
    )
    .finally(() => afterNextPaint(startApp))
  setTimeout(startApp, POSTER_WAIT_MS)
})
