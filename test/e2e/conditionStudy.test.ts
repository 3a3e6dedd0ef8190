import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { conditionById } from '../../src/content/conditions'
import { browserHarness } from './harness'
import { decodePng } from './pixels'
import { clickablePoint } from './waits'

/**
 * The conditions in study and in the exam room, in a real browser: a Test yourself question about a
 * herniation, shown on the spine and answered by clicking the root it presses on; and a condition in the
 * patient view, plain, large, its root highlighted and named, through a reload of its link.
 */
const harness = browserHarness()
const POLL = { timeout: 20_000, interval: 50 }
const HERNIATION = 'herniation-l4-l5-posterolateral'
const state = (page: Page) => page.evaluate(() => window.facet!.getState())

let pages: Page[] = []
afterEach(async () => {
  for (const page of pages) await page.context().close()
  pages = []
})

async function open(
  query: string,
  width: number,
  height: number,
  touch: boolean,
): Promise<Page & { errors: string[] }> {
  const context = await harness.browser().newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch })
  const page = (await context.newPage()) as Page & { errors: string[] }
  page.errors = []
  page.on('pageerror', (e) => page.errors.push(String(e.stack ?? e)))
  pages.push(page)
  await page.goto(`${harness.url()}${query}`)
  await page.waitForFunction(() => window.facet !== undefined)
  await page.evaluate(() => window.facet?.ready)
  return page
}

/** The condition's roots are built, the camera has arrived, the bones are refined. */
const settled = (page: Page) =>
  page.waitForFunction(
    () => {
      const s = window.facet!.getState()
      return s.neural.building === 0 && s.camera.atRest && s.refining === 0
    },
    undefined,
    { timeout: 90_000 },
  )

/** The median colour of a 5 × 5 patch of the canvas round a page point, 0–255. */
async function colourAt(page: Page, point: { x: number; y: number }): Promise<[number, number, number]> {
  const canvas = page.locator('canvas').first()
  const box = await canvas.boundingBox()
  if (!box) throw new Error('no canvas')
  const { width, rgba } = decodePng(await canvas.screenshot())
  const scale = width / box.width
  const cx = Math.round((point.x - box.x) * scale)
  const cy = Math.round((point.y - box.y) * scale)
  const patch: [number, number, number][] = []
  for (let dy = -2; dy <= 2; dy++)
    for (let dx = -2; dx <= 2; dx++) {
      const i = ((cy + dy) * width + (cx + dx)) * 4
      patch.push([rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0])
    }
  const median = (k: 0 | 1 | 2) => patch.map((p) => p[k]).sort((a, b) => a - b)[12] ?? 0
  return [median(0), median(1), median(2)]
}
/** The highlight's pink (as test/e2e/conditions.test.ts reads it). */
const pink = ([r, g, b]: [number, number, number]) => r - g > 70 && b > g + 15

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)
}

describe.each([
  ['a laptop', 1280, 720, false],
  ['a touch tablet', 820, 1180, true],
] as const)('a condition question in Test yourself on %s', (name, width, height, touch) => {
  it('shows the herniation on the spine, keeps its panel back, and takes a click on the root it presses on', async () => {
    const page = await open('?labels=0', width, height, touch)
    // the button seeds the quiz from the clock: round 10 asks about the posterolateral L4–L5 herniation in question 8
    await page.evaluate(() => {
      const w = window as unknown as { __now: () => number }
      w.__now = Date.now
      Date.now = () => 10
    })
    await page.click('button:text-is("Test yourself")')
    await page.evaluate(() => {
      Date.now = (window as unknown as { __now: () => number }).__now
    })
    await page.waitForSelector('[data-testid=quiz-prompt]')
    for (let i = 0; i < 7; i++) {
      await page.evaluate(() => window.facet!.select('coccyx'))
      await expect.poll(async () => (await state(page)).quiz?.answered ?? null, POLL).not.toBeNull()
      await page.click('.quiz button:text-is("Next question")')
    }
    expect(await page.textContent('[data-testid=quiz-prompt]')).toMatch(
      /^8\. Which nerve root does this posterolateral L4–L5 disc herniation press on\?/,
    )
    // the herniation is on the spine, with the roots shown and nothing selected; its panel would give it away
    await expect.poll(async () => (await state(page)).condition?.id, POLL).toBe(HERNIATION)
    const asked = await state(page)
    expect(asked.selection).toBeNull()
    expect(asked.regions.nerves).toBe('shown')
    expect(await page.locator('.condition-panel').count()).toBe(0)
    await settled(page)
    const root = await clickablePoint(page, 'nerve:L5:left')
    // a point on the root that the quiz panel does not cover
    expect(await page.evaluate((p) => document.elementFromPoint(p.x, p.y)?.tagName, root)).toBe('CANVAS')
    await page.mouse.click(root.x, root.y)
    await expect
      .poll(async () => (await state(page)).quiz?.answered, POLL)
      .toEqual({ right: true, answer: 'nerve:L5:left' })
    expect(await page.textContent('.quiz .feedback')).toMatch(/^Right\. It is the L5 nerve on the left\./)
    // answered: the condition's panel is back, naming the root
    await expect.poll(() => page.textContent('[data-testid=condition-root]'), POLL).toMatch(/L5/)
    // the next question clears the condition and puts the layers back
    await page.click('.quiz button:text-is("Next question")')
    await expect.poll(async () => (await state(page)).condition, POLL).toBeNull()
    expect((await state(page)).regions.nerves).toBe('hidden')
    // the quiz in Spanish: the question on screen changes language where it stands
    await page.click('button:text-is("Español")')
    await expect
      .poll(() => page.textContent('[data-testid=quiz-prompt]'), { timeout: 30_000 })
      .toBe('9. Busque la vértebra que lleva la apófisis odontoides.')
    expect(page.errors, name).toEqual([])
    // a limit for hangs: on a machine kept busy by another process this takes up to 90 s (42 s at rest)
  }, 180_000)
})

// What depends on the screen (the panel's words and their size, its targets, the menu on screen, the warning
// signs from the panel, axe) is checked on both; the reload of the link and the root's colour on the spine,
// which do not depend on it, on the tablet only.
describe.each([
  ['a touch tablet', 820, 1180, true, true],
  ['a laptop', 1280, 720, false, false],
] as const)('a condition in the patient view on %s', (_name, width, height, touch, whole) => {
  it(`shows only the plain words, large, ${whole ? 'names and highlights the root, survives a reload, ' : 'names the root, '}and passes axe`, async () => {
    const page = await open(`?mode=patient&condition=${HERNIATION}&labels=0`, width, height, touch)
    const c = conditionById(HERNIATION)!
    const panel = page.locator('.condition-panel')
    for (let round = 0; round < (whole ? 2 : 1); round++) {
      await panel.waitFor()
      expect(await page.getAttribute('html', 'data-view-mode')).toBe('patient')
      const text = (await panel.textContent()) ?? ''
      for (const plain of [c.what.plain, c.root!.symptoms.plain, c.warning.plain]) expect(text).toContain(plain)
      for (const detailed of [c.what.detailed, c.root!.symptoms.detailed, c.warning.detailed, c.shown.detailed])
        expect(text).not.toContain(detailed)
      // the root named plainly (no "traversing"), and highlighted on the spine
      expect(await page.textContent('[data-testid=condition-root]')).toMatch(/^\s*The L5 nerve, on the left side$/)
      expect(text).not.toMatch(/traversing/i)
      const s = await state(page)
      expect(s.condition?.involves).toContain('nerve:L5:left')
      // large text, big targets
      const px = await panel
        .locator('p')
        .evaluateAll((ps) => ps.map((p) => Number.parseFloat(getComputedStyle(p).fontSize)))
      expect(Math.min(...px)).toBeGreaterThanOrEqual(20)
      const small = await page.evaluate(
        () =>
          [...document.querySelectorAll('.condition-panel button, .conditions-menu button')]
            .map((el) => el.getBoundingClientRect())
            .filter((box) => box.width > 0 && (box.width < 44 || box.height < 44)).length,
      )
      expect(small).toBe(0)
      if (round === 0) {
        // the load event can be slow on a busy machine; the app's own readiness is what counts
        await page.reload({ waitUntil: 'domcontentloaded', timeout: 90_000 })
        await page.waitForFunction(() => window.facet !== undefined, undefined, { timeout: 60_000 })
        await page.evaluate(() => window.facet?.ready)
      }
    }
    if (whole) {
      // the root it presses on is drawn in the highlight's pink (the other roots shown so a point on it can be found)
      await settled(page)
      await page.evaluate(() => window.facet!.setGroup('nerves', 'shown'))
      await settled(page)
      const root = await clickablePoint(page, 'nerve:L5:left')
      await expect.poll(() => colourAt(page, root).then(pink), POLL).toBe(true)
      await page.evaluate(() => window.facet!.setGroup('nerves', 'hidden'))
    }
    // the warning signs: one tap, from the panel
    const press = (selector: string) => (touch ? page.tap(selector) : page.click(selector))
    await press('.condition-panel .red-flags-button')
    await expect.poll(() => page.locator('dialog[open]').count(), POLL).toBe(1)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('dialog[open]').count(), POLL).toBe(0)
    // the Conditions menu is there in the patient view, and lists the conditions
    await press('.conditions-menu > button')
    await expect.poll(() => page.locator('.conditions-list button').count(), POLL).toBeGreaterThan(5)
    const menuPx = await page
      .locator('.conditions-list button')
      .evaluateAll((bs) => bs.map((b) => Number.parseFloat(getComputedStyle(b).fontSize)))
    expect(Math.min(...menuPx)).toBeGreaterThanOrEqual(20)
    // the whole list on screen, every name readable
    const outside = await page
      .locator('.conditions-list button')
      .evaluateAll(
        (bs) =>
          bs.map((b) => b.getBoundingClientRect()).filter((r) => r.left < 0 || r.right > window.innerWidth).length,
      )
    expect(outside).toBe(0)
    expect(await seriousViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    expect(await seriousViolations(page)).toEqual([])
    expect(page.errors).toEqual([])
    // a limit for hangs: on a machine kept busy by another process this takes up to 90 s (42 s at rest)
  }, 180_000)
})
