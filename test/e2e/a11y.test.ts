import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserHarness } from './harness'

const harness = browserHarness()

/** Serious and critical accessibility problems axe finds on the page as it is now. */
async function problems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never }).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('accessibility (axe, serious and critical)', () => {
  it('has none on the spine, the close-up, a stretch card and the reading panels', async () => {
    // axe needs a page from an explicit context
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await page.goto(`${harness.url()}?s=facet:L4-L5:left&labels=0`)
    await page.evaluate(() => window.facet?.ready)
    await page.waitForTimeout(600)
    expect(await problems(page)).toEqual([])

    await page.click('button:has-text("What happens when it cracks?")')
    await page.click('button:has-text("Compare the explanations")')
    expect(await problems(page)).toEqual([])
    await page.click('.cavitation button[aria-label="Close the close-up"]')

    await page.click('.region-stretches button:text-is("Knee rolls")')
    await page.locator('.stretch-card').waitFor()
    expect(await problems(page)).toEqual([])

    await page.click('button:text-is("Why backs crack")')
    await page.locator('dialog.learn[open]').waitFor()
    expect(await problems(page)).toEqual([])
    await context.close()
  })
})
