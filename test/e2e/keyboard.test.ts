import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { browserHarness } from './harness'

/**
 * A keyboard-only user: every step uses page.keyboard alone, and after each one we check where focus is
 * — never on <body>, which is where a keyboard user loses their place.
 */
const harness = browserHarness()
const POLL = { timeout: 20_000, interval: 50 }

let context: BrowserContext | undefined
let errors: string[] = []
afterEach(async () => {
  await context?.close()
  context = undefined
  expect(errors).toEqual([])
})

async function open(query = ''): Promise<Page> {
  context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
  // the print dialog would block the page: record the call instead
  await context.addInitScript(() => {
    const w = window as Window & { printCalls?: number }
    w.printCalls = 0
    window.print = () => {
      w.printCalls = (w.printCalls ?? 0) + 1
    }
  })
  const page = await context.newPage()
  errors = []
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.goto(`${harness.url()}${query}`)
  await page.waitForFunction(() => window.facet !== undefined)
  await page.evaluate(() => window.facet?.ready)
  return page
}

/** A stable description of the focused element: 'BODY', or its data-id / aria-label / label / text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return 'BODY'
    const h = el as HTMLElement
    // a panel's heading and the button that opened it often share their words
    if (/^H[1-6]$/.test(h.tagName)) return `heading: ${h.textContent?.replace(/\s+/g, ' ').trim()}`
    const label = h instanceof HTMLInputElement ? h.labels?.[0]?.textContent : null
    return (
      h.dataset.id ??
      h.getAttribute('aria-label') ??
      label ??
      h.textContent?.replace(/\s+/g, ' ').trim() ??
      h.tagName
    ).trim()
  })

/** Waits until focus is on the element described, failing with where it actually is. */
const focusIs = (page: Page, description: string | RegExp) =>
  expect
    .poll(() => focused(page), POLL)
    .toSatisfy((d: string) => (typeof description === 'string' ? d === description : description.test(d)))

/** Presses Tab (or Shift+Tab) until focus reaches the element described; never passes through <body>. */
async function tabTo(page: Page, description: string | RegExp, max: number, key = 'Tab'): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press(key)
    const d = await focused(page)
    expect(d, `after ${n} × ${key}`).not.toBe('BODY')
    if (typeof description === 'string' ? d === description : description.test(d)) return n
  }
  throw new Error(
    `${String(description)} not reached in ${max} presses of ${key} (focus is on "${await focused(page)}")`,
  )
}

/** Whether the group whose heading has focus is open. */
const groupOpen = (page: Page) =>
  page.evaluate(
    () =>
      document.activeElement?.parentElement instanceof HTMLDetailsElement && document.activeElement.parentElement.open,
  )
const state = (page: Page) => page.evaluate(() => window.facet!.getState())
const printCalls = (page: Page) => page.evaluate(() => (window as Window & { printCalls?: number }).printCalls)

describe('keyboard only', () => {
  it('list → facet joint → its crack → play → a stretch → print handout → Escape closes everything', async () => {
    const page = await open()

    // the search field of the structure list, from the top of the page
    await tabTo(page, 'Find a structure', 40)
    await page.keyboard.type('facet L4')
    await page.keyboard.press('ArrowDown')
    await focusIs(page, /^facet:L\d-L\d:(left|right)$/)
    await tabTo(page, 'facet:L4-L5:left', 6, 'ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await state(page)).selection, POLL).toBe('facet:L4-L5:left')
    await focusIs(page, 'facet:L4-L5:left')
    // the panel's code comes after the first frame: on a busy machine it may still be on its way
    await page.locator('[data-panel=selection] [data-testid=selection-name]').waitFor()

    // Warning signs from the joint panel: Escape closes the dialog only, and focus comes back to its button
    await tabTo(page, '⚠ Warning signs', 20)
    await page.keyboard.press('Enter')
    await focusIs(page, 'heading: Warning signs')
    await page.keyboard.press('Escape')
    await focusIs(page, '⚠ Warning signs')
    expect((await state(page)).selection).toBe('facet:L4-L5:left')
    expect(await page.locator('dialog[open]').count()).toBe(0)

    // the crack: focus moves into the close-up
    await tabTo(page, 'What happens when it cracks?', 5, 'Shift+Tab')
    await page.keyboard.press('Enter')
    await focusIs(page, 'heading: Inside the crack: Left L4–L5 facet joint')
    await expect.poll(async () => (await state(page)).cavitation.joint, POLL).toBe('facet:L4-L5:left')
    // it plays by itself once the camera has arrived and the cut-away is drawn, which on a busy machine can
    // come after the panel shows 'Play': wait for that first pull to have run and ended, then play it again
    await expect
      .poll(async () => {
        const c = (await state(page)).cavitation
        return !c.playing && c.phase !== 'ready' && c.phase !== 'loading'
      }, POLL)
      .toBe(true)
    // and for the panel to say so: on a busy machine its button may still read "Pause" for a moment
    await expect.poll(() => page.locator('[data-panel=closeUp] button.play').textContent(), POLL).toBe('Play')
    await tabTo(page, 'Play', 5)
    const before = (await state(page)).cavitation.simTimeMs
    await page.keyboard.press('Space')
    await expect
      .poll(async () => {
        const c = (await state(page)).cavitation
        return c.playing || c.simTimeMs !== before
      }, POLL)
      .toBe(true)

    // Escape closes the close-up only; focus goes back to the button that opened it
    await page.keyboard.press('Escape')
    await focusIs(page, 'What happens when it cracks?')
    expect((await state(page)).cavitation.joint).toBeNull()
    expect((await state(page)).selection).toBe('facet:L4-L5:left')

    // a stretch for the lower back: focus moves to the card's heading
    await tabTo(page, 'Knee rolls', 40)
    await page.keyboard.press('Enter')
    await focusIs(page, 'heading: Knee rolls')

    // the handout
    await tabTo(page, 'Print handout', 5)
    await page.keyboard.press('Enter')
    await expect.poll(() => printCalls(page), POLL).toBe(1)
    await focusIs(page, 'Print handout')

    // Escape, one panel at a time: the stretch card (focus back on its button), then the selection
    await page.keyboard.press('Escape')
    await focusIs(page, 'Knee rolls')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON')
    expect((await state(page)).stretch.id).toBeNull()
    expect((await state(page)).selection).toBe('facet:L4-L5:left')

    await page.keyboard.press('Escape')
    await expect.poll(async () => (await state(page)).selection, POLL).toBeNull()
    // the joint panel has gone: focus goes back to the list item the joint was chosen from, not to <body>
    await focusIs(page, 'facet:L4-L5:left')
  })

  it('reaches a structure in a collapsed group with the arrow keys', async () => {
    const page = await open('?labels=0')
    await tabTo(page, 'Find a structure', 40)
    // Down from the search field goes into the list: the first group's heading, then its first bone (the
    // skull's base, above C1), then C1
    await page.keyboard.press('ArrowDown')
    await focusIs(page, 'Cervical (neck)')
    await page.keyboard.press('ArrowDown')
    await focusIs(page, 'occiput')
    await page.keyboard.press('ArrowDown')
    await focusIs(page, 'C1')
    // Down moves through what is shown and stops on a closed group's heading
    await tabTo(page, 'Facet joints', 12, 'ArrowDown')
    expect(await groupOpen(page)).toBe(false)
    // Right opens it, Right again steps in
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => groupOpen(page), POLL).toBe(true)
    await page.locator('.tree button[data-id="facet:C0-C1:left"]').waitFor()
    await page.keyboard.press('ArrowRight')
    await focusIs(page, 'facet:C0-C1:left')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await state(page)).selection, POLL).toBe('facet:C0-C1:left')
    // Left steps out to the group's heading, and Left again closes nothing that holds the selection
    await page.keyboard.press('ArrowLeft')
    await focusIs(page, 'Facet joints')
  })

  it('turns, tilts and zooms the 3D view with the arrow keys and + and −, and keeps the view in the link', async () => {
    const page = await open('?labels=0')
    // with nothing focused (the page itself), the arrows and + leave the camera alone: they belong to the page
    expect(await focused(page)).toBe('BODY')
    const untouched = (await state(page)).camera.position
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('+')
    await page.waitForFunction(() => window.facet!.getState().camera.atRest)
    expect((await state(page)).camera.position).toEqual(untouched)
    // the page's first stop skips the top bar and the list: one key press, then Enter, and the view has focus
    await tabTo(page, 'Skip to the 3D view', 1)
    await page.keyboard.press('Enter')
    await focusIs(page, /^Spine\. Arrow keys turn it/)
    const pose = async () => {
      await page.waitForFunction(() => window.facet!.getState().camera.atRest)
      const { position: p, target: t } = (await state(page)).camera
      const [x, y, z] = [p[0] - t[0], p[1] - t[1], p[2] - t[2]]
      const distance = Math.hypot(x, y, z)
      return { azimuth: (Math.atan2(x, z) * 180) / Math.PI, polar: (Math.acos(y / distance) * 180) / Math.PI, distance }
    }
    const turned = (a: number, b: number) => ((b - a + 540) % 360) - 180
    const start = await pose()
    await page.keyboard.press('ArrowLeft')
    await expect.poll(async () => turned(start.azimuth, (await pose()).azimuth), POLL).toBeCloseTo(15, 0)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(async () => turned(start.azimuth, (await pose()).azimuth), POLL).toBeCloseTo(-15, 0)
    // up looks from higher, down back again
    const level = await pose()
    await page.keyboard.press('ArrowUp')
    await expect.poll(async () => level.polar - (await pose()).polar, POLL).toBeCloseTo(15, 0)
    await page.keyboard.press('ArrowDown')
    await expect.poll(async () => level.polar - (await pose()).polar, POLL).toBeCloseTo(0, 0)
    // + comes a fifth closer, − goes back; pressed quickly, before a move has ended, the steps add up exactly
    await page.keyboard.press('+')
    await expect.poll(async () => (await pose()).distance / level.distance, POLL).toBeCloseTo(0.8, 2)
    await page.keyboard.press('-')
    await expect.poll(async () => (await pose()).distance / level.distance, POLL).toBeCloseTo(1, 2)
    await page.keyboard.press('+')
    await page.keyboard.press('+')
    await page.keyboard.press('-')
    await expect.poll(async () => (await pose()).distance / level.distance, POLL).toBeCloseTo(0.8, 2)
    await page.keyboard.press('-')
    await expect.poll(async () => (await pose()).distance / level.distance, POLL).toBeCloseTo(1, 2)
    // the page itself did not scroll, focus stayed on the view, and the link has the turned view
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await focusIs(page, /^Spine\. Arrow keys turn it/)
    const { position } = (await state(page)).camera
    await expect
      .poll(() => page.evaluate(() => new URL(location.href).searchParams.get('cam')?.split(',').map(Number)[0]), POLL)
      .toBeCloseTo(position[0], 0)
    // keys pressed elsewhere (here the structure list) leave the camera alone
    await page.keyboard.press('Shift+Tab')
    const before = await pose()
    await page.keyboard.press('ArrowLeft')
    expect((await pose()).azimuth).toBeCloseTo(before.azimuth, 3)
  })

  it('gives focus back after Why backs crack, a citation in it, Sources and the quiz', async () => {
    const page = await open('?labels=0')
    await tabTo(page, 'Why backs crack', 40)
    await page.keyboard.press('Enter')
    await focusIs(page, 'heading: Why backs crack')
    // a citation shows its source under the claim, and from there Sources opens at that source
    await tabTo(page, /^\[\w+\] \(about this source\)$/, 10)
    const cited = (await focused(page)).replace(/^\[(\w+)\].*$/, '$1')
    await page.keyboard.press('Enter')
    await page.locator(`.cite-note[data-source="${cited}"]`).waitFor()
    await tabTo(page, 'All sources', 10)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe(`source-${cited}`)
    await page.keyboard.press('Escape')
    // Why backs crack closed when Sources opened: focus goes back to the button that opened it
    await focusIs(page, 'Why backs crack')
    expect(await page.locator('dialog[open]').count()).toBe(0)

    await tabTo(page, 'Test yourself', 3, 'Shift+Tab')
    await page.keyboard.press('Enter')
    await focusIs(page, 'heading: Test yourself')
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await state(page)).quiz, POLL).toBeNull()
    await focusIs(page, 'Test yourself')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON')
  })

  it('when the control that opened a panel is gone, focus goes to a stable place, not <body>', async () => {
    const page = await open('?labels=0&s=facet:L4-L5:left')
    // the joint panel's own Warning signs button, just after its crack button
    await tabTo(page, 'What happens when it cracks?', 80)
    await tabTo(page, '⚠ Warning signs', 1)
    expect(await page.evaluate(() => document.activeElement?.closest('aside.info') !== null)).toBe(true)
    await page.keyboard.press('Enter')
    await focusIs(page, 'heading: Warning signs')
    // the joint panel changes under the dialog: a vertebra has no Warning signs button
    await page.evaluate(() => window.facet!.select('L3'))
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('dialog[open]').count(), POLL).toBe(0)
    // back to the heading of the panel the button was in
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL)
      .toBe('selection-name')
    expect((await state(page)).selection).toBe('L3')

    // again, with the selection cleared under the dialog: the list's search field
    await page.evaluate(() => window.facet!.select('facet:L4-L5:left'))
    await tabTo(page, '⚠ Warning signs', 10)
    await page.keyboard.press('Enter')
    await focusIs(page, 'heading: Warning signs')
    await page.evaluate(() => window.facet!.clearSelection())
    await page.keyboard.press('Escape')
    await focusIs(page, 'Find a structure')
  })
})
