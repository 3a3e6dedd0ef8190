import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'

/** Waits for `window.facet`, then for the first spine frame. */
export async function waitForFacet(page: Page): Promise<void> {
  await page.waitForFunction(() => window.facet !== undefined)
  await page.evaluate(() => window.facet?.ready)
}

/** Waits until the camera has come to rest (an eased move or a preset view has finished). */
export const cameraAtRest = (page: Page) =>
  page.waitForFunction(() => window.facet!.getState().camera.atRest, undefined, { timeout: 30_000 })

/**
 * Waits until the view is settled: the camera at rest and every bone shown up close refined to its
 * continuous surface (the worker's surfaces arrive after the camera stops, and each one draws a frame).
 */
export async function viewSettled(page: Page): Promise<void> {
  await cameraAtRest(page)
  // a selection's close-up meshes, which ask for the surfaces, are in place (the batch leaves them out)
  await page.waitForFunction(
    () => window.facet!.getState().selection === null || (window.facetDebug?.batchSkipped?.() ?? 0) > 0,
    undefined,
    { timeout: 30_000 },
  )
  await page.waitForFunction(() => window.facet!.getState().refining === 0, undefined, { timeout: 60_000 })
}

/**
 * A point where a click lands on the structure, once there is one: the picking meshes arrive after the
 * first frame and the camera may still be easing.
 */
export async function clickablePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  await cameraAtRest(page)
  let point: { x: number; y: number } | null = null
  await expect
    .poll(
      async () => {
        point = await page.evaluate((s) => window.facet!.screenPosition(s)?.clickable ?? null, id)
        return point
      },
      { timeout: 20_000 },
    )
    .not.toBeNull()
  return point as unknown as { x: number; y: number }
}

/** A page that records its uncaught errors, for tests that end by asserting there were none. */
export type TrackedPage = Page & { errors: string[] }

/**
 * Opens `url` in a new page of a browser (at `viewport`) or of a context, recording uncaught errors,
 * and waits until the spine is drawn.
 */
export async function openFacet(
  host: Browser | BrowserContext,
  url: string,
  viewport = { width: 1280, height: 720 },
): Promise<TrackedPage> {
  const page = ('contexts' in host ? await host.newPage({ viewport }) : await host.newPage()) as TrackedPage
  page.errors = []
  page.on('pageerror', (e) => page.errors.push(String(e.stack ?? e)))
  await page.goto(url)
  await waitForFacet(page)
  return page
}
