// @vitest-environment jsdom
import { type Group, Matrix4, type Object3D } from 'three'
import { afterEach, describe, expect, it } from 'vitest'
import type { FacetRuntime } from '../../src/runtime/runtime'
import { StretchFigure } from '../../src/scene/StretchFigure'
import { type MountedScene, mountScene, unmountScenes } from './harness'

/**
 * The person doing the stretch as a scene component: mounted once a card plays, moving on the clock's frames,
 * seen only while the stretch plays, and gone (its geometries freed) when hidden or when the card closes.
 */

afterEach(unmountScenes)

/** Advances the stretch on the clock as the spine's driver does in the app (scene/StretchDriver.tsx). */
const drive = (runtime: FacetRuntime) =>
  runtime.clock.onFrame((_, delta) => {
    const active = runtime.stretch.active()
    if (!active) return
    active.advance(delta)
    if (!active.playing) runtime.stretch.stop()
  })

const parts = (scene: MountedScene): Object3D[] => {
  const found: Object3D[] = []
  scene.three().scene.traverse((o) => {
    if (o.name.startsWith('figure:')) found.push(o)
  })
  return found
}
const part = (scene: MountedScene, name: string) => parts(scene).find((o) => o.name === name)
const figureGroup = (scene: MountedScene) => part(scene, 'figure:head')?.parent as Group | undefined

async function played(id: string) {
  const scene = await mountScene(<StretchFigure />, { before: drive })
  await scene.settle()
  expect(parts(scene)).toEqual([])
  scene.runtime.stretch.play(id)
  await scene.flush()
  await scene.frame(2)
  return scene
}

describe('StretchFigure', () => {
  it('appears when a card plays, with a body, a floor and (sitting) a chair', async () => {
    const scene = await played('seated-rotation')
    const names = parts(scene).map((o) => o.name)
    expect(names).toEqual(expect.arrayContaining(['figure:pelvis', 'figure:head', 'figure:thigh:left', 'figure:floor']))
    expect(names).toContain('figure:seat')
    expect(figureGroup(scene)?.visible).toBe(true)
  })

  it('moves with the stretch on the clock, then rests in its start pose, in view, and lets the canvas rest once it ends', async () => {
    const scene = await played('double-knee-to-chest')
    const knee = part(scene, 'figure:thigh:left')
    const before = new Matrix4().copy(knee?.matrix ?? new Matrix4())
    await scene.frame(120)
    expect(knee?.matrix.equals(before)).toBe(false)
    await scene.settle(2000)
    expect(scene.runtime.store.getState().stretchPlaying).toBe(false)
    // still in sight (the turned view would otherwise show a small spine on its side), back at its start
    expect(figureGroup(scene)?.visible).toBe(true)
    expect(knee?.matrix.equals(before)).toBe(true)
    expect(scene.waiting()).toBe(false)
  })

  it('goes, freeing its geometries, when hidden, and does not come back for the next card', async () => {
    const scene = await played('knee-rolls')
    const geometries = scene.three().gl.info.memory.geometries
    await scene.settle(2000)
    scene.runtime.stretch.setFigureHidden(true)
    await scene.flush()
    await scene.frame(1)
    expect(parts(scene)).toEqual([])
    expect(scene.three().gl.info.memory.geometries).toBeLessThan(geometries)
    scene.runtime.stretch.play('cat-camel')
    await scene.flush()
    await scene.frame(2)
    expect(parts(scene)).toEqual([])
  })

  it('goes when the card closes', async () => {
    const scene = await played('prone-press-up')
    expect(parts(scene).length).toBeGreaterThan(0)
    await scene.act((s) => s.openStretch(null))
    await scene.frame(1)
    expect(parts(scene)).toEqual([])
  })
})
