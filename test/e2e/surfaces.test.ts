import { describe, expect, it } from 'vitest'
import { browserHarness } from './harness'
import { openFacet, viewSettled } from './waits'

const harness = browserHarness()

const renderInfo = (page: Awaited<ReturnType<typeof openFacet>>) =>
  page.evaluate(() => window.facetDebug?.renderInfo() ?? null)

describe('bones are continuous surfaces, up close and in the overview', () => {
  it('reads the overview’s surfaces from the build, builds the bones shown up close, and reads those back on the next visit', async () => {
    // a context of its own: an empty store for the surfaces (IndexedDB), as on a first visit
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    const first = await openFacet(context, `${harness.url()}?s=L4&labels=0`)
    await expect
      .poll(async () => (await renderInfo(first))?.surfaces?.built ?? 0, { timeout: 60_000 })
      .toBeGreaterThanOrEqual(3)
    await viewSettled(first)
    const built = (await renderInfo(first))?.surfaces
    // L4 and its neighbours up close made by the worker; all 26 bones' overview surfaces from the build's file
    expect(built?.built).toBeGreaterThanOrEqual(3)
    expect(built?.built).toBeLessThan(26)
    expect(built?.packed).toBe(26)
    expect(built?.kept).toBe(0)
    expect((await renderInfo(first))?.overviewRefined).toBe(true)
    // the sacroiliac joints and ilia, shown at start, from the build's file too
    await expect
      .poll(async () => (await renderInfo(first))?.neural, { timeout: 30_000 })
      .toEqual({
        packed: 4,
        kept: 0,
        built: 0,
      })
    // the selected bone's file to print is now that one surface
    const bytes = await first.evaluate(() => new Uint8Array(window.facet!.exportSTL('L4') ?? new ArrayBuffer(0)).length)
    expect(bytes).toBeGreaterThan(84 + 50 * 20_000)
    expect(first.errors).toEqual([])
    await first.close()

    const again = await openFacet(context, `${harness.url()}?s=L4&labels=0`)
    // the same close-up bones arrive again, every one from the store and none built
    await expect.poll(async () => (await renderInfo(again))?.surfaces?.kept, { timeout: 30_000 }).toBe(built?.built)
    await viewSettled(again)
    expect((await renderInfo(again))?.surfaces?.built).toBe(0)
    expect(again.errors).toEqual([])
    await context.close()
  })

  it('builds the overview’s surfaces and the sacroiliac joints and ilia itself when the build’s files arrive damaged', async () => {
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    let served = 0
    await context.route(/(overview|neural)-surfaces-[\w-]+\.bin$/, (route) => {
      served++
      // the right length of nonsense: what a proxy that mangles binary files would deliver
      return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.alloc(400_000, 7) })
    })
    const page = await openFacet(context, `${harness.url()}?labels=0`)
    await viewSettled(page)
    const info = await renderInfo(page)
    await expect
      .poll(async () => (await renderInfo(page))?.neural, { timeout: 30_000 })
      .toEqual({
        packed: 0,
        kept: 0,
        built: 4,
      })
    expect(served).toBe(2)
    expect(info?.surfaces).toEqual({ built: 26, kept: 0, packed: 0 })
    expect(info?.overviewRefined).toBe(true)
    expect(page.errors).toEqual([])
    await context.close()
  })
})
