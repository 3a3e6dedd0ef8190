import { describe, expect, it } from 'vitest'
import { browserHarness } from './harness'
import { litFraction } from './pixels'
import { cameraAtRest, openFacet } from './waits'

const harness = browserHarness()

/** The home view as a link's camera (HOME_TARGET and the home direction, scene/CameraRig.tsx). */
const HOME_CAMERA = 'cam=610.1,395.3,1297.4,0,250,-10'

describe('facet.ready tells the truth', () => {
  it('resolves on a frame that shows the whole spine, even when the link selects a structure', async () => {
    const plain = await openFacet(harness.browser(), `${harness.url()}?${HOME_CAMERA}&labels=0`)
    const selected = await openFacet(harness.browser(), `${harness.url()}?s=L3&${HOME_CAMERA}&labels=0`)
    // straight after ready, before the selection's own meshes arrive: the selection only changes a
    // highlight, so about as much of the canvas is lit (it was a quarter less when the batch skipped
    // the selection's neighbourhood before those meshes existed)
    const withSelection = litFraction(await selected.locator('.stage canvas').first().screenshot())
    const without = litFraction(await plain.locator('.stage canvas').first().screenshot())
    expect(withSelection).toBeGreaterThan(without * 0.9)
    expect([...plain.errors, ...selected.errors]).toEqual([])
    await plain.close()
    await selected.close()
  })

  it('frames the selection of a link that has no camera, as a click does', async () => {
    const page = await openFacet(harness.browser(), `${harness.url()}?s=L3&labels=0`)
    await cameraAtRest(page)
    const where = await page.evaluate(() => window.facet!.screenPosition('L3'))
    const box = await page.locator('.stage canvas').first().boundingBox()
    expect(where?.onScreen).toBe(true)
    // near the middle of the view, and close: L3 fills a good part of it
    expect(Math.abs((where?.x ?? 0) - (box!.x + box!.width / 2))).toBeLessThan(box!.width * 0.15)
    expect(Math.abs((where?.y ?? 0) - (box!.y + box!.height / 2))).toBeLessThan(box!.height * 0.15)
    const size = await page.evaluate(() => window.facet!.getState().camera)
    const distance = Math.hypot(...size.position.map((p, i) => p - (size.target[i] ?? 0)))
    expect(distance).toBeLessThan(600)
    await page.close()
  })
})
