import type { CameraControls } from '@react-three/drei/core/CameraControls.js'
import { useThree } from '@react-three/fiber'
import { memo, useEffect, useMemo, useRef } from 'react'
import { MeshStandardMaterial, type Object3D, Vector3 } from 'three'
import type { BoneId } from '../anatomy/ids'
import { shortLabel } from '../anatomy/names'
import { useFacetStore, useRuntime } from '../runtime/react'
import type { CompareView } from '../store/compareSlice'
import { disposeTinted, tintedFacetGeometry } from './compareFacetTint'
import { type CompareTurn, compareDistance, compareRow } from './compareLayout'
import { type Pin, usePinnedLabels } from './pinnedLabels'
import { moveCamera, moveFocalOffset } from './reducedMotion'
import { useStructureGeometry } from './useStructureGeometry'

/**
 * The layer (of three's 32) the compared bones are also on: while comparing, the pointer's ray tests only it,
 * so the hidden spine (still in the scene, only invisible) cannot be hovered or clicked through the row.
 */
export const COMPARE_LAYER = 7
/** Where the camera looks at the row from: in front, a little to the side and above, so the canal shows. */
const VIEW_DIRECTION: readonly [number, number, number] = [0.45, 0.42, 0.79]
/**
 * Where the camera looks from for each view button, lined up with the bones' midline. From above it stands a
 * hair in front of straight up, so the screen's top is the bones' back (the spinous process), the body at the
 * bottom, and the camera's turn about the vertical stays defined. From below and from the side, the bones are
 * turned in their places instead (`compareRow`'s `turn`): a camera under the row would show it right to left,
 * against the table's columns, and lit from behind; one at its side, one bone behind another.
 */
const VIEW_DIRECTIONS: Readonly<Record<CompareView, readonly [number, number, number]>> = {
  above: [0, 1, 0.01],
  below: [0, 1, 0.01],
  front: [0, 0, 1],
  back: [0, 0, 1],
  side: [0, 0, 1],
}
/** How the bones are turned in their places for each view. */
const VIEW_TURNS: Readonly<Record<CompareView, CompareTurn>> = {
  above: 'none',
  below: 'over',
  front: 'none',
  back: 'back',
  side: 'side',
}
const seenFrom = new Vector3()
const lookedAt = new Vector3()
/**
 * How much of the view's height the row fills, and how far up it is shifted (a share of that height): above
 * the table, or, with the table folded away, in the middle above the panel's title strip.
 */
const TABLE_FILL = 0.5
const TABLE_SHIFT = 0.2
const FOLDED_FILL = 0.8
const FOLDED_SHIFT = 0.05

interface CompareBoneProps {
  /** Which bone. */
  id: BoneId
  /** Its place in the row (its own frame's origin, mm). */
  position: readonly [number, number, number]
  /** How it is turned in its place (radians about x, y and z). */
  rotation: readonly [number, number, number]
  /** The material all compared bones share. */
  material: MeshStandardMaterial
}

/**
 * One bone of the row, at full detail (its continuous surface once built), in its own frame, with its upper
 * and lower joint faces in two colours: a copy of the cached geometry's colours only (compareFacetTint.ts),
 * made when the geometry arrives and freed when it is replaced or the bone leaves the row.
 */
const CompareBone = memo(function CompareBone({ id, position, rotation, material }: CompareBoneProps) {
  const shared = useStructureGeometry(id, 1)
  const geometry = useMemo(() => tintedFacetGeometry(shared), [shared])
  useEffect(() => () => disposeTinted(geometry), [geometry])
  return (
    <mesh
      name={`compare:${id}`}
      geometry={geometry}
      material={material}
      position={position as [number, number, number]}
      rotation={rotation as [number, number, number]}
      dispose={null}
      ref={(m) => {
        m?.layers.enable(COMPARE_LAYER)
      }}
    />
  )
})

/**
 * Compare levels in the one 3D view: while two or three bones are compared, everything else in the scene is
 * hidden (lights aside) and the bones stand in a row at real size, sharing one group so that orbiting the
 * camera turns them together. The camera frames the row when comparing starts and goes back to where it was
 * when it ends. Nothing here runs per frame.
 */
export function CompareScene() {
  const ids = useFacetStore((s) => s.compareLevels)
  /** The view a button last asked for (null: the usual one). */
  const asked = useFacetStore((s) => s.compareView)
  const turn = asked ? VIEW_TURNS[asked.view] : 'none'
  const overhead = asked?.view === 'above' || asked?.view === 'below'
  const row = useMemo(() => (ids ? compareRow(ids, turn) : null), [ids, turn])
  const material = useMemo(() => new MeshStandardMaterial({ vertexColors: true, roughness: 0.75, metalness: 0 }), [])
  useEffect(() => () => material.dispose(), [material])
  const scene = useThree((s) => s.scene)
  const raycaster = useThree((s) => s.raycaster)
  const invalidate = useThree((s) => s.invalidate)
  const controls = useThree((s) => s.controls) as CameraControls | null
  const size = useThree((s) => s.size)
  const fov = useThree((s) => ('fov' in s.camera ? (s.camera.fov as number) : 30))
  const { camera, store } = useRuntime()
  const comparing = row !== null
  // each bone's name above it, moving with it as the camera turns (the table's columns are in the same order);
  // seen from above or below, in front of it, so that it sits under the bone and not on its lamina
  const pins = useMemo(
    (): Pin[] =>
      row
        ? row.slots.map((slot) => ({
            text: shortLabel(slot.id),
            className: 'label label-selected',
            world: new Vector3(...(overhead ? slot.labelFront : slot.label)),
            shown: true,
          }))
        : [],
    [row, overhead],
  )
  usePinnedLabels(pins, 'label-layer compare-labels')

  // everything but the row and the lights steps out of sight (and out of the pointer's reach) while comparing
  useEffect(() => {
    if (!comparing) return
    const hidden: Object3D[] = []
    for (const child of scene.children) {
      if (child.name === 'compare' || (child as Object3D & { isLight?: boolean }).isLight || !child.visible) continue
      child.visible = false
      hidden.push(child)
    }
    const mask = raycaster.layers.mask
    raycaster.layers.set(COMPARE_LAYER)
    invalidate()
    return () => {
      for (const child of hidden) child.visible = true
      raycaster.layers.mask = mask
      invalidate()
    }
  }, [comparing, scene, raycaster, invalidate])

  // the camera frames the row, and goes back to the pose it had before when comparing ends
  useEffect(() => {
    if (!comparing || !controls) return
    const before = { position: [...camera.position] as const, target: [...camera.target] as const }
    const selectedBefore = store.getState().compareBefore?.selected ?? null
    return () => {
      void moveFocalOffset(controls, [0, 0, 0], { invalidate, pose: camera })
      // comparing ended by choosing something else: the camera rig frames that instead
      if (store.getState().selected !== selectedBefore) return
      void moveCamera(controls, before.position, before.target, { invalidate, pose: camera })
    }
  }, [comparing, controls, camera, store, invalidate])
  // with the table folded away, the row takes the view's middle and most of its height
  const folded = useFacetStore((s) => s.compareTableFolded)
  /** The row last framed: a new one is framed from the usual side; the same one keeps the side it is seen from. */
  const framed = useRef<typeof row>(null)
  /** The view button's ask last carried out: a new one turns the row to its view. */
  const turnedTo = useRef<typeof asked>(null)
  useEffect(() => {
    if (!row || !controls) return
    const fill = folded ? FOLDED_FILL : TABLE_FILL
    const distance = compareDistance(row.size, fov, size.width / Math.max(1, size.height), fill, overhead)
    // folding the table (or a resize) keeps the side the student turned the row to, from above say
    const [dx, dy, dz] =
      asked && turnedTo.current !== asked
        ? VIEW_DIRECTIONS[asked.view]
        : framed.current === row
          ? controls.getPosition(seenFrom).sub(controls.getTarget(lookedAt)).toArray()
          : VIEW_DIRECTION
    framed.current = row
    turnedTo.current = asked
    const length = Math.hypot(dx, dy, dz) || 1
    // the camera turns round the row's middle, and the picture is shifted so that the row sits in the upper
    // part of the view: the table of dimensions covers the lower part
    const viewHeight = 2 * distance * Math.tan((fov * Math.PI) / 360)
    void moveFocalOffset(controls, [0, (folded ? FOLDED_SHIFT : TABLE_SHIFT) * viewHeight, 0], {
      invalidate,
      pose: camera,
    })
    void moveCamera(
      controls,
      [(dx / length) * distance, (dy / length) * distance, (dz / length) * distance],
      [0, 0, 0],
      { invalidate, pose: camera },
    )
  }, [row, controls, camera, fov, size.width, size.height, invalidate, folded, asked, overhead])

  if (!row) return null
  return (
    <group name="compare">
      {row.slots.map((slot) => (
        <CompareBone key={slot.id} id={slot.id} position={slot.position} rotation={slot.rotation} material={material} />
      ))}
    </group>
  )
}
