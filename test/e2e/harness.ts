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

/** The browser as tests see it: every page and context it opens records policy violations. */
function watchedBrowser(browser: Browser, violations: string[]): Browser {
  return new Proxy(browser, {
    get(target, property) {
      if (property === 'newContext') {
        return async (...args: Parameters<Browser['newContext']>) => {
          const context = await target.newContext(...args)
          await watchPolicy(context, violations)
          return context
        }
      }
      if (property === 'newPage') {
        return async (...args: Parameters<Browser['newPage']>) => {
          // the page is still blank here: the watch applies from its first navigation on
          const page = await target.newPage(...args)
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
 * fails if any page it opened through `browser()` broke the Content-Security-Policy.
 */
export function browserHarness(): { browser: () => Browser; url: () => string } {
  let browser: Browser | undefined
  let server: { url: string; close: () => Promise<void> } | undefined
  const violations: string[] = []
  beforeAll(async () => {
    server = await serveBuilt()
    browser = watchedBrowser(await launchChromium(), violations)
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
