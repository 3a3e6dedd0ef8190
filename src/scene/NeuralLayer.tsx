import type { ThreeEvent } from '@react-three/fiber'
import { useFrame, useThree } from '@react-three/fiber'
import { memo, useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { type BufferGeometry, Mesh, type PerspectiveCamera, Raycaster, Vector2, Vector3 } from 'three'
import { NEURAL_IDS, NEURAL_SHOWN_AT_START, type NeuralId } from '../anatomy/neural'
import { drawOnly, FAR_PIXELS_PER_MM, mergeNeuralGeometries, type NeuralBatchGeometry } from '../geometry/neuralBatch'
import { useAfterFirstFrame, useFacetStore, useRuntime } from '../runtime/react'
import { type FacetState, neuralDisplay, shownConditionRoots } from '../store'
import { createNeuralMaterials, NEURAL_SKIP, type NeuralHighlight, type NeuralMaterials } from './neuralResources'
import { isClickInPlace } from './pointerClick'
import { warmPrograms } from './warmPrograms'

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

const highlightOf = (s: FacetState, id: NeuralId): NeuralHighlight =>
  s.selected === id ? 'selected' : s.hovered === id ? 'hovered' : 'none'
/** Whether the batch draws it: shown and not highlighted; anything else is drawn by its own mesh. */
const batchDraws = (s: FacetState, id: NeuralId): boolean =>
  neuralDisplay(s, id) === 'shown' && highlightOf(s, id) === 'none'
/** The batch draws only the structures shown at all (its state texture skips the few highlighted). */
const drawShown = (batch: NeuralBatchGeometry, s: FacetState, far: boolean): number =>
  drawOnly(batch, (i) => neuralDisplay(s, NEURAL_IDS[i] as NeuralId) === 'shown', far)
const INDEX = new Map<NeuralId, number>(NEURAL_IDS.map((id, i) => [id, i]))

interface NeuralMeshProps {
  /** Which structure. */
  id: NeuralId
  /** Its geometry (world frame, overview detail), owned by the runtime's neural geometries. */
  geometry: BufferGeometry
  /** The shared materials of the view. */
  materials: NeuralMaterials
  /** In the batch (which then draws it while it is shown and not highlighted; this mesh only answers the pointer). */
  batched: boolean
}

/** One structure: its geometry in place (world frame), a shared material for its state, the pointer bound to the store. */
const NeuralMesh = memo(function NeuralMesh({ id, geometry, materials, batched }: NeuralMeshProps) {
  const display = useFacetStore((s) => neuralDisplay(s, id))
  const highlight = useFacetStore((s) => highlightOf(s, id))
  const select = useFacetStore((s) => s.select)
  const hover = useFacetStore((s) => s.hover)
  // out of sight while a stretch moves the spine or a joint is opened, so out of reach too
  const stepsAside = useFacetStore((s) => s.stretchPlaying || s.closeUpJoint !== null)
  const { store, camera: pose } = useRuntime()
  const pickable = display === 'shown' && !stepsAside
  return (
    <mesh
      name={id}
      geometry={geometry}
      material={
        batched && display === 'shown' && highlight === 'none'
          ? materials.pickOnly
          : materials.material(highlight, display)
      }
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
        if (isClickInPlace(e, pose)) select(id)
      }}
    >
      {highlight === 'selected' && display !== 'hidden' && (
        <mesh
          name={`${id}:seen-through`}
          geometry={geometry}
          material={materials.seenThrough}
          renderOrder={3}
          raycast={noRaycast}
          dispose={null}
        />
      )}
    </mesh>
  )
})

/**
 * The cord, cauda equina, nerve roots, ligaments, sacroiliac joints and ilia, drawn in the world frame of
 * the standing spine. Geometries come from the runtime's neural worker for the layers being shown (the
 * sacroiliac joints and ilia once the page has settled, see `FacetRuntime.settled`; the nerves and ligaments when first shown); a
 * structure is mounted once its geometry has arrived and then only shown, ghosted or hidden. They are in
 * the standing pose, so they step aside while a stretch moves the spine (the layers panel says why).
 */
export function NeuralLayer() {
  const { neural, settled } = useRuntime()
  const afterFirstFrame = useAfterFirstFrame()
  const arrivals = useSyncExternalStore(neural.subscribe, neural.version)
  const groups = useFacetStore((s) => s.groups)
  const selected = useFacetStore((s) => s.selected)
  const pins = useFacetStore((s) => s.pins)
  // in the standing pose, so out of place while a stretch moves the spine; and in the way of an opened
  // joint's close-up (a root passes just in front of each facet joint)
  const stepsAside = useFacetStore((s) => s.stretchPlaying || s.closeUpJoint !== null)
  const invalidate = useThree((s) => s.invalidate)
  const camera = useThree((s) => s.camera)
  const scene = useThree((s) => s.scene)
  const gl = useThree((s) => s.gl)
  const { store } = useRuntime()
  const materials = useMemo(() => createNeuralMaterials(), [])
  useEffect(() => () => materials.dispose(), [materials])

  // Everything built, merged into one geometry drawn in one call, once the worker has nothing left to build
  // (until then each arrival is drawn by its own mesh): merged again only when more has been built since.
  const merged = useRef<{ batch: NeuralBatchGeometry; ids: ReadonlySet<NeuralId> } | null>(null)
  // (read on each render: `arrivals` above re-renders this component whenever they change)
  const built = neural.builtCount()
  const complete = neural.pending() === 0 && built > 0
  const batch = useMemo(() => {
    if (!complete) return merged.current
    if (merged.current?.ids.size === built) return merged.current
    const parts: { index: number; geometry: BufferGeometry }[] = []
    for (const id of NEURAL_IDS) {
      const geometry = neural.get(id)
      if (geometry) parts.push({ index: INDEX.get(id) ?? 0, geometry })
    }
    merged.current?.batch.geometry.dispose()
    merged.current = {
      batch: mergeNeuralGeometries(parts),
      ids: new Set(parts.map((p) => NEURAL_IDS[p.index] as NeuralId)),
    }
    return merged.current
  }, [complete, neural, built])
  useEffect(
    () => () => {
      merged.current?.batch.geometry.dispose()
      merged.current = null
    },
    [],
  )

  // Seen from afar (a millimetre under FAR_PIXELS_PER_MM on screen, as in the home view) the batch draws
  // each structure's far triangles, a third as many, within a pixel of the full ones: on a software
  // renderer the frame's cost follows its vertices, and the nerves and ligaments nearly doubled it.
  const far = useRef(false)
  const size = useThree((s) => s.size)
  useFrame(({ camera: seen }) => {
    const box = batch?.batch.geometry.boundingBox
    const fov = (seen as PerspectiveCamera).fov
    if (!box || fov === undefined) return
    // from the nearest point of the whole batch: up close to any of it, everything is drawn in full
    const distance = Math.max(1, box.distanceToPoint(seen.position))
    const pixelsPerMm = size.height / 2 / (Math.tan((fov * Math.PI) / 360) * distance)
    const afar = pixelsPerMm < FAR_PIXELS_PER_MM
    if (afar === far.current) return
    far.current = afar
    drawShown(batch.batch, store.getState(), afar)
  })

  // which structures the batch draws, per structure in its state texture: written on every change of what
  // is shown, ghosted, hovered or selected (outside React's render), then one frame is drawn
  useEffect(() => {
    let drawnFor: FacetState | null = null
    const write = (s: FacetState) => {
      const data = materials.states.image.data as Uint8Array
      NEURAL_IDS.forEach((id, i) => {
        data[i] = batch?.ids.has(id) && batchDraws(s, id) ? 0 : NEURAL_SKIP
      })
      materials.states.needsUpdate = true
      // what is not shown at all is left out of the draw (the texture above skips the few highlighted)
      if (
        batch &&
        (s.groups !== drawnFor?.groups ||
          s.selected !== drawnFor.selected ||
          s.pins !== drawnFor.pins ||
          shownConditionRoots(s) !== shownConditionRoots(drawnFor))
      ) {
        drawShown(batch.batch, s, far.current)
        drawnFor = s
      }
      invalidate()
    }
    write(store.getState())
    return store.subscribe((s, p) => {
      if (
        s.groups !== p.groups ||
        s.selected !== p.selected ||
        s.hovered !== p.hovered ||
        s.pins !== p.pins ||
        shownConditionRoots(s) !== shownConditionRoots(p)
      )
        write(s)
    })
  }, [batch, materials, store, invalidate])

  // the programs that draw the structures, linked once (scene/warmPrograms.ts)
  const warmed = useRef<Promise<void> | null>(null)

  // what is shown (or selected) is built, in the list's order: the cord before the roots, top to bottom
  useEffect(() => {
    if (!afterFirstFrame) return
    const warm = (): Promise<void> => {
      if (warmed.current) return warmed.current
      const drawnWith = [materials.material('none', 'shown'), materials.material('none', 'ghosted'), materials.batch]
      warmed.current = warmPrograms(gl, camera, scene, drawnWith)
      return warmed.current
    }
    const wanted = NEURAL_IDS.filter((id) => neuralDisplay({ groups, selected, pins }, id) !== 'hidden')
    // what is shown by default (the median atlanto-axial joint, the sacroiliac joints and ilia) waits for the
    // page to settle; anything the visitor asked for (a layer, a selection) is built at once, the defaults with it
    const asked = wanted.some((id) => !NEURAL_SHOWN_AT_START.includes(id))
    if (asked) {
      // the worker builds while the programs link
      void warm()
      neural.want(wanted)
      return
    }
    // the defaults are in no hurry: their programs link first, so the frame that shows them does not wait
    let live = true
    void settled
      .then(() => (wanted.length > 0 ? warm() : undefined))
      .then(() => {
        if (live) neural.want(wanted)
      })
    return () => {
      live = false
    }
  }, [afterFirstFrame, groups, selected, pins, neural, settled, materials, gl, camera, scene])

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
    // hidden while a stretch moves the spine or a joint is opened (a prop change draws a frame)
    <group name="neural" visible={!stepsAside}>
      {batch && (
        <mesh
          name="neural-batch"
          geometry={batch.batch.geometry}
          material={materials.batch}
          raycast={noRaycast}
          matrixAutoUpdate={false}
          dispose={null}
        />
      )}
      {NEURAL_IDS.map((id) => {
        const geometry = neural.get(id)
        return geometry ? (
          <NeuralMesh
            key={id}
            id={id}
            geometry={geometry}
            materials={materials}
            batched={batch?.ids.has(id) === true}
          />
        ) : null
      })}
    </group>
  )
}
