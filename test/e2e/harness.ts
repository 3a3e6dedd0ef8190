import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { launchChromium, serveBuilt } from '../../scripts/browser'

/**
 * Records every Content-Security-Policy violation in a context: the page's own
 * `securitypolicyviolation` events (listened for before any page script runs) and Chromium's
 * "Refused to …" console errors, which also cover what the event does not reach.
 */
async function watchPolicy(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeBinding('__facetPolicyViolation', (_source, text: string) => {
    violations.push(text)
  })
  await context.addInitScript(() => {
    const report = (window as unknown as { __facetPolicyViolation: (text: string) => void }).__facetPolicyViolation
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`),
      true,
    )
  })
  context.on('console', (message) => {
    const text = message.text()
    if (message.type() === 'error' && /Refused to|Content Security Policy/.test(text)) violations.push(text)
  })
}

/**
 * How the pages of a test file move the camera: `'reduce'` (the default) as for a reader who asked their
 * system for less motion, where a selection, a preset view or an opened joint is reached at once; or
 * `'no-preference'`, the eased flights most readers see. What is selected, drawn, opened and measured is the
 * same either way (scene/reducedMotion.ts changes only how the camera gets there); the flights cost a
 * software GPU about 2 s of frames each, most files do not watch them, and the files that check the
 * explorer's and the close-up's own behaviour (app, cavitation) keep them.
 */
export type Motion = 'reduce' | 'no-preference'

/**
 * Whether pages of a test file may install Facet's service worker. Its install copies every file of the build
 * into the browser's cache and compiles the scripts for it: about a second of a core on this machine for each
 * new context (each first visit), which most files' 100-odd fresh contexts paid for nothing. `'allow'` in the
 * files that check what the worker does or may affect: offline use, faults, the downloads of each language, the
 * page at rest, accessibility of every state and the explorer itself; `'block'` (the default) elsewhere. A
 * test that asks for a context of its own with `serviceWorkers` keeps its choice.
 */
export type ServiceWorkers = 'allow' | 'block'

/** The browser as tests see it: every page and context it opens records policy violations and has `motion`. */
function watchedBrowser(
  browser: Browser,
  violations: string[],
  motion: Motion,
  serviceWorkers: ServiceWorkers,
): Browser {
  return new Proxy(browser, {
    get(target, property) {
      if (property === 'newContext') {
        return async (options: Parameters<Browser['newContext']>[0] = {}) => {
          const context = await target.newContext({ reducedMotion: motion, serviceWorkers, ...options })
          await watchPolicy(context, violations)
          return context
        }
      }
      if (property === 'newPage') {
        return async (options: Parameters<Browser['newPage']>[0] = {}) => {
          // the page is still blank here: the watch applies from its first navigation on
          const page = await target.newPage({ reducedMotion: motion, serviceWorkers, ...options })
          await watchPolicy(page.context(), violations)
          return page
        }
      }
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

/**
 * One Chromium and one local server of the built app per test file, closed afterwards. Every test
 * fails if any page it opened through `browser()` broke the Content-Security-Policy. Pages move the camera
 * as `motion` says (see `Motion`), unless a test asks for a `reducedMotion` of its own, and install the
 * service worker as `serviceWorkers` says (see `ServiceWorkers`).
 */
export function browserHarness({
  motion = 'reduce',
  serviceWorkers = 'block',
}: {
  motion?: Motion
  serviceWorkers?: ServiceWorkers
} = {}): {
  browser: () => Browser
  url: () => string
} {
  let browser: Browser | undefined
  let server: { url: string; close: () => Promise<void> } | undefined
  const violations: string[] = []
  beforeAll(async () => {
    server = await serveBuilt()
    browser = watchedBrowser(await launchChromium(), violations, motion, serviceWorkers)
  })
  afterEach(() => {
    const seen = violations.splice(0)
    expect(seen, 'Content-Security-Policy violations').toEqual([])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  return {
    browser: () => {
      if (!browser) throw new Error('browser not started')
      return browser
    },
    url: () => server?.url ?? '',
  }
}
