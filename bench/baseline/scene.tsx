/**
 * The minimal page's scene: one lit box and the camera controls Facet uses (so the bench's drag orbits both
 * pages). Shared by the bench's page (main.tsx) and Lighthouse's copy of it (lighthouse-baselines/r3f).
 */
import { CameraControls } from '@react-three/drei/core/CameraControls.js'

export function BaselineScene() {
  return (
    <>
      <hemisphereLight args={['#f4f1ea', '#39424f', 1.1]} />
      <directionalLight position={[600, 900, 900]} intensity={1.6} />
      <mesh position={[0, 250, -10]}>
        <boxGeometry args={[200, 200, 200]} />
        <meshStandardMaterial color="#e3d9c2" />
      </mesh>
      <CameraControls makeDefault smoothTime={0.35} />
    </>
  )
}

/** The camera both pages open with. */
export const BASELINE_CAMERA = { fov: 30, near: 5, far: 20000, position: [0, 250, 1450] as [number, number, number] }
