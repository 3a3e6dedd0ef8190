import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserHarness } from './harness'
import { cameraAtRest, openFacet, viewSettled } from './waits'

const harness = browserHarness({ serviceWorkers: 'allow' })

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

const drawn = (page: Page) =>
  page.evaluate(() => ({
    spine: window.facetDebug?.framesDrawn?.() ?? -1,
    closeUp: window.facetDebug?.closeUpFramesDrawn?.() ?? null,
  }))

/**
 * The sacroiliac joints and ilia, shown by default, have been built and drawn: they are asked for once the page
 * has settled and their programs have linked, which can end after the bones are refined (the overview's
 * surfaces come from the build's file within a moment of settling), and their arrival draws a frame.
 */
const defaultsBuilt = (page: Page) =>
  page.waitForFunction(
    () => {
      const { neural } = window.facet!.getState()
      return neural.building === 0 && neural.built >= 4
    },
    undefined,
    { timeout: 60_000 },
  )

/** After a few frames to settle, 90 more animation frames pass without either view drawing. */
async function expectNothingDrawn(page: Page): Promise<void> {
  await defaultsBuilt(page)
  await animationFrames(page, 10)
  const before = await drawn(page)
  await animationFrames(page, 90)
  expect(await drawn(page)).toEqual(before)
}

describe('a page at rest draws nothing', () => {
  it('draws no frame with a facet joint selected once the camera has come to rest', async () => {
    const page = await openFacet(harness.browser(), `${harness.url()}?s=facet:L4-L5:left&labels=0`)
    await viewSettled(page)
    // nothing is built or drawn out of sight for the joint: no close-up until it is asked for
    expect(await page.evaluate(() => window.facetDebug?.closeUpFramesDrawn)).toBeUndefined()
    await expectNothingDrawn(page)
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('stops drawing the close-up and the spine once the crack has played', async () => {
    const page = await openFacet(harness.browser(), `${harness.url()}?s=facet:L4-L5:left&labels=0`)
    await cameraAtRest(page)
    expect(await page.evaluate(() => window.facet!.playCavitation('facet:L4-L5:left'))).toBe(true)
    // drawing while it plays, in the spine's own view (the 3D view has one canvas)
    await expect.poll(() => page.evaluate(() => window.facet!.getState().cavitation.phase)).toBe('residual')
    await expect.poll(() => page.evaluate(() => window.facet!.getState().cavitation.playing)).toBe(false)
    await viewSettled(page)
    const playing = await drawn(page)
    expect(playing.closeUp).toBeGreaterThan(5)
    expect(await page.locator('.stage canvas').count()).toBe(1)
    await expectNothingDrawn(page)
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('orbits with a lighter spine, without level labels or hover, and draws the full one once when the camera rests, then nothing', async () => {
    const page = await openFacet(harness.browser(), harness.url())
    // the bones' overview surfaces (which bring the lighter level) are in place
    await viewSettled(page)
    const triangles = () => page.evaluate(() => window.facetDebug!.renderInfo().triangles)
    /** What a frame at rest draws now (the ilia and sacroiliac joints may arrive meanwhile): one drawn here. */
    const full = () =>
      page.evaluate(() => {
        window.facetDebug!.forcedRenderMs(1) // one turn of 360°: the camera ends where it was
        return window.facetDebug!.renderInfo().triangles
      })
    const box = await page.locator('.stage canvas').boundingBox()
    if (!box) throw new Error('no canvas')
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    /** Level labels on screen now (the layer's anchors shown; the selection's own label is in the same layer). */
    const labelsShown = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('.label-layer > div')].filter(
            (a) => a.style.visibility === 'visible',
          ).length,
      )
    await expect.poll(labelsShown, { timeout: 20_000 }).toBeGreaterThan(8)
    await page.mouse.move(x, y)
    /** The name shown for what the pointer is on (none when it is on nothing). */
    const hoverName = () => page.evaluate(() => document.querySelector('.hover-name')?.textContent ?? null)
    expect(await hoverName()).toBeTruthy()
    await page.mouse.down()
    const moving: number[] = []
    const labelsWhileTurning: number[] = []
    const hoverWhileTurning: (string | null)[] = []
    for (let i = 1; i <= 12; i++) {
      await page.mouse.move(x + i * 15, y + i * 4)
      moving.push(await triangles())
      labelsWhileTurning.push(await labelsShown())
      hoverWhileTurning.push(await hoverName())
    }
    await page.mouse.up()
    // while the hand turned the spine, the level labels stepped aside and nothing the pointer crossed was
    // named (the first move starts the turn, so its frame may still show them)
    expect(labelsWhileTurning.slice(2)).toEqual(labelsWhileTurning.slice(2).map(() => 0))
    expect(hoverWhileTurning.slice(2).filter(Boolean)).toEqual([])
    await cameraAtRest(page)
    await animationFrames(page, 10)
    // and once it let go, they are back
    expect(await labelsShown()).toBeGreaterThan(8)
    // the last frame, at rest, has every triangle again…
    const last = await triangles()
    await expectNothingDrawn(page)
    expect(last).toBe(await full())
    // …and a frame drawn while the camera turned had well under two thirds of them
    expect(Math.min(...moving)).toBeLessThan(last * 0.66)
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('runs frames while a stretch plays and none after it ends', async () => {
    const page = await openFacet(harness.browser(), `${harness.url()}?s=L4&labels=0`)
    await viewSettled(page)
    const start = await drawn(page)
    expect(await page.evaluate(() => window.facet!.playStretch('knee-rolls'))).toBe(true)
    await expect
      .poll(() => page.evaluate(() => window.facet!.getState().stretch.playing), { timeout: 30_000 })
      .toBe(false)
    const ended = await drawn(page)
    expect(ended.spine - start.spine).toBeGreaterThan(20)
    await defaultsBuilt(page)
    await animationFrames(page, 10)
    const before = await drawn(page)
    await animationFrames(page, 90)
    expect((await drawn(page)).spine).toBe(before.spine)
    await page.close()
  })
})
