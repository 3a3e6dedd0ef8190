import type { ThreeEvent } from '@react-three/fiber'
import { useThree } from '@react-three/fiber'
import { memo, useEffect, useMemo, useSyncExternalStore } from 'react'
import {
  type BufferGeometry,
  DoubleSide,
  LessEqualDepth,
  Matrix4,
  MeshStandardMaterial,
  type Raycaster,
  SphereGeometry,
} from 'three'
import { type ConditionId, conditionView } from '../anatomy/conditionModels'
import type { NerveId } from '../anatomy/neural'
import {
  type ChangedStructure,
  type ConditionMark,
  changedGeometry,
  conditionScene,
  ROOT_HIGHLIGHT,
} from '../geometry/conditions'
import { structureWorldCentre } from '../geometry/world'
import { quizHidesCondition } from '../runtime/quizSession'
import { useFacetStore, useRuntime } from '../runtime/react'
import { conditionInView } from '../store/conditionSlice'
import { isClickInPlace } from './pointerClick'
import { moveCamera } from './reducedMotion'
import { useStructureGeometry } from './useStructureGeometry'
import { warmPrograms } from './warmPrograms'

/** The extra shapes and the highlighted roots are looked at, not picked: clicks go to what they lie on. */
const noRaycast = (_r: Raycaster, _i: unknown[]): void => {}

/** What this layer asks of the rig's camera-controls. */
interface CameraControlsLike {
  setLookAt(px: number, py: number, pz: number, tx: number, ty: number, tz: number, animate: boolean): Promise<void>
}

interface ConditionMaterials {
  solid: MeshStandardMaterial
  seeThrough: MeshStandardMaterial
  root: MeshStandardMaterial
  mark: (colour: readonly [number, number, number]) => MeshStandardMaterial
  sphere: SphereGeometry
  dispose: () => void
}

function createConditionMaterials(): ConditionMaterials {
  const solid = new MeshStandardMaterial({ vertexColors: true, roughness: 0.6, metalness: 0 })
  const seeThrough = new MeshStandardMaterial({
    vertexColors: true,
    roughness: 0.5,
    transparent: true,
    opacity: 0.5,
    depthWrite: false,
    side: DoubleSide,
  })
  // drawn over the root's own mesh (same geometry, same depth): it wins the depth test and the colour shows
  const root = new MeshStandardMaterial({ roughness: 0.45, depthFunc: LessEqualDepth })
  root.color.setRGB(ROOT_HIGHLIGHT[0], ROOT_HIGHLIGHT[1], ROOT_HIGHLIGHT[2])
  root.emissive.setRGB(ROOT_HIGHLIGHT[0], ROOT_HIGHLIGHT[1], ROOT_HIGHLIGHT[2])
  root.emissiveIntensity = 0.55
  const marks = new Map<string, MeshStandardMaterial>()
  const sphere = new SphereGeometry(1, 24, 16)
  return {
    solid,
    seeThrough,
    root,
    sphere,
    mark(colour) {
      const key = colour.join(',')
      let m = marks.get(key)
      if (!m) {
        m = new MeshStandardMaterial({ roughness: 0.7 })
        m.color.setRGB(colour[0], colour[1], colour[2])
        marks.set(key, m)
      }
      return m
    },
    dispose() {
      solid.dispose()
      seeThrough.dispose()
      root.dispose()
      sphere.dispose()
      for (const m of marks.values()) m.dispose()
    },
  }
}

/** One changed structure: its full-detail geometry, placed, deformed and tinted by the condition. */
const ChangedMesh = memo(function ChangedMesh({
  change,
  materials,
}: {
  change: ChangedStructure
  materials: ConditionMaterials
}) {
  const source = useStructureGeometry(change.id, 1)
  const geometry = useMemo(() => changedGeometry(source, change), [source, change])
  useEffect(() => () => geometry.dispose(), [geometry])
  const select = useFacetStore((s) => s.select)
  const hover = useFacetStore((s) => s.hover)
  const { store, camera: pose } = useRuntime()
  return (
    <mesh
      name={`condition:${change.id}`}
      geometry={geometry}
      material={change.opacity < 1 ? materials.seeThrough : materials.solid}
      renderOrder={change.opacity < 1 ? 2 : 0}
      matrixAutoUpdate={false}
      dispose={null}
      onPointerOver={(e: ThreeEvent<PointerEvent>) => {
        e.stopPropagation()
        hover(change.id)
      }}
      onPointerOut={() => {
        if (store.getState().hovered === change.id) hover(null)
      }}
      onClick={(e: ThreeEvent<MouseEvent>) => {
        e.stopPropagation()
        if (isClickInPlace(e, pose)) select(change.id)
      }}
    />
  )
})

/** A root the condition presses on, drawn over itself in the highlight colour once its geometry is built. */
function RootHighlight({ id, materials }: { id: NerveId; materials: ConditionMaterials }) {
  const { neural } = useRuntime()
  useSyncExternalStore(neural.subscribe, neural.version)
  const geometry: BufferGeometry | null = neural.get(id)
  if (!geometry) return null
  return (
    <mesh
      name={`condition-root:${id}`}
      geometry={geometry}
      material={materials.root}
      renderOrder={3}
      raycast={noRaycast}
      matrixAutoUpdate={false}
      dispose={null}
    />
  )
}

const markMatrix = (m: ConditionMark): Matrix4 => {
  const [a, b, c] = m.axes
  const [ra, rb, rc] = m.radii
  return new Matrix4().set(
    a[0] * ra,
    b[0] * rb,
    c[0] * rc,
    m.centre[0],
    a[1] * ra,
    b[1] * rb,
    c[1] * rc,
    m.centre[1],
    a[2] * ra,
    b[2] * rb,
    c[2] * rc,
    m.centre[2],
    0,
    0,
    0,
    1,
  )
}

function ConditionShapes({ id, materials }: { id: ConditionId; materials: ConditionMaterials }) {
  const neural = useRuntime().neural
  const roots = useMemo(() => conditionView(id).roots, [id])
  // the roots it presses on are built even when the nerves layer is hidden; a herniation is shaped against its
  // root's surface, so it waits for the root (the neural worker builds it)
  useEffect(() => {
    if (roots.length) neural.want(roots)
  }, [roots, neural])
  // re-rendered on each arrival, until the roots are there
  useSyncExternalStore(neural.subscribe, neural.version)
  const ready = roots.every((r) => neural.get(r) !== null)
  // built once per condition shown, when its roots are there (the deformations run as each structure's geometry arrives)
  const scene = useMemo(
    () => (ready ? conditionScene(id, (r) => neural.get(r)?.getAttribute('position').array ?? []) : null),
    [id, ready, neural],
  )
  const marks = useMemo(() => scene?.marks.map((m) => ({ mark: m, matrix: markMatrix(m) })) ?? [], [scene])
  const hideRoots = useFacetStore(quizHidesCondition)
  if (!scene) return null
  return (
    <group name={`condition:${id}`}>
      {scene.changed.map((c) => (
        <ChangedMesh key={c.id} change={c} materials={materials} />
      ))}
      {/* while a self-test asks which root is pressed, the highlight would give the answer away */}
      {!hideRoots && scene.roots.map((r) => <RootHighlight key={r} id={r} materials={materials} />)}
      {marks.map(({ mark, matrix }, i) => (
        <mesh
          // the marks of one condition never change order
          // biome-ignore lint/suspicious/noArrayIndexKey: a condition's marks are a fixed list
          key={i}
          name={`condition-mark:${mark.kind}`}
          geometry={materials.sphere}
          material={materials.mark(mark.colour)}
          matrix={matrix}
          matrixAutoUpdate={false}
          raycast={noRaycast}
          dispose={null}
        />
      ))}
    </group>
  )
}

/**
 * The condition shown on the spine: the structures it changes, drawn changed in place of the normal ones
 * (which SpineModel and the batch leave out meanwhile), the roots it presses on highlighted, and its
 * extra shapes. Out of the way while the crack close-up or a stretch has the spine. Draws one frame on
 * each change; nothing runs per frame.
 */
export function ConditionLayer() {
  const pose = useRuntime().camera
  const id = useFacetStore((s) => (conditionInView(s) ? (s.condition?.id ?? null) : null))
  const invalidate = useThree((s) => s.invalidate)
  // the camera-controls the rig made the default: turned to where the condition's change can be seen
  const controls = useThree((s) => s.controls) as unknown as CameraControlsLike | null
  const materials = useMemo(() => createConditionMaterials(), [])
  useEffect(() => () => materials.dispose(), [materials])
  // the condition's programs link while the neural worker builds the roots its shapes wait for
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const scene = useThree((s) => s.scene)
  useEffect(() => {
    void warmPrograms(gl, camera, scene, [materials.solid, materials.seeThrough, materials.root])
  }, [gl, camera, scene, materials])
  // one frame shows the change (the condition's meshes arriving or going); `id` is what changed
  useEffect(() => {
    if (id !== undefined) invalidate()
  }, [id, invalidate])
  useEffect(() => {
    if (!id || !controls) return
    const { focus, look } = conditionView(id)
    const c = structureWorldCentre(focus)
    const [x, y, z] = look.from
    const n = Math.hypot(x, y, z)
    const d = look.distance / n
    void moveCamera(controls, [c.x + x * d, c.y + y * d, c.z + z * d], [c.x, c.y, c.z], { invalidate, pose })
  }, [id, controls, invalidate, pose])
  return id ? <ConditionShapes key={id} id={id} materials={materials} /> : null
}
