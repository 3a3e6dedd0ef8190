import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserHarness } from './harness'
import { cameraAtRest, openFacet, viewSettled } from './waits'

const harness = browserHarness()

/** Lets the browser run `count` animation frames: time passes by frames, not by a fixed sleep. */
const animationFrames = (page: Page, count: number) =>
  page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n
        const next = () => (--left <= 0 ? resolve() : requestAnimationFrame(next))
        requestAnimationFrame(next)
      }),
    count,
  )

const drawn = (page: Page) =>
  page.evaluate(() => ({
    spine: window.facetDebug?.framesDrawn?.() ?? -1,
    closeUp: window.facetDebug?.closeUpFramesDrawn?.() ?? null,
  }))

/** After a few frames to settle, 90 more animation frames pass without either view drawing. */
async function expectNothingDrawn(page: Page): Promise<void> {
  await animationFrames(page, 10)
  const before = await drawn(page)
  await animationFrames(page, 90)
  expect(await drawn(page)).toEqual(before)
}

describe('a page at rest draws nothing', () => {
  it('draws no frame with a facet joint selected once the camera has come to rest', async () => {
    const page = await openFacet(harness.browser(), `${harness.url()}?s=facet:L4-L5:left&labels=0`)
    await viewSettled(page)
    // nothing is built or drawn out of sight for the joint: no close-up until it is asked for
    expect(await page.evaluate(() => window.facetDebug?.closeUpFramesDrawn)).toBeUndefined()
    await expectNothingDrawn(page)
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('stops drawing the close-up and the spine once the crack has played', async () => {
    const page = await openFacet(harness.browser(), `${harness.url()}?s=facet:L4-L5:left&labels=0`)
    await cameraAtRest(page)
    expect(await page.evaluate(() => window.facet!.playCavitation('facet:L4-L5:left'))).toBe(true)
    // drawing while it plays, in the spine's own view (the 3D view has one canvas)
    await expect.poll(() => page.evaluate(() => window.facet!.getState().cavitation.phase)).toBe('residual')
    await expect.poll(() => page.evaluate(() => window.facet!.getState().cavitation.playing)).toBe(false)
    await viewSettled(page)
    const playing = await drawn(page)
    expect(playing.closeUp).toBeGreaterThan(5)
    expect(await page.locator('.stage canvas').count()).toBe(1)
    await expectNothingDrawn(page)
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('runs frames while a stretch plays and none after it ends', async () => {
    const page = await openFacet(harness.browser(), `${harness.url()}?s=L4&labels=0`)
    await viewSettled(page)
    const start = await drawn(page)
    expect(await page.evaluate(() => window.facet!.playStretch('knee-rolls'))).toBe(true)
    await expect
      .poll(() => page.evaluate(() => window.facet!.getState().stretch.playing), { timeout: 30_000 })
      .toBe(false)
    const ended = await drawn(page)
    expect(ended.spine - start.spine).toBeGreaterThan(20)
    await animationFrames(page, 10)
    const before = await drawn(page)
    await animationFrames(page, 90)
    expect((await drawn(page)).spine).toBe(before.spine)
    await page.close()
  })
})
