import { type RootState, useThree } from '@react-three/fiber'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { act, type ReactNode } from 'react'
import { getConsoleFunction, setConsoleFunction } from 'three'
import type { FrameScheduler } from '../../src/runtime/clock'
import { RuntimeProvider } from '../../src/runtime/react'
import { createFacetRuntime, type FacetRuntime, type RuntimeEnvironment } from '../../src/runtime/runtime'
import type { FacetState } from '../../src/store'

/**
 * The scene-component tier: a component from src/scene/ mounted by @react-three/test-renderer (a real
 * react-three-fiber root and a real three WebGLRenderer over a stub WebGL context, no browser), under a
 * fresh runtime, with the canvas on `frameloop="demand"` as in the app and time driven by hand.
 *
 * Time: one hand-driven frame source stands in for requestAnimationFrame, so it serves both the canvas's
 * demand loop and the runtime's clock, as the browser's does in the app. `frame()` runs what is waiting,
 * 16 ms later; `settle()` runs frames until nothing asks for another. A scene at rest asks for none.
 *
 * A test of the tier (test/scene/*.test.tsx, with `// @vitest-environment jsdom` on its first line):
 *
 *   afterEach(unmountScenes)
 *   it('…', async () => {
 *     const scene = await mountScene(<SpineModel />, { before: (runtime) => runtime.store.getState().select('L3') })
 *     await scene.settle()                       // drawn, and at rest
 *     await scene.act((s) => s.hover('L4'))      // a change, as the UI makes it
 *     expect(await scene.settle()).toBe(1)       // one frame shows it
 *     // then read what was drawn: scene.three().scene, scene.runtime.camera, ./batchProbe.ts…
 *   })
 */

// React warns about updates outside act() unless told that this is a test environment
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>

/** One frame step, as at 60 frames per second. */
const FRAME_MS = 16

export interface SceneOptions {
  /** What the runtime is made with (onReady, storage); its clock always runs on the harness's frames. */
  env?: Omit<RuntimeEnvironment, 'scheduler'>
  /**
   * Runs on the fresh runtime before the scene mounts, as a deep link sets the state before the 3D view
   * exists; may wait (`(runtime) => runtime.cavitation.load()` for the close-up's feature).
   */
  before?: (runtime: FacetRuntime) => unknown
  /** Canvas props, as the app's <Canvas> sets them (camera, frameloop…). */
  canvas?: Parameters<typeof ReactThreeTestRenderer.create>[1]
}

export interface MountedScene {
  readonly runtime: FacetRuntime
  readonly renderer: Renderer
  /** The canvas's state (scene, camera, gl, controls…), as useThree sees it. */
  three(): RootState
  /** How many times the scene has been drawn (three counts every WebGLRenderer.render). */
  renders(): number
  /** Whether anything (the canvas or the runtime's clock) has asked for a frame. */
  waiting(): boolean
  /** Runs `count` frames: each runs whatever asked for it, 16 ms after the last. */
  frame(count?: number): Promise<void>
  /** Runs frames until none is asked for; returns how many ran. Throws if it never comes to rest. */
  settle(limit?: number): Promise<number>
  /** Changes the store as the UI would (`scene.act((s) => s.select('L3'))`), letting React re-render. */
  act(change: (state: FacetState) => void): Promise<void>
  /** Lets pending promises and effects finish (geometry arriving, readiness) without running a frame. */
  flush(): Promise<void>
  unmount(): Promise<void>
}

/** Hands out the canvas's state to the test; rendered inside the canvas next to the component under test. */
function Probe({ onState }: { onState: (get: () => RootState) => void }) {
  onState(useThree((s) => s.get))
  return null
}

const mounted = new Set<MountedScene>()

/** Unmounts every scene a test mounted: `afterEach(unmountScenes)` in each file of the tier. */
export async function unmountScenes(): Promise<void> {
  for (const scene of [...mounted].reverse()) await scene.unmount()
}

/**
 * Mounts `element` (scene components, as children of the app's <Canvas>) under a fresh runtime. The
 * file's `afterEach(unmountScenes)` takes it down, with the canvas's loop and the frame stubs.
 */
export async function mountScene(element: ReactNode, options: SceneOptions = {}): Promise<MountedScene> {
  // one frame source stands in for requestAnimationFrame: two canvases at once would fight over it
  if (mounted.size > 0) throw new Error('mountScene: unmount the previous scene first (one canvas at a time)')
  const frames = manualFrames()
  let renderer: Renderer
  let runtime: FacetRuntime
  let get: (() => RootState) | null = null
  try {
    runtime = createFacetRuntime({ ...options.env, scheduler: frames.scheduler })
    await options.before?.(runtime)
    renderer = await withoutClockNotice(() =>
      ReactThreeTestRenderer.create(
        <RuntimeProvider runtime={runtime}>
          <Probe
            onState={(g) => {
              get = g
            }}
          />
          {element}
        </RuntimeProvider>,
        // the app's canvas (App.tsx): drawn on demand, 30° field of view, millimetres
        { frameloop: 'demand', camera: { fov: 30, near: 5, far: 20000, position: [0, 250, 1450] }, ...options.canvas },
      ),
    )
  } catch (error) {
    frames.restore() // a scene that failed to mount leaves no stubs behind
    throw error
  }
  const three = (): RootState => {
    if (!get) throw new Error('mountScene: the canvas state is not available')
    return (get as () => RootState)()
  }
  const flush = () => act(async () => {})
  await flush()
  const frame = async (count = 1) => {
    for (let i = 0; i < count; i++) await act(async () => frames.step())
  }
  const scene: MountedScene = {
    runtime,
    renderer,
    three,
    renders: () => three().gl.info.render.frame,
    waiting: frames.waiting,
    frame,
    async settle(limit = 600) {
      let ran = 0
      while (frames.waiting()) {
        if (ran >= limit) throw new Error(`the scene still asks for frames after ${limit} frames`)
        await frame()
        ran++
      }
      return ran
    },
    act: (change) => act(async () => change(runtime.store.getState())),
    flush,
    async unmount() {
      if (!mounted.delete(scene)) return
      await renderer.unmount()
      // the canvas's loop runs once more after its root is gone and then stops asking for frames;
      // leaving it half-run would stop the next test's canvas from starting its loop
      for (let i = 0; i < 10 && frames.waiting(); i++) frames.step()
      frames.restore()
    },
  }
  mounted.add(scene)
  return scene
}

/**
 * react-three-fiber 9 makes a THREE.Clock for every canvas, and three r183+ warns that Clock is
 * deprecated: the same line in every test says nothing about Facet, so it is dropped while the canvas is made.
 */
async function withoutClockNotice<T>(make: () => Promise<T>): Promise<T> {
  const previous = getConsoleFunction()
  setConsoleFunction((type, message, ...params) => {
    if (message.startsWith('THREE.Clock: This module has been deprecated')) return
    if (previous) previous(type, message, ...params)
    else console[type](message, ...params)
  })
  try {
    return await make()
  } finally {
    setConsoleFunction(previous)
  }
}

/**
 * Stands in for requestAnimationFrame (the canvas's demand loop calls the global one) and for the
 * runtime's scheduler, and stops performance.now() but for 16 ms per frame, so three's clock, the
 * runtime's clock and camera-controls' easing see exactly 60 frames per second however fast or slow
 * the machine runs the test: a stretch or an easing takes the same number of frames every time.
 */
function manualFrames() {
  let pending = new Map<number, (now: number) => void>()
  let nextHandle = 1
  let now = performance.now()
  const saved = {
    ownNow: Object.hasOwn(performance, 'now') ? performance.now : null,
    raf: globalThis.requestAnimationFrame,
    caf: globalThis.cancelAnimationFrame,
  }
  const scheduler: FrameScheduler = {
    request(callback) {
      const handle = nextHandle++
      pending.set(handle, callback)
      return handle
    },
    cancel(handle) {
      pending.delete(handle)
    },
  }
  performance.now = () => now
  globalThis.requestAnimationFrame = (callback) => scheduler.request(callback)
  globalThis.cancelAnimationFrame = (handle) => scheduler.cancel(handle)
  return {
    scheduler,
    waiting: () => pending.size > 0,
    /** Runs every callback waiting now (not the ones they ask for: those wait for the next step). */
    step() {
      now += FRAME_MS
      const run = pending
      pending = new Map()
      for (const callback of run.values()) callback(now)
    },
    restore() {
      if (saved.ownNow) performance.now = saved.ownNow
      else Reflect.deleteProperty(performance, 'now')
      globalThis.requestAnimationFrame = saved.raf
      globalThis.cancelAnimationFrame = saved.caf
    },
  }
}
