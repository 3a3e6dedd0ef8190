import {
  ACESFilmicToneMapping,
  type BufferGeometry,
  Color,
  DirectionalLight,
  HemisphereLight,
  Mesh,
  PCFSoftShadowMap,
  PerspectiveCamera,
  Scene,
  SRGBColorSpace,
  Vector3,
  type WebGLRenderer,
} from 'three'
import { fromArrays } from '../geometry/transfer'
import { findSpinePoster, POSTER_SETTLED, posterState } from './spinePoster'
import { createSpineContext, createSpineRenderer, pixelRatioFor, SPINE_BACKGROUND } from './spineRenderer'
import { createSpineResources } from './spineResources'

/** The renderer made before the app mounts, and whether it runs on the CPU. */
interface Early {
  renderer: WebGLRenderer
  software: boolean
}

/** The early renderer as main.tsx owns it and hands it to the app (see `createEarlySpineRenderer`). */
export interface EarlySpineRenderer {
  /**
   * The renderer made early, for fiber's Canvas (once; null after, or if none was made), and tells
   * `onRenderer` whether it runs on the CPU as `createSpineRenderer` does. Its canvas takes the place of the
   * one fiber made, which never gets a context, so the visit keeps one.
   */
  take(fiberCanvas: HTMLCanvasElement, onRenderer: (software: boolean) => void): WebGLRenderer | null
  /** Whether the early renderer runs on the CPU (null: there is none to take). */
  isSoftware(): boolean | null
  /**
   * Sends the spine's overview geometry to the GPU before the app's first frame of it (a one-triangle draw
   * with the placeholder's material, cleared in the same task), so that frame only draws.
   */
  prime(geometry: BufferGeometry): void
  /** Frees the placeholder the shader was built with: call once the spine has drawn its first frame. */
  release(): void
}

/** Runs `step` in a task of its own, queued behind the tasks already queued (a posted message: no timer clamp). */
function nextTask(step: () => void): void {
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    channel.port1.close()
    step()
  }
  channel.port2.postMessage(null)
}

/** How long the GPU process takes to link the overview's shader, about (7–13 ms under SwiftShader). */
const LINK_MS = 12

/**
 * Makes the 3D view's renderer before React mounts the app, on a canvas of its own the size of the first
 * screen's stage, and has the GPU build the overview's shader on it while the main thread renders the app.
 * Fiber's Canvas then takes it (`takeSpineRenderer`).
 *
 * Why: made where fiber makes its renderer, inside React's commit of the whole app, the context and the
 * renderer made that commit the page's longest task (76–89 ms under SwiftShader, 37–47 ms without them),
 * and the spine's first frame then also compiled and linked the overview's shader, waiting for the link
 * (a 25–35 ms task). Lighthouse counts every such task after the first paint, four times over on its
 * simulated phone, as blocking time. Here each step is a task of its own (context 15–21 ms, renderer
 * 21–39 ms, the rest under 20). Building the shader early did not make the first spine frame measurably
 * sooner (the GPU process is busy with the page meanwhile): that is not what it is for.
 *
 * How, one step per task: the context; the renderer; the overview material's program (three shares one
 * program among materials whose shaders are the same, so a placeholder from a set of spine resources of its
 * own builds the spine's), compiled and linked without waiting; a little later, once the link is done, one
 * draw with it, cleared in the same task so nothing of it is ever shown: of the spine itself if it has
 * arrived, limited to one triangle (its buffers go to the GPU), else of a small triangle in view (a software
 * renderer builds what shades pixels only once a draw covers some). A spine that arrives later is drawn the
 * same way at once (`primeSpineGeometry`). Nothing is drawn once the app has drawn the spine on the canvas
 * (its frames before that show only the background, which the placeholder's scene clears to as well).
 *
 * The scene's lights and the renderer's colour settings match the app's (App.tsx, and what fiber's Canvas
 * sets: ACES tone mapping, sRGB output), since the program depends on them. Does nothing where there is
 * no WebGL 2 (the app's own attempt then reports it), and in development, where StrictMode replays fiber's
 * effects and would find fiber's canvas, replaced by this one, removed.
 */
export function createEarlySpineRenderer(stage: Element | null): EarlySpineRenderer {
  let early: Early | null = null
  /** Makes the renderer on the context made here (set once that context exists, until the renderer does). */
  let makeRenderer: (() => Early) | null = null
  let taken = false
  /** The spine's overview geometry once it has arrived, for the first draw here. */
  let spine: BufferGeometry | null = null
  /** Draws `spine` here once the shader has been built (set once it has), and frees the placeholder. */
  let primeNow: ((geometry: BufferGeometry) => void) | null = null
  let release: () => void = () => {}
  const owned: EarlySpineRenderer = {
    take(fiberCanvas, onRenderer) {
      taken = true
      // the context exists but fiber came before the renderer's own task: make it now, on that context
      const made = early ?? makeRenderer?.()
      if (!made) return null
      const { renderer, software } = made
      const canvas = renderer.domElement
      // a poster's canvas, laid over the first screen until now, goes into the view like any other
      for (const key of ['position', 'left', 'top', 'pointerEvents', 'visibility'] as const) canvas.style[key] = ''
      canvas.style.display = 'block'
      fiberCanvas.replaceWith(canvas)
      onRenderer(software)
      return renderer
    },
    isSoftware: () => (early && !taken ? early.software : null),
    prime(geometry) {
      spine = geometry
      primeNow?.(geometry)
    },
    release() {
      release()
      spine = null
    },
  }
  if (import.meta.env.DEV) return owned
  // the size fiber will measure (its canvas fills the stage), fractions included, so that it does not
  // resize the drawing buffer when it takes this renderer
  const box = stage?.getBoundingClientRect()
  const width = Math.max(1, box?.width ?? 300)
  const height = Math.max(1, box?.height ?? 150)
  // The spine's poster (scene/spinePoster.ts), if the page's first script made one: its canvas and context
  // are the visit's, and its picture stays on screen until the app draws the spine. Nothing is drawn here
  // then (a draw would replace the picture), and the renderer waits until the poster has drawn or given up,
  // since the poster's draw must not run on a context three already manages.
  const poster = findSpinePoster()
  const canvas = poster ?? document.createElement('canvas')
  const start = (step: () => void) => {
    if (poster && posterState(poster) === 'waiting')
      poster.addEventListener(POSTER_SETTLED, () => nextTask(step), { once: true })
    else nextTask(step)
  }
  start(() => {
    if (taken) return
    try {
      const context = createSpineContext(canvas)
      // from here on this is the visit's one context: whoever comes first makes the renderer on it
      makeRenderer = () => {
        let software = false
        const renderer = createSpineRenderer(canvas, (s) => (software = s), context)
        // the poster's draw left the context as a fresh one is; three's own record of it starts from there
        if (poster) renderer.resetState()
        renderer.setPixelRatio(pixelRatioFor(software))
        renderer.setSize(width, height)
        // what fiber's Canvas sets (flat, linear, shadows and legacy left at their defaults)
        renderer.toneMapping = ACESFilmicToneMapping
        renderer.outputColorSpace = SRGBColorSpace
        renderer.shadowMap.type = PCFSoftShadowMap
        early = { renderer, software }
        makeRenderer = null
        return early
      }
    } catch {
      return
    }
    nextTask(() => {
      if (taken || !makeRenderer) return
      const { renderer } = makeRenderer()
      nextTask(() => {
        if (!taken) buildShader(renderer, width / height, poster === null)
      })
    })
  })

  /** Builds the overview's program; with `mayDraw`, also primes it with a draw that is cleared (see above). */
  function buildShader(renderer: WebGLRenderer, aspect: number, mayDraw: boolean): void {
    const camera = new PerspectiveCamera(30, aspect, 5, 20000)
    camera.position.set(0, 250, 1450)
    camera.updateMatrixWorld()
    const resources = createSpineResources()
    const corners = [
      [0, 0],
      [0.05, 0],
      [0, 0.05],
    ].flatMap(([x, y]) => new Vector3(x, y, 0.5).unproject(camera).toArray())
    // laid out as the overview geometry (geometry/transfer.ts), so the draw needs the same pipeline
    const triangle = fromArrays({
      position: new Float32Array(corners),
      normal: new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1]),
      color: new Float32Array(9),
      structureIndex: new Float32Array(3),
      index: new Uint32Array([0, 1, 2]),
    })
    const placeholder = new Mesh(triangle, resources.batchMaterial)
    placeholder.frustumCulled = false
    const scene = new Scene()
    scene.background = new Color(SPINE_BACKGROUND)
    // the app's lights, by kind and number (App.tsx)
    scene.add(new HemisphereLight(), new DirectionalLight(), new DirectionalLight(), placeholder)
    let released = false
    release = () => {
      released = true
      primeNow = null
      triangle.dispose()
      resources.dispose()
    }
    /** The renderer's frame count after the last draw here: a different count means the app has drawn since. */
    let ownFrame = renderer.info.render.frame
    const draw = (geometry: BufferGeometry) => {
      // the app's last frame, if it drew since, is what the canvas shows: only the background may be redrawn
      if (released || (renderer.info.render.frame !== ownFrame && renderer.info.render.triangles > 0)) return
      placeholder.geometry = geometry
      const range = { ...geometry.drawRange }
      geometry.setDrawRange(0, 3)
      try {
        renderer.render(scene, camera)
        renderer.clear()
        // hand the work over now: left in the command buffer, it would only go with the app's first frame
        renderer.getContext().flush()
      } catch {
        // the app's own first frame will meet (and report) whatever went wrong here
      } finally {
        geometry.setDrawRange(range.start, range.count)
        placeholder.geometry = triangle
        ownFrame = renderer.info.render.frame
      }
    }
    try {
      renderer.compile(scene, camera)
    } catch {
      return
    }
    if (!mayDraw) return
    // the first draw asks for the program's uniforms, which waits for the link: give it time to finish
    setTimeout(() => {
      draw(spine ?? triangle)
      primeNow = draw
    }, LINK_MS)
  }
  return owned
}
