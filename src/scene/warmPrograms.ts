import {
  BufferAttribute,
  BufferGeometry,
  type Camera,
  Group,
  type Material,
  Mesh,
  type Scene,
  type WebGLRenderer,
} from 'three'

/**
 * Starts linking the GPU programs that `materials` need to draw meshes with normals and vertex colours in
 * `scene` (its lights), and resolves once they are linked, without holding the main thread meanwhile: three's
 * `compileAsync` polls KHR_parallel_shader_compile where the browser has it. A layer calls this as soon as it
 * knows it will draw (its structures asked of a worker, a condition chosen), so the programs link while the
 * worker builds; the first frame that draws them then finds them ready. Drawn cold, that frame waits for the
 * link on the main thread: on a 2-core machine with a software renderer, the frame in which a condition's
 * nerves first appeared took 537 ms, 72 % of it in three's program check.
 *
 * The stand-in meshes share one empty triangle, never drawn or uploaded, and are let go at once; the programs
 * stay with the materials, which their layers own.
 */
export function warmPrograms(
  renderer: Pick<WebGLRenderer, 'compileAsync'>,
  camera: Camera,
  scene: Scene,
  materials: readonly Material[],
): Promise<void> {
  const triangle = new BufferGeometry()
  for (const name of ['position', 'normal', 'color'])
    triangle.setAttribute(name, new BufferAttribute(new Float32Array(9), 3))
  const standIns = new Group()
  for (const material of materials) standIns.add(new Mesh(triangle, material))
  let linked: Promise<unknown>
  try {
    linked = renderer.compileAsync(standIns, camera, scene)
  } catch (error) {
    linked = Promise.reject(error)
  }
  // a program that does not link is reported by three when it is drawn, as without this call
  return linked
    .then(
      () => undefined,
      () => undefined,
    )
    .finally(() => triangle.dispose())
}
