import { describe, expect, it } from 'vitest'
import { browserHarness } from './harness'
import { openFacet, viewSettled } from './waits'

const harness = browserHarness()

const surfaces = (page: Awaited<ReturnType<typeof openFacet>>) =>
  page.evaluate(() => window.facetDebug?.renderInfo().surfaces ?? null)

describe('bones are continuous surfaces, up close and in the overview', () => {
  it('builds the bones shown up close in the worker, and reads them back on the next visit', async () => {
    // a context of its own: an empty store for the surfaces (IndexedDB), as on a first visit
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    const first = await openFacet(context, `${harness.url()}?s=L4&labels=0`)
    await expect.poll(async () => (await surfaces(first))?.built ?? 0, { timeout: 60_000 }).toBeGreaterThanOrEqual(3)
    await viewSettled(first)
    const built = await surfaces(first)
    // L4 and its neighbours up close, and every bone's overview surface, made by the worker, none from the store
    expect(built?.built).toBeGreaterThanOrEqual(3)
    expect(built?.kept).toBe(0)
    // the selected bone's file to print is now that one surface
    const bytes = await first.evaluate(() => new Uint8Array(window.facet!.exportSTL('L4') ?? new ArrayBuffer(0)).length)
    expect(bytes).toBeGreaterThan(84 + 50 * 20_000)
    expect(first.errors).toEqual([])
    await first.close()

    const again = await openFacet(context, `${harness.url()}?s=L4&labels=0`)
    // the same bones arrive again, every one from the store and none built
    await expect.poll(async () => (await surfaces(again))?.kept, { timeout: 30_000 }).toBe(built?.built)
    await viewSettled(again)
    expect((await surfaces(again))?.built).toBe(0)
    expect(again.errors).toEqual([])
    await context.close()
  })
})
