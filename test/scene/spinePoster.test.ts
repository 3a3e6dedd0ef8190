import { PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { HOME_TARGET, homeCameraPosition, VIEW_LENS } from '../../src/scene/homeView'
import { homeViewProjection, posterFits } from '../../src/scene/spinePoster'

describe("the spine's poster", () => {
  it('is drawn from the camera the app starts with, so the app’s first frame replaces it in place', () => {
    for (const aspect of [680 / 674, 820 / 708, 16 / 9]) {
      const camera = new PerspectiveCamera(VIEW_LENS.fov, aspect, VIEW_LENS.near, VIEW_LENS.far)
      camera.position.fromArray(homeCameraPosition())
      camera.lookAt(new Vector3(...HOME_TARGET))
      camera.updateMatrixWorld()
      const three = camera.projectionMatrix.clone().multiply(camera.matrixWorldInverse).elements
      const ours = homeViewProjection(aspect)
      // the same matrix to float32 precision (the poster's is a Float32Array)
      for (let i = 0; i < 16; i++) {
        const expected = three[i] ?? Number.NaN
        expect(Math.abs((ours[i] ?? Number.NaN) - expected)).toBeLessThan(1e-6 * Math.max(1, Math.abs(expected)))
      }
    }
  })

  it('is drawn only for a link that opens the home view', () => {
    expect(posterFits('')).toBe(true)
    expect(posterFits('?lang=es')).toBe(true)
    expect(posterFits('?LANG=es', '#main'), 'a name in capitals; a page anchor').toBe(true)
    for (const search of ['?s=L3', '?cam=1,2,3,4,5,6', '?view=back', '?hide=discs', '?show=nerves', '?lang=es&s=L4'])
      expect(posterFits(search), search).toBe(false)
    // the app reads these as a selection and a view too (url.ts), so the poster must not draw the home view
    expect(posterFits('?S=L3'), 'a name in capitals').toBe(false)
    expect(posterFits('', '#s=L3'), 'a view written after #').toBe(false)
    expect(posterFits('?lang=es', '#view=back'), 'a view written after #').toBe(false)
  })
})
