/**
 * A heavier scene for the Lighthouse experiment: about Facet's load on a software GPU (a few hundred
 * thousand triangles, several shader programs), drawn for a few frames (Facet draws its poster and first frames, then rests). Which thread draws it decides
 * whether the page's main thread is held while the software GPU works.
 */
import { Mesh, MeshPhysicalMaterial, MeshStandardMaterial, TorusKnotGeometry } from 'three'
import { createLitScene } from './oneBox'

/** How many frames are drawn. */
const FRAMES = 4

export function drawHeavy(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  width: number,
  height: number,
  frame: (step: () => void) => void,
): void {
  const { renderer, scene, camera } = createLitScene(canvas, width, height, false)
  for (let i = 0; i < 8; i++) {
    const material =
      i % 2
        ? new MeshStandardMaterial({ color: '#e3d9c2', roughness: 0.3 + i * 0.05, flatShading: i % 4 === 1 })
        : new MeshPhysicalMaterial({ color: '#d9c2a0', clearcoat: i / 8, sheen: i % 4 === 0 ? 1 : 0 })
    const knot = new Mesh(new TorusKnotGeometry(60, 18, 600, 24, 2, i + 2), material)
    knot.position.set((i % 4) * 160 - 240, Math.floor(i / 4) * 200 + 150, 0)
    scene.add(knot)
  }
  let frames = 0
  const step = () => {
    scene.rotation.y = frames * 0.1
    renderer.render(scene, camera)
    if (++frames < FRAMES) frame(step)
  }
  step()
}
