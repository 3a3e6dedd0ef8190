// @vitest-environment jsdom
import { type BufferGeometry, Mesh, Raycaster, Vector3 } from 'three'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type PartId, partAnchor } from '../../src/anatomy/parts'
import { overviewGeometry } from '../../src/geometry/overview'
import { partOfVertex, partVertices } from '../../src/runtime/partGeometry'
import { partPicker } from '../../src/runtime/partPicking'
import { FrameReporter } from '../../src/scene/FrameReporter'
import { SpineModel } from '../../src/scene/SpineModel'
import { type MountedScene, mountScene, unmountScenes } from './harness'

/**
 * The parts of bones in the 3D view: the selected part drawn over its bone (or a marker for a hole), the
 * part under the pointer named and clicked, and the picker the automation API finds parts with.
 */

const spine = (
  <>
    <SpineModel />
    <FrameReporter />
  </>
)

beforeAll(() => overviewGeometry())
afterEach(unmountScenes)

const withPart = async (part: PartId) => {
  const scene = await mountScene(spine, { before: (runtime) => runtime.store.getState().select(part) })
  await scene.settle()
  return scene
}
const highlightOf = (scene: MountedScene, part: string) =>
  scene.three().scene.getObjectByName(`part:${part}`) as Mesh | undefined
const bone = (scene: MountedScene, id: string) => scene.three().scene.getObjectByName(id) as Mesh

describe('the selected part of a bone in 3D', () => {
  it('is drawn over its bone from the bone’s own geometry, takes no clicks, and goes with the selection', async () => {
    const scene = await withPart('L4/pedicle:left')
    const highlight = highlightOf(scene, 'L4/pedicle:left') as Mesh
    expect(highlight.parent).toBe(bone(scene, 'L4'))
    expect(highlight.visible).toBe(true)
    const alpha = (highlight.geometry as BufferGeometry).getAttribute('color')
    let strong = 0
    for (let v = 0; v < alpha.count; v++) if (alpha.getW(v) === 1) strong++
    expect(strong).toBe(partVertices('L4/pedicle:left', bone(scene, 'L4').geometry).length)
    // a ray from the left through it finds only the bone under it (a plain mesh there would be hit)
    const centre = highlight.localToWorld(highlight.geometry.boundingSphere!.center.clone())
    const through = new Raycaster(centre.clone().add(new Vector3(300, 0, 0)), new Vector3(-1, 0, 0))
    const plain: unknown[] = []
    Mesh.prototype.raycast.call(highlight, through, plain as never)
    expect(plain.length).toBeGreaterThan(0)
    const hits: unknown[] = []
    highlight.raycast(through, hits as never)
    expect(hits).toEqual([])

    let disposed = false
    highlight.geometry.addEventListener('dispose', () => {
      disposed = true
    })
    await scene.act((s) => s.select('L4/lamina:right'))
    await scene.settle()
    expect(highlightOf(scene, 'L4/pedicle:left')).toBeUndefined()
    expect(highlightOf(scene, 'L4/lamina:right')).toBeDefined()
    expect(disposed).toBe(true)
    await scene.act((s) => s.select('L5'))
    await scene.settle()
    expect(scene.three().scene.getObjectByProperty('name', 'part:L4/lamina:right')).toBeUndefined()
  })

  it('marks a hole, which has no surface to light, at its anchor', async () => {
    const scene = await withPart('L4/vertebral-foramen')
    const marker = highlightOf(scene, 'L4/vertebral-foramen')
    expect(marker?.parent).toBe(bone(scene, 'L4'))
    expect(marker?.position.toArray()).toEqual(partAnchor('L4/vertebral-foramen'))
  })
})

describe('pointing at a part', () => {
  it('names the part under the pointer as it moves, and a click selects that part with its bone', async () => {
    const scene = await mountScene(spine)
    await scene.settle()
    const mesh = bone(scene, 'L4')
    const geometry = mesh.geometry
    const index = geometry.getIndex()!
    /** A pointer event on the triangle of `part` whose first corner is on it, at that corner. */
    const on = (part: PartId) => {
      for (let t = 0; t < index.count; t += 3) {
        const a = index.getX(t)
        if (partOfVertex('L4', geometry, a) !== part) continue
        const point = mesh.localToWorld(new Vector3().fromBufferAttribute(geometry.getAttribute('position'), a))
        // pressed and released in place (`delta`, px): a click, not the end of a drag
        return { face: { a, b: index.getX(t + 1), c: index.getX(t + 2) }, point, object: mesh, delta: 0 }
      }
      throw new Error(`no triangle of ${part}`)
    }
    const instance = scene.renderer.scene.find((n) => n.props.name === 'L4')
    await scene.renderer.fireEvent(instance, 'onPointerOver', on('L4/body'))
    expect(scene.runtime.store.getState()).toMatchObject({ hovered: 'L4', hoveredPart: 'L4/body' })
    await scene.renderer.fireEvent(instance, 'onPointerMove', on('L4/pedicle:left'))
    expect(scene.runtime.store.getState()).toMatchObject({ hovered: 'L4', hoveredPart: 'L4/pedicle:left' })
    // the click that ends a drag (the pointer 30 px from where it was pressed) selects nothing
    await scene.renderer.fireEvent(instance, 'onClick', { ...on('L4/spinous-process'), delta: 30 })
    expect(scene.runtime.store.getState().selected).toBeNull()
    // nor one after a press that turned the camera, wherever it was let go
    scene.runtime.camera.pressTurned = true
    await scene.renderer.fireEvent(instance, 'onClick', on('L4/spinous-process'))
    expect(scene.runtime.store.getState().selected).toBeNull()
    scene.runtime.camera.pressTurned = false
    await scene.renderer.fireEvent(instance, 'onClick', on('L4/spinous-process'))
    expect(scene.runtime.store.getState()).toMatchObject({ selected: 'L4', selectedPart: 'L4/spinous-process' })
    // a joint has no parts: hovering and clicking it works as before
    const joint = scene.renderer.scene.find((n) => n.props.name === 'facet:L4-L5:left')
    await scene.renderer.fireEvent(joint, 'onPointerOver', { point: new Vector3(), object: joint.instance })
    expect(scene.runtime.store.getState()).toMatchObject({ hovered: 'facet:L4-L5:left', hoveredPart: null })
    await scene.renderer.fireEvent(joint, 'onClick', { point: new Vector3(), object: joint.instance, delta: 0 })
    expect(scene.runtime.store.getState()).toMatchObject({ selected: 'facet:L4-L5:left', selectedPart: null })
  })
})

describe('the part picker lent to the automation API', () => {
  it('finds where a click lands on a part in view, and none on a part hidden behind its bone', async () => {
    const scene = await mountScene(spine)
    await scene.settle()
    const picker = partPicker(scene.runtime.scene)
    expect(picker).not.toBeNull()
    // seen from the front: the body faces the camera, the laminae are behind it
    expect(picker?.visiblePoint('L4/body')).not.toBeNull()
    expect(picker?.visiblePoint('L4/lamina:left')).toBeNull()
    // a hole has no surface a click could land on
    expect(picker?.visiblePoint('L4/vertebral-foramen')).toBeNull()
    await scene.unmount()
    expect(partPicker(scene.runtime.scene)).toBeNull()
  })
})
