import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { StructureId } from '../../src/anatomy/ids'
import { structureName } from '../../src/anatomy/names'
import { partInfo, termOf } from '../../src/anatomy/parts'
import { REPORT_ADDRESS } from '../../src/config'
import { EN_MESSAGES } from '../../src/i18n/en'
import { ES_MESSAGES } from '../../src/i18n/es/messages'
import { buildDeck } from '../../src/study/deck'
import { PROGRESS_KEY, RESET_NOTES } from '../../src/study/storage'
import { axeViolations } from './axe'
import { browserHarness } from './harness'
import { decodePng, litFraction } from './pixels'
import { cameraAtRest, clickablePoint, openFacet } from './waits'

const harness = browserHarness()
const state = (page: Page) => page.evaluate(() => window.facet!.getState())

/** Counts every canvas that gets a WebGL context, as test/e2e/webgl.test.ts does. */
const COUNT_CONTEXTS = `(() => {
  const seen = new WeakSet(); window.__webglCanvases = 0
  const get = HTMLCanvasElement.prototype.getContext
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = get.call(this, type, ...rest)
    if (ctx && /webgl/.test(type) && !seen.has(this)) { seen.add(this); window.__webglCanvases++ }
    return ctx
  }
})()`

/** The row's part of the view (above the table), cut in three, one per compared bone. */
async function rowThirds(page: Page): Promise<Buffer[]> {
  const canvas = await page.locator('.stage canvas').boundingBox()
  const panel = await page.locator('[data-testid=compare-panel]').boundingBox()
  if (!canvas || !panel) throw new Error('no canvas or compare panel')
  const height = panel.y - canvas.y - 8
  const width = canvas.width / 3
  return Promise.all(
    [0, 1, 2].map((i) =>
      page.screenshot({ clip: { x: canvas.x + i * width, y: canvas.y, width, height: Math.max(40, height) } }),
    ),
  )
}

/** Lets the browser run `count` animation frames: time passes by frames, not by a fixed sleep. */
const animationFrames = (page: Page, count: number) =>
  page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n
        const next = () => (--left <= 0 ? resolve() : requestAnimationFrame(next))
        requestAnimationFrame(next)
      }),
    count,
  )
const framesDrawn = (page: Page) => page.evaluate(() => window.facetDebug?.framesDrawn?.() ?? -1)

const differs = (a: Buffer, b: Buffer) => {
  const x = decodePng(a).rgba
  const y = decodePng(b).rgba
  let changed = 0
  for (let i = 0; i < x.length; i += 4) if (Math.abs((x[i] ?? 0) - (y[i] ?? 0)) > 24) changed++
  return changed / (x.length / 4)
}

describe('compare levels', () => {
  it('shows three bones from the link with their dimensions, in the one WebGL context, turning together', async () => {
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    await context.addInitScript(COUNT_CONTEXTS)
    const page = await openFacet(context, `${harness.url()}?compare=C5,T6,L4`)
    await expect.poll(async () => (await state(page)).compare).toEqual(['C5', 'T6', 'L4'])
    await page.waitForSelector('[data-testid=compare-table] tbody tr')
    const headers = await page.locator('[data-testid=compare-table] thead th').allTextContents()
    expect(headers).toEqual(['C5', 'T6', 'L4'])
    expect(await page.locator('[data-testid=compare-table] tbody tr').count()).toBeGreaterThanOrEqual(4)
    // the facing of the joint faces, which comparing levels is mostly for, is the first row
    expect(await page.locator('[data-testid=compare-features] tr:nth-child(2) th').textContent()).toBe(
      'Upper joint faces point',
    )
    // the panel keeps the words: it reads about the first bone, and about another at a click
    const name = page.locator('[data-testid=selection-name]')
    await expect.poll(() => name.textContent()).toMatch(/C5/)
    await page.click('.compare-reading button:text-is("T6")')
    await expect.poll(() => name.textContent()).toMatch(/T6/)
    expect(await page.locator('.compare-reading button[aria-pressed=true]').textContent()).toBe('T6')
    expect((await state(page)).compare).toEqual(['C5', 'T6', 'L4'])
    await cameraAtRest(page)
    await page.waitForFunction(() => window.facet!.getState().refining === 0, undefined, { timeout: 60_000 })
    // a bone in each third of the row
    const before = await rowThirds(page)
    for (const third of before) expect(litFraction(third)).toBeGreaterThan(0.01)
    expect(await page.evaluate(() => (window as unknown as { __webglCanvases: number }).__webglCanvases)).toBe(1)
    // at rest, the compare view draws nothing
    await animationFrames(page, 10)
    const frames = await framesDrawn(page)
    await animationFrames(page, 60)
    expect(await framesDrawn(page)).toBe(frames)
    // the spine is out of sight and out of reach: nothing under the pointer names a structure
    const canvas = (await page.locator('.stage canvas').boundingBox())!
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height * 0.3)
    expect((await state(page)).selection).toBeNull()
    // dragging turns the camera round the row: every bone's picture changes
    const camera = (await state(page)).camera.position
    await page.mouse.move(canvas.x + canvas.width * 0.3, canvas.y + canvas.height * 0.25)
    await page.mouse.down()
    await page.mouse.move(canvas.x + canvas.width * 0.6, canvas.y + canvas.height * 0.25, { steps: 8 })
    await page.mouse.up()
    await cameraAtRest(page)
    expect((await state(page)).camera.position).not.toEqual(camera)
    const after = await rowThirds(page)
    for (let i = 0; i < 3; i++) expect(differs(before[i]!, after[i]!), `bone ${i + 1}`).toBeGreaterThan(0.005)
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: '/tmp/facet-study-compare.png' })
    // the way back restores the spine
    await page.click('button:text-is("Back to the spine")')
    await expect.poll(async () => (await state(page)).compare).toBeNull()
    expect(await page.locator('[data-testid=compare-panel]').count()).toBe(0)
    expect(page.errors).toEqual([])
    await context.close()
  })

  it('starts from the panel, and explains a link it cannot use', async () => {
    const page = await openFacet(harness.browser(), `${harness.url()}?s=C5&compare=C5,disc:C5-C6`)
    expect(await page.textContent('.messages')).toMatch(/compare/)
    expect((await state(page)).compare).toBeNull()
    await page.click('button:text-is("Compare with…")')
    await page.click('.compare-with button[type=submit]')
    await expect.poll(async () => (await state(page)).compare).toEqual(['C5', 'T6', 'L4'])
    expect(await page.evaluate(() => window.facet!.compare(['C5']))).toBe(false)
    expect(await page.evaluate(() => window.facet!.compare(['C5', 'nerve:L5:left']))).toBe(false)
    await page.evaluate(() => window.facet!.endCompare())
    await expect.poll(async () => (await state(page)).selection).toBe('C5')
    // the bone alone, from its panel, in the link: a vertebra's parts from above, no bone above it in the way
    await page.click('button:text-is("See it alone")')
    await expect.poll(async () => (await state(page)).compare).toEqual(['C5'])
    expect(await page.textContent('[data-testid=compare-panel] h2')).toBe('C5 on its own')
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('compare'))).toBe('C5')
    // its words stay beside it (the panel used to go back to its hint), with no choice of bone to make
    await expect.poll(() => page.locator('[data-testid=selection-name]').textContent()).toMatch(/C5/)
    expect(await page.locator('.compare-reading').count()).toBe(0)
    // it is alone already: the panel offers to compare it, not to see it alone again
    expect(await page.locator('button:text-is("See it alone")').count()).toBe(0)
    expect(await page.locator('button:text-is("Compare with…")').count()).toBe(1)
    await page.click('button:text-is("Back to the spine")')
    await expect.poll(async () => (await state(page)).selection).toBe('C5')
    expect(page.errors).toEqual([])
    await page.close()
  })
  it('fits every cell of its table in the panel on a laptop and a tablet, in both languages, and folds the table away', async () => {
    const sizes = [
      { width: 1280, height: 800 },
      { width: 820, height: 1180 },
    ]
    for (const viewport of sizes)
      for (const lang of ['en', 'es'] as const) {
        const where = `${viewport.width}×${viewport.height}, ${lang}`
        const words = lang === 'en' ? EN_MESSAGES : ES_MESSAGES
        const context = await harness.browser().newContext({ viewport })
        const page = await openFacet(context, `${harness.url()}?compare=C5,T6,L4&lang=${lang}`)
        const fold = page.locator('[data-testid=compare-panel] button[aria-controls]')
        await expect.poll(() => fold.textContent(), { timeout: 20_000 }).toBe(words['compare.hideTable'])
        await page.waitForSelector('[data-testid=compare-dimensions] tr:nth-child(4)')
        // every cell whole, inside its own box, and the whole table in sight across (it scrolls only down)
        const fit = await page.evaluate(() => {
          const box = document.querySelector('.compare-scroll') as HTMLElement
          const left = box.getBoundingClientRect().left
          const cells = [...document.querySelectorAll('[data-testid=compare-table] :is(th, td)')] as HTMLElement[]
          const text = (c: Element) => c.textContent?.trim() ?? ''
          const canvas = document.querySelector('.stage canvas')!.getBoundingClientRect()
          const panel = document.querySelector('[data-testid=compare-panel]')!.getBoundingClientRect()
          return {
            overflowing: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map(text),
            outOfBox: cells
              .filter((c) => {
                const r = c.getBoundingClientRect()
                return r.left < left - 1 || r.right > left + box.clientWidth + 1
              })
              .map(text),
            across: box.scrollWidth - box.clientWidth,
            share: panel.height / canvas.height,
            features: [...document.querySelectorAll('[data-testid=compare-features] tr')].map((r) =>
              [...r.children].map(text),
            ),
          }
        })
        expect(fit.overflowing, where).toEqual([])
        expect(fit.outOfBox, where).toEqual([])
        expect(fit.across, where).toBeLessThanOrEqual(1)
        // no more of the 3D view covered than before the table could fold (42 % of it)
        expect(fit.share, where).toBeLessThan(0.41)
        // what each bone has, from its parts: the neck's side holes and forked tip, the thorax's rib facets, the
        // low back's muscle knobs, and which way the upper joint faces point
        const row = (id: keyof typeof words) => fit.features.find((r) => r[0] === words[id])?.slice(1)
        const [yes, no] = [words['compare.yes'], words['compare.no']]
        expect(row('compare.feature.transverseForamen'), where).toEqual([yes, no, no])
        expect(row('compare.feature.bifidSpinous'), where).toEqual([yes, no, no])
        expect(row('compare.feature.ribFacets'), where).toEqual([no, words['compare.ribFacets.aboveAndBelow'], no])
        expect(row('compare.feature.mammillaryProcess'), where).toEqual([no, no, yes])
        expect(row('compare.feature.facing')?.[0], where).toBe(
          `${words['compare.facing.up']} ${words['compare.and']} ${words['compare.facing.back']}`,
        )
        // folding, from the keyboard: the button says what it does and whether the table is open
        const panel = page.locator('[data-testid=compare-panel]')
        const open = (await panel.boundingBox())!.height
        const table = page.locator(`[id="${await fold.getAttribute('aria-controls')}"]`)
        expect(await fold.getAttribute('aria-expanded')).toBe('true')
        await fold.focus()
        await page.keyboard.press('Enter')
        await expect.poll(() => fold.getAttribute('aria-expanded')).toBe('false')
        expect(await fold.textContent()).toBe(words['compare.showTable'])
        expect(await table.isVisible()).toBe(false)
        expect((await panel.boundingBox())!.height, where).toBeLessThan(open / 2)
        expect(await fold.evaluate((b) => b === document.activeElement)).toBe(true)
        if (viewport.width === 1280 && lang === 'en') expect(await axeViolations(page)).toEqual([])
        await page.keyboard.press('Space')
        await expect.poll(() => fold.getAttribute('aria-expanded')).toBe('true')
        expect(await table.isVisible()).toBe(true)
        expect(await fold.textContent()).toBe(words['compare.hideTable'])
        expect(page.errors).toEqual([])
        await context.close()
      }
  })
})

describe('flashcards', () => {
  it('keeps every grade given in two tabs open at once', async () => {
    // a trust review (s37): each tab saved its own whole copy, so a grade in one erased the other's
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    const [a, b] = [await openFacet(context, harness.url()), await openFacet(context, harness.url())]
    for (const page of [a, b]) {
      await page.click('button:text-is("Flashcards")')
      await page.locator('[data-testid=flashcard]').waitFor()
    }
    const gradeOne = async (page: typeof a) => {
      const card = page.locator('[data-testid=flashcard]')
      const id = await card.getAttribute('data-card')
      await page.click('button:text-is("Show the answer")')
      await page.click('.flashcards .grades button:text-is("Good")')
      await expect.poll(() => card.getAttribute('data-card')).not.toBe(id)
      return id
    }
    // two in the first tab, then one in the second, which read its progress before them
    const graded = [await gradeOne(a), await gradeOne(a), await gradeOne(b)]
    const saved = await a.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').cards, PROGRESS_KEY)
    for (const id of graded) expect(saved[id ?? ''], id ?? '').toBeDefined()
    // and the second tab, told of the first's grades, did not offer it one of those cards as new
    expect(new Set(graded).size).toBe(3)
    await context.close()
  })

  it('lights a part up on the model to be named, its name hidden until the card is turned', async () => {
    // "identify it", as a lab exam asks (student review s38, M8)
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    const page = await openFacet(context, harness.url())
    await page.click('button:text-is("Flashcards")')
    await page.click('.flashcards button:text-is("Parts of bones")')
    const card = page.locator('[data-testid=flashcard]')
    await card.waitFor()
    // (the parts' three sorts of card take turns: one of the first few new ones)
    for (let i = 0; i < 6 && !(await card.getAttribute('data-card'))?.startsWith('spot-part:'); i++) {
      const id = await card.getAttribute('data-card')
      await page.click('button:text-is("Show the answer")')
      await page.click('.flashcards .grades button:text-is("Good")')
      await expect.poll(() => card.getAttribute('data-card')).not.toBe(id)
    }
    const id = (await card.getAttribute('data-card')) ?? ''
    expect(id).toMatch(/^spot-part:/)
    const part = id.slice('spot-part:'.length)
    const bone = part.split('/')[0] as StructureId
    // nothing is chosen, so no name is on the model or in the panel; the view is on the bone, clear of the cards
    await cameraAtRest(page)
    expect((await state(page)).selection).toBeNull()
    const { position, target } = (await state(page)).camera
    expect(Math.hypot(...position.map((v, i) => v - target[i]!))).toBeLessThan(600)
    const at = await clickablePoint(page, part)
    const panel = (await page.locator('.flashcards').boundingBox())!
    expect(at.x).toBeGreaterThan(panel.x + panel.width)
    // the part is pink there
    const shot = decodePng(await page.screenshot({ clip: { x: at.x - 3, y: at.y - 3, width: 7, height: 7 } }))
    let pink = 0
    for (let i = 0; i < shot.rgba.length; i += 4)
      if (shot.rgba[i]! > 170 && shot.rgba[i + 1]! < 150 && shot.rgba[i + 2]! > 110) pink++
    expect(pink / (shot.rgba.length / 4)).toBeGreaterThan(0.5)
    // pointing at it names its bone, not the part
    await page.mouse.move(at.x, at.y)
    await expect.poll(() => page.textContent('.hover-name')).toBe(structureName(bone))
    expect(await page.textContent('[data-testid=flashcard-front]')).not.toContain(termOf(partInfo(part)!.name.detailed))
    // turned, the card names it, and so does pointing
    await page.click('button:text-is("Show the answer")')
    const term = termOf(partInfo(part)!.name.detailed)
    expect(await page.textContent('[data-testid=flashcard-back]')).toContain(term)
    await page.mouse.move(at.x + 1, at.y)
    await expect.poll(() => page.textContent('.hover-name')).toContain(term)
    expect(page.errors).toEqual([])
    await context.close()
  })

  it('keeps progress after a reload', async () => {
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    const page = await openFacet(context, harness.url())
    await page.click('button:text-is("Flashcards")')
    const card = page.locator('[data-testid=flashcard]')
    await card.waitFor()
    const first = await card.getAttribute('data-card')
    expect(await page.textContent('[data-testid=flashcard-counts]')).toMatch(/0 due/)
    // the flashcards have the More detail switch of their own: the card's words turn to the terms, and back
    const plainFront = await page.textContent('[data-testid=flashcard-front]')
    await page.click('.flashcards button:text-is("More detail")')
    await expect.poll(() => page.textContent('[data-testid=flashcard-front]')).not.toBe(plainFront)
    await page.click('.flashcards button:text-is("More detail")')
    await expect.poll(() => page.textContent('[data-testid=flashcard-front]')).toBe(plainFront)
    await page.click('button:text-is("Show the answer")')
    expect(await page.textContent('[data-testid=flashcard-back]')).toMatch(/\[\w+\]/)
    // its report names the card, and nothing is sent: a copy button, and a mailto link only to a configured
    // address (src/config.ts; none in this build, so none that would bounce)
    await page.click('.flashcards button.report-open')
    const report = await page.inputValue('[data-testid=report] textarea')
    expect(report).toContain(`Item: ${first}`)
    expect(report).toMatch(/Sources: \w+/)
    const email = page.locator('[data-testid=report] a.report-email')
    if (REPORT_ADDRESS === null) {
      expect(await email.count()).toBe(0)
      expect(await page.textContent('[data-testid=report]')).toMatch(/Copy this short report/)
    } else expect(await email.getAttribute('href')).toMatch(new RegExp(`^mailto:${REPORT_ADDRESS}\\?`))
    expect(await page.locator('[data-testid=report] button:text-is("Copy the report")').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await page.click('.flashcards .grades button:text-is("Good")')
    await expect.poll(() => card.getAttribute('data-card')).not.toBe(first)
    const saved = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)
    expect(JSON.parse(saved ?? '{}').cards[first ?? '']?.reps).toBe(1)
    await page.reload()
    await page.waitForFunction(() => window.facet !== undefined)
    await page.evaluate(() => window.facet?.ready)
    await page.click('button:text-is("Flashcards")')
    await card.waitFor()
    // the card answered is not new any more: the deck moved on
    expect(await card.getAttribute('data-card')).not.toBe(first)
    expect(await page.locator('[data-testid=flashcard-note]').count()).toBe(0)
    // "Show it on the model" folds the panel away from the bone it frames; one press brings the card back
    await page.click('button:text-is("Show the answer")')
    const shownCard = await card.getAttribute('data-card')
    await page.click('button:text-is("Show it on the model")')
    await expect.poll(() => card.count()).toBe(0)
    await cameraAtRest(page)
    const covers = await page.evaluate(() => {
      const selection = window.facet!.getState().selection
      const at = selection ? window.facet!.screenPosition(selection) : null
      const panel = document.querySelector('[data-testid=flashcards]')!.getBoundingClientRect()
      if (!at) return null
      return at.x >= panel.left && at.x <= panel.right && at.y >= panel.top && at.y <= panel.bottom
    })
    expect(covers).toBe(false)
    await page.click('button:text-is("Back to the card")')
    await expect.poll(() => card.getAttribute('data-card')).toBe(shownCard)
    await page.click('.flashcards .grades button:text-is("Good")')
    // one kind of card at a time: the nerve roots, then back to all
    await page.click('.flashcard-filter button:text-is("Nerve roots")')
    await expect.poll(() => card.getAttribute('data-card')).toMatch(/^root(-exam)?:/)
    expect(await page.getAttribute('.flashcard-filter button:text-is("Nerve roots")', 'aria-pressed')).toBe('true')
    // the roots' counts: 41 new (31 where-it-leaves, 10 how-a-doctor-checks)
    expect(await page.textContent('[data-testid=flashcard-counts]')).toMatch(/^0 due · 41 new$/)
    await page.click('.flashcard-filter button:text-is("All")')
    // back to every kind: the next card is the deck's first not yet answered, whatever its kind
    const answered = await page.evaluate(
      (key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{}').cards ?? {}),
      PROGRESS_KEY,
    )
    const next = buildDeck().find((c) => !answered.includes(c.id))?.id
    await expect.poll(() => card.getAttribute('data-card')).toBe(next)
    expect(page.errors).toEqual([])
    await context.close()
  })

  it('resets corrupt saved progress with a note, carries on with a fresh deck, and brings back a card marked Again', async () => {
    const context = await harness.browser().newContext({ viewport: { width: 820, height: 1180 } })
    await context.addInitScript(
      (key) => localStorage.setItem(key, '{"app":"facet-flashcards","version":1,"cards":7'),
      PROGRESS_KEY,
    )
    const page = await openFacet(context, harness.url(), { width: 820, height: 1180 })
    await page.click('button:text-is("Flashcards")')
    await expect.poll(() => page.textContent('[data-testid=flashcard-note]')).toContain(EN_MESSAGES[RESET_NOTES.json])
    expect(await page.textContent('[data-testid=flashcard-counts]')).toMatch(/^0 due · \d+ new$/)
    const card = page.locator('[data-testid=flashcard]')
    const forgotten = await card.getAttribute('data-card')
    await page.click('button:text-is("Show the answer")')
    await page.click('.flashcards .grades button:text-is("Again")')
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? '{}')
    expect(saved.version).toBe(1)
    expect(Object.keys(saved.cards)).toHaveLength(1)
    // the card marked Again comes back in this session after three others, said to be gone over again
    expect(await page.textContent('[data-testid=flashcard-counts]')).toMatch(/1 to go over again/)
    for (let i = 0; i < 3; i++) {
      await expect.poll(() => card.getAttribute('data-card')).not.toBe(forgotten)
      await page.click('button:text-is("Show the answer")')
      await page.click('.flashcards .grades button:text-is("Good")')
    }
    await expect.poll(() => card.getAttribute('data-card')).toBe(forgotten)
    expect(await card.getAttribute('data-again')).toBe('')
    expect(await page.textContent('.flashcard-again')).toMatch(/go over again/)
    await page.click('button:text-is("Show the answer")')
    await page.click('.flashcards .grades button:text-is("Good")')
    await expect.poll(() => card.getAttribute('data-card')).not.toBe(forgotten)
    // known the second time: gone from the session, its schedule still the first answer's (due tomorrow)
    expect(await page.textContent('[data-testid=flashcard-counts]')).not.toMatch(/go over again/)
    const after = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? '{}')
    expect(after.cards[forgotten ?? ''].reps).toBe(0)
    await page.screenshot({ path: '/tmp/facet-study-flashcards-820.png' })
    expect(page.errors).toEqual([])
    await context.close()
  })
})

describe('nerve-root questions', () => {
  it('is answered by clicking the root on the model', async () => {
    const page = await openFacet(harness.browser(), harness.url())
    // the button seeds the quiz from the clock: seed 21 asks for a lumbar root in question 6 (a thin neck
    // root such as C8 may be out of reach from every standard view), so the test does not depend on the time
    await page.evaluate(() => {
      const w = window as unknown as { __now: () => number }
      w.__now = Date.now
      Date.now = () => 21
    })
    await page.click('button:text-is("Test yourself")')
    await page.evaluate(() => {
      Date.now = (window as unknown as { __now: () => number }).__now
    })
    await page.waitForSelector('[data-testid=quiz-prompt]')
    // questions 1–5 are skipped with any answer; the sixth is about a nerve root
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => window.facet!.select('coccyx'))
      await expect.poll(async () => (await state(page)).quiz?.answered ?? null).not.toBeNull()
      await page.click('.quiz button:text-is("Next question")')
    }
    const prompt = (await page.textContent('[data-testid=quiz-prompt]')) ?? ''
    expect(prompt).toMatch(/^6\. Which nerve root leaves (above|between) /)
    // the roots are shown for it (x-ray)
    await expect.poll(async () => (await state(page)).xray).toBe(true)
    await expect.poll(async () => (await state(page)).neural.building, { timeout: 60_000 }).toBe(0)
    // the numbering rule, worked out here on its own: in the neck the root above its bone, C8 under C7, lower
    // down the root below its bone
    const above = /above (C\d)/.exec(prompt)?.[1]
    const upper = /between (\w+) and/.exec(prompt)?.[1]
    const root = above ?? (upper === 'C7' ? 'C8' : upper)
    // it opens on the roots' region, not the whole spine (where a root is a few pixels high), closer than the
    // home view's 1.45 m, and the root sits clear of the quiz card, to its right
    await cameraAtRest(page)
    const opened = (await state(page)).camera
    expect(Math.hypot(...opened.position.map((v, i) => v - opened.target[i]!))).toBeLessThan(1000)
    const card = (await page.locator('.quiz').boundingBox())!
    const rootAt = await page.evaluate((id) => window.facet!.screenPosition(id), `nerve:${root}:left`)
    expect(rootAt?.x ?? 0).toBeGreaterThan(card.x + card.width)
    // a thin root is clickable from some side (the back, else either side, else the front), out from under the panel
    let at: { x: number; y: number } | null = null
    let answer = ''
    for (const view of ['back', 'left', 'right', 'front'] as const) {
      await page.evaluate((v) => window.facet!.setView(v), view)
      await cameraAtRest(page)
      for (const side of ['left', 'right']) {
        const id = `nerve:${root}:${side}`
        // a point the quiz panel does not cover
        at ??= await page.evaluate((s) => {
          const p = window.facet!.screenPosition(s)?.clickable ?? null
          return p && document.elementFromPoint(p.x, p.y)?.tagName === 'CANVAS' ? p : null
        }, id)
        if (at && !answer) answer = id
      }
      if (at) break
    }
    expect(at, `a point on the ${root} root`).not.toBeNull()
    if (!at) return
    await page.mouse.click(at.x, at.y)
    await expect.poll(async () => (await state(page)).quiz?.answered).toEqual({ right: true, answer })
    expect(await page.textContent('.quiz .feedback')).toContain('Right.')
    await page.screenshot({ path: '/tmp/facet-study-root.png' })
    expect(page.errors).toEqual([])
    await page.close()
  })
})
