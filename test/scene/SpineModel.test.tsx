// @vitest-environment jsdom
import { type BufferGeometry, type Material, type Mesh, type MeshStandardMaterial, Raycaster, Vector3 } from 'three'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { STRUCTURE_IDS, type StructureId } from '../../src/anatomy/ids'
import { overviewGeometry } from '../../src/geometry/overview'
import { structureWorldCentre } from '../../src/geometry/world'
import { FrameReporter } from '../../src/scene/FrameReporter'
import { SpineModel } from '../../src/scene/SpineModel'
import { type BatchDraw, batchDraws, batchMoves, batchTint, structuresDrawn } from './batchProbe'
import { type MountedScene, mountScene, unmountScenes } from './harness'

/**
 * The spine as the app mounts it: the overview batch, the per-structure meshes (which draw the close-up
 * round the selection and the ghosted structures, and answer the pointer everywhere) and the stretch
 * driver, with the FrameReporter that draws each frame and marks the app ready, as in App.tsx.
 */

const spine = (
  <>
    <SpineModel />
    <FrameReporter />
  </>
)

beforeAll(() => overviewGeometry())
afterEach(unmountScenes)

/** The structure's own mesh, if it draws (not just answering the pointer). */
function ownDraw(scene: MountedScene, id: StructureId): Mesh | null {
  const mesh = scene.three().scene.getObjectByName(id) as Mesh | undefined
  if (!mesh?.visible || !(mesh.material as Material).visible) return null
  return mesh
}

/** Every structure shown is drawn exactly once, by the batch or by its own mesh; hidden ones not at all. */
function drawnBy(scene: MountedScene): Map<StructureId, 'batch' | 'own mesh' | 'nothing' | 'both'> {
  const draws = batchDraws(scene)
  return new Map(
    STRUCTURE_IDS.map((id) => {
      const byBatch = (draws.get(id) as BatchDraw) !== 'left to its own mesh'
      const byOwn = ownDraw(scene, id) !== null
      return [id, byBatch && byOwn ? 'both' : byBatch ? 'batch' : byOwn ? 'own mesh' : 'nothing']
    }),
  )
}

/** A deep link (?s=…) selects before the 3D view mounts. */
const mountWithSelection = (id: StructureId) =>
  mountScene(spine, { before: (runtime) => runtime.store.getState().select(id) })

describe('the spine model', () => {
  it('marks the app ready on a frame that shows every structure, even for a link with a selection', async () => {
    let onReadyFrame: BatchDraw[] | null = null
    let scene: MountedScene | null = null
    scene = await mountScene(spine, {
      // called inside the frame that marks the app ready: what that frame drew
      env: { onReady: () => (onReadyFrame = scene && [...batchDraws(scene).values()]) },
      before: (runtime) => runtime.store.getState().select('L3'),
    })
    await scene.settle()
    expect(scene.runtime.ready.isReady()).toBe(true)
    expect(onReadyFrame).toEqual(STRUCTURE_IDS.map(() => 'drawn'))
  })

  it('draws each shown structure exactly once, by the batch or by its own mesh in the close-up', async () => {
    const scene = await mountWithSelection('L3')
    await scene.settle()
    const by = drawnBy(scene)
    expect([...by.values()].filter((b) => b === 'both' || b === 'nothing')).toEqual([])
    expect(by.get('L3')).toBe('own mesh')
    expect(by.get('facet:L3-L4:left')).toBe('own mesh')
    expect(by.get('C1')).toBe('batch')

    await scene.act((s) => s.setGroup('thoracic', 'hidden'))
    await scene.act((s) => s.setGroup('cervical', 'ghosted'))
    await scene.settle()
    const after = drawnBy(scene)
    expect(after.get('T7')).toBe('nothing')
    expect(after.get('C4')).toBe('own mesh')
    expect(after.get('L3')).toBe('own mesh')
    expect([...after.values()].filter((b) => b === 'both')).toEqual([])
  })

  it('shows the close-up at full detail and the selection in its own colour', async () => {
    const scene = await mountWithSelection('L3')
    await scene.settle()
    const selected = ownDraw(scene, 'L3')
    const neighbour = ownDraw(scene, 'L4')
    // (triangle counts, not the geometries: a failing comparison of two meshes prints for half a minute)
    const triangles = (g: BufferGeometry | undefined) => (g?.getIndex()?.count ?? 0) / 3
    expect(triangles(selected?.geometry)).toBe(triangles(scene.runtime.geometries.structure('L3', 1)))
    expect(triangles(selected?.geometry)).toBeGreaterThan(triangles(scene.runtime.geometries.structure('L3', 0)))

    const glow = (mesh: Mesh | null) => {
      if (!mesh) throw new Error('not drawn by its own mesh')
      return (mesh.material as MeshStandardMaterial).emissive.getHex()
    }
    expect(glow(neighbour)).toBe(0x000000)
    expect(glow(selected)).not.toBe(0x000000)
    // hovering a neighbour in the close-up lights it in another colour than the selection
    await scene.act((s) => s.hover('L4'))
    expect(await scene.settle()).toBeGreaterThan(0)
    expect(glow(ownDraw(scene, 'L4'))).not.toBe(0x000000)
    expect(glow(ownDraw(scene, 'L4'))).not.toBe(glow(selected))
  })

  it('ghosts a structure as a see-through mesh that clicks pass through', async () => {
    const scene = await mountScene(spine)
    await scene.settle() // the first frame marks the app ready, and the pickable meshes follow
    expect(hitsFromTheFront(scene, 'C4')).toBeGreaterThan(0) // shown: the pointer finds it

    await scene.act((s) => s.setGroup('cervical', 'ghosted'))
    await scene.settle()
    const material = ownDraw(scene, 'C4')?.material as MeshStandardMaterial
    expect(material.transparent).toBe(true)
    expect(material.opacity).toBeLessThan(0.5)
    expect(hitsFromTheFront(scene, 'C4')).toBe(0)
  })

  it('moves and colours the spine while a stretch plays on the runtime clock, and rests when it stops', async () => {
    const scene = await mountWithSelection('L3')
    const { runtime } = scene
    await scene.settle()
    const renders = scene.renders()
    expect(batchMoves(scene, 'L2')).toBe(false)

    await scene.act(() => runtime.stretch.play('double-knee-to-chest'))
    await scene.frame(90) // 1.4 s into the stretch
    expect(scene.waiting()).toBe(true)
    expect(scene.renders() - renders).toBeGreaterThanOrEqual(89) // a frame drawn for every step
    expect(batchMoves(scene, 'L2')).toBe(true)
    expect(batchTint(scene, 'facet:L2-L3:left')[3]).toBeGreaterThan(0)
    // the batch draws the neighbours too while the stretch plays, so their joints show their colours
    expect(structuresDrawn(scene, 'left to its own mesh')).toEqual(['L3'])

    await scene.act(() => runtime.stretch.stop())
    expect(await scene.settle()).toBeLessThanOrEqual(3)
    expect(batchMoves(scene, 'L2')).toBe(false)
    expect(structuresDrawn(scene, 'left to its own mesh')).toEqual(expect.arrayContaining<StructureId>(['L3', 'L4']))
  })
})

/** How many times a ray from in front, through the structure's centre, hits its own mesh (what picking uses). */
function hitsFromTheFront(scene: MountedScene, id: StructureId): number {
  const mesh = scene.three().scene.getObjectByName(id)
  if (!mesh) throw new Error(`no mesh for ${id}`)
  const centre = structureWorldCentre(id)
  const ray = new Raycaster(centre.clone().add(new Vector3(0, 0, 500)), new Vector3(0, 0, -1))
  return ray.intersectObject(mesh).length
}
