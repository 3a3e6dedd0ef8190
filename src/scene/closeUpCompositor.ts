import {
  type Camera,
  FramebufferTexture,
  type IUniform,
  Mesh,
  OrthographicCamera,
  PlaneGeometry,
  Scene,
  ShaderMaterial,
  Vector2,
  type WebGLRenderer,
} from 'three'

/** The layer the opened joint's moving tissues are drawn on; everything else stays on layer 0. */
export const TISSUE_LAYER = 1
/** The layer of the joint's tissues that do not move: drawn over the rest, like the moving ones, but kept in the copy. */
export const STILL_TISSUE_LAYER = 2

/**
 * Draws the crack close-up's frames cheaply on a software renderer. While the pull plays, only the joint's
 * tissues move (a fraction of a millimetre) and everything round them (the spine, the two bones cut open)
 * stands still, yet redrawing all of it cost about 100 ms a frame on SwiftShader. So the still part is
 * drawn once, copied from the screen into a texture, and each frame of the pull pastes that copy back
 * and draws the tissues over it. The copy is remade whenever the still part may have changed: the camera
 * moved, the canvas was resized, or the owner says so (`invalidate`: the store changed, a surface arrived).
 *
 * The tissues are drawn over the still part on every frame, the first included, so a frame from the copy
 * and a frame drawn in full look the same.
 */
export class CloseUpCompositor {
  private copy: FramebufferTexture | null = null
  private readonly size = new Vector2()
  private readonly seenView = new Float64Array(16)
  private readonly seenProjection = new Float64Array(16)
  private stale = true
  private readonly backdrop: Scene
  private readonly screen = new OrthographicCamera(-1, 1, 1, -1, 0, 1)
  private readonly quad: Mesh<PlaneGeometry, ShaderMaterial>

  constructor() {
    // the copy is already tone-mapped and in the screen's colour space: pasted as it is, texel for texel
    this.quad = new Mesh(
      new PlaneGeometry(2, 2),
      new ShaderMaterial({
        uniforms: { copy: { value: null } },
        vertexShader: 'varying vec2 vUv; void main() { vUv = uv; gl_Position = vec4(position.xy, 0.0, 1.0); }',
        fragmentShader:
          'uniform sampler2D copy; varying vec2 vUv; void main() { gl_FragColor = texture2D(copy, vUv); }',
        depthTest: false,
        depthWrite: false,
        toneMapped: false,
      }),
    )
    this.backdrop = new Scene()
    this.backdrop.add(this.quad)
  }

  /** The still part may have changed: the next frame draws it in full. */
  invalidate(): void {
    this.stale = true
  }

  /** Draws one frame of `scene` as seen by `camera`: the still part from the copy when it is still valid. */
  render(renderer: WebGLRenderer, scene: Scene, camera: Camera): void {
    renderer.getDrawingBufferSize(this.size)
    if (!this.copy || this.copy.image.width !== this.size.x || this.copy.image.height !== this.size.y) {
      this.copy?.dispose()
      this.copy = new FramebufferTexture(this.size.x, this.size.y)
      ;(this.quad.material.uniforms.copy as IUniform<FramebufferTexture>).value = this.copy
      this.stale = true
    }
    camera.updateMatrixWorld()
    if (!sameMatrix(this.seenView, camera.matrixWorld.elements)) this.stale = true
    if (!sameMatrix(this.seenProjection, camera.projectionMatrix.elements)) this.stale = true
    const layers = camera.layers.mask
    if (this.stale) {
      camera.layers.set(0)
      renderer.render(scene, camera)
      this.drawOver(renderer, scene, camera, STILL_TISSUE_LAYER)
      renderer.copyFramebufferToTexture(this.copy)
      this.seenView.set(camera.matrixWorld.elements)
      this.seenProjection.set(camera.projectionMatrix.elements)
      this.stale = false
    } else {
      renderer.render(this.backdrop, this.screen)
    }
    this.drawOver(renderer, scene, camera, TISSUE_LAYER)
    camera.layers.mask = layers
  }

  /**
   * Draws one layer of the scene over what is on the screen, tested only against itself: the tissues are
   * the subject, and the cut bone round them must not hide them. (A colour background clears the screen
   * whatever autoClear says, so it is lifted for this pass.)
   */
  private drawOver(renderer: WebGLRenderer, scene: Scene, camera: Camera, layer: number): void {
    const autoClear = renderer.autoClear
    const background = scene.background
    scene.background = null
    renderer.autoClear = false
    renderer.clearDepth()
    camera.layers.set(layer)
    renderer.render(scene, camera)
    renderer.autoClear = autoClear
    scene.background = background
  }

  dispose(): void {
    this.copy?.dispose()
    this.quad.geometry.dispose()
    this.quad.material.dispose()
  }
}

/** Whether a kept copy of a matrix still equals the live one. */
function sameMatrix(seen: Float64Array, live: ArrayLike<number>): boolean {
  for (let i = 0; i < 16; i++) if (seen[i] !== live[i]) return false
  return true
}

const pixel = new Uint8Array(4)

/**
 * Times `frames` frames drawn by `draw`, each waited for with a one-pixel read (the GPU, here SwiftShader,
 * otherwise finishes later): for `npm run bench` and the tests, in ms.
 */
export function timedFrames(renderer: WebGLRenderer, frames: number, draw: () => void): number[] {
  const gl = renderer.getContext()
  const times: number[] = []
  for (let i = 0; i < frames; i++) {
    const start = performance.now()
    draw()
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel)
    times.push(performance.now() - start)
  }
  return times
}
