// @vitest-environment jsdom
import { Component, type ReactNode } from 'react'
import { ShaderLib } from 'three'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { parseStructureId, type Region, regionOf, STRUCTURE_IDS, type StructureId } from '../../src/anatomy/ids'
import { overviewGeometry } from '../../src/geometry/overview'
import { structuresNear } from '../../src/geometry/world'
import { OVERVIEW_INSERTIONS } from '../../src/scene/overviewShader'
import { SpineBatch } from '../../src/scene/SpineBatch'
import { SpineResourcesProvider } from '../../src/scene/SpineResourcesProvider'
import { CLOSE_UP_RADIUS } from '../../src/store'
import { batchDraws, drawnTexture, structuresDrawn } from './batchProbe'
import { mountScene, unmountScenes } from './harness'

/**
 * The overview batch draws the whole spine in one call; a per-structure state texture tells its shader
 * what to draw, what to make glow and what to leave to the structure's own mesh (hidden, ghosted, or in
 * the close-up round the selection). These tests read that texture as the GPU last received it.
 */

const batch = (
  <SpineResourcesProvider>
    <SpineBatch />
  </SpineResourcesProvider>
)

const inRegion = (region: Region) => STRUCTURE_IDS.filter((id) => regionOf(parseStructureId(id)!) === region)

// generated here on the main thread (no worker in Node), once for the file, as the app's fallback does
beforeAll(() => overviewGeometry())
afterEach(unmountScenes)

describe('the overview batch', () => {
  it('draws every structure of the spine in one draw call, then draws nothing more', async () => {
    const scene = await mountScene(batch)
    expect(await scene.settle()).toBeGreaterThan(0)

    const mesh = scene.three().scene.getObjectByName('spine-batch')
    expect(mesh).toBeDefined()
    expect(scene.three().gl.info.render.calls).toBe(1)
    // every structure has triangles in the merged geometry…
    const index = (mesh as unknown as { geometry: import('three').BufferGeometry }).geometry.getAttribute(
      'structureIndex',
    )
    const present = new Set<number>()
    for (let i = 0; i < index.count; i++) present.add(index.getX(i))
    expect([...present].sort((a, b) => a - b)).toEqual(STRUCTURE_IDS.map((_, i) => i))
    // …and the shader is told to draw every one of them
    expect(structuresDrawn(scene, 'drawn')).toEqual(STRUCTURE_IDS)

    // at rest: no frame is asked for, so none is drawn
    const renders = scene.renders()
    await scene.frame(30)
    expect(scene.waiting()).toBe(false)
    expect(scene.renders()).toBe(renders)
  })

  it('leaves out a hidden region or layer, and draws it again when shown', async () => {
    const scene = await mountScene(batch)
    await scene.settle()
    const lumbar = inRegion('lumbar')
    expect(lumbar).toEqual(expect.arrayContaining<StructureId>(['L3', 'disc:L3-L4', 'facet:L3-L4:left']))

    await scene.act((s) => s.setGroup('lumbar', 'hidden'))
    expect(await scene.settle()).toBe(1) // one frame shows the change
    expect(structuresDrawn(scene, 'left to its own mesh')).toEqual(lumbar)

    await scene.act((s) => s.showAll())
    await scene.settle()
    expect(structuresDrawn(scene, 'drawn')).toEqual(STRUCTURE_IDS)

    await scene.act((s) => s.setGroup('facets', 'hidden'))
    await scene.settle()
    const draws = batchDraws(scene)
    expect(draws.get('facet:C5-C6:right')).toBe('left to its own mesh')
    expect(draws.get('disc:C5-C6')).toBe('drawn')
    expect(draws.get('C5')).toBe('drawn')
  })

  it('leaves a ghosted region to its own translucent meshes', async () => {
    const scene = await mountScene(batch)
    await scene.settle()
    await scene.act((s) => s.setGroup('cervical', 'ghosted'))
    await scene.settle()
    expect(structuresDrawn(scene, 'left to its own mesh')).toEqual(inRegion('cervical'))
  })

  it('makes the structure under the pointer glow, and only that one', async () => {
    const scene = await mountScene(batch)
    await scene.settle()
    await scene.act((s) => s.hover('T7'))
    expect(await scene.settle()).toBe(1)
    expect(structuresDrawn(scene, 'glowing')).toEqual(['T7'])

    await scene.act((s) => s.hover('disc:T7-T8'))
    await scene.settle()
    expect(structuresDrawn(scene, 'glowing')).toEqual(['disc:T7-T8'])

    await scene.act((s) => s.hover(null))
    await scene.settle()
    expect(structuresDrawn(scene, 'glowing')).toEqual([])
  })

  it('draws the whole spine on the first frame of a link with a selection, then leaves the close-up to its own meshes', async () => {
    // a deep link (?s=L3) selects before the 3D view mounts
    const scene = await mountScene(batch, { before: (runtime) => runtime.store.getState().select('L3') })
    await scene.settle()
    // the frame that `ready` announces must show every structure: the full-detail meshes do not exist yet
    expect(structuresDrawn(scene, 'drawn')).toEqual(STRUCTURE_IDS)

    await scene.act(() => scene.runtime.ready.markReady())
    expect(await scene.settle()).toBe(1)
    const closeUp = structuresDrawn(scene, 'left to its own mesh')
    expect(closeUp).toEqual(STRUCTURE_IDS.filter((id) => structuresNear('L3', CLOSE_UP_RADIUS, STRUCTURE_IDS).has(id)))
    expect(closeUp).toEqual(expect.arrayContaining<StructureId>(['L3', 'disc:L3-L4', 'facet:L3-L4:left', 'L4']))
    expect(closeUp).not.toContain('C1')

    // while a stretch plays only the selection is drawn apart, so every other joint shows its colour
    await scene.act((s) => s.setStretchPlaying(true))
    await scene.settle()
    expect(structuresDrawn(scene, 'left to its own mesh')).toEqual(['L3'])
  })

  it('sends the GPU the overview shader with every patched chunk, reading the per-structure textures', async () => {
    const scene = await mountScene(batch)
    const context = scene.three().gl.getContext()
    const sources: string[] = []
    vi.spyOn(context, 'shaderSource').mockImplementation((_shader, source) => {
      sources.push(source)
    })
    await scene.settle()

    // three compiles the vertex shader, then the fragment shader, of each program
    const at = sources.findIndex((source) => source.includes('attribute float structureIndex'))
    expect(at, 'no shader reads structureIndex').toBeGreaterThanOrEqual(0)
    const compiled = { vertex: sources[at] as string, fragment: sources[at + 1] as string }
    for (const { stage, anchor, code } of OVERVIEW_INSERTIONS)
      expect(compiled[stage], `the code after ${anchor} in the ${stage} shader`).toContain(code.trim())
    for (const uniform of ['structureStates', 'structureMotion', 'structureTint'])
      expect(drawnTexture(scene, uniform).isTexture).toBe(true)
  })

  it('fails where the scene boundary sees it, naming the chunk, when three no longer has one', async () => {
    const lambert = ShaderLib.lambert.vertexShader
    ShaderLib.lambert.vertexShader = lambert.replace('#include <begin_vertex>', '#include <begin_vertex_renamed>')
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports the caught error
    try {
      const caught: Error[] = []
      const scene = await mountScene(<Boundary onError={(e) => caught.push(e)}>{batch}</Boundary>)
      await scene.settle()
      expect(caught.map((e) => e.message)).toEqual([
        expect.stringMatching(/^Overview shader: #include <begin_vertex> /),
      ])
      expect(scene.three().scene.getObjectByName('spine-batch')?.name).toBeUndefined()
    } finally {
      ShaderLib.lambert.vertexShader = lambert
    }
  })
})

/** Stands in for the app's SceneBoundary round the canvas. */
class Boundary extends Component<{ children: ReactNode; onError: (error: Error) => void }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override componentDidCatch(error: Error) {
    this.props.onError(error)
  }
  override render() {
    return this.state.failed ? null : this.props.children
  }
}
