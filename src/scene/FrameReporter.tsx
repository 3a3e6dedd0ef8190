import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import type { Vector3 } from 'three'
import { markReady, setSceneBridge } from '../api/facetApi'
import { cameraState } from '../store'

const pixel = new Uint8Array(4)

/**
 * Renders each frame itself (priority 1) so it knows when the spine has been drawn: after the first
 * frame with triangles it waits for the GPU (a 1-pixel read) and marks the app ready. Also lends the
 * automation API a projection from world points to page pixels.
 */
export function FrameReporter() {
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const reported = useRef(false)

  useEffect(() => {
    setSceneBridge({
      project(world: Vector3) {
        const v = world.clone().project(camera)
        const rect = gl.domElement.getBoundingClientRect()
        const onScreen = v.z < 1 && Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1
        return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height, onScreen }
      },
    })
    invalidate()
    return () => setSceneBridge(null)
  }, [camera, gl, invalidate])

  useFrame(({ gl: renderer, scene, camera: cam }) => {
    renderer.render(scene, cam)
    if ('fov' in cam) cameraState.fov = (cam as unknown as { fov: number }).fov
    if (!reported.current && renderer.info.render.triangles > 0) {
      reported.current = true
      const ctx = renderer.getContext()
      ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, pixel)
      performance.mark('facet:first-spine-frame')
      markReady()
    }
  }, 1)
  return null
}
