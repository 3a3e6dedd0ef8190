import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { EN_MESSAGES } from '../../src/i18n/en'
import { axeViolations } from './axe'
import { browserHarness } from './harness'
import { decodePng } from './pixels'
import { cameraAtRest, openFacet } from './waits'

const harness = browserHarness()
const state = (page: Page) => page.evaluate(() => window.facet!.getState())

/** The row's part of the view (above the panel), without the names, the colour key and the view buttons laid over it. */
async function rowPixels(page: Page) {
  const canvas = await page.locator('.stage canvas').boundingBox()
  const panel = await page.locator('[data-testid=compare-panel]').boundingBox()
  if (!canvas || !panel) throw new Error('no canvas or compare panel')
  // set through the DOM (the page's Content-Security-Policy refuses a style tag)
  const overlays = (display: string) =>
    page.evaluate((v) => {
      for (const el of document.querySelectorAll<HTMLElement>('.compare-labels, .compare-key, .compare-views'))
        el.style.display = v
    }, display)
  await overlays('none')
  const png = await page.screenshot({
    clip: { x: canvas.x, y: canvas.y, width: canvas.width, height: panel.y - canvas.y },
  })
  await overlays('')
  const { rgba } = decodePng(png)
  let blue = 0
  let orange = 0
  for (let i = 0; i < rgba.length; i += 4) {
    const [r, g, b] = [rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0]
    if (b > 140 && b > r + 60) blue++
    if (r > 150 && r > b + 80 && g < r - 30) orange++
  }
  return { blue, orange }
}

describe('compare levels: the views lined up with the midline', () => {
  it('show the upper joint faces in blue from above and the lower ones in orange from below', async () => {
    // axe reads a page from a context of its own
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    const page = await openFacet(context, `${harness.url()}?compare=T11,T12,L1`)
    await page.waitForSelector('[data-testid=compare-table] tbody tr')
    const hint = page.locator('[data-testid=compare-panel] .hint')
    for (const [view, shown, hidden] of [
      ['above', 'blue', 'orange'],
      ['below', 'orange', 'blue'],
    ] as const) {
      await page.click(`[data-testid=compare-panel] [data-view=${view}]`)
      // the hint names the faces the view shows: the colour is not the only cue
      await expect.poll(() => hint.textContent()).toBe(EN_MESSAGES[`compare.viewHint.${view}`])
      await cameraAtRest(page)
      // the camera looks straight down on the row (from below, the bones are turned over in their places)
      const { position, target } = (await state(page)).camera
      const [dx = 0, dy = 0, dz = 0] = position.map((p, i) => p - (target[i] ?? 0))
      expect(dy / Math.hypot(dx, dy, dz), view).toBeGreaterThan(0.99)
      const pixels = await rowPixels(page)
      expect(pixels[shown], view).toBeGreaterThan(200)
      expect(pixels[shown], view).toBeGreaterThan(2 * pixels[hidden])
    }
    // the row stays in the table's order, left to right, seen from below as from above
    const names = await page
      .locator('.compare-labels .label')
      .evaluateAll((labels) => labels.map((l) => ({ text: l.textContent, x: l.getBoundingClientRect().x })))
    expect(names.sort((a, b) => a.x - b.x).map((n) => n.text)).toEqual(['T11', 'T12', 'L1'])
    // the view buttons, the colour key and the shorter table: nothing axe finds
    expect(await axeViolations(page)).toEqual([])
    expect(page.errors).toEqual([])
    await context.close()
  })
})

describe('compare levels: from behind', () => {
  it('turns the row to its back from the panel and from the toolbar’s Back, the row kept in view and in order', async () => {
    // the toolbar's views moved the camera to the whole spine, out of sight, and left the row far below the
    // view's edge; and there was no view from behind, where the spinous processes and laminae are
    const page = await openFacet(harness.browser(), `${harness.url()}?compare=T11,T12,L1`, { width: 1280, height: 720 })
    await page.waitForSelector('[data-testid=compare-table] tbody tr')
    const hint = page.locator('[data-testid=compare-panel] .hint')
    for (const ask of [
      () => page.click('.topbar button:text-is("Back")'),
      () => page.click('[data-testid=compare-panel] [data-view=back]'),
    ]) {
      await page.click('[data-testid=compare-panel] [data-view=above]')
      await expect.poll(() => hint.textContent()).toBe(EN_MESSAGES['compare.viewHint.above'])
      await ask()
      await expect.poll(() => hint.textContent()).toBe(EN_MESSAGES['compare.viewHint.back'])
      await cameraAtRest(page)
      expect((await state(page)).compare).toEqual(['T11', 'T12', 'L1'])
      // the row in the view, in the table's order, left to right
      const canvas = (await page.locator('.stage canvas').boundingBox())!
      const names = await page
        .locator('.compare-labels .label')
        .evaluateAll((labels) =>
          labels.map((l) => ({ text: l.textContent, x: l.getBoundingClientRect().x, y: l.getBoundingClientRect().y })),
        )
      expect(names.sort((a, b) => a.x - b.x).map((n) => n.text)).toEqual(['T11', 'T12', 'L1'])
      for (const n of names) expect(n.y, n.text ?? '').toBeGreaterThan(canvas.y)
      // the upper joint faces, which face back here, show; the lower ones, facing forward, hardly
      const { blue, orange } = await rowPixels(page)
      expect(blue).toBeGreaterThan(200)
      expect(blue).toBeGreaterThan(2 * orange)
    }
    expect(page.errors).toEqual([])
    await page.close()
  })
})

describe('compare levels: room for the table', () => {
  it('shows both joint-facing rows without scrolling on a laptop, in Spanish too, the view buttons over the 3D view', async () => {
    for (const lang of ['en', 'es']) {
      const page = await openFacet(harness.browser(), `${harness.url()}?compare=T11,T12,L1&lang=${lang}`, {
        width: 1280,
        height: 800,
      })
      await page.waitForSelector('[data-testid=compare-lower-facing]')
      const scroll = (await page.locator('.compare-scroll').boundingBox())!
      for (const row of ['compare-facing', 'compare-lower-facing']) {
        const box = (await page.locator(`[data-testid=${row}]`).boundingBox())!
        expect(box.y + box.height, `${lang} ${row}`).toBeLessThanOrEqual(scroll.y + scroll.height + 0.5)
      }
      // the buttons sit above the panel, not in a row of it
      const panel = (await page.locator('[data-testid=compare-panel]').boundingBox())!
      const views = (await page.locator('.compare-views').boundingBox())!
      expect(views.y + views.height).toBeLessThanOrEqual(panel.y)
      expect(page.errors).toEqual([])
      await page.close()
    }
  })
})

describe('compare levels: the way back', () => {
  it('offers the same comparison back, reading about the same bone, after a joint chosen in the panel ended it', async () => {
    // axe reads a page from a context of its own
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    const page = await openFacet(context, `${harness.url()}?compare=T11,T12,L1`)
    await page.waitForSelector('[data-testid=compare-table] tbody tr')
    await page.click('.compare-reading button:text-is("T12")')
    await page.click('.info button:text-is("Left T11–T12 facet joint")')
    await expect.poll(async () => (await state(page)).compare).toBeNull()
    expect((await state(page)).selection).toBe('facet:T11-T12:left')
    const back = page.locator('[data-testid=compare-return] button.primary')
    expect(await page.textContent('[data-testid=compare-return] p')).toBe('You left the comparison of T11, T12, L1.')
    expect(await axeViolations(page)).toEqual([])
    await back.click()
    await expect.poll(async () => (await state(page)).compare).toEqual(['T11', 'T12', 'L1'])
    await expect.poll(() => page.locator('.compare-reading button[aria-pressed=true]').textContent()).toBe('T12')
    expect(await page.locator('[data-testid=compare-return]').count()).toBe(0)
    // once the student moves on (another choice in the spine), the way back goes
    await page.click('.info button:text-is("Left T11–T12 facet joint")')
    await page.waitForSelector('[data-testid=compare-return]')
    await page.evaluate(() => window.facet!.select('L4'))
    await expect.poll(() => page.locator('[data-testid=compare-return]').count()).toBe(0)
    expect(page.errors).toEqual([])
    await context.close()
  })

  it('keeps the bone the panel reads about in the link, and reopens on it', async () => {
    const page = await openFacet(harness.browser(), `${harness.url()}?compare=T11,T12,L1&read=T12`)
    await page.waitForSelector('[data-testid=compare-table] tbody tr')
    await expect.poll(() => page.locator('.compare-reading button[aria-pressed=true]').textContent()).toBe('T12')
    await page.click('.compare-reading button:text-is("L1")')
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('read=L1')
    const link = await page.evaluate(() => window.location.href)
    const again = await openFacet(harness.browser(), link)
    await again.waitForSelector('[data-testid=compare-table] tbody tr')
    await expect.poll(() => again.locator('.compare-reading button[aria-pressed=true]').textContent()).toBe('L1')
    expect(page.errors).toEqual([])
    await page.close()
    await again.close()
  })
})
