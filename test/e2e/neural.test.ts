import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { LIGAMENT_IDS, NERVE_IDS } from '../../src/anatomy/neural'
import { neuralInfo } from '../../src/anatomy/neuralInfo'
import { neuralName } from '../../src/anatomy/neuralNames'
import { browserHarness } from './harness'
import { decodePng } from './pixels'
import { cameraAtRest, clickablePoint, openFacet } from './waits'

/** The cord, nerve roots and ligaments in the app: the layer, pointing and choosing, the link, x-ray, rest. */
const harness = browserHarness()
const open = (query: string) => openFacet(harness.browser(), `${harness.url()}${query}`)
const state = (page: Page) => page.evaluate(() => window.facet!.getState())

/** The cord, cauda equina and the 62 roots. */
const NERVES_LAYER = 2 + NERVE_IDS.length

/** Waits until the worker has built what is asked for and at least `count` structures are held (and drawn when shown). */
const neuralDrawn = (page: Page, count: number) =>
  page.waitForFunction(
    (n) => {
      const neural = window.facet!.getState().neural
      return neural.building === 0 && neural.built >= n
    },
    count,
    { timeout: 60_000 },
  )

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

/** Share of the 3D view's pixels in the roots' and cord's yellows (bone is grey-white, the background dark blue). */
async function nerveYellow(page: Page): Promise<number> {
  const { rgba } = decodePng(await page.locator('canvas').first().screenshot())
  let yellow = 0
  for (let i = 0; i < rgba.length; i += 4) {
    const [r, g, b] = [rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0]
    if (r > 110 && r - b > 70 && g - b > 40) yellow++
  }
  return yellow / (rgba.length / 4)
}

const framesDrawn = (page: Page) => page.evaluate(() => window.facetDebug?.framesDrawn?.() ?? -1)

/** Opens the layers panel, presses a button in a layer's row, and closes the panel again. */
async function layerButton(page: Page, layer: string, button: string): Promise<void> {
  await page.click('summary:has-text("Regions and layers")')
  await page.click(`fieldset:has(legend:text-is("${layer}")) button:text-is("${button}")`)
  await page.click('summary:has-text("Regions and layers")')
}

describe('the nerves in the 3D view', () => {
  it('draws the nerves when turned on, names a root under the pointer, and a click tells what it is', async () => {
    const page = await open('?view=back&labels=0')
    // hidden at start: nothing of them is built
    expect((await state(page)).regions.nerves).toBe('hidden')
    expect(await page.evaluate(() => window.facet!.screenPosition('nerve:L5:left')?.clickable ?? null)).toBeNull()
    // the status line is watched from before the press: reading the packed file can take less time than a poll
    await page.evaluate(() => {
      const status = document.querySelector('[data-testid=layer-status]')!
      const seen: string[] = []
      ;(window as unknown as { statusSeen: string[] }).statusSeen = seen
      new MutationObserver(() => {
        const text = status.textContent ?? ''
        if (!text) return
        const stage = document.querySelector('main.stage')!.getBoundingClientRect()
        const box = status.getBoundingClientRect()
        const inside = box.left >= stage.left && box.right <= stage.right && box.top >= stage.top
        seen.push(`${text}${inside ? '' : ' (outside the 3D view)'}`)
      }).observe(status, { childList: true, characterData: true, subtree: true })
    })
    await layerButton(page, 'Nerves and cord', 'Show')
    // said over the 3D view itself, not over the structure list beside it
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen))
      .toContain('Drawing the nerves…')
    await neuralDrawn(page, NERVES_LAYER)
    await expect.poll(() => page.textContent('[data-testid=layer-status]')).toBe('')
    // all of them read from the build's file (with the joints and bones shown at start from theirs: the pivot of
    // C1 and C2, the skull's base, the sacroiliac joints, the ilia), none built here
    const origins = await page.evaluate(() => window.facetDebug?.renderInfo().neural)
    expect(origins).toEqual({ packed: 6 + NERVES_LAYER, kept: 0, built: 0 })

    const point = await clickablePoint(page, 'nerve:L5:left')
    await page.mouse.move(point.x, point.y)
    await expect.poll(() => page.textContent('.hover-name')).toBe('Left L5 nerve root')
    await page.mouse.click(point.x, point.y)
    await expect.poll(async () => (await state(page)).selection).toBe('nerve:L5:left')
    expect(await page.textContent('[data-testid=selection-name]')).toBe(neuralName('nerve:L5:left').plain)
    // its facts in plain words, each with its sources; the warning signs one tap away
    const facts = neuralInfo('nerve:L5:left').facts
    const items = page.locator('[data-testid=facts] li')
    // (the panel's texts load with the first such selection)
    await expect.poll(() => items.count()).toBe(facts.length)
    expect(await items.first().textContent()).toContain(facts[0]!.plain)
    expect(await items.first().locator('.cite button').count()).toBe(facts[0]!.sources.length)
    expect(await page.locator('aside.info .red-flags-button').count()).toBe(1)
    await page.click('aside.info button:text-is("More detail")')
    await expect.poll(() => page.textContent('[data-testid=selection-name]')).toBe('Left L5 spinal nerve root')
    // on the model, the short term (in plain words it was the panel's name)
    await expect.poll(() => page.textContent('.label-selected')).toBe('Left L5 root')
    // one click to what it leaves between, and to the condition shown pressing on it
    expect(
      await page
        .locator('[data-testid=root-links] button')
        .evaluateAll((b) => b.map((x) => x.getAttribute('data-link'))),
    ).toEqual(['L5', 'disc:L5-S1', 'facet:L5-S1:left', 'sacrum'])
    await page.click('[data-testid=root-conditions] button[data-condition="herniation-l4-l5-posterolateral"]')
    await expect.poll(async () => (await state(page)).condition?.id).toBe('herniation-l4-l5-posterolateral')
    await page.evaluate(() => window.facet!.clearCondition())
    await page.evaluate(() => window.facet!.select('nerve:L5:left'))
    await page.click('[data-testid=root-links] button[data-link="disc:L5-S1"]')
    await expect.poll(async () => (await state(page)).selection).toBe('disc:L5-S1')
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('opens a link to a nerve root with it selected and framed, the link kept', async () => {
    const page = await open('?s=nerve:L5:left&show=nerves&labels=0')
    expect((await state(page)).selection).toBe('nerve:L5:left')
    await expect.poll(() => page.textContent('[data-testid=selection-name]')).toBe('Left L5 nerve root')
    // the list opens at it, under its layer
    const item = page.locator('nav.tree button[data-id="nerve:L5:left"]')
    await expect.poll(() => item.isVisible()).toBe(true)
    expect(await item.getAttribute('aria-current')).toBe('true')
    await neuralDrawn(page, NERVES_LAYER)
    await cameraAtRest(page)
    // the camera looks at the root once its geometry has come from the worker
    await expect
      .poll(async () => {
        const s = await state(page)
        const box = await page.evaluate(() => window.facet!.boundingBox('nerve:L5:left', 'world'))
        if (!box) return Number.POSITIVE_INFINITY
        const centre = box.min.map((v, i) => (v + box.max[i]!) / 2)
        return Math.hypot(...s.camera.target.map((v, i) => v - centre[i]!))
      })
      .toBeLessThan(1)
    const position = await page.evaluate(() => window.facet!.screenPosition('nerve:L5:left'))
    expect(position?.onScreen).toBe(true)
    // named on the model itself in the panel's plain words, beside the root (level labels are off in this link)
    const label = page.locator('.label-selected')
    await expect.poll(() => label.textContent()).toBe('Left L5 nerve root')
    const box = await label.boundingBox()
    expect(box).not.toBeNull()
    const labelCentre = { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 }
    expect(Math.hypot(labelCentre.x - position!.x, labelCentre.y - position!.y)).toBeLessThan(80)
    await page.mouse.move(1, 1)
    await page.mouse.up()
    await expect.poll(() => page.url()).toContain('s=nerve:L5:left')
    expect(page.url()).toContain('show=nerves')
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('offers the ligaments that hold the dens from C1’s panel, and turns to each so it can be seen and clicked', async () => {
    const page = await open('?s=C1&labels=0')
    // inside the ring they cannot be aimed at: the atlas's panel lists them with its joints
    const link = page.locator('[data-testid=links] button[data-link="ligament:transverse-atlas"]')
    await expect.poll(() => link.textContent()).toBe('Band across C1 that holds the peg of C2 (transverse ligament)')
    await link.click()
    await expect.poll(async () => (await state(page)).selection).toBe('ligament:transverse-atlas')
    // seen close and from above, the dens in front of it, as atlases draw the ring: a click lands on it
    // (framed like the long bands, from 30 cm and the camera's own side, it is a sliver inside the ring)
    await clickablePoint(page, 'ligament:transverse-atlas')
    const { position, target } = (await state(page)).camera
    const [dx, dy, dz] = position.map((v, i) => v - target[i]!) as [number, number, number]
    expect(Math.hypot(dx, dy, dz)).toBeLessThan(200)
    expect(dy).toBeGreaterThan(Math.hypot(dx, dz))
    await page.locator('[data-testid=selection-name]').waitFor()
    expect(await page.textContent('[data-testid=selection-name]')).toBe(
      'Band across C1 that holds the peg of C2 (transverse ligament)',
    )
    const alar = await open('?s=ligament:alar&labels=0')
    await clickablePoint(alar, 'ligament:alar')
    // from behind, close: the V of the two cords above the back of the ring
    const view = (await state(alar)).camera
    expect(view.position[2]! - view.target[2]!).toBeLessThan(0)
    expect(Math.hypot(...view.position.map((v, i) => v - view.target[i]!))).toBeLessThan(200)
    expect(alar.errors).toEqual([])
    await alar.close()
    // the pivot joint itself, the apical ligament and the tectorial membrane, from C2's panel: each turned to
    // and reachable by a click
    for (const [id, name] of [
      ['median-atlanto-axial', 'Joint between the peg of C2 and the front of C1 (median atlanto-axial joint)'],
      ['ligament:apical', 'Thin cord from the tip of the peg of C2 to the skull (apical ligament)'],
      ['ligament:tectorial', 'Sheet behind the peg of C2, up to the skull (tectorial membrane)'],
    ] as const) {
      const axis = await open('?s=C2&labels=0')
      const button = axis.locator(`[data-testid=links] button[data-link="${id}"]`)
      await expect.poll(() => button.textContent()).toBe(name)
      await button.click()
      await expect.poll(async () => (await state(axis)).selection).toBe(id)
      await clickablePoint(axis, id)
      const seen = (await state(axis)).camera
      const [dx, dy, dz] = seen.position.map((v, i) => v - seen.target[i]!) as [number, number, number]
      // close; the ligaments from behind, the joint from above (the gap between the dens and the arch)
      if (id === 'median-atlanto-axial') expect(dy, id).toBeGreaterThan(Math.hypot(dx, dz))
      else expect(dz, id).toBeLessThan(0)
      expect(Math.hypot(dx, dy, dz), id).toBeLessThan(200)
      expect(axis.errors).toEqual([])
      await axis.close()
    }
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('puts the base of the skull above the joints under it, one click from them', async () => {
    const page = await open('?s=facet:C0-C1:left&labels=0')
    // the list names it first among the neck's bones, above C1, not in a group of its own
    const neckBones = page.locator('nav.tree > details').first().locator(':scope > ul > li button[data-id]')
    expect(await neckBones.nth(0).getAttribute('data-id')).toBe('occiput')
    expect(await neckBones.nth(1).getAttribute('data-id')).toBe('C1')
    // the joint's panel leads up to the bone above it and down to C1
    const up = page.locator('[data-testid=links] button[data-link="occiput"]')
    await expect.poll(() => up.textContent()).toBe('Base of the skull (occipital bone)')
    await expect.poll(() => page.locator('[data-testid=links] button[data-link="C1"]').count()).toBe(1)
    await up.click()
    await expect.poll(async () => (await state(page)).selection).toBe('occiput')
    await clickablePoint(page, 'occiput')
    expect(await page.textContent('[data-testid=selection-name]')).toBe('Base of the skull (occipital bone)')
    // what it is, with sources, and the warning signs one tap away (it carries the neck's top joints)
    const facts = neuralInfo('occiput').facts
    await expect.poll(() => page.locator('[data-testid=facts] li').count()).toBe(facts.length)
    expect(await page.locator('[data-testid=facts] li').first().textContent()).toContain(facts[0]!.plain)
    expect(await page.getByRole('button', { name: /Warning signs/ }).count()).toBeGreaterThan(0)
    // a box in the standing spine's frame: above C1, about as wide as the foramen and its rim
    const box = await page.evaluate(() => window.facet!.boundingBox('occiput', 'world'))
    const atlas = await page.evaluate(() => window.facet!.boundingBox('C1', 'world'))
    expect(box!.max[1]).toBeGreaterThan(atlas!.max[1])
    expect(box!.max[0] - box!.min[0]).toBeGreaterThan(40)
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('x-ray ghosts the bones and shows the cord and roots; a second press puts the layers back', async () => {
    // the facet joints' cartilage is yellowish too: hidden, so the yellows on screen are the nerves'
    const page = await open('?labels=0&hide=facets')
    await page.click('summary:has-text("Regions and layers")')
    await page.click('button:text-is("X-ray")')
    expect(await state(page)).toMatchObject({ xray: true, regions: { bones: 'ghosted', nerves: 'shown' } })
    expect(await page.getAttribute('button:text-is("X-ray")', 'aria-pressed')).toBe('true')
    await neuralDrawn(page, NERVES_LAYER)
    await cameraAtRest(page)
    // through the ghosted bones the cord can be pointed at, and the cord and roots are drawn in their yellows
    await clickablePoint(page, 'cord')
    await page.click('summary:has-text("Regions and layers")')
    await expect.poll(() => nerveYellow(page)).toBeGreaterThan(0.0005)
    const xray = await nerveYellow(page)
    await page.click('summary:has-text("Regions and layers")')
    await page.click('button:text-is("X-ray")')
    expect(await state(page)).toMatchObject({ xray: false, regions: { bones: 'shown', nerves: 'hidden' } })
    await expect.poll(() => page.evaluate(() => window.facet!.screenPosition('cord')?.clickable ?? null)).toBeNull()
    await page.click('summary:has-text("Regions and layers")')
    await expect.poll(() => nerveYellow(page)).toBeLessThan(xray / 3)
    // the API does the same
    expect(await page.evaluate(() => window.facet!.setPreset('xray'))).toBe(true)
    expect((await state(page)).regions.bones).toBe('ghosted')
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('draws nothing at rest with the nerves and ligaments shown, in the one WebGL context', async () => {
    const context = await harness.browser().newContext({ viewport: { width: 1280, height: 720 } })
    // counts every canvas that gets a WebGL context (as test/e2e/webgl.test.ts does)
    await context.addInitScript(`(() => {
      const seen = new WeakSet(); window.__webglCanvases = 0
      const get = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        const ctx = get.call(this, type, ...rest)
        if (ctx && /webgl/.test(type) && !seen.has(this)) { seen.add(this); window.__webglCanvases++ }
        return ctx
      }
    })()`)
    const page = await openFacet(context, `${harness.url()}?show=nerves,ligaments&labels=0`)
    await neuralDrawn(page, NERVES_LAYER + LIGAMENT_IDS.length)
    await cameraAtRest(page)
    // the bones' overview surfaces, asked for once the page has settled, are in place: their arrival draws a
    // frame, and with the sacroiliac joints and ilia read from the build's file the nerves can be drawn before it
    await page.waitForFunction(
      () => window.facetDebug?.renderInfo().overviewRefined === true && window.facet!.getState().refining === 0,
      null,
      { timeout: 60_000 },
    )
    await animationFrames(page, 10)
    const before = await framesDrawn(page)
    await animationFrames(page, 90)
    expect(await framesDrawn(page)).toBe(before)
    expect(await page.evaluate(() => (window as unknown as { __webglCanvases: number }).__webglCanvases)).toBe(1)
    expect((await page.evaluate(() => window.facetDebug!.renderInfo())).contextLost).toBe(false)
    // seen from afar (the home view) they draw their far triangles, about 7 800 where up close they have
    // 37 700; hidden again they cost the frame nothing, and shown again they come back whole (counted once the
    // bones' overview surfaces, which change the count by about 5 000, have replaced their shells: waited for above)
    const triangles = () => page.evaluate(() => window.facetDebug!.renderInfo().triangles)
    const shown = await triangles()
    await page.evaluate(() => {
      window.facet!.setGroup('nerves', 'hidden')
      window.facet!.setGroup('ligaments', 'hidden')
    })
    await expect.poll(triangles).toBeLessThan(shown - 6_000)
    expect(shown - (await triangles()), 'the nerves and ligaments from afar').toBeLessThan(15_000)
    await page.evaluate(() => {
      window.facet!.setGroup('nerves', 'shown')
      window.facet!.setGroup('ligaments', 'shown')
    })
    await expect.poll(triangles).toBe(shown)
    expect(page.errors).toEqual([])
    await context.close()
  })

  it('hides the nerves while a stretch moves the spine, says why, and shows them again after', async () => {
    // the bones ghosted, so the cord can be reached before the stretch
    const page = await open('?show=nerves&ghost=bones&labels=0')
    await neuralDrawn(page, NERVES_LAYER)
    await clickablePoint(page, 'cord')
    expect(await page.evaluate(() => window.facet!.playStretch('knee-rolls'))).toBe(true)
    await expect
      .poll(() => page.textContent('[data-testid=layer-status]'))
      .toContain('step aside while the spine moves')
    const during = await page.evaluate(() => window.facet!.screenPosition('cord')?.clickable ?? null)
    expect(during).toBeNull()
    await expect
      .poll(() => page.evaluate(() => window.facet!.getState().stretch.playing), { timeout: 30_000 })
      .toBe(false)
    await expect.poll(() => page.textContent('[data-testid=layer-status]')).toBe('')
    await clickablePoint(page, 'cord')
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('steps the nerves aside while a joint is opened for its close-up, and brings them back after', async () => {
    const page = await open('?show=nerves&ghost=bones&labels=0')
    await neuralDrawn(page, NERVES_LAYER)
    await clickablePoint(page, 'cord')
    expect(await page.evaluate(() => window.facet!.playCavitation('facet:L4-L5:left'))).toBe(true)
    await expect.poll(() => page.evaluate(() => window.facet!.getState().cavitation.joint)).toBe('facet:L4-L5:left')
    await expect
      .poll(() => page.evaluate(() => window.facet!.screenPosition('cauda-equina')?.clickable ?? null))
      .toBeNull()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.evaluate(() => window.facet!.getState().cavitation.joint)).toBeNull()
    // the view is still on L4–L5, below the cord's end: the cauda equina is what shows there
    await clickablePoint(page, 'cauda-equina')
    expect(page.errors).toEqual([])
    await page.close()
  })
})
