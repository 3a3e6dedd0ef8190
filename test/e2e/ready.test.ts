import { describe, expect, it } from 'vitest'
import { browserHarness } from './harness'
import { cameraAtRest, openFacet, waitForFacet } from './waits'

const harness = browserHarness()

/** The home view as a link's camera (HOME_TARGET and the home direction, scene/CameraRig.tsx). */
const HOME_CAMERA = 'cam=610.1,395.3,1297.4,0,250,-10'

describe('facet.ready tells the truth', () => {
  it('resolves on a frame that shows the whole spine, even when the link selects a structure', async () => {
    const page = await harness.browser().newPage({ viewport: { width: 1280, height: 720 } })
    // what the overview left out on the very frame `ready` announces (the event fires on that frame)
    await page.addInitScript(() => {
      addEventListener('facet:ready', () => {
        ;(window as unknown as { __skippedAtReady: number }).__skippedAtReady =
          window.facetDebug?.batchSkipped?.() ?? -1
      })
    })
    await page.goto(`${harness.url()}?s=L3&${HOME_CAMERA}&labels=0`)
    await waitForFacet(page)
    // nothing is hidden, and the selection's own meshes do not exist yet: the overview must draw it all
    // (it used to leave out the selection's neighbourhood, about a quarter of the spine)
    expect(await page.evaluate(() => (window as unknown as { __skippedAtReady: number }).__skippedAtReady)).toBe(0)
    // once the meshes are there, the neighbourhood is theirs
    await expect.poll(() => page.evaluate(() => window.facetDebug?.batchSkipped?.() ?? 0)).toBeGreaterThan(5)
    await page.close()
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
