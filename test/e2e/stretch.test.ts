import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SOURCES, type SourceKey } from '../../src/anatomy/sources'
import { browserHarness } from './harness'
import { clickablePoint } from './waits'

const harness = browserHarness()
const server = {
  get url() {
    return harness.url()
  },
}

async function open(query: string): Promise<Page> {
  const page = await harness.browser().newPage({ viewport: { width: 1280, height: 720 } })
  await page.goto(`${server.url}${query}`)
  await page.waitForFunction(() => window.facet !== undefined)
  await page.evaluate(() => window.facet?.ready)
  return page
}
const stretch = (page: Page) => page.evaluate(() => window.facet!.getState().stretch)

describe('stretches in a real browser', () => {
  it('lists lumbar stretches for the L4–L5 facet joint, plays knee-to-chest on the spine, and colours the joints', async () => {
    const page = await open('?labels=0&view=back')
    const at = await clickablePoint(page, 'facet:L4-L5:left')
    await page.mouse.click(at.x, at.y)
    await expect.poll(() => page.textContent('[data-testid=selection-name]')).toBe('Left L4–L5 facet joint')
    const listed = await page.locator('.region-stretches button').allTextContents()
    expect(listed).toEqual(
      expect.arrayContaining(['Single knee to chest', 'Double knee to chest', 'Knee rolls', 'Lying press-up']),
    )

    const before = await page.locator('canvas').first().screenshot()
    await page.click('.region-stretches button:text-is("Double knee to chest")')
    await page.click('.stretch-card button:has-text("Show it on the spine")')
    await expect.poll(async () => (await stretch(page)).progress, { timeout: 30_000 }).toBeGreaterThan(0.35)
    const mid = await stretch(page)
    expect(mid.id).toBe('double-knee-to-chest')
    expect(mid.playing).toBe(true)
    // flexion opens the lumbar facet joints; the neck does not move
    expect(mid.gaps['facet:L4-L5:left']).toBeGreaterThan(0.5)
    expect(mid.gaps['facet:L4-L5:right']).toBeGreaterThan(0.5)
    expect(Math.abs(mid.gaps['facet:C4-C5:left'] ?? 0)).toBeLessThan(0.01)
    const during = await page.locator('canvas').first().screenshot()
    expect(Buffer.compare(before, during)).not.toBe(0)

    // the warning signs are one action away from the stretch
    await page.click('.stretch-card button:has-text("Warning signs")')
    expect(await page.locator('dialog.red-flags').isVisible()).toBe(true)
    await page.click('dialog.red-flags button:text-is("Close")')
    await expect.poll(async () => (await stretch(page)).playing, { timeout: 60_000 }).toBe(false)
    await page.close()
  })

  it('lists stretches for every region through the API and refuses unknown ones', async () => {
    const page = await open('?labels=0')
    for (const region of ['cervical', 'thoracic', 'lumbar', 'sacrum', 'coccyx']) {
      expect((await page.evaluate((r) => window.facet!.listStretches(r), region))?.length).toBeGreaterThan(0)
    }
    expect(await page.evaluate(() => window.facet!.playStretch('no-such-stretch'))).toBe(false)
    await page.close()
  })

  it('tells neck readers not to chase a pop instead of listing joints, and lists low-back joints with the study behind them', async () => {
    const page = await open('?labels=0&s=C4')
    expect(await page.evaluate(() => window.facet!.playStretch('neck-turn'))).toBe(true)
    const card = page.locator('.stretch-card')
    const note = card.locator('.no-pop-chase')
    await note.waitFor()
    expect(await note.locator('h3').textContent()).toBe('Don’t chase a pop in the neck')
    expect(await note.textContent()).toContain('Do not try to make your neck pop')
    expect((await stretch(page)).mightPop).toEqual([])
    expect(await card.locator('.might-pop').count()).toBe(0)
    expect(await card.locator('.swatch.pop').count()).toBe(0)
    expect(await card.textContent()).not.toMatch(/might pop|normal/i)
    // its leaflet gives the hold and the repeats, not how often a day: the card says so rather than a number
    expect(await card.locator('table.dose tr:nth-child(2) td').nth(1).textContent()).toBe(
      'Not given: ask a doctor or physio',
    )
    expect(await card.locator('.dose-note').textContent()).toContain('does not say how many times a day')
    // stopping is not enough at the signs of an artery tear: the card says to call
    expect(await card.locator('.call-now').textContent()).toMatch(/call 911, 112 or 999/)
    // the warning signs are one tap away from the note itself
    await note.locator('button:has-text("Warning signs")').click()
    expect(await page.locator('dialog.red-flags').isVisible()).toBe(true)
    await page.click('dialog.red-flags button:text-is("Close")')

    expect(await page.evaluate(() => window.facet!.playStretch('double-knee-to-chest'))).toBe(true)
    const s = await stretch(page)
    expect(s.mightPop).toEqual(expect.arrayContaining(['facet:L4-L5:left', 'facet:L4-L5:right']))
    // the gap figure was measured in low-back joints: only they are marked
    expect(s.mightPop.every((id) => /^facet:L/.test(id))).toBe(true)
    const opens = card.locator('.might-pop')
    await opens.waitFor()
    expect(await card.locator('.no-pop-chase').count()).toBe(0)
    expect(await card.locator('.call-now').count()).toBe(0)
    expect(await opens.locator('h3').textContent()).toBe('Opens as far as joints that cracked in one study')
    const explained = (await opens.locator('p').textContent()) ?? ''
    expect(explained).toContain('0.56 mm, on average')
    expect(explained).toContain('not a line a joint must pass')
    expect(await opens.locator('.cite button').first().getAttribute('title')).toContain('Cramer GD')
    expect(await card.locator('.legend').textContent()).toContain('as open as joints that cracked')
    const first = opens.locator('li button').first()
    expect(await first.textContent()).toContain('joint')
    await first.click()
    await expect
      .poll(async () => (await page.evaluate(() => window.facet!.getState().cavitation)).joint)
      .toBe(s.mightPop[0])
    await page.close()
  })

  it('prints a one-page handout of the stretch with the warning signs, and nothing else', async () => {
    const page = await open('?labels=0&s=L4')
    await page.click('.region-stretches button:text-is("Knee rolls")')
    await page.locator('.stretch-card button:text-is("Print handout")').waitFor()
    await page.emulateMedia({ media: 'print' })
    const handout = page.locator('.handout')
    expect(await handout.isVisible()).toBe(true)
    expect(await page.locator('#root').isVisible()).toBe(false)
    const text = (await handout.textContent()) ?? ''
    expect(text).toContain('Let both knees roll slowly to one side.')
    expect(text).toContain('Hold 2 seconds')
    expect(text).toContain('Call 911, 112 or 999 now')
    await page.screenshot({ path: 'artifacts/screenshots/handout.png', fullPage: true })
    await page.close()
  })

  it('reads why backs crack, with sources shown where they are cited and the whole list one step on', async () => {
    const page = await open('?labels=0')
    await page.click('button:text-is("Why backs crack")')
    const learn = page.locator('dialog.learn').first()
    expect(await learn.textContent()).toContain('carbon dioxide')
    // a citation well down the reading: the reader has scrolled to it
    const cite = learn.locator('.myths .cite > button').first()
    await cite.scrollIntoViewIfNeeded()
    const key = ((await cite.textContent()) ?? '').replace(/^\[(\w+)\].*$/, '$1')
    const scrolled = await learn.evaluate((d) => d.scrollTop)
    expect(scrolled).toBeGreaterThan(0)
    await cite.click()
    // its source shows under the claim; the reading stays open where it was
    const note = learn.locator(`.cite-note[data-source="${key}"]`)
    await note.waitFor()
    expect(await note.textContent()).toContain(SOURCES[key as SourceKey].citation.slice(0, 20))
    expect(await cite.getAttribute('aria-expanded')).toBe('true')
    expect(await learn.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true)
    expect(Math.abs((await learn.evaluate((d) => d.scrollTop)) - scrolled)).toBeLessThan(40)
    // a second press hides it again
    await cite.click()
    await note.waitFor({ state: 'detached' })
    // and the whole list is one step on from a source
    await cite.click()
    await note.locator('.cite-all').click()
    expect(await page.locator('#sources-title').isVisible()).toBe(true)
    await page.close()
  })
})
