import { readdirSync } from 'node:fs'
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from 'playwright-core'
import { preview } from 'vite'
import { describe, expect, it, onTestFinished } from 'vitest'
import { FETCHED_WHEN_ASKED } from '../../scripts/offlinePlugin'
import { browserHarness } from './harness'

const harness = browserHarness({ serviceWorkers: 'allow' })

/** Every response the server sent, by path: its status codes in order. */
type Served = Map<string, number[]>

/**
 * The built app as `vite preview` serves it (`Vary: Origin`, `Cache-Control: no-cache`), with a
 * counter in front that sees every request the browser makes, the service worker's included. With
 * `longCache`, files under /assets/ are sent as the README asks hosts to send them instead
 * (`Cache-Control: public, max-age=31536000, immutable`, no `Vary`).
 */
async function countingServer(longCache: boolean): Promise<{ url: string; served: Served }> {
  const served: Served = new Map()
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir: 'dist' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'count-requests',
        configurePreviewServer(s) {
          s.middlewares.use((req, res, next) => {
            const path = new URL(req.url ?? '/', 'http://x').pathname
            if (longCache && path.startsWith('/assets/')) {
              // vite's static server writes its own Cache-Control at writeHead: replace it there
              const writeHead = res.writeHead.bind(res) as (
                code: number,
                headers?: OutgoingHttpHeaders,
              ) => ServerResponse
              res.writeHead = ((code: number, headers?: OutgoingHttpHeaders) => {
                if (headers) delete headers['Cache-Control']
                res.removeHeader('Vary')
                res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
                return writeHead(code, headers)
              }) as typeof res.writeHead
            }
            res.on('finish', () => served.set(path, [...(served.get(path) ?? []), res.statusCode]))
            next()
          })
        },
      },
    ],
  })
  onTestFinished(() => server.close())
  const address = server.httpServer.address() as AddressInfo
  return { url: `http://127.0.0.1:${address.port}/`, served }
}

/** Every file vite wrote under dist/assets, as the server's paths; the overview worker among them. */
/** The addresses of the files the service worker does not save. */
const FETCHED_WHEN_ASKED_URL = (url: URL) => FETCHED_WHEN_ASKED.test(url.pathname.replace(/^\//, ''))

/** Every file of the build the service worker saves (all but the bones' close-up surfaces, fetched when asked). */
function builtAssets(): string[] {
  const assets = readdirSync('dist/assets')
    .filter((name) => !FETCHED_WHEN_ASKED.test(`assets/${name}`))
    .map((name) => `/assets/${name}`)
  expect(assets.some((path) => path.includes('overview.worker'))).toBe(true)
  return assets
}

const state = (page: Page) => page.evaluate(() => window.facet!.getState())

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => window.facet !== undefined, undefined, { timeout: 60_000 })
  await page.evaluate(() => window.facet?.ready)
}

/** Opens the app once and waits until a service worker with a complete copy controls the page. */
async function firstVisit(url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
  onTestFinished(() => context.close())
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.goto(`${url}?labels=0`)
  await ready(page)
  await expect.poll(() => page.evaluate(() => window.facetOffline?.saved), { timeout: 60_000 }).toBe(true)
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  const saved = await page.evaluate(() => window.caches.keys())
  expect(saved.filter((key) => key.startsWith('facet-'))).toHaveLength(1)
  return { page, errors }
}

describe('Facet offline, as served by vite preview', () => {
  it('downloads each file once, then opens and works without a network', async () => {
    const server = await countingServer(false)
    const { page, errors } = await firstVisit(server.url)

    // every file was sent once, lazy chunks and the overview worker included, though the worker saved
    // them all; vite preview's `Vary: Origin` makes the worker's copy a revalidation (304, no body)
    for (const path of builtAssets()) {
      const bodies = (server.served.get(path) ?? []).filter((status) => status === 200).length
      expect({ path, bodies }).toEqual({ path, bodies: 1 })
    }

    await page.context().setOffline(true)
    // the emulated offline does not reach the page's workers: the close-up surfaces' files, never saved,
    // fail as they would with no network
    await page.context().route(FETCHED_WHEN_ASKED_URL, (route) => route.abort('internetdisconnected'))
    await page.reload()
    await ready(page)
    expect(await page.locator('canvas').count()).toBe(1)

    // the spine: select a vertebra, the panel names it
    expect(await page.evaluate(() => window.facet!.select('L3'))).toBe(true)
    await expect.poll(() => page.textContent('[data-testid=selection-name]')).toBe('Third lumbar vertebra (L3)')
    // its close-up surface, whose file was never saved and cannot be fetched, is built here instead
    await expect
      .poll(() => page.evaluate(() => window.facetDebug?.renderInfo().surfaces?.built ?? 0), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(1)

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
    expect(await page.locator('.handout').textContent()).toContain('Call 911, 112 or 999 now')
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
  })

  it('opens the saved app when the network answers the page with a server error, or not at all', async () => {
    // a trust review (s37): a proxy's 503 page was shown in place of the saved app, and a connection that
    // carried nothing kept the page blank for good
    const server = await countingServer(false)
    const { page, errors } = await firstVisit(server.url)
    let answer: 'error' | 'never' = 'error'
    await page.context().route(
      (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
      (route) =>
        answer === 'error'
          ? route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>503 Service Unavailable</h1>' })
          : new Promise<void>(() => {}),
    )
    for (const how of ['error', 'never'] as const) {
      answer = how
      await page.goto(`${server.url}?s=T6&labels=0`, { timeout: 30_000 })
      await ready(page)
      expect((await state(page)).selection, how).toBe('T6')
      expect(await page.textContent('body'), how).not.toContain('503 Service Unavailable')
    }
    expect(errors).toEqual([])
  })

  it('asks for each file only once from a host that sends long-cache headers', async () => {
    const server = await countingServer(true)
    await firstVisit(server.url)
    for (const path of builtAssets()) {
      expect({ path, requests: server.served.get(path) ?? [] }).toEqual({ path, requests: [200] })
    }
  })
})
