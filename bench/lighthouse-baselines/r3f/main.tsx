/**
 * The bench's minimal page (bench/baseline/main.tsx) under a heading, for Lighthouse: one lit box in
 * react-three-fiber with the camera controls Facet uses, on-demand frames. What the fixed stack (React,
 * fiber, three, drei) costs on its own on this machine.
 */
import { Canvas } from '@react-three/fiber'
import { createRoot } from 'react-dom/client'
import { BASELINE_CAMERA, BaselineScene } from '../../baseline/scene'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <Canvas frameloop="demand" camera={BASELINE_CAMERA}>
      <BaselineScene />
    </Canvas>,
  )
}
