/**
 * The 3D view's WebGL context and what goes with it, without three: the page's first script (boot.ts, a few
 * KB) draws the spine's poster with them, and the renderer (spineRenderer.ts) then takes the same context.
 */

/** The 3D view's background colour. */
export const SPINE_BACKGROUND = '#10151c'

/** A CPU renderer (SwiftShader, llvmpipe…), as on a virtual desktop or a server with no GPU. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i

/** The browser gave no WebGL 2 context (turned off, blocklisted, or none at all): the 3D view cannot start. */
export class NoWebGLError extends Error {
  constructor() {
    super('this browser gives no WebGL 2 context')
    this.name = 'NoWebGLError'
  }
}

/** Whether a renderer's name (as WEBGL_debug_renderer_info, or failing that RENDERER, gives it) is a CPU one. */
export function isSoftwareRendererName(name: string): boolean {
  return SOFTWARE_RENDERER.test(name)
}

/**
 * The pixel ratio to draw at once the renderer is known. A CPU renderer draws one pixel per CSS pixel: each
 * pixel costs it real time. A GPU draws two per CSS pixel even on a screen of ratio 1 (no more than two on
 * denser ones, as before): the context has no multisampling (below), and drawing at twice the size and
 * letting the browser scale it down smooths the edges instead.
 */
export function pixelRatioFor(software: boolean): number {
  return software ? 1 : 2
}

/**
 * The WebGL 2 context `createSpineRenderer` draws with, asked for with the attributes three would ask for
 * (no multisampling, see above); made apart so the two can run in separate tasks. Throws `NoWebGLError`
 * when the browser gives none.
 */
export function createSpineContext(canvas: HTMLCanvasElement): WebGL2RenderingContext {
  // three asks for these itself; asking first lets a missing context be told from other failures
  const context = canvas.getContext('webgl2', {
    alpha: true,
    depth: true,
    stencil: false,
    antialias: false,
    premultipliedAlpha: true,
    preserveDrawingBuffer: false,
    powerPreference: 'high-performance',
    failIfMajorPerformanceCaveat: false,
  })
  if (!context) throw new NoWebGLError()
  return context
}

export function rendererName(gl: WebGL2RenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info')
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
}

/**
 * Calls `then` once the GPU has finished everything asked of it so far (the frame just drawn included),
 * without holding the main thread meanwhile: a fence, polled from later tasks. A 1-pixel read would wait
 * for it inside the frame: under a software renderer a first frame then made a task of 110–250 ms, in
 * which the page could not answer a tap. A WebGL fence's status only changes between tasks, so it is
 * polled every few ms; a lost context (the wait fails) counts as done, as the read returned at once there.
 */
export function whenDrawn(gl: WebGL2RenderingContext, then: () => void): void {
  const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0)
  if (!fence) {
    then()
    return
  }
  // the commands go to the GPU now, not with the next frame's
  gl.flush()
  const poll = () => {
    const status = gl.clientWaitSync(fence, 0, 0)
    if (status === gl.TIMEOUT_EXPIRED) {
      setTimeout(poll, FENCE_POLL_MS)
      return
    }
    gl.deleteSync(fence)
    then()
  }
  setTimeout(poll, FENCE_POLL_MS)
}
/** How often a fence is polled: a poll costs microseconds, and a frame is rarely done sooner. */
const FENCE_POLL_MS = 2
