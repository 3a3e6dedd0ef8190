import { useFrame, useThree } from '@react-three/fiber'
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import {
  BackSide,
  type BufferGeometry,
  Color,
  DoubleSide,
  Group,
  type Light,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  type Object3D,
  Plane,
  Vector3,
} from 'three'
import type { BoneId, FacetJointId } from '../anatomy/ids'
import { posture } from '../anatomy/posture'
import type { Vec3 } from '../anatomy/vec'
import { JOINT_TISSUES } from '../content/cavitation'
import { AXES, CARTILAGE, MeshBuilder, padAxes } from '../geometry/builder'
import { boneWindow, type FacetCutaway, facetCutaway } from '../geometry/cutaway'
import { structurePose } from '../geometry/world'
import { useCavitationFeature, useFacetStore, useRuntime } from '../runtime/react'
import { CloseUpCompositor, STILL_TISSUE_LAYER, TISSUE_LAYER, timedFrames } from './closeUpCompositor'
import { lendDebug } from './facetDebug'
import { type Pin, usePinnedLabels } from './pinnedLabels'
import { useStructureGeometry } from './useStructureGeometry'

const BONE_DEPTH = 6 // mm of each articular process shown solid behind its cartilage
const CARTILAGE_THICKNESS = 1.2 // mm [E]
const DEG = Math.PI / 180
/** Bone seen in section: warmer than the bone surfaces round it (the legend's swatch matches). */
const CUT_BONE = [0.79, 0.68, 0.5] as const

/** Slab geometries for one joint: bone and cartilage of each side, the fluid film and the cavity, in the joint's frame (y = normal). */
function useJointParts(joint: FacetJointId) {
  const parts = useMemo(() => {
    const pose = posture().facets[joint]
    const w = pose?.width ?? 14
    const h = pose?.height ?? 15
    const slab = (b: MeshBuilder, name: string, y: number, color: readonly [number, number, number], half: number) =>
      b.superquadric(name, [0, y, 0], [w / 2, half, h / 2], AXES, 8, (a) => [Math.cos(a), Math.sin(a)], color)
    // One side of the joint: its cartilage on the joint surface and the subchondral bone behind it, in one
    // geometry (one draw call, and a draw call costs a few ms on SwiftShader whatever its size). `s` = -1
    // for the side below the joint space (surface facing +normal), +1 for the side above it.
    const side = (s: 1 | -1) => {
      const b = new MeshBuilder(1)
      slab(b, 'cartilage', (s * CARTILAGE_THICKNESS) / 2, CARTILAGE, CARTILAGE_THICKNESS / 2)
      slab(b, 'bone', s * (CARTILAGE_THICKNESS + BONE_DEPTH / 2), CUT_BONE, BONE_DEPTH / 2)
      return b.build()
    }
    const film = new MeshBuilder(1)
    slab(film, 'film', 0, [0.45, 0.65, 0.95], 0.5)
    const round = () => {
      const b = new MeshBuilder(1)
      b.ellipsoid('unit', [0, 0, 0], [1, 1, 1])
      return b.build()
    }
    return {
      width: w,
      height: h,
      lowerSide: side(-1),
      upperSide: side(1),
      film: film.build(),
      unit: round(),
      // the joint frame: x, normal, in-plane, as columns of a basis
      basis: basisMatrix(padAxes(pose?.normal ?? [0, 1, 0])),
      position: (pose?.position ?? [0, 0, 0]) as [number, number, number],
      tilt: pose?.tilt ?? 0,
    }
  }, [joint])
  // made for this joint alone: freed when another joint is shown
  useEffect(
    () => () => {
      for (const g of [parts.lowerSide, parts.upperSide, parts.film, parts.unit]) g.dispose()
    },
    [parts],
  )
  return parts
}

/** The plane that opens the joint: the half of its tissues on the camera's side is taken away (world space). */
function cutPlane(cut: FacetCutaway): Plane[] {
  const across = new Vector3(...cut.across)
  return [new Plane().setFromNormalAndCoplanarPoint(across.negate(), new Vector3(...cut.centre))]
}

/**
 * The joint's two bones, seen through: the opened joint sits inside their articular processes, and a cut
 * through these generated bones would show the overlapping parts they are built from rather than a clean
 * section, so they are drawn faint and the joint's own tissues, cut in half, solid.
 */
function useSeeThroughBoneMaterials() {
  // Each bone is built from overlapping parts, so a plain see-through material would shade and blend every
  // layer of every part; on a software renderer that fill cost was most of the frame. A depth-only pass
  // first keeps the nearest bone surface, and the faint pass then shades that one layer only.
  const materials = useMemo(
    () => ({
      // pushed back a little, so the faint pass's own nearest surface passes the depth test and those behind it fail
      depth: new MeshBasicMaterial({
        colorWrite: false,
        polygonOffset: true,
        polygonOffsetFactor: 1,
        polygonOffsetUnits: 4,
      }),
      faint: new MeshLambertMaterial({
        vertexColors: true,
        transparent: true,
        opacity: 0.4,
        depthWrite: false,
      }),
    }),
    [],
  )
  useEffect(
    () => () => {
      materials.depth.dispose()
      materials.faint.dispose()
    },
    [materials],
  )
  return materials
}

type SeeThroughMaterials = ReturnType<typeof useSeeThroughBoneMaterials>

/**
 * Materials for the joint's bones once they are continuous surfaces: opened by a window round the joint
 * (the planes intersected), the outer surface shaded as everywhere else and the inside of the bone, seen
 * through the window, flat in the colour of bone in section, so the window reads as a cut face.
 */
function useCutBoneMaterials(cut: FacetCutaway) {
  const materials = useMemo(() => {
    const planes = boneWindow(cut).map((p) => new Plane(new Vector3(...p.normal), p.constant))
    return {
      outside: new MeshLambertMaterial({ vertexColors: true, clippingPlanes: planes, clipIntersection: true }),
      section: new MeshBasicMaterial({
        // a shade darker than the lit bone round it, so the window's edge reads
        color: new Color(...CUT_BONE).multiplyScalar(0.72),
        side: BackSide,
        clippingPlanes: planes,
        clipIntersection: true,
      }),
    }
  }, [cut])
  useEffect(
    () => () => {
      materials.outside.dispose()
      materials.section.dispose()
    },
    [materials],
  )
  return materials
}

type CutBoneMaterials = ReturnType<typeof useCutBoneMaterials>

/**
 * One of the joint's two bones at full detail (its own mesh is hidden meanwhile): cut open round the
 * joint once the worker has made it one continuous surface, seen through until then (its shells are
 * overlapping parts, whose section would show how it is built rather than bone).
 */
function JointBone({
  bone,
  seeThrough,
  cut,
}: {
  bone: BoneId
  seeThrough: SeeThroughMaterials
  cut: CutBoneMaterials
}) {
  const geometry = useStructureGeometry(bone, 1)
  const pose = structurePose(bone)
  const position = pose.position as [number, number, number]
  if (geometry.userData.continuous) {
    return (
      <group position={position} rotation-x={pose.tilt * DEG}>
        <mesh geometry={geometry} material={cut.outside} dispose={null} />
        {/* after the outside, so most of the inside fails the depth test before it is shaded */}
        <mesh geometry={geometry} material={cut.section} renderOrder={1} dispose={null} />
      </group>
    )
  }
  // both after the opaque tissues (three draws opaque objects first), the depth pass before the faint one
  return (
    <group position={position} rotation-x={pose.tilt * DEG}>
      <mesh geometry={geometry} material={seeThrough.depth} renderOrder={4} dispose={null} />
      <mesh geometry={geometry} material={seeThrough.faint} renderOrder={5} dispose={null} />
    </group>
  )
}

const FLUID_HIGH = new Color('#6fa8ff')
const FLUID_LOW = new Color('#b45cff')

function sample(series: Float64Array, time: number): number {
  const i = Math.min(series.length - 1, Math.max(0, Math.round(time / 0.05)))
  return series[i] ?? 0
}

/** One side of the joint (its cartilage and the bone behind it), cut open with the rest. */
function ArticularSide({ geometry, cut }: { geometry: BufferGeometry; cut: Plane[] }) {
  return (
    <mesh geometry={geometry}>
      <meshLambertMaterial vertexColors clippingPlanes={cut} side={DoubleSide} />
    </mesh>
  )
}

/** Columns: local x → u, local y → n (the facet normal), local z → v. */
function basisMatrix([u, n, v]: readonly [Vec3, Vec3, Vec3]): Matrix4 {
  return new Matrix4().set(u[0], n[0], v[0], 0, u[1], n[1], v[1], 0, u[2], n[2], v[2], 0, 0, 0, 0, 1)
}

export interface JointCloseUpProps {
  /** The facet joint opened. */
  joint: FacetJointId
}

/**
 * The crack close-up as a place in the spine: the joint opened in place, at real size (mm) in the main
 * view, its tissues cut in half and named, between its two bones (seen through), animated by the
 * cavitation model. Draws only on the clock's frames: at rest it asks for nothing.
 */
export const JointCloseUp = memo(function JointCloseUp({ joint }: JointCloseUpProps) {
  const cut = useMemo(() => facetCutaway(joint), [joint])
  const half = useMemo(() => cutPlane(cut), [cut])
  const boneMaterials = useSeeThroughBoneMaterials()
  const cutBoneMaterials = useCutBoneMaterials(cut)
  const parts = useJointParts(joint)
  const upper = useRef<Group>(null!)
  const film = useRef<Mesh>(null!)
  const cavity = useRef<Mesh>(null!)
  const flash = useRef<Mesh>(null!)
  const { gl: renderer, scene, camera, invalidate } = useThree()
  const { clock, store } = useRuntime()
  const { playback, crackedAt } = useCavitationFeature()
  const fluid = useMemo(() => new Color(), [])

  const detailed = useFacetStore((s) => s.moreDetail)
  // the tissues' names in the current language (the Spanish catalog's close-up overlay), else the English
  const names = useFacetStore((s) => s.catalog.content?.closeUp.tissues)
  const pins = useMemo(
    () =>
      cut.labels.map(({ tissue, at }) => {
        const nameOf = names?.[tissue]?.name ?? JOINT_TISSUES.find((t) => t.id === tissue)?.name
        const name = nameOf?.(cut.upperBone, cut.lowerBone)
        const pin: Pin = {
          text: (detailed ? name?.detailed : name?.plain) ?? tissue,
          className: `label tissue-label tissue-${tissue}`,
          world: new Vector3(...at),
          // the gas pocket is named once it forms
          shown: tissue !== 'cavity',
        }
        return pin
      }),
    [cut, detailed, names],
  )
  // up close the names stand apart; with the camera taken out (Home while the joint is open) they fell on one
  // spot, six read as one smudge (a home user's review, s37): those that would cover another step aside
  usePinnedLabels(pins, 'label-layer tissue-layer', { declutter: true })
  const cavityPin = pins[cut.labels.findIndex((l) => l.tissue === 'cavity')]

  // Draws the view's frames while the joint is open: the still part from a copy, the tissues over it.
  const compositor = useMemo(() => new CloseUpCompositor(), [])
  const { geometries } = useRuntime()
  useEffect(() => {
    // anything the store says can change how the still part looks (hover, groups, labels); a bone's
    // surface arriving swaps its geometry
    const stopStore = store.subscribe(() => compositor.invalidate())
    const stopSurfaces = geometries.subscribe(() => compositor.invalidate())
    // a restored context has lost the copy with everything else
    const restored = () => compositor.invalidate()
    renderer.domElement.addEventListener('webglcontextrestored', restored)
    // the tissues are lit by the view's lights: let them see the tissues' layers
    const lights: Object3D[] = []
    scene.traverse((o) => {
      if ((o as Light).isLight && !o.layers.isEnabled(TISSUE_LAYER)) lights.push(o)
    })
    for (const light of lights) {
      light.layers.enable(TISSUE_LAYER)
      light.layers.enable(STILL_TISSUE_LAYER)
    }
    return () => {
      stopStore()
      stopSurfaces()
      renderer.domElement.removeEventListener('webglcontextrestored', restored)
      for (const light of lights) {
        light.layers.disable(TISSUE_LAYER)
        light.layers.disable(STILL_TISSUE_LAYER)
      }
      compositor.dispose()
    }
  }, [compositor, store, geometries, scene, renderer])
  // priority 1: this draws the frame instead of the view's own render
  useFrame(({ gl, scene: drawn, camera: seen }) => compositor.render(gl, drawn, seen), 1)
  const tissues = useRef<Group>(null!)
  const lowerSide = useRef<Group>(null!)
  useLayoutEffect(() => {
    tissues.current.traverse((o) => o.layers.set(TISSUE_LAYER))
    // the lower side never moves (the upper one lifts off it), so it stays with the still part: half the
    // tissues' cost per frame. Seen from the cut's side the upper side is the nearer one where they overlap.
    lowerSide.current.traverse((o) => o.layers.set(STILL_TISSUE_LAYER))
  }, [])

  useEffect(() => {
    // cuts need the renderer's local clipping; nothing else in the view has planes, so it costs them nothing
    renderer.localClippingEnabled = true
    const firstFrame = renderer.info.render.frame
    // for `npm run bench` and the rest test: the close-up's frame cost (a frame of the pull, and one drawn
    // in full as when the camera moves) and the renders made while it is open
    const lent = lendDebug({
      closeUpRenderMs: (frames: number) =>
        timedFrames(renderer, frames, () => compositor.render(renderer, scene, camera)),
      closeUpFullRenderMs: (frames: number) =>
        timedFrames(renderer, frames, () => {
          compositor.invalidate()
          compositor.render(renderer, scene, camera)
        }),
      closeUpFramesDrawn: () => renderer.info.render.frame - firstFrame,
    })
    compositor.invalidate()
    invalidate()
    return () => {
      lent()
      invalidate()
    }
  }, [renderer, scene, camera, invalidate, compositor])

  // Compiles the opened joint's materials now, before the pull starts (it waits for this): a compile on
  // the first frame of the pull would hold that frame, and the crack's sound with it.
  // The bones' cut materials too, though the bones may still be shells: their surfaces can arrive in the
  // middle of the pull.
  useEffect(() => {
    renderer.compile(scene, camera)
    const warm = new Group()
    warm.add(new Mesh(parts.lowerSide, cutBoneMaterials.outside), new Mesh(parts.lowerSide, cutBoneMaterials.section))
    renderer.compile(warm, camera, scene)
    store.getState().setCloseUpInPlace('shown', joint)
  }, [renderer, scene, camera, store, joint, parts, cutBoneMaterials])

  // Draws the model's state on the clock's frames (the playback is advanced by the feature, first), and
  // asks the view for a frame only then: at rest it draws nothing. Set up once per joint, not per render.
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
      if (cavityPin) cavityPin.shown = cavity.current.visible
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
  }, [clock, playback, crackedAt, invalidate, parts, fluid, cavityPin])

  return (
    <group name="close-up">
      {cut.upperBone && <JointBone bone={cut.upperBone} seeThrough={boneMaterials} cut={cutBoneMaterials} />}
      <JointBone bone={cut.lowerBone} seeThrough={boneMaterials} cut={cutBoneMaterials} />
      <group ref={tissues} position={parts.position} rotation-x={parts.tilt * DEG}>
        <group matrixAutoUpdate={false} matrix={parts.basis}>
          <group ref={lowerSide}>
            <ArticularSide geometry={parts.lowerSide} cut={half} />
            {/* the capsule round the joint does not move either */}
            <mesh rotation-x={Math.PI / 2} scale={[parts.width / 2 + 1.2, parts.height / 2 + 1.2, 1]} position-y={0.4}>
              <torusGeometry args={[1, 0.07, 12, 64]} />
              <meshLambertMaterial color="#f2a541" clippingPlanes={half} side={DoubleSide} />
            </mesh>
          </group>
          <mesh ref={film} geometry={parts.film}>
            <meshLambertMaterial
              color="#6fa8ff"
              transparent
              opacity={0.55}
              clippingPlanes={half}
              side={DoubleSide}
              // one pass, not three's two for a two-sided transparent surface: it is a film a millimetre thick
              forceSinglePass
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
              clippingPlanes={half}
              side={DoubleSide}
              forceSinglePass
            />
          </mesh>
          <group ref={upper}>
            <ArticularSide geometry={parts.upperSide} cut={half} />
          </group>
          <mesh ref={flash} visible={false} position-y={0.4}>
            <sphereGeometry args={[parts.width * 0.45, 24, 12]} />
            <meshBasicMaterial color="#fff7d6" transparent opacity={0.55} depthWrite={false} />
          </mesh>
        </group>
      </group>
    </group>
  )
})

export default JointCloseUp
