// @vitest-environment jsdom

import { Vector3 } from 'three'
import { afterEach, describe, expect, it } from 'vitest'
import type { StructureId } from '../../src/anatomy/ids'
import { facetJointViewDirection } from '../../src/geometry/partView'
import { structureRadius, structureWorldCentre } from '../../src/geometry/world'
import { CameraRig, HOME_TARGET } from '../../src/scene/CameraRig'
import type { ViewPreset } from '../../src/store'
import { type MountedScene, mountScene, type SceneOptions, unmountScenes } from './harness'

/**
 * The camera rig: where the camera goes for a preset view, a selection and a link, the pose it mirrors into
 * the runtime (what links and the automation API read), and that it stops asking for frames once still.
 */

afterEach(unmountScenes)

const v = (a: readonly number[]) => new Vector3().fromArray(a)
/** The pose as the runtime holds it: what a shared link and `facet.camera()` report. */
const pose = (scene: MountedScene) => ({
  position: v(scene.runtime.camera.position),
  target: v(scene.runtime.camera.target),
})
/** Half the camera's vertical field of view, in radians (the app's canvas: 30°). */
const halfFov = (scene: MountedScene) => ((scene.three().camera as unknown as { fov: number }).fov * Math.PI) / 360

/** The three camera sits where the runtime says and looks at the runtime's target. */
function expectCameraMatchesPose(scene: MountedScene) {
  const { camera } = scene.three()
  const { position, target } = pose(scene)
  expect(camera.position.distanceTo(position)).toBeLessThan(1e-6)
  const looking = camera.getWorldDirection(new Vector3())
  expect(looking.dot(target.clone().sub(position).normalize())).toBeGreaterThan(0.99999)
}

/** Mounts the rig as the app does for a visit with no link: the home view. */
const mountRig = (preset: ViewPreset = 'home', options: SceneOptions = {}) =>
  mountScene(<CameraRig initial={null} initialPreset={preset} />, options)

// the spine from the top of C1 to the tip of the coccyx (mm)
const spineTop = structureWorldCentre('C1').y + structureRadius('C1')
const spineBottom = structureWorldCentre('coccyx').y - structureRadius('coccyx')
// the subject's left, as the left facet joints sit (+x)
const leftSide = Math.sign(structureWorldCentre('facet:L3-L4:left').x - structureWorldCentre('facet:L3-L4:right').x)
// the front, as the discs sit in front of the facet joints (+z)
const frontSide = Math.sign(structureWorldCentre('disc:L3-L4').z - structureWorldCentre('facet:L3-L4:left').z)

describe('the camera rig', () => {
  it('opens on the home view: the whole spine in view, from the front and a little to the left and above', async () => {
    const scene = await mountRig()
    await scene.settle()
    const { position, target } = pose(scene)
    expect(target.toArray()).toEqual(HOME_TARGET)
    const offset = position.clone().sub(target)
    // the whole height of the spine fits the view at that distance
    expect(2 * offset.length() * Math.tan(halfFov(scene))).toBeGreaterThan(spineTop - spineBottom)
    expect(Math.sign(offset.z)).toBe(frontSide)
    expect(Math.sign(offset.x)).toBe(leftSide)
    expect(offset.y).toBeGreaterThan(0)
    expect(scene.runtime.camera.atRest).toBe(true)
    expectCameraMatchesPose(scene)
  })

  // the direction the camera looks from, as a unit vector: straight from that side, level
  it.each<[ViewPreset, (from: Vector3) => boolean]>([
    ['front', (from) => Math.sign(from.z) === frontSide && Math.abs(from.x) < 1e-3],
    ['back', (from) => Math.sign(from.z) === -frontSide && Math.abs(from.x) < 1e-3],
    ['left', (from) => Math.sign(from.x) === leftSide && Math.abs(from.z) < 1e-3],
    ['right', (from) => Math.sign(from.x) === -leftSide && Math.abs(from.z) < 1e-3],
  ])('eases to the %s view of the whole spine when asked, then rests', async (preset, fromThatSide) => {
    const scene = await mountRig()
    await scene.settle()
    const home = pose(scene)
    await scene.act((s) => s.requestView(preset))
    await scene.frame(2)
    // eased, not a jump: on its way, neither at home nor there yet, and not at rest
    expect(scene.runtime.camera.atRest).toBe(false)
    const frames = await scene.settle()
    expect(frames).toBeGreaterThan(10)
    expect(scene.runtime.camera.atRest).toBe(true)

    const { position, target } = pose(scene)
    expect(target.distanceTo(v(HOME_TARGET))).toBeLessThan(0.5)
    const offset = position.clone().sub(target)
    const from = offset.clone().normalize()
    expect(fromThatSide(from), `looking from ${from.toArray()}`).toBe(true)
    expect(Math.abs(from.y)).toBeLessThan(1e-3)
    // the same framing as the home view, so the whole spine stays in view
    expect(offset.length()).toBeCloseTo(home.position.distanceTo(home.target), 0)
    expectCameraMatchesPose(scene)
  })

  it.each<StructureId>(['T7', 'disc:L3-L4'])(
    'eases to a selected structure (%s): centred, filling a good part of the view, seen from the same side',
    async (id) => {
      const scene = await mountRig()
      await scene.settle()
      const before = pose(scene)
      const lookingFrom = before.position.clone().sub(before.target).normalize()

      // what writes the link listens for the camera's rest: not while it flies, once when it gets there
      let rests = 0
      scene.runtime.camera.rested.add(() => rests++)
      await scene.act((s) => s.select(id))
      await scene.frame(2)
      expect(scene.runtime.camera.atRest).toBe(false)
      expect(rests).toBe(0)
      expect(await scene.settle()).toBeGreaterThan(10)
      expect(scene.runtime.camera.atRest).toBe(true)
      expect(rests).toBe(1)

      const { position, target } = pose(scene)
      expect(target.distanceTo(structureWorldCentre(id))).toBeLessThan(0.5)
      const distance = position.distanceTo(target)
      // the structure's height on screen, as a share of the view's height
      const share = structureRadius(id) / (distance * Math.tan(halfFov(scene)))
      expect(share).toBeGreaterThan(0.2)
      expect(share).toBeLessThan(1)
      expect(position.clone().sub(target).normalize().dot(lookingFrom)).toBeGreaterThan(0.999)
      expectCameraMatchesPose(scene)
    },
  )

  it('turns to a facet joint chosen from the front: from behind and its own side, the levels round it in view', async () => {
    const scene = await mountRig()
    await scene.settle()
    const id: StructureId = 'facet:L3-L4:left'
    await scene.act((s) => s.select(id))
    await scene.settle()
    expect(scene.runtime.camera.atRest).toBe(true)
    const { position, target } = pose(scene)
    expect(target.distanceTo(structureWorldCentre(id))).toBeLessThan(0.5)
    const from = new Vector3()
    facetJointViewDirection(1, from)
    expect(position.clone().sub(target).normalize().dot(from)).toBeGreaterThan(0.999)
    // far enough out for a vertebra above and below: each about 35 mm tall at L3–L4 in a view 118 mm tall
    expect(position.distanceTo(target)).toBeCloseTo(220, 0)
    expectCameraMatchesPose(scene)
  })

  it('ends an eased move where it was heading once what is left of it is too small to see, and then rests', async () => {
    const scene = await mountRig()
    await scene.settle()
    await scene.act((s) => s.select('L4'))
    // frames 16 ms apart: camera-controls alone eased on for 239 of them (3.8 s), the last 1.4 s of it too small to see
    const frames = await scene.settle()
    expect(frames).toBeGreaterThan(10)
    expect(frames).toBeLessThan(170)
    expect(scene.runtime.camera.atRest).toBe(true)
    // exactly there, not a fraction of a millimetre short
    expect(pose(scene).target.distanceTo(structureWorldCentre('L4'))).toBeLessThan(1e-6)
    expectCameraMatchesPose(scene)
    // and once there, nothing asks for another frame
    expect(await scene.settle()).toBe(0)
  })

  it('jumps instead of easing, to a selection, a view and an opened joint, for a reader who asked for reduced motion', async () => {
    const real = window.matchMedia
    window.matchMedia = ((query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' })) as never
    try {
      const scene = await mountRig()
      await scene.settle()
      await scene.act((s) => s.select('T7'))
      // asked, not drawn yet: the pose is still the old one, so it does not claim to be at rest
      expect(scene.runtime.camera.atRest).toBe(false)
      // there at once: the frame that shows the change is the last one asked for (an eased move takes over 10)
      expect(await scene.settle()).toBeLessThanOrEqual(2)
      expect(pose(scene).target.distanceTo(structureWorldCentre('T7'))).toBeLessThan(1e-6)
      expect(scene.runtime.camera.atRest).toBe(true)
      await scene.act((s) => s.requestView('left'))
      expect(scene.runtime.camera.atRest).toBe(false)
      expect(await scene.settle()).toBeLessThanOrEqual(2)
      expect(scene.runtime.camera.atRest).toBe(true)
      expect(pose(scene).target.distanceTo(v(HOME_TARGET))).toBeLessThan(1e-6)
      expectCameraMatchesPose(scene)
    } finally {
      window.matchMedia = real
    }
  })

  it('restores the camera of a link at once, without easing', async () => {
    const link = {
      position: [300, 420, 500] as [number, number, number],
      target: [0, 300, 0] as [number, number, number],
    }
    const scene = await mountScene(<CameraRig initial={link} initialPreset="home" />)
    expect(pose(scene).position.distanceTo(v(link.position))).toBeLessThan(1e-6)
    expect(pose(scene).target.distanceTo(v(link.target))).toBeLessThan(1e-6)
    expect(await scene.settle()).toBeLessThanOrEqual(2)
    expectCameraMatchesPose(scene)
  })

  it('frames the selection of a link that has no camera at once, as a click would', async () => {
    const scene = await mountRig('home', { before: (runtime) => runtime.store.getState().select('L4') })
    expect(pose(scene).target.distanceTo(structureWorldCentre('L4'))).toBeLessThan(1e-6)
    expect(await scene.settle()).toBeLessThanOrEqual(2)
    expectCameraMatchesPose(scene)
  })

  it('asks for no frame while nothing moves, whatever else changes', async () => {
    const scene = await mountRig()
    await scene.settle()
    const renders = scene.renders()
    await scene.frame(60)
    expect(scene.renders()).toBe(renders)

    // changes the camera does not follow: hovering, labels, clearing the selection
    await scene.act((s) => s.hover('T7'))
    await scene.act((s) => s.setLabels(false))
    await scene.act((s) => s.select(null))
    expect(scene.waiting()).toBe(false)
    await scene.frame(10)
    expect(scene.renders()).toBe(renders)
  })
})
