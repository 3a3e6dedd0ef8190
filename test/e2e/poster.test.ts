import { describe, expect, it } from 'vitest'
import { browserHarness } from './harness'
import { litFraction } from './pixels'
import { waitForFacet } from './waits'

const harness = browserHarness()

// The spine's first frame is a poster the page's first script draws (scene/spinePoster.ts) on the context
// the app's renderer then takes over.
describe("the spine's poster", () => {
  it('shows the spine before the app has run, and the first screen stops animating under it', async () => {
    // motion as most readers have it: the first screen's progress line moves
    const page = await harness
      .browser()
      .newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'no-preference' })
    // the app's bundle never comes: whatever shows the spine is the poster
    await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort())
    await page.goto(harness.url())
    await page.waitForFunction(() => performance.getEntriesByName('facet:first-spine-frame').length > 0)
    expect(await page.evaluate(() => window.facet)).toBeUndefined()
    const stage = await page.locator('.stage').boundingBox()
    if (!stage) throw new Error('no 3D view')
    const shot = await page.screenshot({ clip: stage })
    // the spine covers a few percent of the view at home (the empty view: none)
    expect(litFraction(shot)).toBeGreaterThan(0.02)
    // the progress line under the poster is gone, and with it the frames its animation cost a software GPU
    expect(
      await page.evaluate(() => ({
        progressShown: [...document.querySelectorAll('.stage-progress')].some(
          (p) => getComputedStyle(p).display !== 'none',
        ),
        animations: document.getAnimations().length,
      })),
    ).toEqual({ progressShown: false, animations: 0 })
    await page.close()
  })

  it('is replaced by the app’s own frame on the same canvas and context', async () => {
    const page = await harness.browser().newPage({ viewport: { width: 820, height: 1180 } })
    await page.addInitScript(() => {
      const seen = new WeakSet<HTMLCanvasElement>()
      const w = window as unknown as { __contexts: number }
      w.__contexts = 0
      const get = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
        const context = (get as (...a: unknown[]) => unknown).apply(this, args)
        if (context && /webgl/.test(String(args[0])) && !seen.has(this)) {
          seen.add(this)
          w.__contexts++
        }
        return context
      } as typeof get
    })
    await page.goto(harness.url())
    await waitForFacet(page)
    await page.waitForFunction(() => performance.getEntriesByName('facet:app-spine-frame').length > 0)
    const marks = await page.evaluate(() => ({
      poster: performance.getEntriesByName('facet:poster-drawn')[0]?.startTime ?? -1,
      first: performance.getEntriesByName('facet:first-spine-frame')[0]?.startTime ?? -1,
      app: performance.getEntriesByName('facet:app-spine-frame')[0]?.startTime ?? -1,
      canvases: document.querySelectorAll('canvas').length,
      inStage: document.querySelector('.stage canvas') !== null,
      posterLeft: document.querySelector('canvas[data-spine-poster]') !== null,
      contexts: (window as unknown as { __contexts: number }).__contexts,
    }))
    expect(marks.poster).toBeGreaterThan(0)
    expect(marks.first).toBeLessThanOrEqual(marks.app)
    expect(marks).toMatchObject({ canvases: 1, inStage: true, posterLeft: false, contexts: 1 })
    const view = await page.locator('.stage canvas').boundingBox()
    if (!view) throw new Error('no 3D view')
    expect(litFraction(await page.screenshot({ clip: view }))).toBeGreaterThan(0.02)
    await page.close()
  })

  it('is not drawn for a link that opens another view', async () => {
    const page = await harness.browser().newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${harness.url()}?s=L3`)
    await waitForFacet(page)
    await page.waitForFunction(() => performance.getEntriesByName('facet:app-spine-frame').length > 0)
    const marks = await page.evaluate(() => ({
      poster: performance.getEntriesByName('facet:poster-drawn').length,
      first: performance.getEntriesByName('facet:first-spine-frame')[0]?.startTime,
      app: performance.getEntriesByName('facet:app-spine-frame')[0]?.startTime,
    }))
    expect(marks.poster).toBe(0)
    expect(marks.first).toBe(marks.app)
    await page.close()
  })
})
