import { type Camera, Mesh, Scene, Vector3, type WebGLRenderer } from 'three'
import { fromArrays } from '../geometry/transfer'
import { createSpineResources } from './spineResources'

/**
 * Draws the overview's shader once, on three points that cover no pixel, as soon as the 3D view exists and
 * before the spine's geometry has come back from its worker. The first draw with a new shader is the slow
 * one: it compiles and links the program and, under a software renderer (SwiftShader), builds its pipeline,
 * together 40–60 ms here. Done now, that work overlaps the wait for the worker instead of delaying the first
 * spine frame (measured under SwiftShader: the spine's first draw with a new shader 75–99 ms, after this
 * 34–45 ms, as any later frame).
 *
 * three shares one program among materials whose shaders are the same, so the placeholder's material, from
 * a set of spine resources of its own, warms the spine's. The scene's lights are copied in (the program
 * depends on how many there are of each kind); nothing is cleared or drawn on screen. Returns what frees the
 * placeholder: call it once the spine has drawn its first frame, since freeing the last material that uses a
 * program deletes it.
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
