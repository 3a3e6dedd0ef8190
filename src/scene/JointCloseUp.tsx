import { OrbitControls } from '@react-three/drei/core/OrbitControls.js'
import { Canvas, useThree } from '@react-three/fiber'
import { memo, useEffect, useMemo, useRef } from 'react'
import { Color, DoubleSide, type Group, Matrix4, type Mesh, type MeshLambertMaterial, Plane, Vector3 } from 'three'
import type { FacetJointId } from '../anatomy/ids'
import { posture } from '../anatomy/posture'
import type { Vec3 } from '../anatomy/vec'
import { AXES, BONE, CARTILAGE, MeshBuilder, padAxes } from '../geometry/builder'
import { useCavitationFeature, useRuntime } from '../runtime/react'
import { ContextLoss } from './ContextLoss'
import { forcedRenderMs } from './FrameReporter'
import { lendDebug } from './facetDebug'

const BONE_DEPTH = 4 // mm of subchondral bone shown on each side
const CARTILAGE_THICKNESS = 1.2 // mm [E]

/** Slab geometries for one joint: bone and cartilage of each side, the fluid film and the cavity, in the joint's frame (y = normal). */
function useJointParts(joint: FacetJointId) {
  const parts = useMemo(() => {
    const pose = posture().facets[joint]
    const w = pose?.width ?? 14
    const h = pose?.height ?? 15
    const slab = (color: readonly [number, number, number], halfThickness: number) => {
      const b = new MeshBuilder(1)
      b.superquadric(
        'slab',
        [0, 0, 0],
        [w / 2, halfThickness, h / 2],
        AXES,
        8,
        (a) => [Math.cos(a), Math.sin(a)],
        color,
      )
      return b.build()
    }
    const round = () => {
      const b = new MeshBuilder(1)
      b.ellipsoid('unit', [0, 0, 0], [1, 1, 1])
      return b.build()
    }
    return {
      width: w,
      height: h,
      bone: slab(BONE, BONE_DEPTH / 2),
      cartilage: slab(CARTILAGE, CARTILAGE_THICKNESS / 2),
      film: slab([0.45, 0.65, 0.95], 0.5),
      unit: round(),
      axes: padAxes(pose?.normal ?? [0, 1, 0]),
      tilt: pose?.tilt ?? 0,
    }
  }, [joint])
  // made for this joint alone: freed when another joint is shown
  useEffect(
    () => () => {
      for (const g of [parts.bone, parts.cartilage, parts.film, parts.unit]) g.dispose()
    },
    [parts],
  )
  return parts
}

const FLUID_HIGH = new Color('#6fa8ff')
const FLUID_LOW = new Color('#b45cff')

function sample(series: Float64Array, time: number): number {
  const i = Math.min(series.length - 1, Math.max(0, Math.round(time / 0.05)))
  return series[i] ?? 0
}

/**
 * One side of the joint: its cartilage on the joint surface, the subchondral bone behind it.
 * `up` sits below the joint space (surface facing +normal); `down` sits above it.
 */
function ArticularSide({
  parts,
  facing,
  cutAway,
}: {
  parts: ReturnType<typeof useJointParts>
  facing: 'up' | 'down'
  cutAway: Plane[]
}) {
  const s = facing === 'up' ? -1 : 1
  return (
    <>
      <mesh geometry={parts.cartilage} position-y={(s * CARTILAGE_THICKNESS) / 2}>
        <meshLambertMaterial vertexColors clippingPlanes={cutAway} side={DoubleSide} />
      </mesh>
      <mesh geometry={parts.bone} position-y={s * (CARTILAGE_THICKNESS + BONE_DEPTH / 2)}>
        <meshLambertMaterial vertexColors clippingPlanes={cutAway} side={DoubleSide} />
      </mesh>
    </>
  )
}

function JointModel({ joint }: { joint: FacetJointId }) {
  const parts = useJointParts(joint)
  const upper = useRef<Group>(null!)
  const film = useRef<Mesh>(null!)
  const cavity = useRef<Mesh>(null!)
  const flash = useRef<Mesh>(null!)
  const camera = useThree((s) => s.camera)
  const { gl: renderer, scene, invalidate } = useThree()
  const { clock } = useRuntime()
  const { playback, crackedAt } = useCavitationFeature()
  // the cut (a plane through the joint's centre containing its normal, set per joint) and a colour to mix into
  const cutAway = useMemo(() => [new Plane(new Vector3(0, 0, -1), 0)], [])
  const fluid = useMemo(() => new Color(), [])
  useEffect(() => {
    // for `npm run bench` and the rest test: the close-up's forced render cost and the frames it has drawn,
    // merged into what the spine's view lends (whichever mounts first)
    return lendDebug({
      closeUpRenderMs: (frames: number) => forcedRenderMs(renderer, scene, camera, frames, false),
      closeUpFramesDrawn: () => renderer.info.render.frame,
    })
  }, [renderer, scene, camera])
  const controls = useThree((s) => s.controls) as unknown as { target: Vector3; update: () => void } | null
  useEffect(() => {
    // world directions of the joint's normal and of the in-plane axis we cut along
    const tilt = new Matrix4().makeRotationX((parts.tilt * Math.PI) / 180)
    const normal = new Vector3(...parts.axes[1]).applyMatrix4(tilt).normalize()
    const across = new Vector3(...parts.axes[2]).applyMatrix4(tilt).normalize()
    // keep the half away from the camera, so we look into the cut
    cutAway[0]?.normal.copy(across).negate()
    camera.position.copy(across).multiplyScalar(36).addScaledVector(normal, 16)
    camera.lookAt(0, 0, 0)
    controls?.target.set(0, 0, 0)
    controls?.update()
  }, [camera, controls, parts, cutAway])

  // Draws the model's state on the clock's frames (the playback is advanced by the feature, first), and
  // asks this view for a frame only then: at rest it draws nothing. Set up once per joint, not per render.
  useEffect(() => {
    const draw = (now: number) => {
      const result = playback.result
      if (!result) return
      const gap = sample(result.separation, playback.time)
      const radius = sample(result.radius, playback.time)
      const pressure = sample(result.pressure, playback.time)
      upper.current.position.y = gap
      film.current.scale.set(1, Math.max(gap, 0.02), 1)
      film.current.position.y = gap / 2
      // the cavity as a flat pocket in the joint space with the model's volume: πa²c·4/3 = 4/3πR³
      const half = Math.max(gap / 2, 0.05) * 0.9
      const inPlane = radius > 0 ? Math.min(Math.sqrt((radius * radius * radius) / half), parts.width / 2) : 0
      cavity.current.visible = radius > 0.01
      cavity.current.scale.set(inPlane, half, inPlane)
      cavity.current.position.y = gap / 2
      const t = Math.min(1, Math.max(0, (101.3 - pressure) / 151.3))
      fluid.copy(FLUID_HIGH).lerp(FLUID_LOW, t)
      ;(film.current.material as MeshLambertMaterial).color.copy(fluid)
      flash.current.visible = now < crackedAt() + 120
      invalidate()
    }
    draw(performance.now())
    return clock.onFrame(draw)
  }, [clock, playback, crackedAt, invalidate, parts, fluid])

  const radians = (parts.tilt * Math.PI) / 180
  return (
    <group rotation-x={radians}>
      {/* the joint frame: x, normal, in-plane, as columns of a basis */}
      <group matrixAutoUpdate={false} matrix={basisMatrix(parts.axes)}>
        <ArticularSide parts={parts} facing="up" cutAway={cutAway} />
        <mesh ref={film} geometry={parts.film}>
          <meshLambertMaterial
            color="#6fa8ff"
            transparent
            opacity={0.55}
            clippingPlanes={cutAway}
            side={DoubleSide}
            depthWrite={false}
          />
        </mesh>
        {/* drawn over the tissue, as gas stands out on imaging: it is under a millimetre thick at real size */}
        <mesh ref={cavity} geometry={parts.unit} visible={false} renderOrder={10}>
          <meshBasicMaterial
            color="#ffffff"
            transparent
            opacity={0.9}
            depthTest={false}
            clippingPlanes={cutAway}
            side={DoubleSide}
          />
        </mesh>
        <group ref={upper}>
          <ArticularSide parts={parts} facing="down" cutAway={cutAway} />
        </group>
        <mesh rotation-x={Math.PI / 2} scale={[parts.width / 2 + 1.2, parts.height / 2 + 1.2, 1]} position-y={0.4}>
          <torusGeometry args={[1, 0.07, 12, 64]} />
          <meshLambertMaterial color="#f2a541" clippingPlanes={cutAway} side={DoubleSide} />
        </mesh>
        <mesh ref={flash} visible={false} position-y={0.4}>
          <sphereGeometry args={[parts.width * 0.45, 24, 12]} />
          <meshBasicMaterial color="#fff7d6" transparent opacity={0.55} depthWrite={false} />
        </mesh>
      </group>
    </group>
  )
}

/** Columns: local x → u, local y → n (the facet normal), local z → v. */
function basisMatrix([u, n, v]: readonly [Vec3, Vec3, Vec3]): Matrix4 {
  return new Matrix4().set(u[0], n[0], v[0], 0, u[1], n[1], v[1], 0, u[2], n[2], v[2], 0, 0, 0, 0, 1)
}

export interface JointCloseUpProps {
  /** The facet joint shown. */
  joint: FacetJointId
}

/** The cut-away of one facet joint at real size (mm) and in its anatomical orientation, animated by the model. */
// memo: the panel around it re-renders on every phase change, and a re-rendered canvas draws a frame
export const JointCloseUp = memo(function JointCloseUp({ joint }: JointCloseUpProps) {
  return (
    <Canvas
      className="closeup-canvas"
      frameloop="demand"
      dpr={1}
      gl={{ antialias: false }}
      onCreated={({ gl }) => {
        // before the first render, so every material is compiled with the cut
        gl.localClippingEnabled = true
      }}
      camera={{ fov: 35, near: 1, far: 500, position: [38, 18, -38] }}
      role="img"
      aria-label="Cut-away of the facet joint: two cartilage-covered surfaces, the fluid film and the capsule"
    >
      <color attach="background" args={['#0c1117']} />
      <hemisphereLight args={['#f4f1ea', '#2b3440', 1.2]} />
      <directionalLight position={[30, 50, 20]} intensity={1.6} />
      <JointModel joint={joint} />
      <OrbitControls makeDefault enablePan={false} minDistance={15} maxDistance={140} />
      {/* redraws on restore; no give-up here: the panel's plots, captions and sound still work without it */}
      <ContextLoss />
    </Canvas>
  )
})
