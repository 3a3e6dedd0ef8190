import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PRECAUTIONS_HEADING, WARNING_SIGNS } from '../../src/content/redFlags'
import { NECK_POP_NOTE, STRETCHES } from '../../src/content/stretches'
import { browserHarness } from './harness'
import { openFacet } from './waits'

const harness = browserHarness()

/** A structure of each region, whose stretch list shows that region's cards. */
const SELECT_FOR_REGION = { cervical: 'C3', thoracic: 'T6', lumbar: 'L4', sacrum: 'sacrum', coccyx: 'coccyx' } as const

/** Pages in a PDF: one page object per printed sheet. */
const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length

/** The whitespace a browser lays out, collapsed, so a text can be found however it wrapped. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('the printed handout', () => {
  let page: Page

  beforeAll(async () => {
    page = await openFacet(harness.browser(), `${harness.url()}?labels=0&s=C3`)
  })
  afterAll(async () => {
    await page.close()
  })

  /** Opens a card from its region's stretch list and switches to print. */
  async function printCard(id: string): Promise<string> {
    const card = STRETCHES.find((c) => c.id === id)!
    await page.emulateMedia({ media: 'screen' })
    const close = page.locator('.stretch-card button[aria-label="Close the stretch and go back"]')
    if (await close.isVisible()) await close.click()
    await page.evaluate((s) => window.facet!.select(s), SELECT_FOR_REGION[card.region])
    await page.click(`.region-stretches button[data-stretch="${id}"]`)
    await expect.poll(() => page.locator('.stretch-card h2').textContent()).toBe(card.name)
    await page.emulateMedia({ media: 'print' })
    await expect.poll(() => page.locator('.handout').isVisible()).toBe(true)
    return squash((await page.locator('.handout').textContent()) ?? '')
  }

  it('carries the dose note (each side, pain-free) and the emergency-number action', async () => {
    const text = await printCard('towel-neck-rotation')
    expect(text).toContain('must stay pain-free')
    expect(text).toContain(squash(WARNING_SIGNS.groups[0]!.action.plain))
    expect(text).toMatch(/911.*112.*999/)

    const turn = await printCard('neck-turn')
    expect(turn).toContain('5 times each side')
    expect(turn).toContain('Hold 5 seconds')
    // a neck card says not to chase a pop; a low-back card has no reason to
    expect(turn).toContain(squash(NECK_POP_NOTE.plain))
    // the signs that mean calling rather than stopping are in the first warning group, on the same page
    expect(await printCard('knee-rolls')).not.toContain(squash(NECK_POP_NOTE.plain))
  })

  it('shows every warning-sign group with its action, most urgent first, and the precautions under their own heading', async () => {
    await printCard('knee-rolls')
    const headings = await page.locator('.handout h3').allTextContents()
    expect(headings).toEqual(WARNING_SIGNS.groups.map((g) => g.heading.plain))
    const actions = await page.locator('.handout .handout-action').allTextContents()
    expect(actions.map(squash)).toEqual(WARNING_SIGNS.groups.map((g) => squash(g.action.plain)))
    // pregnancy is a precaution: under the precautions' own heading, in no warning-sign group
    const groups = squash((await page.locator('.handout .handout-signs').textContent()) ?? '')
    expect(groups).not.toMatch(/pregnant/)
    expect(await page.locator('.handout h2').allTextContents()).toContain(PRECAUTIONS_HEADING.plain)
    expect(squash((await page.locator('.handout .handout-precautions').textContent()) ?? '')).toMatch(/pregnant/)
  })

  it('fits every card on one page, on A4 and on US Letter', async () => {
    for (const card of STRETCHES) {
      await printCard(card.id)
      for (const format of ['A4', 'Letter'] as const) {
        expect(pageCount(await page.pdf({ format })), `${card.id} on ${format}`).toBe(1)
      }
    }
  })
})
