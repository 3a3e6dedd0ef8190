import { type Camera, Mesh, Scene, Vector3, type WebGLRenderer } from 'three'
import { fromArrays } from '../geometry/transfer'
import { createSpineResources } from './spineResources'

/**
 * Builds the overview's shader while the spine's geometry is still on its way from the worker: compiles it
 * at once and, a task later (once the GPU process has had time to link it), draws it on a small triangle
 * that is cleared again in the same task, so nothing of it is ever shown. The first draw with a new shader
 * is the slow one: under a software renderer (SwiftShader) it also builds the pipeline that shades pixels,
 * which only happens once a draw covers some. Measured here, the spine's own first draw with a cold shader
 * took 75–160 ms and 34–45 ms once warmed (as any later frame); at startup the wait from the geometry's
 * arrival to the first frame went from 197 to 153 ms (medians of 8 loads).
 *
 * three shares one program among materials whose shaders are the same, so the placeholder's material, from
 * a set of spine resources of its own, warms the spine's. The scene's lights are copied in (the program
 * depends on how many there are of each kind). Returns what frees the placeholder: call it once the spine
 * has drawn its first frame (freeing the last material that uses a program deletes the program; and the
 * draw, if it has not happened by then, no longer does).
 */
export function warmUpOverviewShader(gl: WebGLRenderer, scene: Scene, camera: Camera): () => void {
  const resources = createSpineResources()
  // a small triangle in the middle of the view: a renderer builds what shades pixels only once some are covered
  camera.updateMatrixWorld()
  const corners = [
    [0, 0],
    [0.05, 0],
    [0, 0.05],
  ].flatMap(([x, y]) => new Vector3(x, y, 0.5).unproject(camera).toArray())
  // the layout of the overview geometry (geometry/transfer.ts), so the draw needs the same pipeline
  const geometry = fromArrays({
    position: new Float32Array(corners),
    normal: new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1]),
    color: new Float32Array(9),
    structureIndex: new Float32Array(3),
    index: new Uint32Array([0, 1, 2]),
  })
  const placeholder = new Mesh(geometry, resources.batchMaterial)
  placeholder.frustumCulled = false
  const warm = new Scene()
  for (const object of scene.children) if ('isLight' in object) warm.add(object.clone())
  warm.add(placeholder)
  // Compiling only issues the work; asking for the program's uniforms, as a draw does, waits for the link.
  // So compile now, and draw once the GPU process has had a moment to link.
  gl.compile(warm, camera)
  gl.getContext().flush()
  let done = false
  const timer = setTimeout(() => {
    if (done) return
    gl.render(warm, camera)
    // what was drawn is cleared in the same task, so it is never shown
    gl.clear()
    // hand the work over now: left in the command buffer, it would only go with the first frame's
    gl.getContext().flush()
  }, 0)
  return () => {
    done = true
    clearTimeout(timer)
    geometry.dispose()
    resources.dispose()
  }
}
