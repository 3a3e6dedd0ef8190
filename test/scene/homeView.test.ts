import { PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { createNeuralGeometry } from '../../src/geometry/neural'
import { structureWorldBox } from '../../src/geometry/world'
import { HOME_TARGET, homeCameraPosition, VIEW_LENS } from '../../src/scene/homeView'

describe('the home view', () => {
  // the 3D view of a laptop (1280×720 less the list, the panel and the top bar) and of a tablet held upright
  it.each([
    ['laptop', 680 / 632],
    ['tablet', 820 / 708],
  ])('frames the whole column on a %s, from the coccyx to the base of the skull above C1', (_, aspect) => {
    const camera = new PerspectiveCamera(VIEW_LENS.fov, aspect, VIEW_LENS.near, VIEW_LENS.far)
    camera.position.set(...homeCameraPosition())
    camera.lookAt(new Vector3(...HOME_TARGET))
    camera.updateMatrixWorld()
    const ys: number[] = []
    const project = (x: number, y: number, z: number) => ys.push(new Vector3(x, y, z).project(camera).y)
    // the skull's base: every vertex (its box's corners would overstate the ring seen at an angle)
    const skull = createNeuralGeometry('occiput', 0).getAttribute('position')
    for (let i = 0; i < skull.count; i++) project(skull.getX(i), skull.getY(i), skull.getZ(i))
    const coccyx = structureWorldBox('coccyx')
    project(coccyx.min.x, coccyx.min.y, coccyx.min.z)
    project(coccyx.max.x, coccyx.min.y, coccyx.max.z)
    // inside the view with a margin, top and bottom (normalised device y runs from −1 to 1)
    expect(Math.max(...ys)).toBeLessThan(0.97)
    expect(Math.min(...ys)).toBeGreaterThan(-0.97)
  })
})
