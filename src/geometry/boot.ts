import { startOverviewWorker } from './overviewWorker'

// The page's first script: a separate entry of a few hundred bytes that scripts/earlyEntryPlugin.ts
// puts at the top of index.html.
performance.mark('facet:boot')

// The worker that generates the spine runs while the main bundle (React, three, the app) is still
// downloading and being compiled, instead of after it. A failure is the app's to handle: its own call
// gets the same rejected promise and generates the spine on the main thread instead.
startOverviewWorker().catch(() => undefined)

/**
 * Runs `then` once the browser has painted a frame: a frame callback runs just before the paint, a task
 * queued from it just after. At once in a background tab, which paints nothing.
 */
function afterNextPaint(then: () => void): void {
  if (document.visibilityState === 'hidden') then()
  else requestAnimationFrame(() => setTimeout(then, 0))
}

// The main bundle is fetched and run only once the static first screen is on screen: evaluating it holds
// the main thread for a while, and nothing would be painted until it was done (and on a slow link, its
// download would compete with the page's own). scripts/earlyEntryPlugin.ts puts its URL, and those of the
// chunks it imports, on this script's element. It runs from a script element as if the page had written
// one, so its errors are reported the same way.
const entry = document.querySelector<HTMLScriptElement>('script[data-facet-entry]')
if (entry)
  afterNextPaint(() => {
    const url = (href: string) => new URL(href, document.baseURI).href
    for (const href of (entry.dataset.facetEntryImports ?? '').split(' ').filter(Boolean)) {
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
    document.head.append(script)
  })
