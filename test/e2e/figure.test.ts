import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserHarness } from './harness'

/**
 * The person doing the stretch, in a real browser: it appears when a card plays, moves with the spine,
 * hides with the panel's control and stays hidden for the next card; on a touch tablet and on a laptop.
 */
const harness = browserHarness()
const POLL = { timeout: 20_000, interval: 50 }

const figure = (page: Page) => page.evaluate(() => window.facetDebug?.figure?.() ?? null)
const stretch = (page: Page) => page.evaluate(() => window.facet!.getState().stretch)

async function open(width: number, height: number, touch: boolean): Promise<Page> {
  const context = await harness.browser().newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch })
  const page = await context.newPage()
  await page.goto(`${harness.url()}?labels=0`)
  await page.waitForFunction(() => window.facet !== undefined)
  await page.evaluate(() => window.facet?.ready)
  return page
}

describe.each([
  ['a touch tablet', 820, 1180, true],
  ['a laptop', 1280, 720, false],
] as const)('the person doing the stretch on %s', (_name, width, height, touch) => {
  it('appears when a card plays, moves with it, hides with its control and stays hidden for the next card', async () => {
    const page = await open(width, height, touch)
    expect(await figure(page)).toBeNull()
    // with nothing selected, the panel says how to choose something: by a tap where there is no pointer
    await expect.poll(() => page.textContent('.info .hint'), POLL).toMatch(touch ? /^Tap a bone/ : /^Hover a bone/)

    expect(await page.evaluate(() => window.facet!.playStretch('double-knee-to-chest'))).toBe(true)
    await expect.poll(() => figure(page), POLL).not.toBeNull()
    const first = await figure(page)
    expect(first?.position).toBe('supine')
    expect(first?.shown).toBe(true)
    // the head follows the spine as the low back bends, while the card plays (read together: on a busy machine
    // the head can reach 20 mm only late in the movement)
    await expect
      .poll(async () => {
        const now = await figure(page)
        const moved = Math.hypot(...(now?.head ?? []).map((x, i) => x - (first?.head[i] ?? 0))) > 20
        return { moved, playing: (await stretch(page)).playing }
      }, POLL)
      .toEqual({ moved: true, playing: true })

    // axe finds nothing serious with the person shown
    const result = await new AxeBuilder({ page: page as never })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => v.id)).toEqual([])

    const toggle = page.getByLabel('Show a person doing it')
    expect(await toggle.isChecked()).toBe(true)
    if (touch) await toggle.tap()
    else await toggle.click()
    await expect.poll(() => figure(page), POLL).toBeNull()
    expect(await toggle.isChecked()).toBe(false)

    // the next card: played, still no person, and the control still says so
    expect(await page.evaluate(() => window.facet!.playStretch('seated-rotation'))).toBe(true)
    await expect.poll(async () => (await stretch(page)).progress, POLL).toBeGreaterThan(0.2)
    expect(await figure(page)).toBeNull()
    expect(await page.getByLabel('Show a person doing it').isChecked()).toBe(false)

    // and back on: the person sits for the seated card
    await page.getByLabel('Show a person doing it').check()
    await expect.poll(async () => (await figure(page))?.position ?? null, POLL).toBe('sitting')
    // after playback the person stays in view at rest, the spine inside it, and the level labels keep out of
    // the turned, far view (they piled up in one line over a small spine lying on its side)
    // a whole card, with the person drawn too: on a busy machine several hundred ms a frame
    await expect.poll(async () => (await stretch(page)).playing, { ...POLL, timeout: 60_000 }).toBe(false)
    expect((await figure(page))?.shown).toBe(true)
    const labels = page.getByRole('button', { name: 'Labels', exact: true })
    if (touch) await labels.tap()
    else await labels.click()
    expect(await labels.getAttribute('aria-pressed')).toBe('true')
    const levelLabels = () => page.locator('.label-layer .label:not(.label-selected)').count()
    expect(await levelLabels()).toBe(0)
    // closing the card brings back the spine's view, and its labels
    await page.getByRole('button', { name: 'Close the stretch and go back' }).click()
    await expect.poll(() => figure(page), POLL).toBeNull()
    await expect.poll(levelLabels, POLL).toBeGreaterThan(20)
    await page.context().close()
  })
})

describe('the person doing a neck stretch', () => {
  it('is framed on the head and upper chest, where the movement is, not the whole seated body, with no name over it', async () => {
    const page = await open(1280, 720, false)
    await page.evaluate(() => window.facet!.select('facet:C4-C5:left'))
    await page.locator('.label-layer .label-selected').waitFor()
    expect(await page.evaluate(() => window.facet!.playStretch('chin-tuck'))).toBe(true)
    await expect.poll(async () => (await figure(page))?.position ?? null, POLL).toBe('sitting')
    // the selection's name steps aside for the person too (it sat on their body)
    await expect.poll(() => page.locator('.label-layer .label-selected').count(), POLL).toBe(0)
    // the camera comes to rest about a metre from the head and neck (the whole seated body was framed from 2.5 m or more)
    const framing = () =>
      page.evaluate(() => {
        const { position, target, atRest } = window.facet!.getState().camera
        return atRest ? Math.hypot(...position.map((v, i) => v - (target[i] ?? 0))) : null
      })
    await expect.poll(async () => ((await framing()) ?? Number.POSITIVE_INFINITY) < 1500, POLL).toBe(true)
    await page.context().close()
  })
})
