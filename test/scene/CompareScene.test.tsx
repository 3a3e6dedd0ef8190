// @vitest-environment jsdom
import type { CameraControls } from '@react-three/drei/core/CameraControls.js'
import { type Mesh, Vector3 } from 'three'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { overviewGeometry } from '../../src/geometry/overview'
import { CameraRig } from '../../src/scene/CameraRig'
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

describe('the compared row and its table', () => {
  it('moves to the middle of the view when the table is folded away (a bone alone closer too), and back when it is shown', async () => {
    const scene = await mountScene(
      <>
        <CameraRig initial={null} initialPreset="home" />
        <CompareScene />
      </>,
    )
    await scene.settle()
    await scene.act((s) => s.startCompare(['C5', 'T6', 'L4']))
    await scene.settle()
    const camera = () => scene.three().camera
    const distance = () => camera().position.length()
    /** How far up the row's middle sits on screen (NDC: 0 the middle of the view, 1 its top edge). */
    const rowHeight = () => new Vector3(0, 0, 0).project(camera()).y
    const withTable = { distance: distance(), height: rowHeight() }
    // above the table: the row's middle is in the upper part of the view
    expect(withTable.height).toBeGreaterThan(0.25)
    await scene.act((s) => s.setCompareTableFolded(true))
    await scene.settle()
    // a wide row of three is framed by its width: it keeps its size and moves to the middle
    expect(distance()).toBeLessThanOrEqual(withTable.distance + 1)
    expect(Math.abs(rowHeight())).toBeLessThan(0.15)
    await scene.act((s) => s.setCompareTableFolded(false))
    await scene.settle()
    expect(distance()).toBeCloseTo(withTable.distance, 0)
    expect(rowHeight()).toBeCloseTo(withTable.height, 2)
    // one bone seen alone is framed by its height: folded, it comes closer and fills the view
    await scene.act((s) => s.startCompare(['L4']))
    await scene.settle()
    const alone = distance()
    // turned to look from above first: folding keeps that side
    const controls = scene.three().controls as unknown as CameraControls
    await scene.act(() => {
      void controls.rotatePolarTo(0.15, false)
      scene.three().invalidate()
    })
    await scene.settle()
    const azimuth = controls.azimuthAngle
    await scene.act((s) => s.setCompareTableFolded(true))
    await scene.settle()
    expect(distance()).toBeLessThan(alone * 0.8)
    // the side it is seen from (the orbit's angles; the picture's shift moves the camera a little sideways)
    expect(controls.polarAngle).toBeCloseTo(0.15, 3)
    expect(controls.azimuthAngle).toBeCloseTo(azimuth, 3)
  })
})
