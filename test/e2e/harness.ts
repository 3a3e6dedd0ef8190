import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium, serveBuilt } from '../../scripts/browser'

/** One Chromium and one local server of the built app per test file, closed afterwards. */
export function browserHarness(): { browser: () => Browser; url: () => string } {
  let browser: Browser | undefined
  let server: { url: string; close: () => Promise<void> } | undefined
  beforeAll(async () => {
    server = await serveBuilt()
    browser = await launchChromium()
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
