// @vitest-environment jsdom
import { useThree } from '@react-three/fiber'
import { useLayoutEffect } from 'react'
import type { Mesh, MeshStandardMaterial } from 'three'
import { afterEach, describe, expect, it } from 'vitest'
import type { FacetJointId } from '../../src/anatomy/ids'
import { JointCloseUp } from '../../src/scene/JointCloseUp'
import { mountScene, unmountScenes } from './harness'

afterEach(unmountScenes)

const JOINT: FacetJointId = 'facet:L4-L5:left'

/** Puts the canvas in the page, as the app's stage does, so names pinned beside it are in the document. */
function InDocument() {
  const gl = useThree((s) => s.gl)
  useLayoutEffect(() => {
    const stage = document.createElement('div')
    document.body.appendChild(stage)
    stage.appendChild(gl.domElement)
    return () => stage.remove()
  }, [gl])
  return null
}

async function mountOpened(joint: FacetJointId = JOINT) {
  const view = (
    <>
      <InDocument />
      <JointCloseUp joint={joint} />
    </>
  )
  return mountScene(view, {
    before: async (runtime) => {
      await runtime.cavitation.load()
      runtime.store.getState().openCloseUp(joint)
    },
  })
}

/** The names pinned over the view, as a reader sees them (hidden ones left out). */
const shownNames = () =>
  [...document.querySelectorAll<HTMLElement>('.tissue-layer .tissue-label')]
    .filter((label) => label.parentElement?.style.visibility === 'visible')
    .map((label) => label.textContent)

describe('the opened joint in the spine’s view', () => {
  it('plays the crack on the clock, names the gas pocket once it forms, and draws nothing after', async () => {
    const scene = await mountOpened()
    await scene.settle()
    expect(shownNames()).toEqual(expect.arrayContaining(['Knob of L4', 'Knob of L5', 'Joint fluid', 'Joint sac']))
    expect(shownNames()).not.toContain('Gas pocket')
    const before = scene.renders()
    await scene.act(() => scene.runtime.cavitation.request(JOINT))
    await scene.settle(3000)
    expect(scene.renders()).toBeGreaterThan(before + 5)
    expect(scene.runtime.store.getState().phase).toBe('residual')
    expect(shownNames()).toContain('Gas pocket')
    const rested = scene.renders()
    await scene.frame(30)
    expect(scene.renders()).toBe(rested)
  })

  it('shows both of the joint’s bones, seen through, at full detail in their places', async () => {
    const scene = await mountOpened()
    await scene.settle()
    const group = scene.three().scene.getObjectByName('close-up')
    const bones: Mesh[] = []
    group?.traverse((o) => {
      const material = (o as Mesh).material as MeshStandardMaterial | undefined
      if ((o as Mesh).isMesh && material?.transparent && material.opacity < 0.5) bones.push(o as Mesh)
    })
    expect(bones.map((b) => b.geometry)).toEqual([
      scene.runtime.geometries.structure('L4', 1),
      scene.runtime.geometries.structure('L5', 1),
    ])
  })

  it('gives back what it made when it closes', async () => {
    const scene = await mountOpened()
    await scene.settle()
    const memory = scene.three().gl.info.memory
    const opened = memory.geometries
    expect(opened).toBeGreaterThan(0)
    expect(document.querySelectorAll('.tissue-layer').length).toBe(1)
    await scene.unmount()
    expect(memory.geometries).toBeLessThan(opened)
    expect(document.querySelectorAll('.tissue-layer').length).toBe(0)
  })
})
