// @vitest-environment jsdom
import type { Mesh } from 'three'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { overviewGeometry } from '../../src/geometry/overview'
import { COMPARE_LAYER, CompareScene } from '../../src/scene/CompareScene'
import { FrameReporter } from '../../src/scene/FrameReporter'
import { SpineModel } from '../../src/scene/SpineModel'
import { mountScene, unmountScenes } from './harness'

/** The spine and the compare view, as App.tsx mounts them in the one canvas. */
const view = (
  <>
    <SpineModel />
    <CompareScene />
    <FrameReporter />
  </>
)

beforeAll(() => overviewGeometry())
afterEach(unmountScenes)

describe('compare levels in the 3D view', () => {
  it('draws the compared bones in one group in place of the spine, and gives the spine back after', async () => {
    const scene = await mountScene(view)
    await scene.settle()
    const three = () => scene.three().scene
    expect(three().getObjectByName('compare')).toBeUndefined()
    await scene.act((s) => s.startCompare(['C5', 'T6', 'L4']))
    await scene.settle()
    const group = three().getObjectByName('compare')
    expect(group?.children.map((c) => c.name)).toEqual(['compare:C5', 'compare:T6', 'compare:L4'])
    for (const child of group?.children ?? []) {
      expect((child as Mesh).geometry.getAttribute('position').count).toBeGreaterThan(100)
      expect(child.layers.isEnabled(COMPARE_LAYER)).toBe(true)
    }
    // the spine is out of sight, and the pointer's ray only tests the compared bones
    expect(three().getObjectByName('spine')?.visible).toBe(false)
    expect(scene.three().raycaster.layers.mask).toBe(1 << COMPARE_LAYER)
    // at rest, nothing more is drawn
    const renders = scene.renders()
    await scene.settle()
    expect(scene.renders()).toBe(renders)
    await scene.act((s) => s.endCompare())
    await scene.settle()
    expect(three().getObjectByName('compare')).toBeUndefined()
    expect(three().getObjectByName('spine')?.visible).toBe(true)
    expect(scene.three().raycaster.layers.mask).toBe(1)
  })
})
