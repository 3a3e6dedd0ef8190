import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { type Camera, type Mesh, Raycaster, type Scene, Vector2, Vector3, type WebGLRenderer } from 'three'
import type { StructureId } from '../anatomy/ids'
import { structureMatrix } from '../geometry/world'
import { useRuntime } from '../runtime/react'
import { type FigureDebug, lendDebug } from './facetDebug'
import { POSTER_STATE } from './spinePoster'
import { whenDrawn } from './spineRenderer'

const pixel = new Uint8Array(4)
const raycaster = new Raycaster()

/**
 * Renders each frame itself (priority 1) so it knows when the spine has been drawn: once the GPU has
 * finished the first frame with triangles (a fence, see `whenDrawn`) it marks the app ready. Also lends
 * the automation API a projection from world points to page pixels.
 */
export function FrameReporter() {
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const invalidate = useThree((s) => s.invalidate)
  const reported = useRef(false)
  /** Frames this view has drawn: what the rest test and the benchmark read to see the page is idle. */
  const drawn = useRef(0)
  const runtime = useRuntime()

  useEffect(() => {
    const toPage = (ndc: Vector3) => {
      const rect = gl.domElement.getBoundingClientRect()
      return { x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height }
    }
    const unregister = runtime.scene.register({
      project(world: Vector3) {
        const v = world.clone().project(camera)
        const onScreen = v.z < 1 && Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1
        return { ...toPage(v), onScreen }
      },
      visiblePoint(id: StructureId) {
        const mesh = scene.getObjectByName(id) as Mesh | undefined
        if (!mesh?.visible) return null
        const position = mesh.geometry.getAttribute('position')
        const matrix = structureMatrix(id)
        const step = Math.max(1, Math.floor(position.count / 160))
        for (let i = 0; i < position.count; i += step) {
          // pull each surface point slightly toward the centre so the ray hits this mesh, not its edge
          const p = new Vector3().fromBufferAttribute(position, i).multiplyScalar(0.8).applyMatrix4(matrix)
          const ndc = p.clone().project(camera)
          if (ndc.z >= 1 || Math.abs(ndc.x) > 0.98 || Math.abs(ndc.y) > 0.98) continue
          raycaster.setFromCamera(new Vector2(ndc.x, ndc.y), camera)
          const first = raycaster
            .intersectObject(scene, true)
            .find((hit) => hit.object.visible && hit.object.type === 'Mesh')
          if (first?.object.name === id) return toPage(ndc)
        }
        return null
      },
    })
    // what `npm run bench` measures (draw calls, triangles, forced render cost)
    const takeBack = lendDebug({
      // memory counts are plain numbers three keeps as it uploads and frees: reading them needs no GC
      renderInfo: () => ({
        ...gl.info.render,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        programs: gl.info.programs?.length ?? 0,
        fullDetailCached: runtime.geometries.fullDetailCount(),
        surfaces: runtime.geometries.surfacesArrived(),
        neural: runtime.neural.arrived(),
        overviewRefined: runtime.geometries.overviewRefined(),
        contextLost: gl.getContext().isContextLost(),
      }),
      forcedRenderMs: (frames: number) => forcedRenderMs(gl, scene, camera, frames),
      framesDrawn: () => drawn.current,
    })
    invalidate()
    return () => {
      unregister()
      takeBack()
    }
  }, [camera, gl, scene, invalidate, runtime])

  useFrame(({ gl: renderer, scene, camera: cam }) => {
    // Over the spine's poster (scene/spinePoster.ts), a frame without the spine would put the empty
    // background in its place: the first frame drawn is one with the spine.
    const poster = !reported.current && renderer.domElement.getAttribute(POSTER_STATE) === 'drawn'
    if (poster && !scene.getObjectByName('spine-batch')) return
    renderer.render(scene, cam)
    drawn.current++
    if ('fov' in cam) runtime.camera.fov = (cam as unknown as { fov: number }).fov
    if (!reported.current && renderer.info.render.triangles > 0) {
      reported.current = true
      renderer.domElement.removeAttribute(POSTER_STATE)
      whenDrawn(renderer.getContext() as WebGL2RenderingContext, () => {
        // the first spine frame is the poster's, where there was one; this is the app's own
        // without a poster the two marks are the same frame, so they carry the same moment
        const drawnAt = performance.mark('facet:app-spine-frame').startTime
        if (performance.getEntriesByName('facet:first-spine-frame').length === 0)
          performance.mark('facet:first-spine-frame', { startTime: drawnAt })
        runtime.ready.markReady()
      })
    }
  }, 1)
  return null
}

const orbitTarget = new Vector3()
const orbitOffset = new Vector3()
/**
 * Renders `frames` frames while orbiting the camera once round the home target, each followed by a
 * 1-pixel read so the GPU work is finished; returns each frame's cost in ms.
 */
export function forcedRenderMs(
  gl: WebGLRenderer,
  scene: Scene,
  camera: Camera,
  frames: number,
  orbit = true,
): number[] {
  const ctx = gl.getContext()
  orbitTarget.set(0, 250, -10)
  orbitOffset.copy(camera.position).sub(orbitTarget)
  const times: number[] = []
  for (let i = 0; i < frames; i++) {
    if (orbit) {
      orbitOffset.applyAxisAngle(Y_AXIS, (Math.PI * 2) / frames)
      camera.position.copy(orbitTarget).add(orbitOffset)
      camera.lookAt(orbitTarget)
    }
    const start = performance.now()
    gl.render(scene, camera)
    ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, pixel)
    times.push(performance.now() - start)
  }
  return times
}
const Y_AXIS = new Vector3(0, 1, 0)

declare global {
  interface Window {
    facetDebug?: {
      renderInfo: () => {
        calls: number
        triangles: number
        /** Geometries on the GPU now (renderer.info.memory). */
        geometries: number
        // the rest are the app's own (the benchmark's baseline page leaves them out)
        /** Textures on the GPU now (renderer.info.memory). */
        textures?: number
        /** Shader programs compiled and alive. */
        programs?: number
        /** Full-detail geometries held by the bounded cache (on the GPU or not). */
        fullDetailCached?: number
        /** Bones' continuous surfaces arrived: built by the worker, read back from this browser's store, or from the build's pack. */
        surfaces?: { built: number; kept: number; packed: number }
        /** The neural layer's structures arrived: from the build's pack, this browser's store, or built. */
        neural?: { packed: number; kept: number; built: number }
        /** Whether the whole spine's overview is drawn from the bones' continuous surfaces (not their shells). */
        overviewRefined?: boolean
        contextLost?: boolean
      }
      forcedRenderMs: (frames: number) => number[]
      /** Frames the spine's view has drawn since it mounted. */
      framesDrawn?: () => number
      /** Times of frames of the open close-up as the pull draws them (the still part from its copy). */
      closeUpRenderMs?: (frames: number) => number[]
      /** Times of close-up frames drawn in full, as when the camera moves. */
      closeUpFullRenderMs?: (frames: number) => number[]
      /** Frames the close-up has drawn since it mounted. */
      closeUpFramesDrawn?: () => number
      /** Structures the overview leaves to their own meshes now. */
      batchSkipped?: () => number
      /** The person doing a stretch, while a stretch card is open (scene/StretchFigure.tsx). */
      figure?: () => FigureDebug
    }
  }
}
