import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { StructureId } from '../../src/anatomy/ids'
import { structureName } from '../../src/anatomy/names'
import { partInfo, partName } from '../../src/anatomy/parts'
import { makeQuiz, QUIZ_LENGTH } from '../../src/quiz/questions'
import { browserHarness } from './harness'
import { decodePng } from './pixels'
import { cameraAtRest, clickablePoint, openFacet, type TrackedPage, viewSettled } from './waits'

/** The named parts of every bone in the app: pointing, choosing, the panel, the link, the file to print, the quiz. */
const harness = browserHarness()
const open = (query: string) => openFacet(harness.browser(), `${harness.url()}${query}`)
const state = (page: Page) => page.evaluate(() => window.facet!.getState())

/** Reads a binary STL's header and triangle count, checking its size agrees with the count. */
function readStl(bytes: Uint8Array): { header: string; triangles: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const triangles = view.getUint32(80, true)
  expect(bytes.byteLength).toBe(84 + 50 * triangles)
  return { header: String.fromCharCode(...bytes.subarray(0, 80)), triangles }
}

describe('parts of a bone in the 3D view', () => {
  it('names the part under the pointer, and a click selects it and tells what it is, with its sources', async () => {
    const page = await open('?s=L4&view=left&labels=0')
    await viewSettled(page)
    const point = await clickablePoint(page, 'L4/pedicle:left')
    await page.mouse.move(point.x, point.y)
    await expect.poll(() => page.textContent('.hover-name')).toBe(partName('L4/pedicle:left', false))
    await page.mouse.click(point.x, point.y)
    await expect.poll(async () => (await state(page)).part).toBe('L4/pedicle:left')
    expect((await state(page)).selection).toBe('L4')

    const info = partInfo('L4/pedicle:left')!
    const panel = page.locator('[data-testid=part]')
    expect(await panel.locator('[data-testid=part-name]').textContent()).toBe(info.name.plain)
    const facts = await panel.locator('dd').allTextContents()
    expect(facts[0]).toContain(info.what.plain)
    expect(facts[1]).toContain(info.nextTo.plain)
    // every claim and the size carry their source, as buttons that show it
    expect(await panel.locator('dd .cite > button').allTextContents()).toEqual(
      [...info.what.sources, ...info.nextTo.sources].map((k) => `[${k}] (about this source)`),
    )
    const size = info.dimensions[0]!
    const row = panel.locator('.dims tr').first()
    expect(await row.locator('th').textContent()).toBe(size.plainLabel)
    expect(await row.locator('td').first().textContent()).toContain(`${size.measure.value.toFixed(1)} mm`)
    expect(await row.locator('.cite button').textContent()).toContain(size.measure.source)
    // every plain name carries its term ('… (pedicle)', '… (mammillary process)'), the word the quiz asks for
    expect(await panel.locator('[data-testid=part-term]').count()).toBe(0)
    await page.evaluate(() => window.facet!.select('L4/mammillary-process:left'))
    await expect
      .poll(() => panel.locator('[data-testid=part-name]').textContent())
      .toBe('Left muscle knob of L4 (mammillary process)')
    expect(await panel.locator('[data-testid=part-term]').count()).toBe(0)
    await page.evaluate(() => window.facet!.select('L4/pedicle:left'))
    await expect.poll(() => panel.locator('[data-testid=part-name]').textContent()).toBe(info.name.plain)
    // More detail gives the anatomical terms
    await page.click('aside.info button:text-is("More detail")')
    await expect.poll(() => panel.locator('[data-testid=part-name]').textContent()).toBe('Left pedicle of L4')
    // (the camera may have turned to the mammillary process, on the back of its joint: the pedicle is found again)
    const again = await clickablePoint(page, 'L4/pedicle:left')
    await page.mouse.move(again.x, again.y)
    await expect.poll(() => page.textContent('.hover-name')).toBe('Left pedicle of L4')
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('turns to a part chosen from the list that faces away, and keeps the view for one already in sight', async () => {
    const page = await open('?s=L4&view=front&labels=0')
    await viewSettled(page)
    // from the front, the right lamina is behind the body: chosen from the panel's list, the camera turns to it
    await page.click('.part-list summary')
    await page.click('button[data-part="L4/lamina:right"]')
    await expect.poll(async () => (await state(page)).part, { timeout: 20_000 }).toBe('L4/lamina:right')
    await cameraAtRest(page)
    const behind = (await state(page)).camera
    // world z points forward: the camera is now behind L4, and to its right (the subject's right is −x)
    expect(behind.position[2]).toBeLessThan(behind.target[2] - 50)
    expect(behind.position[0]).toBeLessThan(behind.target[0])
    // and can reach it: a point where a click lands on the lamina, which its label marks
    expect(await clickablePoint(page, 'L4/lamina:right')).not.toBeNull()
    // the spinous process is in sight from there too: choosing it leaves the camera where it is
    await page.click('button[data-part="L4/spinous-process"]')
    await expect.poll(async () => (await state(page)).part, { timeout: 20_000 }).toBe('L4/spinous-process')
    await cameraAtRest(page)
    expect((await state(page)).camera.position).toEqual(behind.position)
    expect(page.errors).toEqual([])
  })

  it('turns to a part seen from far off the way atlases show it: a pedicle from its side, where a click reaches it', async () => {
    // L4 seen from the front, its left pedicle chosen: a sliver of it showed beside the body, enough for a click
    // to reach, so the camera stayed in front (a student's review)
    const page = await open('?s=L4&view=front&labels=0')
    await viewSettled(page)
    await page.evaluate(() => window.facet!.select('L4/pedicle:left'))
    await expect.poll(async () => (await state(page)).part, { timeout: 20_000 }).toBe('L4/pedicle:left')
    await cameraAtRest(page)
    const { position, target } = (await state(page)).camera
    // from the subject's left (+x), a little behind and above (geometry/partView.ts)
    expect(position[0] - target[0]).toBeGreaterThan(100)
    expect(await clickablePoint(page, 'L4/pedicle:left')).not.toBeNull()
    expect(page.errors).toEqual([])
  })

  it('shows a selected part that a neighbour covers, through it (C5’s upper joint face under C4)', async () => {
    // selected, it showed no pink at all: C4's lower joint knob and the capsule cover it (a student's review, s38)
    const page = await open('?s=C5/superior-articular-facet:left&labels=0')
    await viewSettled(page)
    const { width, height, rgba } = decodePng(await page.locator('canvas').first().screenshot())
    let pink = 0
    for (let i = 0; i < width * height * 4; i += 4) {
      const [r = 0, g = 0, b = 0] = [rgba[i], rgba[i + 1], rgba[i + 2]]
      if (r > 150 && r - g > 60 && b - g > 30) pink++
    }
    expect(pink).toBeGreaterThan(150)
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('shows a selected bone where others cover it: C2’s dens through C1’s front arch', async () => {
    // selected from its link, C2 is framed from the front, where C1's arch stands before the dens (a student's
    // review, s38): the dens's middle showed white bone
    const page = await open('?s=C2&labels=0')
    await viewSettled(page)
    const canvas = (await page.locator('canvas').first().boundingBox())!
    const dens = (await page.evaluate(() => window.facet!.screenPosition('C2/dens')))!
    const { width, rgba } = decodePng(await page.locator('canvas').first().screenshot())
    // the selection's blue over the white of C1 round the dens's middle, which C1 hides
    let blue = 0
    let all = 0
    const cx = Math.round(dens.x - canvas.x)
    const cy = Math.round(dens.y - canvas.y)
    for (let y = cy - 6; y <= cy + 6; y++)
      for (let x = cx - 6; x <= cx + 6; x++) {
        const i = (y * width + x) * 4
        const [r = 0, b = 0] = [rgba[i], rgba[i + 2]]
        all++
        if (b - r > 30) blue++
      }
    expect(blue / all).toBeGreaterThan(0.5)
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('keeps a chosen part in the link, so it is still selected after a reload', async () => {
    const page = await open('?s=L4&labels=0')
    await page.click('summary:has-text("Parts of L4")')
    await page.click('[data-part="L4/pedicle:left"]')
    await expect.poll(async () => (await state(page)).part).toBe('L4/pedicle:left')
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('s=L4/pedicle:left')
    await page.reload()
    await page.waitForFunction(() => window.facet !== undefined)
    await page.evaluate(() => window.facet?.ready)
    expect(await state(page)).toMatchObject({ selection: 'L4', part: 'L4/pedicle:left' })
    expect(await page.textContent('[data-testid=part-name]')).toBe(partName('L4/pedicle:left', false))
    await page.close()
  })

  it('finds parts by name in the list’s search, and drops a part the link gets wrong, politely', async () => {
    const page = await open('?s=L4/wing:left')
    expect((await state(page)).selection).toBeNull()
    expect((await page.locator('[data-testid=message]').allTextContents()).join(' ')).toContain('could not find')
    for (const [query, first] of [
      ['left pedicle L4', 'L4/pedicle:left'],
      ['dens', 'C2/dens'],
      ['transverse foramen C5', 'C5/transverse-foramen:left'],
    ] as const) {
      await page.fill('input[type=search]', query)
      await expect
        .poll(() => page.locator('section[aria-label="Search results"] button').first().getAttribute('data-id'))
        .toBe(first)
    }
    await page.press('input[type=search]', 'Enter')
    await expect.poll(async () => (await state(page)).part).toBe('C5/transverse-foramen:left')
    expect(page.errors).toEqual([])
    await page.close()
  })
})

describe('one click from a bone to its joints', () => {
  it('reaches a facet joint and a disc from a bone’s panel, and the bones from the joint’s', async () => {
    const page = await open('?s=L4&labels=0')
    const links = page.locator('[data-testid=links] button')
    // the panel's code arrives just after the first frame
    await links.first().waitFor()
    expect(await links.allTextContents()).toEqual([
      'Left L3–L4 facet joint',
      'Right L3–L4 facet joint',
      'L3–L4 intervertebral disc',
      'Left L4–L5 facet joint',
      'Right L4–L5 facet joint',
      'L4–L5 intervertebral disc',
    ])
    await page.click('[data-testid=links] button[data-link="facet:L4-L5:left"]')
    await expect.poll(async () => (await state(page)).selection).toBe('facet:L4-L5:left')
    expect(await page.textContent('[data-testid=selection-name]')).toBe('Left L4–L5 facet joint')
    // the joint can crack: its panel still offers that, and leads back to its two bones
    expect(await page.locator('button:has-text("What happens when it cracks?")').count()).toBe(1)
    expect(await links.allTextContents()).toEqual(['Fourth lumbar vertebra (L4)', 'Fifth lumbar vertebra (L5)'])
    await page.click('[data-testid=links] button[data-link="L5"]')
    await expect.poll(async () => (await state(page)).selection).toBe('L5')
    await page.close()
  })
})

describe('a bone to print', () => {
  it('gives the bone as STL bytes from the API and as a file from the panel, at real size', async () => {
    const page = await open('?s=L4&labels=0')
    await viewSettled(page) // refined: the file is the continuous surface
    // as base64: a few MB as an array of numbers took the test runner most of this test's time to pass over
    const fromApi = await page.evaluate(() => {
      const bytes = window.facet!.exportSTL('L4')
      if (!bytes) return null
      const all = new Uint8Array(bytes)
      let text = ''
      for (let i = 0; i < all.length; i += 0x8000) text += String.fromCharCode(...all.subarray(i, i + 0x8000))
      return btoa(text)
    })
    const apiBytes = new Uint8Array(Buffer.from(fromApi ?? '', 'base64'))
    const stl = readStl(apiBytes)
    expect(stl.header).toContain('L4')
    expect(stl.header).toContain('mm')
    expect(stl.triangles).toBeGreaterThan(5000)
    // real size: the corners' extent is an L4's, in millimetres
    const view = new DataView(apiBytes.buffer, apiBytes.byteOffset, apiBytes.byteLength)
    const xs: number[] = []
    for (let t = 0; t < stl.triangles; t++) xs.push(view.getFloat32(84 + 50 * t + 12, true))
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(60)
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(120)
    expect(await page.evaluate(() => window.facet!.exportSTL('nope'))).toBeNull()

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:text-is("Download a file to 3D print (STL)")'),
    ])
    expect(download.suggestedFilename()).toBe('facet-L4.stl')
    const saved = readStl(new Uint8Array(readFileSync((await download.path()) as string)))
    expect(saved.triangles).toBe(stl.triangles)
    await page.close()
  })
})

/**
 * A page at the fourth question of a self-test round (a question about a part) whose part matches `part`: the
 * button seeds the round from the clock, held at a seed that asks it; the first three are answered rightly.
 */
async function fourthQuestionAbout(part: RegExp, query: string) {
  const seed = Array.from({ length: 1000 }, (_, s) => s).find((s) => part.test(makeQuiz(s, QUIZ_LENGTH)[3]?.part ?? ''))
  expect(seed).toBeDefined()
  const questions = makeQuiz(seed!, QUIZ_LENGTH)
  const page: TrackedPage = await open(query)
  await page.evaluate((fixed) => {
    const real = Date.now
    Date.now = () => fixed
    document.addEventListener('click', () => setTimeout(() => (Date.now = real)), { once: true })
  }, seed!)
  await page.click('button:text-is("Test yourself")')
  for (const q of questions.slice(0, 3)) {
    await expect.poll(async () => (await state(page)).quiz?.prompt ?? null).toBe(q.prompt)
    await page.evaluate((id) => window.facet!.select(id), q.answers[0]!)
    await page.click('.quiz button:text-is("Next question")')
  }
  return { page, question: questions[3]! }
}

describe('Test yourself with parts', () => {
  it('asks for a part of a bone and takes a click on it as the answer', async () => {
    // a round whose fourth question asks for a spinous process, which the view from the back shows
    const { page, question } = await fourthQuestionAbout(/\/spinous-process$/, '?labels=0')
    await expect.poll(() => page.textContent('[data-testid=quiz-prompt]')).toBe(`4. ${question.prompt}`)
    expect(await page.textContent('.quiz .hint')).toContain('the part')
    // it opens on the bone asked about and its neighbours, turned to the part: on the whole spine a spinous
    // process is a few pixels across (student review s38, M3). The bone is in view, clear of the quiz card.
    await cameraAtRest(page)
    const opened = (await state(page)).camera
    expect(Math.hypot(...opened.position.map((v, i) => v - opened.target[i]!))).toBeLessThan(600)
    const card = (await page.locator('.quiz').boundingBox())!
    const partAt = await page.evaluate((id) => window.facet!.screenPosition(id), question.part!)
    expect(partAt?.x ?? 0).toBeGreaterThan(card.x + card.width)
    expect(partAt?.x ?? Infinity).toBeLessThan(page.viewportSize()!.width)
    // with the level labels off, the bone and the two beside it are named, on the bones and off the part: a
    // level's name sat on the spinous tip asked for (student review s38, L2), and with none a student could
    // not tell C4 from C5
    const shownLabels = () =>
      page.locator('.label-layer .label').evaluateAll((labels) =>
        labels
          .filter((l) => getComputedStyle(l).visibility === 'visible')
          .map((l) => {
            const r = l.getBoundingClientRect()
            return { text: l.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom }
          }),
      )
    await expect.poll(async () => (await shownLabels()).length).toBe(3)
    const bone = question.answers[0]!
    const own = (await shownLabels()).find((l) => l.text === bone)
    expect(own, `${bone}'s name`).toBeDefined()
    for (const point of [partAt!, partAt!.clickable!]) {
      const inside = point.x >= own!.left && point.x <= own!.right && point.y >= own!.top && point.y <= own!.bottom
      expect(inside, 'the name covers the part').toBe(false)
      const middle = { x: (own!.left + own!.right) / 2, y: (own!.top + own!.bottom) / 2 }
      expect(Math.hypot(middle.x - point.x, middle.y - point.y)).toBeGreaterThan(25)
    }
    // the student finds the bone first: choosing it as a whole does not answer a question about a part
    await page.evaluate(() => window.facet!.setView('back'))
    await cameraAtRest(page)
    // pointing at a bone not chosen names nothing while the question waits: names would answer "Find T7"
    const other = question.answers[0] === 'T7' ? 'T8' : 'T7'
    const elsewhere = await clickablePoint(page, other)
    await page.mouse.move(elsewhere.x, elsewhere.y)
    await expect.poll(() => page.locator('main.stage').evaluate((e) => (e as HTMLElement).style.cursor)).toBe('pointer')
    expect(await page.textContent('.hover-name')).toBe('')
    await page.evaluate((bone) => window.facet!.select(bone), question.answers[0]!)
    // the bone's close-up surface in place: the point found is on what the click will hit
    await viewSettled(page)
    expect((await state(page)).quiz?.answered).toBeNull()
    const at = await clickablePoint(page, question.part!)
    // pointing names the bone, not the part: the part is what the question asks to find
    await page.mouse.move(at.x, at.y)
    await expect.poll(() => page.textContent('.hover-name')).toBe(structureName(question.answers[0] as StructureId))
    await page.mouse.click(at.x, at.y)
    await expect
      .poll(async () => (await state(page)).quiz?.answered ?? null)
      .toEqual({
        right: true,
        answer: question.part,
      })
    expect((await state(page)).quiz?.score).toBe(4)
    expect(await page.textContent('.quiz .feedback')).toContain('Right.')
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('after a wrong answer turns to the part asked for, clear of the quiz card', async () => {
    // a round whose fourth question asks for a lamina, at the back: the answer was framed from the front, half
    // under the card (student review s38, M3)
    const { page, question } = await fourthQuestionAbout(/^T\d+\/lamina:/, '')
    await expect.poll(async () => (await state(page)).quiz?.prompt ?? null).toBe(question.prompt)
    await page.evaluate(() => window.facet!.select('coccyx'))
    await expect.poll(async () => (await state(page)).quiz?.answered?.right ?? null).toBe(false)
    await expect.poll(async () => (await state(page)).part).toBe(question.part)
    await viewSettled(page)
    const card = (await page.locator('.quiz').boundingBox())!
    const at = await page.evaluate((id) => window.facet!.screenPosition(id), question.part!)
    // a point of the part in sight, right of the card
    expect(at?.clickable, 'a visible point on the part').not.toBeNull()
    expect(at?.clickable?.x ?? 0).toBeGreaterThan(card.x + card.width)
    const bone = await page.evaluate((id) => window.facet!.screenPosition(id), question.answers[0]!)
    const stage = (await page.locator('main.stage canvas').boundingBox())!
    // the bone framed in the middle third of the view the card leaves free (it sat at its edge, under the card)
    const free = stage.x + stage.width - (card.x + card.width)
    expect(bone?.x ?? 0).toBeGreaterThan(card.x + card.width + free / 3)
    expect(bone?.x ?? Infinity).toBeLessThan(stage.x + stage.width - free / 3)
    expect(page.errors).toEqual([])
    await page.close()
  })
})
