/**
 * The bench's minimal page (bench/baseline/main.tsx) under a heading, for Lighthouse: one lit box in
 * react-three-fiber with the camera controls Facet uses, on-demand frames. What the fixed stack (React,
 * fiber, three, drei) costs on its own on this machine.
 */
import { CameraControls } from '@react-three/drei/core/CameraControls.js'
import { Canvas } from '@react-three/fiber'
import { createRoot } from 'react-dom/client'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <Canvas frameloop="demand" camera={{ fov: 30, near: 5, far: 20000, position: [0, 250, 1450] }}>
      <hemisphereLight args={['#f4f1ea', '#39424f', 1.1]} />
      <directionalLight position={[600, 900, 900]} intensity={1.6} />
      <mesh position={[0, 250, -10]}>
        <boxGeometry args={[200, 200, 200]} />
        <meshStandardMaterial color="#e3d9c2" />
      </mesh>
      <CameraControls makeDefault smoothTime={0.35} />
    </Canvas>,
  )
}
