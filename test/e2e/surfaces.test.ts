import { describe, expect, it } from 'vitest'
import { browserHarness } from './harness'
import { openFacet, viewSettled } from './waits'

const harness = browserHarness()

const renderInfo = (page: Awaited<ReturnType<typeof openFacet>>) =>
  page.evaluate(() => window.facetDebug?.renderInfo() ?? null)

describe('bones are continuous surfaces, up close and in the overview', () => {
  it('reads the overview’s surfaces and the bones shown up close from the build, and the selection prints from its own', async () => {
    // a context of its own: an empty store for the surfaces (IndexedDB), as on a first visit
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    const first = await openFacet(context, `${harness.url()}?s=L4&labels=0`)
    // all 26 bones' overview surfaces from the build's file, and L4 and its neighbours up close from theirs
    await expect
      .poll(async () => (await renderInfo(first))?.surfaces?.packed ?? 0, { timeout: 60_000 })
      .toBeGreaterThanOrEqual(26 + 3)
    await viewSettled(first)
    const read = (await renderInfo(first))?.surfaces
    expect(read?.packed).toBeLessThan(26 + 26)
    expect(read?.built).toBe(0)
    expect(read?.kept).toBe(0)
    expect((await renderInfo(first))?.overviewRefined).toBe(true)
    // the joints and bones of the neural family shown at start (the pivot of C1 and C2, the skull's base, the
    // sacroiliac joints, the ilia), from the build's file too
    await expect
      .poll(async () => (await renderInfo(first))?.neural, { timeout: 30_000 })
      .toEqual({
        packed: 6,
        kept: 0,
        built: 0,
      })
    // the selected bone's file to print is now that one surface
    const bytes = await first.evaluate(() => new Uint8Array(window.facet!.exportSTL('L4') ?? new ArrayBuffer(0)).length)
    expect(bytes).toBeGreaterThan(84 + 50 * 20_000)
    expect(first.errors).toEqual([])
    await context.close()
  })

  it('builds every surface itself when the build’s files arrive damaged, and reads them all back on the next visit', async () => {
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    let served = 0
    await context.route(/(overview-surfaces|neural-surfaces|close-up-surface-[\w]+)-[\w-]+\.bin$/, (route) => {
      served++
      // the right length of nonsense: what a proxy that mangles binary files would deliver
      return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.alloc(400_000, 7) })
    })
    const page = await openFacet(context, `${harness.url()}?s=L4&labels=0`)
    await viewSettled(page)
    const info = await renderInfo(page)
    await expect
      .poll(async () => (await renderInfo(page))?.neural, { timeout: 30_000 })
      .toEqual({
        packed: 0,
        kept: 0,
        built: 6,
      })
    // the overview's and the neural layer's files, and one for each bone shown up close (L4 and its neighbours)
    const closeUp = (info?.surfaces?.built ?? 0) - 26
    expect(closeUp).toBeGreaterThanOrEqual(3)
    expect(served).toBe(2 + closeUp)
    expect(info?.surfaces).toEqual({ built: 26 + closeUp, kept: 0, packed: 0 })
    expect(info?.overviewRefined).toBe(true)
    expect(page.errors).toEqual([])
    await page.close()

    // what was built was kept in this browser: the next visit reads every surface back and builds none
    const again = await openFacet(context, `${harness.url()}?s=L4&labels=0`)
    await expect.poll(async () => (await renderInfo(again))?.surfaces?.kept, { timeout: 30_000 }).toBe(26 + closeUp)
    await viewSettled(again)
    expect((await renderInfo(again))?.surfaces?.built).toBe(0)
    expect(again.errors).toEqual([])
    await context.close()
  })
})
