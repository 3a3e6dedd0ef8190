/**
 * The scene of the two Lighthouse baseline pages: the bench's minimal page (one lit box) in plain three.js,
 * drawn once. The pages differ only in which thread draws it: the page's own (main-thread/) or a worker
 * that was handed the canvas (worker/). What the two score says how much of Lighthouse's total blocking
 * time on this machine is the WebGL work itself being on the page's thread.
 */
import {
  BoxGeometry,
  DirectionalLight,
  HemisphereLight,
  Mesh,
  MeshStandardMaterial,
  PerspectiveCamera,
  Scene,
  WebGLRenderer,
} from 'three'

/** The renderer, the lit scene and the camera both baseline scenes share (oneBox here, heavyScene.ts). */
export function createLitScene(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  width: number,
  height: number,
  antialias: boolean,
): { renderer: WebGLRenderer; scene: Scene; camera: PerspectiveCamera } {
  const renderer = new WebGLRenderer({ canvas, antialias })
  renderer.setSize(width, height, false)
  renderer.setClearColor('#10151c')
  const scene = new Scene()
  scene.add(new HemisphereLight('#f4f1ea', '#39424f', 1.1))
  const light = new DirectionalLight('#ffffff', 1.6)
  light.position.set(600, 900, 900)
  scene.add(light)
  const camera = new PerspectiveCamera(30, width / height, 5, 20000)
  camera.position.set(0, 250, 1450)
  return { renderer, scene, camera }
}

export function drawOneBox(canvas: HTMLCanvasElement | OffscreenCanvas, width: number, height: number): void {
  const { renderer, scene, camera } = createLitScene(canvas, width, height, true)
  const box = new Mesh(new BoxGeometry(200, 200, 200), new MeshStandardMaterial({ color: '#e3d9c2' }))
  box.position.set(0, 250, -10)
  scene.add(box)
  renderer.render(scene, camera)
}
