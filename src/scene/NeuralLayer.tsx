import type { ThreeEvent } from '@react-three/fiber'
import { useThree } from '@react-three/fiber'
import { memo, useEffect, useMemo, useSyncExternalStore } from 'react'
import { type BufferGeometry, Mesh, Raycaster, Vector2, Vector3 } from 'three'
import { NEURAL_IDS, type NeuralId } from '../anatomy/neural'
import { useAfterFirstFrame, useFacetStore, useRuntime } from '../runtime/react'
import { structureDisplay } from '../store'
import { createNeuralMaterials, type NeuralHighlight, type NeuralMaterials } from './neuralResources'

/** Ghosted structures let clicks through to what lies behind them. */
const noRaycast = (_r: Raycaster, _i: unknown[]): void => {}
const raycaster = /*@__PURE__*/ new Raycaster()
const sample = /*@__PURE__*/ new Vector3()
const ndc = /*@__PURE__*/ new Vector3()
const pointer = /*@__PURE__*/ new Vector2()
/** Points of a structure tried, at most, when looking for one a click would land on. */
const SAMPLES = 160
/** A point and the pixels round it, all of which must land on the structure. */
const NEIGHBOURS: readonly (readonly [number, number])[] = [
  [0, 0],
  [-1, 0],
  [1, 0],
  [0, -1],
  [0, 1],
]

interface NeuralMeshProps {
  /** Which structure. */
  id: NeuralId
  /** Its geometry (world frame, overview detail), owned by the runtime's neural geometries. */
  geometry: BufferGeometry
  /** The shared materials of the view. */
  materials: NeuralMaterials
}

/** One structure: its geometry in place (world frame), a shared material for its state, the pointer bound to the store. */
const NeuralMesh = memo(function NeuralMesh({ id, geometry, materials }: NeuralMeshProps) {
  // the selection is drawn even when its layer is hidden: a root chosen in the list or a link is seen
  const display = useFacetStore((s) => (s.selected === id ? 'shown' : structureDisplay(s.groups, id)))
  const highlight: NeuralHighlight = useFacetStore((s) =>
    s.selected === id ? 'selected' : s.hovered === id ? 'hovered' : 'none',
  )
  const select = useFacetStore((s) => s.select)
  const hover = useFacetStore((s) => s.hover)
  // out of sight while a stretch moves the spine, so out of reach too
  const stretching = useFacetStore((s) => s.stretchPlaying)
  const { store } = useRuntime()
  const pickable = display === 'shown' && !stretching
  return (
    <mesh
      name={id}
      geometry={geometry}
      material={materials.material(highlight, display)}
      visible={display !== 'hidden'}
      renderOrder={display === 'ghosted' ? 1 : 0}
      raycast={pickable ? Mesh.prototype.raycast : noRaycast}
      matrixAutoUpdate={false}
      dispose={null}
      onPointerOver={(e: ThreeEvent<PointerEvent>) => {
        e.stopPropagation()
        hover(id)
      }}
      onPointerOut={() => {
        if (store.getState().hovered === id) hover(null)
      }}
      onClick={(e: ThreeEvent<MouseEvent>) => {
        e.stopPropagation()
        select(id)
      }}
    />
  )
})

/**
 * The cord, cauda equina, nerve roots, ligaments, sacroiliac joints and ilia, drawn in the world frame of
 * the standing spine. Geometries come from the runtime's neural worker for the layers being shown (the
 * sacroiliac joints and ilia right after the first frame, the nerves and ligaments when first shown); a
 * structure is mounted once its geometry has arrived and then only shown, ghosted or hidden. They are in
 * the standing pose, so they step aside while a stretch moves the spine (the layers panel says why).
 */
export function NeuralLayer() {
  const { neural } = useRuntime()
  const afterFirstFrame = useAfterFirstFrame()
  const arrivals = useSyncExternalStore(neural.subscribe, neural.version)
  const groups = useFacetStore((s) => s.groups)
  const selected = useFacetStore((s) => s.selected)
  const stretching = useFacetStore((s) => s.stretchPlaying)
  const invalidate = useThree((s) => s.invalidate)
  const camera = useThree((s) => s.camera)
  const scene = useThree((s) => s.scene)
  const gl = useThree((s) => s.gl)
  const materials = useMemo(() => createNeuralMaterials(), [])
  useEffect(() => () => materials.dispose(), [materials])

  // what is shown (or selected) is built, in the list's order: the cord before the roots, top to bottom
  useEffect(() => {
    if (!afterFirstFrame) return
    const wanted = NEURAL_IDS.filter((id) => id === selected || structureDisplay(groups, id) !== 'hidden')
    neural.want(wanted)
  }, [afterFirstFrame, groups, selected, neural])

  // a structure arrived: draw the frame that shows it (the view draws nothing otherwise)
  useEffect(() => {
    if (arrivals > 0) invalidate()
  }, [arrivals, invalidate])

  // lends the automation API a point where a click lands on a structure (as the bones' bridge does)
  useEffect(() => {
    const rect = () => gl.domElement.getBoundingClientRect()
    /** What a click at a page point would land on first (a shown structure that answers the pointer). */
    const firstAt = (x: number, y: number): string | null => {
      const r = rect()
      pointer.set(((x - r.left) / r.width) * 2 - 1, 1 - ((y - r.top) / r.height) * 2)
      raycaster.setFromCamera(pointer, camera)
      const first = raycaster
        .intersectObject(scene, true)
        .find((hit) => hit.object.visible && hit.object.type === 'Mesh' && hit.object.raycast !== noRaycast)
      return first?.object.name ?? null
    }
    return neural.lendPicker({
      visiblePoint(id) {
        const mesh = scene.getObjectByName(id) as Mesh | undefined
        if (!mesh?.visible || mesh.raycast === noRaycast) return null
        const position = mesh.geometry.getAttribute('position')
        const centre = mesh.geometry.boundingSphere?.center
        const r = rect()
        const step = Math.max(1, Math.floor(position.count / SAMPLES))
        for (let i = 0; i < position.count; i += step) {
          // a little toward the middle of the structure, so the ray hits it and not past its edge
          sample.fromBufferAttribute(position, i)
          if (centre) sample.lerp(centre, 0.15)
          ndc.copy(sample).project(camera)
          if (ndc.z >= 1 || Math.abs(ndc.x) > 0.98 || Math.abs(ndc.y) > 0.98) continue
          // a whole pixel with its neighbours on the structure too: a root meets the cauda equina where it
          // leaves it, and a point on that seam could land on either
          const x = Math.round(r.left + ((ndc.x + 1) / 2) * r.width)
          const y = Math.round(r.top + ((1 - ndc.y) / 2) * r.height)
          if (NEIGHBOURS.every(([dx, dy]) => firstAt(x + dx, y + dy) === id)) return { x, y }
        }
        return null
      },
    })
  }, [neural, scene, camera, gl])

  return (
    // hidden while a stretch moves the spine: they are in the standing pose (a prop change draws a frame)
    <group name="neural" visible={!stretching}>
      {NEURAL_IDS.map((id) => {
        const geometry = neural.get(id)
        return geometry ? <NeuralMesh key={id} id={id} geometry={geometry} materials={materials} /> : null
      })}
    </group>
  )
}
