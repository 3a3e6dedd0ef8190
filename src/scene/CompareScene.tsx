import type { CameraControls } from '@react-three/drei/core/CameraControls.js'
import { useThree } from '@react-three/fiber'
import { memo, useEffect, useMemo, useRef } from 'react'
import { MeshStandardMaterial, type Object3D, Vector3 } from 'three'
import type { BoneId } from '../anatomy/ids'
import { shortLabel } from '../anatomy/names'
import { useFacetStore, useRuntime } from '../runtime/react'
import { compareDistance, compareRow } from './compareLayout'
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
  /** The material all compared bones share. */
  material: MeshStandardMaterial
}

/** One bone of the row, at full detail (its continuous surface once built), in its own frame. */
const CompareBone = memo(function CompareBone({ id, position, material }: CompareBoneProps) {
  const geometry = useStructureGeometry(id, 1)
  return (
    <mesh
      name={`compare:${id}`}
      geometry={geometry}
      material={material}
      position={position as [number, number, number]}
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
  const row = useMemo(() => (ids ? compareRow(ids) : null), [ids])
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
  // each bone's name above it, moving with it as the camera turns (the table's columns are in the same order)
  const pins = useMemo(
    (): Pin[] =>
      row
        ? row.slots.map((slot) => ({
            text: shortLabel(slot.id),
            className: 'label label-selected',
            world: new Vector3(...slot.label),
            shown: true,
          }))
        : [],
    [row],
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
  useEffect(() => {
    if (!row || !controls) return
    const fill = folded ? FOLDED_FILL : TABLE_FILL
    const distance = compareDistance(row.size, fov, size.width / Math.max(1, size.height), fill)
    // folding the table (or a resize) keeps the side the student turned the row to, from above say
    const [dx, dy, dz] =
      framed.current === row
        ? controls.getPosition(seenFrom).sub(controls.getTarget(lookedAt)).toArray()
        : VIEW_DIRECTION
    framed.current = row
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
  }, [row, controls, camera, fov, size.width, size.height, invalidate, folded])

  if (!row) return null
  return (
    <group name="compare">
      {row.slots.map((slot) => (
        <CompareBone key={slot.id} id={slot.id} position={slot.position} material={material} />
      ))}
    </group>
  )
}
