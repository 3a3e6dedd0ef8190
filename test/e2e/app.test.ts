import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser'
import { structureInfo } from '../../src/anatomy/info'
import { makeQuiz, QUIZ_LENGTH } from '../../src/quiz/questions'
import { browserHarness } from './harness'
import { litFraction } from './pixels'
import { cameraAtRest, clickablePoint } from './waits'

// the explorer's and the close-up's eased camera flights, as most readers see them
const harness = browserHarness({ motion: 'no-preference', serviceWorkers: 'allow' })
const server = {
  get url() {
    return harness.url()
  },
}

async function open(query = ''): Promise<Page> {
  const page = await harness.browser().newPage({ viewport: { width: 1280, height: 720 } })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.goto(`${server.url}${query}`)
  await page.waitForFunction(() => window.facet !== undefined)
  await page.evaluate(() => window.facet?.ready)
  ;(page as Page & { errors: string[] }).errors = errors
  return page
}
const state = (page: Page) => page.evaluate(() => window.facet!.getState())
/** How much of the 3D view shows bone rather than background. */
const drawn = async (page: Page) => litFraction(await page.locator('canvas').first().screenshot())

describe('Facet in a real browser with WebGL', () => {
  it('draws the spine and lists every structure', async () => {
    const page = await open()
    const structures = await page.evaluate(() => window.facet!.listStructures())
    // the spine model's 99, then the cord, cauda equina, 62 roots, 100 ligaments (the transverse ligament of the atlas, the alar pair, the apical ligament, the tectorial membrane and the two atlanto-occipital membranes among them), the median atlanto-axial joint, the skull's base, 2 sacroiliac joints and 2 ilia
    expect(structures).toHaveLength(99 + 170)
    expect(structures.filter((s) => s.kind === 'facet')).toHaveLength(50)
    expect(structures.filter((s) => s.kind === 'nerve')).toHaveLength(62)
    // the spine is on the canvas once ready: a tall light shape covering part, not all, of the view
    const share = await drawn(page)
    expect(share).toBeGreaterThan(0.02)
    expect(share).toBeLessThan(0.6)
    await page.close()
  })

  it('names a facet joint clicked on the canvas', async () => {
    const page = await open('?view=back&labels=0')
    await cameraAtRest(page)
    const point = await clickablePoint(page, 'facet:L4-L5:left')
    expect((await page.evaluate(() => window.facet!.screenPosition('facet:L4-L5:left')))?.onScreen).toBe(true)
    await page.mouse.move(point.x, point.y)
    await expect.poll(() => page.textContent('.hover-name')).toBe('Left L4–L5 facet joint')
    await page.mouse.click(point.x, point.y)
    await expect.poll(() => page.textContent('[data-testid=selection-name]')).toBe('Left L4–L5 facet joint')
    expect((await state(page)).selection).toBe('facet:L4-L5:left')
    await page.close()
  })

  it('turns to a facet joint chosen from the home view, so it is seen, not hidden behind the bodies', async () => {
    const page = await open('?labels=0')
    await cameraAtRest(page)
    await page.evaluate(() => window.facet!.select('facet:L4-L5:left'))
    // from behind and its own side (the subject's left is +x), where a click reaches it
    await expect
      .poll(async () => {
        const { camera } = await state(page)
        return camera.atRest && camera.position[2] < camera.target[2] && camera.position[0] > camera.target[0]
      })
      .toBe(true)
    await clickablePoint(page, 'facet:L4-L5:left')
    // and a joint already in sight keeps the view: the right one from behind
    const back = await open('?view=back&labels=0')
    await cameraAtRest(back)
    await back.evaluate(() => window.facet!.select('facet:L4-L5:right'))
    await cameraAtRest(back)
    // still straight from behind: not turned to the joint's side
    const after = (await state(back)).camera
    expect(after.position[2]).toBeLessThan(after.target[2])
    expect(Math.abs(after.position[0] - after.target[0])).toBeLessThan(1)
    await back.close()
    await page.close()
  })

  it('turns the spine under a mouse drag without selecting what the drag started and ended on', async () => {
    const page = await open('?labels=0')
    await cameraAtRest(page)
    const start = await clickablePoint(page, 'L3')
    // out and back to the very pixel it started on: a press and release at one place, with a turn between
    await page.mouse.move(start.x, start.y)
    await page.mouse.down()
    for (let i = 1; i <= 6; i++) await page.mouse.move(start.x + i * 15, start.y + i * 3)
    for (let i = 5; i >= 0; i--) await page.mouse.move(start.x + i * 15, start.y + i * 3)
    await page.mouse.up()
    await cameraAtRest(page)
    expect((await state(page)).selection).toBeNull()
    // ended somewhere else on the spine
    const again = await clickablePoint(page, 'L3')
    await page.mouse.move(again.x, again.y)
    await page.mouse.down()
    for (let i = 1; i <= 4; i++) await page.mouse.move(again.x + i * 2, again.y + i * 2)
    await page.mouse.up()
    await cameraAtRest(page)
    expect((await state(page)).selection).toBeNull()
    // a click in place still selects
    const point = await clickablePoint(page, 'L3')
    await page.mouse.click(point.x, point.y)
    await expect.poll(async () => (await state(page)).selection).toBe('L3')
    await page.close()
  })

  it('selects through the structure list with the keyboard, and search finds abbreviations', async () => {
    const page = await open()
    await page.focus('input[type=search]')
    await page.keyboard.type('atlas')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await state(page)).selection).toBe('C1')
    await page.fill('input[type=search]', '')
    await page.focus('button[data-id="C5"]')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await state(page)).selection).toBe('C6')
    expect(await page.textContent('[data-testid=selection-name]')).toBe('Sixth cervical vertebra (C6)')
    expect(await page.getAttribute('button[data-id="C6"]', 'aria-current')).toBe('true')
    await page.close()
  })

  it('lets the list be scrolled away from the selection and another structure clicked', async () => {
    const page = await open('?labels=0')
    // the selection sits at the top of the list; L2 is far below it
    await page.evaluate(() => window.facet!.select('facet:C5-C6:right'))
    await expect.poll(() => page.getAttribute('button[data-id="facet:C5-C6:right"]', 'aria-current')).toBe('true')
    await page.click('button[data-id="L2"]', { timeout: 10_000 })
    await expect.poll(async () => (await state(page)).selection).toBe('L2')
    await page.close()
  })

  it('frames the selection again when it is chosen again in the list, after a view of the whole spine', async () => {
    const page = await open('?s=T6&labels=0')
    await cameraAtRest(page)
    const framed = (await state(page)).camera
    await page.evaluate(() => window.facet!.setView('back'))
    await cameraAtRest(page)
    await expect.poll(async () => (await state(page)).camera.position).not.toEqual(framed.position)
    await page.click('button[data-id="T6"]')
    // close to T6 again, as the first choice had it
    await expect
      .poll(
        async () => {
          const { position: p, target: t } = (await state(page)).camera
          return Math.hypot(p[0] - t[0], p[1] - t[1], p[2] - t[2])
        },
        { timeout: 20_000 },
      )
      .toBeLessThan(400)
    expect((await state(page)).selection).toBe('T6')
    await page.close()
  })

  it('reopens a deep link with its selection, regions and camera, and keeps the view in the URL', async () => {
    const page = await open('?s=disc:L4-L5&hide=cervical&ghost=thoracic&cam=400,200,600,0,100,0')
    const s = await state(page)
    expect(s.selection).toBe('disc:L4-L5')
    expect(s.regions.cervical).toBe('hidden')
    expect(s.regions.thoracic).toBe('ghosted')
    expect(await page.textContent('[data-testid=selection-name]')).toBe('L4–L5 intervertebral disc')
    await page.evaluate(() => window.facet!.select('T7'))
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('s=T7')
    expect(page.url()).toContain('hide=cervical')
    await page.close()
  })

  it('opens a bad link politely, with the normal view and no crash', async () => {
    const page = await open('?s=L9&cam=oops')
    const s = await state(page)
    expect(s.selection).toBeNull()
    const messages = await page.locator('[data-testid=message]').allTextContents()
    expect(messages.join(' ')).toContain('could not find')
    expect(await page.locator('canvas').count()).toBe(1)
    expect((page as Page & { errors: string[] }).errors).toEqual([])
    await page.close()
  })

  it('hides, ghosts and isolates regions from the controls', async () => {
    const page = await open('?labels=0')
    await cameraAtRest(page)
    // measured with the panel closed each time: the open panel covers part of the view
    const before = await drawn(page)
    await page.click('summary:has-text("Regions and layers")')
    await page.click('fieldset:has(legend:text-is("Lumbar")) button:text-is("Isolate")')
    const s = await state(page)
    expect(s.regions.lumbar).toBe('shown')
    expect(s.regions.cervical).toBe('hidden')
    await page.click('summary:has-text("Regions and layers")')
    // five lumbar vertebrae and their discs are a fraction of the whole column
    await expect.poll(() => drawn(page)).toBeLessThan(before * 0.6)
    const isolated = await drawn(page)
    expect(isolated).toBeGreaterThan(0.002)
    await page.click('summary:has-text("Regions and layers")')
    await page.click('fieldset:has(legend:text-is("Discs")) button:text-is("Ghost")')
    expect((await state(page)).regions.discs).toBe('ghosted')
    await page.click('button:text-is("Reset layers")')
    await page.click('summary:has-text("Regions and layers")')
    await expect.poll(() => drawn(page)).toBeGreaterThan(isolated * 1.5)
    await page.close()
  })

  it('tells a selected bone in plain words, and with the anatomical terms under More detail', async () => {
    const page = await open('?s=L3')
    const facts = structureInfo('L3').facts
    const shown = () => page.locator('[data-testid=facts] li').allTextContents()
    const toggle = page.locator('aside.info button:text-is("More detail")')
    await expect.poll(shown).toHaveLength(facts.length)
    for (const [i, f] of facts.entries()) expect((await shown())[i]).toContain(f.plain)
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    // the table of sizes is folded in the plain words, a tap away (a home user's review, s37), and open with the terms
    const sizes = page.locator('aside.info table.dims')
    expect(await sizes.isVisible()).toBe(false)
    await page.click('aside.info .dims-fold summary')
    await expect.poll(() => sizes.isVisible()).toBe(true)
    await page.click('aside.info .dims-fold summary')
    await toggle.click()
    await expect.poll(async () => (await shown())[0]).toContain(facts[0]!.detailed)
    for (const [i, f] of facts.entries()) expect((await shown())[i]).toContain(f.detailed)
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => sizes.isVisible()).toBe(true)
    // remembered for the next visit, as the language is: a student turns it on once
    await page.reload()
    await page.evaluate(() => window.facet?.ready)
    await expect.poll(async () => (await shown())[0]).toContain(facts[0]!.detailed)
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await toggle.click()
    await expect.poll(async () => (await shown())[0]).toContain(facts[0]!.plain)
    await page.reload()
    await page.evaluate(() => window.facet?.ready)
    await expect.poll(async () => (await shown())[0]).toContain(facts[0]!.plain)
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    await page.close()
  })

  it('reports the generated size of a structure in millimetres', async () => {
    const page = await open()
    const box = await page.evaluate(() => window.facet!.boundingBox('L4'))
    expect(box!.upDown).toBeGreaterThan(25)
    expect(box!.leftRight).toBeGreaterThan(60)
    expect(await page.evaluate(() => window.facet!.boundingBox('nope'))).toBeNull()
    await page.close()
  })
})

describe('Test yourself', () => {
  it('asks to find structures, scores a right answer, and shows the answer after a wrong one', async () => {
    const page = await open('?labels=1')
    // the round is seeded from the clock when it starts: fix the clock for that moment, so the
    // questions are known here and every assertion below runs, whatever the round would have been
    const seed = 4242
    await page.evaluate((fixed) => {
      const real = Date.now
      Date.now = () => fixed
      document.addEventListener('click', () => setTimeout(() => (Date.now = real)), { once: true })
    }, seed)
    await page.click('button:text-is("Test yourself")')
    const questions = makeQuiz(seed % 100_000, QUIZ_LENGTH)
    const [first, second] = questions as [(typeof questions)[0], (typeof questions)[0]]
    await expect.poll(async () => (await state(page)).quiz?.prompt ?? null).toBe(first.prompt)
    expect((await state(page)).labels).toBe(false) // labels would give the answers away
    await cameraAtRest(page)
    const home = (await state(page)).camera.position
    // the question's card sits beside the spine, not over its neck
    const card = (await page.locator('.quiz').boundingBox())!
    for (const level of ['C2', 'C4', 'C6'])
      expect(card.x + card.width, level).toBeLessThan(
        (await page.evaluate((id) => window.facet!.screenPosition(id)!.x, level)) - 20,
      )

    // a right answer, found with the list's search as a student would
    await page.fill('input[type=search]', first.answers[0] ?? '')
    await page.press('input[type=search]', 'Enter')
    await expect.poll(async () => (await state(page)).quiz?.answered?.right ?? null).toBe(true)
    expect((await state(page)).quiz?.score).toBe(1)
    await page.click('.quiz button:text-is("Next question")')

    // a wrong answer: the right one is selected and explained
    await expect.poll(async () => (await state(page)).quiz?.prompt ?? null).toBe(second.prompt)
    // asked from the whole spine again, not from the last answer's close-up
    if (!second.condition) {
      await cameraAtRest(page)
      const now = (await state(page)).camera.position
      expect(Math.hypot(...now.map((v, i) => v - (home[i] ?? 0)))).toBeLessThan(5)
    }
    const structures = await page.evaluate(() => window.facet!.listStructures())
    const wrong = structures.find((s) => !(second.answers as readonly string[]).includes(s.id))!.id
    await page.evaluate((id) => window.facet!.select(id), wrong)
    await expect.poll(async () => (await state(page)).quiz?.answered?.right ?? null).toBe(false)
    expect(second.answers).toContain((await state(page)).selection)
    expect((await state(page)).quiz?.score).toBe(1)
    expect(await page.textContent('.quiz .feedback')).toContain('Not quite')
    // the bone chosen, named mid-sentence ('that was the first cervical vertebra (C1)', never 'the First …')
    expect(await page.textContent('.quiz .feedback')).toMatch(/that was the [a-z]/)
    // explained in plain words; the quiz's own More detail switch gives the terms (it was only in the info
    // panel: a student's review, s38), and it is the same switch as the info panel's
    expect(await page.textContent('.quiz .feedback')).toContain(second.explanationPlain)
    await page.click('.quiz button:text-is("More detail")')
    await expect.poll(() => page.textContent('.quiz .feedback')).toContain(second.explanation)
    expect(await page.getAttribute('aside.info button:text-is("More detail")', 'aria-pressed')).toBe('true')
    await page.click('.quiz button[aria-label="End the test"]')
    expect((await state(page)).labels).toBe(true)
    await page.close()
  })
})

/** A page on a touch screen of `width` × `height` opened at `query`, drawn; close its context when done. */
async function openTouch(width: number, height: number, query: string) {
  const context = await harness.browser().newContext({ viewport: { width, height }, hasTouch: true, isMobile: true })
  const page = await context.newPage()
  await page.goto(`${server.url}${query}`)
  await page.waitForFunction(() => window.facet !== undefined)
  await page.evaluate(() => window.facet?.ready)
  return { context, page }
}

describe('Facet on a tablet', () => {
  it('puts the 3D view first and selects a structure with a tap, without scrolling it away', async () => {
    const { context, page } = await openTouch(820, 1180, '?s=facet:L4-L5:left&labels=0')
    await cameraAtRest(page)
    const canvas = await page.locator('canvas').first().boundingBox()
    expect(canvas?.y).toBeLessThan(200)
    expect(canvas?.height).toBeGreaterThan(500)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    // the link frames its joint, so a neighbouring bone is in reach
    const at = await clickablePoint(page, 'L4')
    await page.touchscreen.tap(at.x, at.y)
    await expect.poll(async () => (await state(page)).selection).toBe('L4')
    await context.close()
  })
})

/** The level labels shown on the 3D view now: their text and box on screen. */
const shownLabels = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.label-layer > div')]
      .filter((anchor) => anchor.style.visibility === 'visible')
      .map((anchor) => {
        const box = (anchor.firstElementChild as HTMLElement).getBoundingClientRect()
        return { text: anchor.textContent ?? '', left: box.left, right: box.right, top: box.top, bottom: box.bottom }
      }),
  )

/** No two of these labels' boxes overlap. */
function expectNoneCovering(labels: Awaited<ReturnType<typeof shownLabels>>): void {
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1)) {
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
      expect(overlap, `${a.text} covers ${b.text}`).toBe(false)
    }
}

describe('Level labels on a phone', () => {
  it('name the spine without one covering another, and every level once the camera comes closer', async () => {
    // the patient view's labels are the largest, so the neck's crowd most there
    const { context, page } = await openTouch(390, 844, '?mode=patient')
    await cameraAtRest(page)
    await expect.poll(async () => (await shownLabels(page)).length, { timeout: 20_000 }).toBeGreaterThan(8)
    const home = await shownLabels(page)
    expectNoneCovering(home)
    // a region's ends keep their names, so a reader can count from them
    expect(home.map((l) => l.text)).toEqual(expect.arrayContaining(['C1', 'C7', 'T12', 'L1', 'L5', 'Sacrum']))
    await page.evaluate(() => window.facet!.select('L4'))
    await cameraAtRest(page)
    await expect
      .poll(async () => (await shownLabels(page)).map((l) => l.text))
      .toEqual(expect.arrayContaining(['L3', 'L4', 'L5']))
    await context.close()
  })
})

describe('Level labels in the patient view on a laptop', () => {
  it('name both L4 and L5, the levels clinicians point at most, none covering another', async () => {
    // in the patient view's larger type L4's name overlapped L5's to the right of the spine and was left out
    // (a clinician's review, s36): it now goes to the left of its bone instead
    const page = await open('?mode=patient')
    await cameraAtRest(page)
    await expect
      .poll(async () => (await shownLabels(page)).map((l) => l.text), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['L3', 'L4', 'L5', 'Sacrum']))
    expectNoneCovering(await shownLabels(page))
    await page.close()
  })
})

describe('Level labels in the home view', () => {
  it('name the base of the skull above C1 once it is built, and drop it when its layer is hidden', async () => {
    const page = await open('?labels=1')
    await cameraAtRest(page)
    // the skull's base is built after the page settles, like the other structures shown at the start
    await expect
      .poll(async () => (await shownLabels(page)).map((l) => l.text), { timeout: 60_000 })
      .toContain('Skull base')
    const labels = await shownLabels(page)
    const skull = labels.find((l) => l.text === 'Skull base')!
    const atlas = labels.find((l) => l.text === 'C1')!
    expect(skull.bottom).toBeLessThanOrEqual(atlas.top)
    // inside the 3D view, not under the top bar
    const view = (await page.locator('canvas').first().boundingBox())!
    expect(skull.top).toBeGreaterThanOrEqual(view.y)
    await page.evaluate(() => window.facet!.setGroup('bones', 'hidden'))
    await expect.poll(async () => (await shownLabels(page)).map((l) => l.text)).not.toContain('Skull base')
    await page.close()
  })
})

describe('Level labels up close', () => {
  it('name only the bones in sight: looking down the neck from above, not the back and low back behind it', async () => {
    const page = await open('?s=C2&cam=0,700,40,0,590,10')
    await cameraAtRest(page)
    await expect.poll(async () => (await shownLabels(page)).map((l) => l.text)).toContain('C1')
    const names = (await shownLabels(page)).map((l) => l.text)
    // from above, the atlas's ring and the axis fill the view; the mid-back's bones lie under them
    for (const hidden of ['C5', 'C7', 'T2', 'T6', 'T11', 'L1', 'L5'])
      expect(names, `${hidden} among ${names.join(' ')}`).not.toContain(hidden)
    expect(names).toContain('C2')
    // each name is drawn on its own bone: looking straight down from C2's framing distance (C2 chosen, then
    // the up arrow), the pointer at the middle of 'C1' points at C1; drawn beside its point, the name lay on
    // C2's lamina, and the pointer there named C2 (student review)
    const above = await open('?s=C2&cam=0,776,-4,0,585,-5')
    await cameraAtRest(above)
    await expect.poll(async () => (await shownLabels(above)).map((l) => l.text)).toContain('C1')
    const c1 = (await shownLabels(above)).find((l) => l.text === 'C1')!
    await above.mouse.move((c1.left + c1.right) / 2, (c1.top + c1.bottom) / 2)
    await expect.poll(() => above.textContent('.hover-name')).toMatch(/\bC1\b/)
    await above.close()
    // the ring seen from close above, the transverse ligament selected: no names from far down the canal
    await page.evaluate(() => window.facet!.select('ligament:transverse-atlas'))
    await cameraAtRest(page)
    await expect
      .poll(async () => (await shownLabels(page)).map((l) => l.text).filter((t) => /^[TL]\d/.test(t)))
      .toEqual([])
    await page.evaluate(() => window.facet!.select('C2'))
    // turned to look from the front, the same bones are in sight again and named
    await page.evaluate(() => window.facet!.setView('front'))
    await cameraAtRest(page)
    await expect
      .poll(async () => (await shownLabels(page)).map((l) => l.text))
      .toEqual(expect.arrayContaining(['C5', 'C7', 'T6', 'L1']))
    await page.close()
  })
})

describe('Facet on a phone', () => {
  it('turns the spine when a finger moves sideways over the 3D view, and scrolls the page when it moves up', async () => {
    const { context, page } = await openTouch(390, 844, '?labels=0')
    await cameraAtRest(page)
    const pose = () => page.evaluate(() => window.facet!.getState().camera.position)
    const home = await pose()
    const cdp = await context.newCDPSession(page)
    /** A finger laid on the 3D view, `from` its left edge and top (share of its size), moved by `dx`, `dy`. */
    const swipe = async (from: [number, number], dx: number, dy: number) => {
      const stage = await page.locator('main.stage').boundingBox()
      if (!stage) throw new Error('no 3D view')
      const top = Math.max(stage.y, 0)
      const x = stage.x + stage.width * from[0]
      const y = top + (Math.min(stage.y + stage.height, 844) - top) * from[1]
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
      for (let step = 1; step <= 10; step++) {
        const touchPoints = [{ x: x + (dx * step) / 10, y: y + (dy * step) / 10 }]
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints })
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    }
    // sideways: the spine turns, the page stays where it is
    await swipe([0.2, 0.5], 200, 0)
    await expect.poll(async () => (await pose())[0]).not.toBe(home[0])
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await cameraAtRest(page)
    const turned = await pose()
    // up, as a reader moves on to the text under the view: the page scrolls, the spine stays as it was
    await swipe([0.5, 0.8], 0, -300)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100)
    await cameraAtRest(page)
    expect(await pose()).toEqual(turned)
    await context.close()
  })
})

describe('The empty panel on arrival', () => {
  it('offers someone whose back cracks the way in: why, a crack to watch, and the stretches for a region', async () => {
    // a home user's review (s37): on arrival nothing pointed them anywhere, and the stretches were 2,000 px down
    const page = await open('?labels=0')
    const start = page.locator('.info .start-here')
    await expect
      .poll(() => start.locator('button').allTextContents(), { timeout: 20_000 })
      .toEqual(['Why backs crack', 'Watch a joint crack', 'Stretches for the neck', 'Stretches for the lower back'])
    await start.locator('button', { hasText: 'lower back' }).click()
    await expect.poll(async () => (await state(page)).selection).toBe('L4')
    // the region's stretches are in view in the panel, the first one under the keyboard
    await expect
      .poll(() =>
        page.evaluate(() => {
          const list = document.querySelector('.info .region-stretches')
          const panel = document.querySelector('.info')
          if (!list || !panel) return false
          const box = list.getBoundingClientRect()
          const frame = panel.getBoundingClientRect()
          return box.top >= frame.top - 1 && box.top < frame.bottom
        }),
      )
      .toBe(true)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-stretch'))).toBe('single-knee-to-chest')
    // a joint's kind in plain words, the term with More detail (a home user's review, s37)
    await page.evaluate(() => window.facet!.select('facet:L4-L5:left'))
    await expect.poll(() => page.textContent('.info .meta')).toContain('Small joint that can pop')
    await page.click('.info .detail-switch button')
    await expect.poll(() => page.textContent('.info .meta')).toContain('Synovial joint')
    await page.click('.info .detail-switch button')
    // back to nothing selected: the way in again; a crack to watch opens the low back's joint close up
    await page.evaluate(() => window.facet!.clearSelection())
    await start.locator('button', { hasText: 'Watch a joint crack' }).click()
    await expect
      .poll(() => page.evaluate(() => window.facet!.getState().cavitation.joint), { timeout: 20_000 })
      .toBe('facet:L4-L5:left')
    await page.close()
  })
})

describe('Facet on a phone in Spanish', () => {
  it.each([
    ['', 'the study view'],
    ['&mode=patient', 'the patient view'],
  ])('is no wider than the screen, its longer view names scrolling in their own row (%s: %s)', async (mode) => {
    // the views' fieldset took its content's width: the page was 407 px wide on a 390 px phone (s37 review);
    // in the patient view its one column took it too, 468 px (s42 review)
    const { context, page } = await openTouch(390, 844, `?lang=es&labels=0${mode}`)
    await expect.poll(() => page.locator('.topbar .views button').first().textContent()).toBe('Inicio')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    const warning = await page.locator('.topbar .red-flags-button').boundingBox()
    expect(warning!.x + warning!.width).toBeLessThanOrEqual(390)
    await context.close()
  })
})

describe('Facet on a phone, after a tap on the spine', () => {
  it('names what the tap selected over the 3D view and takes the reader down to what the panel says', async () => {
    const { context, page } = await openTouch(390, 844, '?labels=0')
    const cue = page.locator('.read-about-cue')
    // nothing selected: no cue
    expect(await cue.count()).toBe(0)
    const at = await clickablePoint(page, 'L4')
    await page.touchscreen.tap(at.x, at.y)
    await expect.poll(async () => (await state(page)).selection).toBe('L4')
    // the panel is below the screen's edge; the cue over the view says so
    await expect.poll(() => cue.textContent()).toBe('Read about Fourth lumbar vertebra (L4)')
    await cue.tap()
    await expect
      .poll(() =>
        page.evaluate(() => {
          const box = document.querySelector('aside.info h2')!.getBoundingClientRect()
          return box.top >= 0 && box.bottom <= window.innerHeight
        }),
      )
      .toBe(true)
    // focus ends on the panel's heading (polled: a panel drawn anew during the scroll passes it on at its end)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('selection-name')
    // read on: the cue has done its work
    await expect.poll(() => cue.count()).toBe(0)

    // a choice in the list, far down the page under the panel, brings the reader up to what the panel says
    const item = page.locator('.tree button[data-id="T6"]')
    await item.scrollIntoViewIfNeeded()
    const atList = await page.evaluate(() => window.scrollY)
    await item.tap()
    await expect.poll(async () => (await state(page)).selection).toBe('T6')
    await expect
      .poll(() =>
        page.evaluate(() => {
          const heading = document.querySelector('aside.info h2')
          const box = heading?.getBoundingClientRect()
          return !!box && box.top >= 0 && box.bottom <= window.innerHeight && heading?.textContent
        }),
      )
      .toBe('Sixth thoracic vertebra (T6)')
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(atList)
    await context.close()
  })
})

describe('Facet without WebGL', () => {
  it('explains that the 3D view is off and keeps the list and panel working', async () => {
    const noGl = await launchChromium(['--disable-3d-apis'])
    try {
      const page = await noGl.newPage({ viewport: { width: 1280, height: 720 } })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(String(e)))
      await page.goto(server.url)
      await page.waitForFunction(() => window.facet !== undefined)
      await page.evaluate(() => window.facet?.ready)
      expect(await page.locator('canvas').count()).toBe(0)
      expect(await page.textContent('.no-webgl')).toContain('3D view')
      await page.click('button[data-id="L3"]')
      expect(await page.textContent('[data-testid=selection-name]')).toBe('Third lumbar vertebra (L3)')
      expect(errors).toEqual([])
    } finally {
      await noGl.close()
    }
  })
})
