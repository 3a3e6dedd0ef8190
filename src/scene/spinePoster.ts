import type { GeometryArrays } from '../geometry/transfer'
import { readLinkNames } from '../linkNames'
import { createSpineContext, isSoftwareRendererName, pixelRatioFor, rendererName, SPINE_BACKGROUND } from './glContext'
import { HOME_TARGET, homeCameraPosition, VIEW_LENS } from './homeView'

/**
 * The spine's poster: the first frame of the spine, drawn by the page's first script (boot.ts) as soon as
 * the worker has generated the overview, before the main bundle (React, three, the app) has run.
 *
 * Why: the app's own first frame waits for the bundle to be evaluated, React to mount, three to make its
 * renderer and program, and only then the GPU's first draw (about 430 ms from navigation on a 2-core
 * machine with SwiftShader, where a page drawing one lit box in react-three-fiber takes about 270). The
 * overview itself is ready at about 230 ms. The poster draws that same geometry (the overview batch, in
 * the standing spine's world frame) from the home view's camera, with the same lights, Lambert shading,
 * tone mapping and colour encoding as the app's batch material (MeshLambertMaterial with vertex colours,
 * ACES filmic, sRGB: App.tsx), in a shader a few lines long; the app's first frame then replaces it
 * without a visible change.
 *
 * The canvas and its context are the visit's only ones: the app's renderer takes them over
 * (earlySpineRenderer.ts), which is why the poster leaves the context's state as a new context has it. The
 * canvas stays outside the React root, laid over the first screen's 3D view, until the renderer moves it into
 * the view, so React replacing the first screen does not take the picture away. Its state is on the
 * element (`POSTER_STATE`), not in a module: the page's two scripts meet there.
 */

/** The poster canvas's attribute: 'waiting' (the spine not drawn yet), 'drawn', or 'off' (given up). */
export const POSTER_STATE = 'data-spine-poster'
/** Sent on the poster canvas once it has drawn or given up: the renderer takes it over then. */
export const POSTER_SETTLED = 'facet:poster-settled'
export type PosterState = 'waiting' | 'drawn' | 'off'
/** On the page's root element once the poster has drawn the spine, for the whole visit (shell.css keys on it). */
const SPINE_POSTER_DRAWN = 'data-spine-poster-drawn'

export const posterState = (canvas: Element): PosterState | null => canvas.getAttribute(POSTER_STATE) as PosterState

/** The poster canvas made for this page, if any (the renderer looks for it before making one). */
export const findSpinePoster = (): HTMLCanvasElement | null =>
  document.querySelector<HTMLCanvasElement>(`canvas[${POSTER_STATE}]`)

/**
 * Whether a link opens the plain home view, the only one the poster draws: anything that selects, moves the
 * camera, hides, ghosts or adds structures changes the first frame. The language does not.
 */
export function posterFits(search: string, hash = ''): boolean {
  const { params, unknown } = readLinkNames(search, hash)
  // a name Facet does not use is left out by the app too (with a note), but the poster stays cautious
  return unknown.length === 0 && [...params.keys()].every((name) => name === 'lang')
}

export interface SpinePoster {
  /**
   * Draws the spine (the overview batch) once; does nothing after the renderer has taken the canvas.
   * Resolves once the GPU has drawn it (at once if it did not draw).
   */
  draw(batch: GeometryArrays): Promise<void>
  /** No spine to draw (the worker failed): the renderer takes the canvas as it is. */
  giveUp(): void
}

const VERTEX = `#version 300 es
in vec3 position;
in vec3 normal;
in vec3 color;
uniform mat4 viewProjection;
out vec3 vNormal;
out vec3 vColor;
void main() {
  vNormal = normal;
  vColor = color;
  gl_Position = viewProjection * vec4(position, 1.0);
}`

// Lambert as three lights it (irradiance from a hemisphere and two directional lights, times albedo / pi),
// then three's output stage: the ACES filmic fit (Stephen Hill's, exposure 1) and the sRGB transfer.
const FRAGMENT = `#version 300 es
precision highp float;
in vec3 vNormal;
in vec3 vColor;
uniform vec3 sky;
uniform vec3 ground;
uniform vec3 keyDirection;
uniform vec3 keyColor;
uniform vec3 fillDirection;
uniform vec3 fillColor;
out vec4 fragColor;
vec3 filmic(vec3 c) {
  c = mat3(0.59719, 0.07600, 0.02840, 0.35458, 0.90834, 0.13383, 0.04823, 0.01566, 0.83777) * (c / 0.6);
  c = (c * (c + 0.0245786) - 0.000090537) / (c * (0.983729 * c + 0.4329510) + 0.238081);
  c = mat3(1.60475, -0.10208, -0.00327, -0.53108, 1.10813, -0.07276, -0.07367, -0.00605, 1.07602) * c;
  return clamp(c, 0.0, 1.0);
}
vec3 encodeSrgb(vec3 c) {
  return mix(1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, c * 12.92, vec3(lessThanEqual(c, vec3(0.0031308))));
}
void main() {
  vec3 n = normalize(vNormal);
  vec3 irradiance = mix(ground, sky, 0.5 * n.y + 0.5)
    + max(dot(n, keyDirection), 0.0) * keyColor
    + max(dot(n, fillDirection), 0.0) * fillColor;
  fragColor = vec4(encodeSrgb(filmic(vColor * irradiance / 3.141592653589793)), 1.0);
}`

/** How often a draw waiting for the shader's link checks on it (ms). */
const LINK_POLL_MS = 4

/** Runs `step` in a task of its own, behind those already queued (a posted message: no timer clamp). */
function nextTask(step: () => void): void {
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    channel.port1.close()
    step()
  }
  channel.port2.postMessage(null)
}

/** An sRGB hex colour as linear RGB (what three does to a light's colour), times `intensity`. */
function linearColour(hex: string, intensity = 1): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16)
  const linear = (c: number) => {
    const v = c / 255
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }
  return [linear(n >> 16) * intensity, linear((n >> 8) & 255) * intensity, linear(n & 255) * intensity]
}

type Vec = readonly [number, number, number]
const unit = ([x, y, z]: Vec): Vec => {
  const l = Math.hypot(x, y, z)
  return [x / l, y / l, z / l]
}
const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const cross = (a: Vec, b: Vec): Vec => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]

/** Perspective projection times a look-at view (up +y), column-major, as three's camera makes them. */
export function homeViewProjection(aspect: number): Float32Array {
  const eye = homeCameraPosition()
  const z = unit([eye[0] - HOME_TARGET[0], eye[1] - HOME_TARGET[1], eye[2] - HOME_TARGET[2]])
  const x = unit(cross([0, 1, 0], z))
  const y = cross(z, x)
  const { fov, near, far } = VIEW_LENS
  const f = 1 / Math.tan((fov * Math.PI) / 360)
  const [a, b] = [-(far + near) / (far - near), (-2 * far * near) / (far - near)]
  // rows of the view matrix (the axes, the eye moved to the origin); projection rows scale and mix them
  const [tx, ty, tz] = [-dot(x, eye), -dot(y, eye), -dot(z, eye)]
  const rows = [
    [(f / aspect) * x[0], (f / aspect) * x[1], (f / aspect) * x[2], (f / aspect) * tx],
    [f * y[0], f * y[1], f * y[2], f * ty],
    [a * z[0], a * z[1], a * z[2], a * tz + b],
    [-z[0], -z[1], -z[2], -tz],
  ]
  const out = new Float32Array(16)
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      out[c * 4 + r] = value
    })
  })
  return out
}

/**
 * Makes the poster's canvas over `stage` (the first screen's 3D view) with the visit's WebGL context, and
 * has the GPU build its shader while the spine is generated. Null where there is no WebGL 2 (the app's own
 * attempt then reports it) or no room to draw.
 */
export function startSpinePoster(stage: HTMLElement): SpinePoster | null {
  const box = stage.getBoundingClientRect()
  if (box.width < 1 || box.height < 1) return null
  const canvas = document.createElement('canvas')
  let gl: WebGL2RenderingContext
  try {
    gl = createSpineContext(canvas)
  } catch {
    return null
  }
  const ratio = pixelRatioFor(isSoftwareRendererName(rendererName(gl)))
  // the sizes three's renderer will give it (earlySpineRenderer.ts: the stage's size at this ratio)
  canvas.width = Math.floor(box.width * ratio)
  canvas.height = Math.floor(box.height * ratio)
  keepPictureOnSameSize(canvas)
  canvas.setAttribute(POSTER_STATE, 'waiting')
  canvas.setAttribute('aria-hidden', 'true')
  Object.assign(canvas.style, {
    position: 'absolute',
    left: `${box.left + window.scrollX}px`,
    top: `${box.top + window.scrollY}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    pointerEvents: 'none',
  })
  document.body.append(canvas)
  // a page resized before the app has drawn: the poster no longer fits the view under it
  const hide = () => {
    canvas.style.visibility = 'hidden'
  }
  window.addEventListener('resize', hide, { once: true })

  // The shader is handed to the GPU in a task of its own (the context was this one's), and the draw waits
  // for its link without blocking (KHR_parallel_shader_compile): Lighthouse counts each long task four
  // times over on its simulated phone.
  const parallel = gl.getExtension('KHR_parallel_shader_compile')
  let program: WebGLProgram | null = null
  const shaders: WebGLShader[] = []
  const compile = (): WebGLProgram => {
    if (program) return program
    const made = gl.createProgram()
    for (const [type, source] of [
      [gl.VERTEX_SHADER, VERTEX],
      [gl.FRAGMENT_SHADER, FRAGMENT],
    ] as const) {
      const shader = gl.createShader(type) as WebGLShader
      gl.shaderSource(shader, source)
      gl.compileShader(shader)
      gl.attachShader(made, shader)
      shaders.push(shader)
    }
    for (const [i, name] of ['position', 'normal', 'color'].entries()) gl.bindAttribLocation(made, i, name)
    // compiled and linked by the GPU process meanwhile: nothing here waits for it
    gl.linkProgram(made)
    program = made
    return made
  }
  nextTask(compile)
  const linked = (p: WebGLProgram) => !parallel || gl.getProgramParameter(p, parallel.COMPLETION_STATUS_KHR) === true

  const settle = (state: PosterState) => {
    canvas.setAttribute(POSTER_STATE, state)
    canvas.dispatchEvent(new Event(POSTER_SETTLED))
  }
  const draw = (batch: GeometryArrays): Promise<void> => {
    if (posterState(canvas) !== 'waiting') return Promise.resolve()
    const p = compile()
    if (!linked(p)) return new Promise((later) => setTimeout(() => later(draw(batch)), LINK_POLL_MS))
    try {
      if (!gl.getProgramParameter(p, gl.LINK_STATUS)) throw new Error(gl.getProgramInfoLog(p) ?? '')
      drawBatch(gl, p, batch, canvas.width / canvas.height)
    } catch {
      // the app draws the spine itself, as it would without a poster
      settle('off')
      return Promise.resolve()
    } finally {
      for (const shader of shaders) gl.deleteShader(shader)
      gl.deleteProgram(p)
    }
    settle('drawn')
    // the first screen's progress line gives way (shell.css): the spine is there, and its endless animation
    // would keep the software GPU and the page's thread busy drawing frames nobody sees under the poster
    document.documentElement.setAttribute(SPINE_POSTER_DRAWN, '')
    performance.mark('facet:poster-drawn')
    window.removeEventListener('resize', hide)
    // the spine is on screen once the GPU has drawn it (a fence, polled; see whenDrawn in glContext.ts)
    return new Promise((shown) => {
      const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0)
      gl.flush()
      const poll = () => {
        if (fence && gl.clientWaitSync(fence, 0, 0) === gl.TIMEOUT_EXPIRED) {
          setTimeout(poll, 2)
          return
        }
        if (fence) gl.deleteSync(fence)
        performance.mark('facet:first-spine-frame')
        shown()
      }
      setTimeout(poll, 2)
    })
  }
  return {
    draw,
    giveUp() {
      if (posterState(canvas) === 'waiting') settle('off')
    },
  }
}

/** Draws the batch, then leaves the context's state as a fresh context has it, for three to take over. */
function drawBatch(gl: WebGL2RenderingContext, program: WebGLProgram, batch: GeometryArrays, aspect: number): void {
  const vao = gl.createVertexArray()
  gl.bindVertexArray(vao)
  const buffers = [batch.position, batch.normal, batch.color].map((data, i) => {
    const buffer = gl.createBuffer()
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer)
    gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW)
    gl.enableVertexAttribArray(i)
    gl.vertexAttribPointer(i, 3, gl.FLOAT, false, 0, 0)
    return buffer
  })
  const indices = gl.createBuffer()
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indices)
  gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, batch.index, gl.STATIC_DRAW)

  // biome-ignore lint/correctness/useHookAtTopLevel: WebGL's useProgram, not a React hook
  gl.useProgram(program)
  const uniform = (name: string) => gl.getUniformLocation(program, name)
  gl.uniformMatrix4fv(uniform('viewProjection'), false, homeViewProjection(aspect))
  // App.tsx's lights: a hemisphere light and two directional ones (aimed at the origin, as three's are)
  gl.uniform3fv(uniform('sky'), linearColour('#f4f1ea', 1.1))
  gl.uniform3fv(uniform('ground'), linearColour('#39424f', 1.1))
  gl.uniform3fv(uniform('keyDirection'), unit([600, 900, 900]))
  gl.uniform3fv(uniform('keyColor'), [1.6, 1.6, 1.6])
  gl.uniform3fv(uniform('fillDirection'), unit([-700, 300, -800]))
  gl.uniform3fv(uniform('fillColor'), [0.7, 0.7, 0.7])

  gl.viewport(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight)
  // three clears to the scene's background in the output's encoding: the sRGB value as it is
  const bg = Number.parseInt(SPINE_BACKGROUND.slice(1), 16)
  gl.clearColor((bg >> 16) / 255, ((bg >> 8) & 255) / 255, (bg & 255) / 255, 1)
  gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT)
  gl.enable(gl.DEPTH_TEST)
  gl.enable(gl.CULL_FACE)
  const type = batch.index instanceof Uint32Array ? gl.UNSIGNED_INT : gl.UNSIGNED_SHORT
  gl.drawElements(gl.TRIANGLES, batch.index.length, type, 0)

  // a fresh context's state (three reads some of it when it starts, and assumes the rest)
  gl.disable(gl.DEPTH_TEST)
  gl.disable(gl.CULL_FACE)
  gl.clearColor(0, 0, 0, 0)
  // biome-ignore lint/correctness/useHookAtTopLevel: WebGL's useProgram, not a React hook
  gl.useProgram(null)
  gl.bindVertexArray(null)
  gl.bindBuffer(gl.ARRAY_BUFFER, null)
  gl.deleteVertexArray(vao)
  for (const buffer of [...buffers, indices]) gl.deleteBuffer(buffer)
}

/**
 * Setting a canvas's width or height clears its picture, even to the size it already has, and three's
 * renderer sets both whenever it is given a size. On the poster's canvas a size it already has is left
 * alone, so the picture stays until the app draws over it.
 */
function keepPictureOnSameSize(canvas: HTMLCanvasElement): void {
  for (const key of ['width', 'height'] as const) {
    const own = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, key)
    if (!own?.get || !own.set) continue
    const { get, set } = own
    Object.defineProperty(canvas, key, {
      configurable: true,
      get() {
        return get.call(this)
      },
      set(value: number) {
        if (Math.floor(value) !== get.call(this)) set.call(this, value)
      },
    })
  }
}
