import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { browserHarness } from './harness'
import { waitForFacet } from './waits'

const harness = browserHarness()

/** The app's regions, whose boxes must not move when the app replaces the static first screen. */
const REGIONS = ['.topbar', '.tree', '.stage', '.info']

/**
 * Each region's box as far as it lies on the first screen (the viewport before any scroll), rounded to whole
 * pixels; "below" for a region wholly under it. What grows below the screen's edge (the panel's way in for a
 * first visit, arriving with the panel's code, on a phone where the list sits under the panel) moves nothing
 * the reader sees.
 */
const boxes = (page: Page) =>
  page.evaluate(
    (selectors) =>
      selectors.map((s) => {
        const r = document.querySelector(s)?.getBoundingClientRect()
        if (!r) return s
        const top = Math.max(0, r.top)
        const bottom = Math.min(window.innerHeight, r.bottom)
        if (bottom <= top) return { region: s, below: true }
        return {
          region: s,
          x: Math.round(r.x),
          y: Math.round(top),
          w: Math.round(r.width),
          h: Math.round(bottom - top),
        }
      }),
    REGIONS,
  )

/** An element's text as a reader sees it (what is shown of it), white space collapsed. */
const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().innerText()) ?? '').replace(/\s+/g, ' ').trim()

async function newContext(options: Parameters<ReturnType<typeof harness.browser>['newContext']>[0]) {
  const context = await harness.browser().newContext(options)
  onTestFinished(() => context.close())
  return context
}

/**
 * Holds back the main bundle (the big `index-….js`, not the small early entry) until `release` is
 * called: what the page shows meanwhile is what a phone shows while that bundle downloads. Returns the
 * paths the page asked for while it was held.
 */
async function holdMainBundle(context: BrowserContext): Promise<{ release: () => void; askedFor: string[] }> {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  const askedFor: string[] = []
  let held = true
  context.on('request', (request) => {
    if (held) askedFor.push(new URL(request.url()).pathname)
  })
  await context.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released
    await route.continue()
  })
  return {
    release: () => {
      held = false
      release()
    },
    askedFor,
  }
}

describe('the first screen, before the main bundle runs', () => {
  it('is painted from the page alone: with JavaScript off, the title, the list and a note that JavaScript is needed', async () => {
    const context = await newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await page.goto(harness.url())
    await expect.poll(() => text(page, 'h1')).toBe('Facet 3D spine explorer')
    expect(await page.locator('.topbar').isVisible()).toBe(true)
    expect(await page.locator('.shell-rows li').count()).toBeGreaterThan(3)
    // in the 3D view, on the first screen: not a "drawing" line that would never end
    const note = page.locator('.stage-noscript')
    // in English and in Spanish (the page cannot tell which the visitor reads without its script)
    expect(await page.locator('.stage-noscript span').allTextContents()).toEqual([
      'Facet needs JavaScript to draw the 3D spine.',
      'Facet necesita JavaScript para dibujar la columna en 3D.',
    ])
    expect(await page.getAttribute('.stage-noscript span:last-child', 'lang')).toBe('es')
    expect(await note.isVisible()).toBe(true)
    expect(await page.locator('.stage-progress').isVisible()).toBe(false)
    const box = await page.locator('.stage-noscript').boundingBox()
    expect(box && box.y + box.height).toBeLessThanOrEqual(720)
  })

  it('is laid out from the page alone: its styles need no request of their own', async () => {
    const context = await newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } })
    const asked: string[] = []
    await context.route('**/*', (route) => {
      if (route.request().resourceType() === 'document') return route.continue()
      asked.push(new URL(route.request().url()).pathname)
      return route.abort()
    })
    const page = await context.newPage()
    await page.goto(harness.url())
    // the list, the 3D view and the panel side by side under the top bar, as the app lays them out
    const [tree, stage, info] = await Promise.all(
      ['.tree', '.stage', '.info'].map((s) => page.locator(s).boundingBox()),
    )
    expect(tree && stage && info && tree.x < stage.x && stage.x < info.x).toBe(true)
    expect(tree && stage && tree.y === stage.y).toBe(true)
    expect(asked.filter((path) => path.endsWith('.css'))).toEqual([])
  })

  // a laptop, a phone with a touch screen (as Lighthouse's mobile run emulates one), and a tablet opening a
  // link to the patient view, whose layout the first screen takes at once
  for (const [viewport, touch, query] of [
    [{ width: 1280, height: 720 }, false, ''],
    [{ width: 390, height: 844 }, true, ''],
    [{ width: 820, height: 1180 }, true, '?mode=patient'],
  ] as const) {
    it(`shows the progress line while the bundle downloads, then the app takes its place without moving anything or changing a word (${viewport.width}×${viewport.height}${touch ? ', touch' : ''}${query ? `, ${query}` : ''})`, async () => {
      const context = await newContext({ viewport, hasTouch: touch, isMobile: touch })
      const hold = await holdMainBundle(context)
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(String(e)))
      await page.goto(harness.url() + query)

      const progress = page.locator('.stage-progress')
      await expect.poll(() => progress.isVisible()).toBe(true)
      expect(await text(page, '.stage-progress')).toBe('Drawing the spine…')
      // (the patient view and a phone put the tagline away)
      const heading = query || viewport.width < 600 ? 'Facet' : 'Facet 3D spine explorer'
      expect(await text(page, 'h1')).toBe(heading)
      expect(await page.locator('.stage-noscript').count()).toBe(0)
      // screen readers hear that the 3D view and the list are still being filled
      expect(await page.locator('main.stage').getAttribute('aria-busy')).toBe('true')
      expect(await page.locator('nav.tree').getAttribute('aria-busy')).toBe('true')
      // the early entry has started the worker that generates the spine while the bundle is held
      await expect.poll(() => hold.askedFor.some((path) => path.includes('overview.worker'))).toBe(true)
      expect(await page.evaluate(() => window.facet)).toBeUndefined()
      const shellBoxes = await boxes(page)
      // the panel's hint in the app's words for this screen: written anew, it would be a later, larger paint
      const shellHint = await text(page, '.info .hint')
      expect(shellHint).toMatch(query ? /^Tap or click a bone/ : touch ? /^Tap a bone/ : /^Hover a bone/)

      hold.release()
      await waitForFacet(page)
      expect(await page.locator('.shell-rows').count()).toBe(0)
      expect(await page.locator('.stage canvas').count()).toBe(1)
      // the progress line and aria-busy stay until the spine is on screen, then go
      await expect.poll(() => page.locator('main.stage').getAttribute('aria-busy')).not.toBe('true')
      // compared once the panel's own code has come too (after the first frame, sooner or later by the
      // machine's load): the app is then whole, and what it added has moved nothing on the first screen
      await expect.poll(() => page.locator('.info .start-here').count()).toBe(1)
      expect(await page.locator('.stage-progress').count()).toBe(0)
      expect(await text(page, 'h1')).toBe(heading)
      expect(await text(page, '.info .hint')).toBe(shellHint)
      // every region where it was; the panel may only grow at its foot, into the empty screen under it
      const appBoxes = await boxes(page)
      const withoutPanelHeight = (all: typeof shellBoxes) =>
        all.map((b) => (typeof b === 'object' && 'h' in b && b.region === '.info' ? { ...b, h: 0 } : b))
      expect(withoutPanelHeight(appBoxes)).toEqual(withoutPanelHeight(shellBoxes))
      const panelHeight = (all: typeof shellBoxes) =>
        all.flatMap((b) => (typeof b === 'object' && 'h' in b && b.region === '.info' ? [b.h] : []))
      expect(panelHeight(appBoxes)[0] ?? 0).toBeGreaterThanOrEqual(panelHeight(shellBoxes)[0] ?? 0)
      // nothing runs off the side of the screen: the warning signs button among the rest, one tap away
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width)
      const warning = await page.locator('.red-flags-button').boundingBox()
      expect(warning && warning.x >= 0 && warning.x + warning.width <= viewport.width).toBe(true)
      // on a phone the top bar leaves most of the screen to the spine, the reader's question and the warning
      // signs first (seven rows of controls took 343 of 844 px)
      if (viewport.width < 600) {
        const bar = await page.locator('.topbar').boundingBox()
        expect(bar!.height).toBeLessThan(viewport.height * 0.32)
        const why = await page.locator('.topbar .why-button').boundingBox()
        expect(why!.y + why!.height).toBeLessThanOrEqual(warning!.y + warning!.height)
        expect(why!.y).toBeLessThan(bar!.y + bar!.height * 0.3)
      }
      expect(errors).toEqual([])
    })
  }

  it('opens the warning signs once the app has started, after a tap on them while it was still downloading', async () => {
    // a home user's review (s42): on a slow phone the first screen stood for ten seconds, and a tap on Warning
    // signs then was lost
    const context = await newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
    const hold = await holdMainBundle(context)
    const page = await context.newPage()
    await page.goto(harness.url())
    const warning = page.locator('.topbar .red-flags-button')
    await warning.waitFor()
    expect(await page.evaluate(() => window.facet)).toBeUndefined()
    await warning.tap()
    // the button says it has heard
    expect(await warning.getAttribute('aria-busy')).toBe('true')
    hold.release()
    await waitForFacet(page)
    await expect.poll(() => page.locator('dialog[open]').textContent()).toMatch(/Call your local emergency number/)
    await context.close()
  })
})
