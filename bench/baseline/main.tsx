/**
 * The minimal page Facet is measured against: one lit mesh in react-three-fiber, on-demand frames, the
 * camera controls Facet uses (so the bench's drag orbits both), the same first-frame mark and the same
 * debug hooks as the app.
 */
import { Canvas, useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { createRoot } from 'react-dom/client'
import { forcedRenderMs } from '../../src/scene/FrameReporter'
import { BASELINE_CAMERA, BaselineScene } from './scene'

const pixel = new Uint8Array(4)

function Reporter() {
  const { gl, scene, camera } = useThree()
  const done = useRef(false)
  useEffect(() => {
    window.facetDebug = {
      renderInfo: () => ({ ...gl.info.render, geometries: gl.info.memory.geometries }),
      forcedRenderMs: (frames: number) => forcedRenderMs(gl, scene, camera, frames),
    }
  }, [gl, scene, camera])
  useFrame(({ gl: r, scene: s, camera: c }) => {
    r.render(s, c)
    if (!done.current) {
      done.current = true
      const ctx = r.getContext()
      ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, pixel)
      performance.mark('facet:first-spine-frame')
    }
  }, 1)
  return null
}

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <Canvas frameloop="demand" camera={BASELINE_CAMERA}>
      <BaselineScene />
      <Reporter />
    </Canvas>,
  )
}
