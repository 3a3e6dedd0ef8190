import {
  type BufferGeometry,
  type Material,
  Mesh,
  MeshLambertMaterial,
  type Object3D,
  PerspectiveCamera,
  Scene,
} from 'three'
import { describe, expect, it } from 'vitest'
import { warmPrograms } from '../../src/scene/warmPrograms'

/** A renderer's compileAsync as a layer calls it: what it was asked to link, and how it answers. */
function fakeRenderer(answer: (group: Object3D) => Promise<unknown>) {
  const asked: { group: Object3D; scene: Scene | null | undefined }[] = []
  return {
    asked,
    renderer: {
      compileAsync(group: Object3D, _camera: unknown, scene?: Scene | null) {
        asked.push({ group, scene })
        return answer(group) as Promise<Object3D>
      },
    },
  }
}

describe('warming a layer’s programs before it draws', () => {
  const camera = new PerspectiveCamera()
  const scene = new Scene()
  const materials: Material[] = [new MeshLambertMaterial({ vertexColors: true }), new MeshLambertMaterial()]

  it('asks for every material’s program as a mesh with normals and vertex colours would need it, lit by the scene', async () => {
    const { asked, renderer } = fakeRenderer(async (g) => g)
    await warmPrograms(renderer, camera, scene, materials)
    expect(asked).toHaveLength(1)
    expect(asked[0]?.scene).toBe(scene)
    const meshes = asked[0]?.group.children as Mesh[]
    expect(meshes.map((m) => m.material)).toEqual(materials)
    for (const mesh of meshes) {
      expect(mesh).toBeInstanceOf(Mesh)
      expect(Object.keys(mesh.geometry.attributes).sort()).toEqual(['color', 'normal', 'position'])
      expect(mesh.geometry.getAttribute('color').itemSize).toBe(3)
    }
  })

  it('lets the stand-in triangle go once linked, and never fails the layer when a program does not link', async () => {
    let geometry: BufferGeometry | undefined
    let disposed = 0
    const track = (g: Object3D) => {
      geometry = (g.children[0] as Mesh).geometry
      geometry.addEventListener('dispose', () => disposed++)
    }
    const rejecting = fakeRenderer(async (g) => {
      track(g)
      throw new Error('link failed')
    })
    await expect(warmPrograms(rejecting.renderer, camera, scene, materials)).resolves.toBeUndefined()
    expect(disposed).toBe(1)
    const throwing = fakeRenderer((g) => {
      track(g)
      throw new Error('no context')
    })
    await expect(warmPrograms(throwing.renderer, camera, scene, materials)).resolves.toBeUndefined()
    expect(disposed).toBe(2)
  })
})
