import { readdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { Page } from 'playwright-core'
import { preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserHarness } from './harness'

const harness = browserHarness()

/** Bodies the server sent (status 200), per path: what the first visit downloaded. */
const downloads = new Map<string, number>()
let server: { url: string; close: () => Promise<void> } | undefined

// The built app as `vite preview` serves it (`Vary: Origin`, `Cache-Control: no-cache`), with a
// counter in front that sees every request the browser makes, the service worker's included.
beforeAll(async () => {
  const counted = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir: 'dist' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'count-downloads',
        configurePreviewServer(s) {
          s.middlewares.use((req, res, next) => {
            const path = new URL(req.url ?? '/', 'http://x').pathname
            res.on('finish', () => {
              if (res.statusCode === 200) downloads.set(path, (downloads.get(path) ?? 0) + 1)
            })
            next()
          })
        },
      },
    ],
  })
  const address = counted.httpServer.address() as AddressInfo
  server = { url: `http://127.0.0.1:${address.port}/`, close: () => counted.close() }
})
afterAll(async () => {
  await server?.close()
})

const state = (page: Page) => page.evaluate(() => window.facet!.getState())

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => window.facet !== undefined, undefined, { timeout: 60_000 })
  await page.evaluate(() => window.facet?.ready)
}

describe('Facet offline, as served by vite preview', () => {
  it('downloads each file once, then opens and works without a network', async () => {
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    const errors: string[] = []
    const page = await context.newPage()
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(`${server!.url}?labels=0`)
    await ready(page)

    // the saved copy is complete and a service worker controls this page
    await expect.poll(() => page.evaluate(() => window.facetOffline?.saved), { timeout: 60_000 }).toBe(true)
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    const saved = await page.evaluate(() => window.caches.keys())
    expect(saved.filter((key) => key.startsWith('facet-'))).toHaveLength(1)

    // every hashed file was sent at most once, lazy chunks and the overview worker included, even
    // though the service worker saved them all
    const assets = readdirSync('dist/assets').map((name) => `/assets/${name}`)
    expect(assets.some((path) => path.includes('overview.worker'))).toBe(true)
    for (const path of assets) expect({ path, downloads: downloads.get(path) ?? 0 }).toEqual({ path, downloads: 1 })

    await context.setOffline(true)
    await page.reload()
    await ready(page)
    expect(await page.locator('canvas').count()).toBe(1)

    // the spine: select a vertebra, the panel names it
    expect(await page.evaluate(() => window.facet!.select('L3'))).toBe(true)
    await expect.poll(() => page.textContent('[data-testid=selection-name]')).toBe('Third lumbar vertebra (L3)')

    // a crack (its close-up is loaded on demand)
    expect(await page.evaluate(() => window.facet!.playCavitation('facet:L3-L4:left'))).toBe(true)
    await expect.poll(async () => (await state(page)).cavitation.phase, { timeout: 30_000 }).toBe('residual')

    // a stretch shown on the spine
    expect(await page.evaluate(() => window.facet!.playStretch('knee-rolls'))).toBe(true)
    await expect.poll(async () => (await state(page)).stretch.progress, { timeout: 30_000 }).toBeGreaterThan(0)

    // the handout of that stretch card
    await page.locator('.stretch-card button:text-is("Print handout")').waitFor()
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.handout').isVisible()).toBe(true)
    expect(await page.locator('.handout').textContent()).toContain('Get help now')
    await page.emulateMedia({ media: 'screen' })

    // Why backs crack
    await page.click('button:text-is("Why backs crack")')
    const learn = page.locator('dialog.learn').first()
    await learn.waitFor()
    expect(await learn.textContent()).toContain('carbon dioxide')
    await learn.locator('button[aria-label="Close"]').click()

    // Warning signs
    await page.click('header.topbar button:has-text("Warning signs")')
    const flags = page.locator('dialog.red-flags')
    await flags.waitFor()
    expect(await flags.textContent()).toContain('emergency')
    await flags.locator('button:text-is("Close")').click()

    // Test yourself
    await page.click('button:text-is("Test yourself")')
    await expect.poll(async () => (await state(page)).quiz?.prompt ?? null, { timeout: 30_000 }).not.toBeNull()

    expect(errors).toEqual([])
    await context.close()
  })
})
