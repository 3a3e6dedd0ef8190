import AxeBuilder from '@axe-core/playwright'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserHarness } from './harness'
import { tooSmallToTap } from './targets'

/**
 * axe with the WCAG 2.0, 2.1 and 2.2 A/AA rules and its best practices (the printed handout: WCAG
 * only), labels on, in every state a user can reach. Any violation fails, whatever its impact; what axe cannot decide (text over the 3D canvas, whose
 * background it cannot read) it reports as incomplete, and the 3D labels' contrast is checked here
 * by computing it from their styles.
 */
const harness = browserHarness({ serviceWorkers: 'allow' })
const POLL = { timeout: 20_000, interval: 50 }
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
/** On screen axe's best practices hold too (heading order, landmarks, one h1). */
const SCREEN = [...WCAG, 'best-practice']

async function violations(page: Page, tags = SCREEN): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never }).withTags(tags).analyze()
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary}`).join('; ')}`,
  )
}

let context: BrowserContext
let page: Page

beforeAll(async () => {
  // axe needs a page from an explicit context
  context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
  await context.addInitScript(() => {
    window.print = () => {}
  })
  page = await context.newPage()
  await page.goto(`${harness.url()}?labels=1`)
  await page.waitForFunction(() => window.facet !== undefined)
  await page.evaluate(() => window.facet?.ready)
})
afterAll(async () => {
  await context.close()
})

/** The contrast of the selected structure's 3D label: white text on its background. */
const selectedLabelContrast = () =>
  page.evaluate(() => {
    const el = document.querySelector('.label-selected')
    if (!el) return null
    const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number)
    const lum = (c: number[]) => {
      const [r = 0, g = 0, b = 0] = c.map((v) => {
        const s = v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const style = getComputedStyle(el)
    const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((x, y) => y - x) as [number, number]
    return { ratio: (a + 0.05) / (b + 0.05), size: Number.parseFloat(style.fontSize) }
  })

describe('accessibility (axe, WCAG 2.2 A and AA, labels on)', () => {
  it('the spine with its labels', async () => {
    await expect.poll(() => page.locator('.label').count(), POLL).toBeGreaterThan(20)
    expect(await violations(page)).toEqual([])
  })

  it('a selected part of a bone, with its facts, its joints and its list of parts open', async () => {
    await page.evaluate(() => window.facet!.select('L4/pedicle:left'))
    await page.locator('[data-testid=part-name]').waitFor()
    await page.click('summary:has-text("Parts of L4")')
    await page.locator('[data-part="L4/lamina:left"]').waitFor()
    await expect.poll(async () => (await page.evaluate(() => window.facet!.getState())).camera.atRest, POLL).toBe(true)
    expect(await violations(page)).toEqual([])
    // the part's label on the 3D view reads as well as the selection's
    const label = await selectedLabelContrast()
    expect(label?.ratio).toBeGreaterThanOrEqual(4.5)
  })

  it('a selection with its label, in readable contrast', async () => {
    await page.evaluate(() => window.facet!.select('facet:L4-L5:left'))
    await page.locator('.label-selected').waitFor()
    await expect.poll(async () => (await page.evaluate(() => window.facet!.getState())).camera.atRest, POLL).toBe(true)
    const label = await selectedLabelContrast()
    // 13 px text is not large text: WCAG AA needs 4.5:1
    expect(label?.size).toBeLessThan(18)
    expect(label?.ratio).toBeGreaterThanOrEqual(4.5)
    expect(await violations(page)).toEqual([])
  })

  it('the close-up with the explanations compared, in more detail', async () => {
    await page.click('button:has-text("What happens when it cracks?")')
    await page.locator('section.cavitation').waitFor()
    await page.click('button:has-text("Compare the explanations")')
    await page.click('.cavitation-extra button:has-text("More detail")')
    await page.locator('.explanations').waitFor()
    await page.click('.model-numbers summary')
    expect(await violations(page)).toEqual([])
    await page.click('.cavitation button[aria-label="Close the close-up"]')
    await page.locator('section.cavitation').waitFor({ state: 'detached' })
  })

  it('a stretch card', async () => {
    await page.click('.region-stretches button:text-is("Knee rolls")')
    await page.locator('.stretch-card').waitFor()
    expect(await violations(page)).toEqual([])
  })

  it('the handout, in print', async () => {
    await page.emulateMedia({ media: 'print' })
    await expect.poll(() => page.locator('.handout').isVisible(), POLL).toBe(true)
    // paper has no landmarks to navigate, so the WCAG rules only
    expect(await violations(page, WCAG)).toEqual([])
    await page.emulateMedia({ media: 'screen' })
    await page.click('.stretch-card button[aria-label="Close the stretch and go back"]')
  })

  it('Why backs crack, in more detail', async () => {
    await page.click('button:text-is("Why backs crack")')
    await page.locator('dialog.learn[open]').waitFor()
    // More detail is shared with the close-up, where it was turned on
    const detail = 'dialog.learn[open] button:text-is("More detail")'
    if ((await page.getAttribute(detail, 'aria-pressed')) !== 'true') await page.click(detail)
    await expect.poll(() => page.getAttribute(detail, 'aria-pressed'), POLL).toBe('true')
    expect(await violations(page)).toEqual([])
  })

  it('Sources, opened from a citation', async () => {
    await page.locator('dialog.learn[open] .cite button').first().click()
    // the source under its claim, first
    await page.locator('dialog.learn[open] .cite-note').waitFor()
    expect(await violations(page)).toEqual([])
    await page.locator('dialog.learn[open] .cite-note .cite-all').click()
    await page.locator('dialog[data-panel="sources"][open]').waitFor()
    expect(await violations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await page.locator('dialog[open]').waitFor({ state: 'detached' })
  })

  it('Warning signs', async () => {
    await page.click('.topbar .red-flags-button')
    await page.locator('dialog.red-flags[open]').waitFor()
    expect(await violations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('dialog[open]').count(), POLL).toBe(0)
  })

  it('the quiz, with an answer given', async () => {
    await page.click('button:text-is("Test yourself")')
    await page.locator('section.quiz').waitFor()
    expect(await violations(page)).toEqual([])
    await page.click('.tree button[data-id="C1"]')
    await page.locator('.quiz .feedback').waitFor()
    expect(await violations(page)).toEqual([])
  })

  it('citations are at least 24 × 24 CSS px and say what they do', async () => {
    await page.click('button:text-is("Why backs crack")')
    await page.locator('dialog.learn[open]').waitFor()
    const cites = await page.$$eval('dialog.learn[open] .cite > button', (buttons) =>
      buttons.map((b) => {
        const r = b.getBoundingClientRect()
        return { w: r.width, h: r.height, name: b.textContent ?? '' }
      }),
    )
    expect(cites.length).toBeGreaterThan(10)
    for (const c of cites) {
      expect(c.w).toBeGreaterThanOrEqual(24)
      expect(c.h).toBeGreaterThanOrEqual(24)
      expect(c.name).toMatch(/^\[\w+\] \(about this source\)$/)
    }
  })

  it('on a phone, every control of Why backs crack and of the warning signs is at least 44 × 44 px (a source tag, 24)', async () => {
    const phone = await harness
      .browser()
      .newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
    const tab = await phone.newPage()
    await tab.goto(`${harness.url()}?labels=0`)
    await tab.waitForFunction(() => window.facet !== undefined)
    /** The controls of the open dialog a finger could miss. */
    const tooSmall = () => tooSmallToTap(tab, 'dialog[open] :is(button, summary, input, a)')
    await tab.tap('button:text-is("Why backs crack")')
    await tab.locator('dialog.learn[open] .faq-question').first().waitFor()
    expect(await tooSmall()).toEqual([])
    await tab.keyboard.press('Escape')
    await expect.poll(() => tab.locator('dialog[open]').count(), POLL).toBe(0)
    await tab.tap('.topbar .red-flags-button')
    await tab.locator('dialog.red-flags[open]').waitFor()
    expect(await tooSmall()).toEqual([])
    // the numbers to call dial with one tap
    expect(
      await tab.$$eval('dialog.red-flags a[href^="tel:"]', (links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['tel:911', 'tel:112', 'tel:999'])
    expect(await tab.textContent('dialog.red-flags a[href="tel:112"]')).toBe('Call 112')

    // the patient view's larger type: Why backs crack still fits the phone's width (its two columns of
    // claims once ran off the dialog's right edge), and a source opened in it is a finger's size to leave for
    // the whole list
    await tab.goto(`${harness.url()}?labels=0&mode=patient`)
    await tab.waitForFunction(() => window.facet !== undefined)
    await tab.tap('.reading .why-button')
    const learn = tab.locator('dialog.learn[open]')
    await learn.locator('.two-col li').first().waitFor()
    expect(await learn.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(1)
    // in the patient view a claim's sources are folded into one word: a tap shows its keys, another a source
    const folded = learn.locator('.myths .cite-folded > button').first()
    await folded.scrollIntoViewIfNeeded()
    await folded.tap()
    const cite = learn.locator('.myths .cite > button').first()
    await cite.scrollIntoViewIfNeeded()
    await cite.tap()
    await learn.locator('.cite-note .cite-all').waitFor()
    expect(await learn.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(1)
    expect(await tooSmall()).toEqual([])
    // read far down, its close button is still on screen, where a tap closes it (it stayed 4,000 px up, s37)
    await learn.evaluate((d) => {
      d.scrollTop = d.scrollHeight
    })
    const close = learn.locator('header > button').last()
    await expect.poll(async () => (await close.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0)
    await close.tap()
    await expect.poll(() => tab.locator('dialog.learn[open]').count()).toBe(0)
    await phone.close()
  })
})
