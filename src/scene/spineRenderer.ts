import { WebGLRenderer } from 'three'
import { createSpineContext, isSoftwareRendererName, rendererName } from './glContext'

// what the rest of the app imports from here; they live in glContext.ts, which the page's first script
// (boot.ts, without three) uses too
export {
  createSpineContext,
  isSoftwareRendererName,
  NoWebGLError,
  pixelRatioFor,
  SPINE_BACKGROUND,
  whenDrawn,
} from './glContext'

/**
 * The 3D view's renderer, made on the canvas react-three-fiber gives it, or before the app mounts on one
 * that then takes that canvas's place (earlySpineRenderer.ts): the visit's one WebGL context.
 * Which renderer the context runs on is read from that context itself, not from a probe context of its own,
 * and `onRenderer` is told whether it is a CPU one (to choose the pixel ratio, see `pixelRatioFor`).
 *
 * Multisampling is off everywhere, because a context's attributes are fixed when it is made, before anyone
 * can ask what renders it: under SwiftShader at a ratio of 1, multisampling made each frame of the spine
 * 2.3 times as slow (orbit frames at 680×674: 74 ms against 33 ms, median of 6 runs of 36 frames each).
 * Throws `NoWebGLError` when the browser gives no WebGL 2 context.
 */
export function createSpineRenderer(
  canvas: HTMLCanvasElement,
  onRenderer: (software: boolean) => void,
  context: WebGL2RenderingContext = createSpineContext(canvas),
): WebGLRenderer {
  const renderer = new WebGLRenderer({ canvas, context, antialias: false, powerPreference: 'high-performance' })
  onRenderer(isSoftwareRendererName(rendererName(context)))
  return renderer
}
