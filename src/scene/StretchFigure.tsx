import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { Box3, DoubleSide, type Group, type Mesh, MeshStandardMaterial, type PerspectiveCamera, Vector3 } from 'three'
import { isUpright } from '../anatomy/bodySegments'
import { figureActionFor } from '../content/figureActions'
import { stretchById } from '../content/stretches'
import { createMannequinGeometries, FIGURE_SEGMENTS, type FigurePose, figurePoser } from '../geometry/mannequin'
import type { Keyframe } from '../physics/stretchPlayback'
import { useFacetStore, useRuntime } from '../runtime/react'
import { lendDebug } from './facetDebug'
import { moveCamera } from './reducedMotion'

/** One translucent material for the whole person, drawn over the spine without hiding it. */
const FIGURE_MATERIAL = new MeshStandardMaterial({
  color: '#e7c9a9',
  roughness: 0.8,
  transparent: true,
  opacity: 0.3,
  depthWrite: false,
})
const FLOOR_MATERIAL = new MeshStandardMaterial({
  color: '#8a9bb0',
  roughness: 1,
  transparent: true,
  opacity: 0.35,
  depthWrite: false,
  side: DoubleSide,
})
/** The person and its floor do not answer the pointer: clicks go to the spine inside. */
const noRaycast = () => {}

interface ViewControls {
  setLookAt(...args: [number, number, number, number, number, number, boolean]): Promise<void>
  updateCameraUp(): void
  getPosition(out: Vector3): Vector3
  getTarget(out: Vector3): Vector3
  maxDistance: number
}

/**
 * The person doing the open stretch round the spine: mounted once the card has played, until it closes or the
 * user hides it (runtime/stretch.ts). It moves while the stretch plays and rests in its start pose after, in
 * sight: the view turns so the floor is level on screen and takes in the whole body, and without the body a
 * small spine lay on its side in it (an exam-room review). The view goes back when the card closes or the
 * person is hidden.
 */
export function StretchFigure() {
  const { stretch } = useRuntime()
  const figure = useSyncExternalStore(stretch.onFigure, stretch.figure)
  const open = useFacetStore((s) => s.openStretchId)
  const card = figure.cardId !== null && figure.cardId === open ? stretchById(figure.cardId) : undefined
  if (!card?.motion) return null
  return <Person key={card.id} cardId={card.id} />
}

function Person({ cardId }: { cardId: string }) {
  const { stretch, clock, store, camera: pose } = useRuntime()
  const invalidate = useThree((s) => s.invalidate)
  const controls = useThree((s) => s.controls) as unknown as ViewControls | null
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const size = useThree((s) => s.size)
  const meshes = useRef<(Mesh | null)[]>([])
  const group = useRef<Group>(null!)
  const card = stretchById(cardId)
  const position = card?.position ?? 'standing'

  // every keyframe's pose, made once for the card: the frame loop only looks them up
  const { poses, rest } = useMemo(() => {
    const playback = stretch.prepare(cardId)
    const frames = playback?.keyframes ?? []
    const pose = figurePoser(position, frames, figureActionFor(cardId))
    return { poses: new Map<Keyframe, FigurePose>(frames.map((k) => [k, pose(k)])), rest: pose(null) }
  }, [stretch, cardId, position])
  const geometries = useMemo(() => createMannequinGeometries(), [])
  useEffect(() => () => geometries.dispose(), [geometries])

  // follows the stretch on the clock's frames; at rest (stopped, or not yet played again) the pose at rest
  useEffect(() => {
    let shown: FigurePose | null = null
    const show = (pose: FigurePose) => {
      if (pose === shown) return
      shown = pose
      for (let i = 0; i < FIGURE_SEGMENTS.length; i++) {
        const mesh = meshes.current[i]
        const id = FIGURE_SEGMENTS[i]
        if (!mesh || !id) continue
        mesh.matrix.copy(pose.matrices[id])
        mesh.matrixWorldNeedsUpdate = true
      }
      invalidate()
    }
    const current = () => {
      const active = stretch.active()
      return (active && poses.get(active.current())) ?? rest
    }
    show(current())
    const stopFrames = clock.onFrame(() => show(current()))
    // when the stretch stops, back to the start pose (the clock's frames have ended)
    const stopStore = store.subscribe((s, p) => {
      if (s.stretchPlaying !== p.stretchPlaying) show(current())
    })
    const lent = lendDebug({
      figure: () => ({
        shown: group.current.visible,
        position,
        head: [...(shown ?? rest).points.head],
        hands: [...(shown ?? rest).points.hands.left],
      }),
    })
    return () => {
      stopFrames()
      stopStore()
      lent()
    }
  }, [clock, store, stretch, poses, rest, invalidate, position])

  // the view: the floor level on screen, the whole person in it; back to where it was when the person goes
  useEffect(() => {
    if (!controls) return
    const before = { position: controls.getPosition(new Vector3()), target: controls.getTarget(new Vector3()) }
    const up = new Vector3(...rest.floor.up)
    camera.up.copy(up)
    controls.updateCameraUp()
    const { pelvis, head, chest, feet, knees, hands } = rest.points
    // a neck stretch moves the head on the chest: framed on the head and the upper chest, where a whole seated
    // body left the movement a few pixels (a clinician's review, s36); any other, the whole body
    const neck = card?.region === 'cervical'
    const points = neck
      ? [head, chest]
      : [pelvis, head, ...Object.values(feet), ...Object.values(knees), ...Object.values(hands)]
    // the middle of the body's box, not the mean of its points: feet, knees and hands count twice each, and the
    // mean sat toward the legs (on a phone the head went near the edge and the mat off it)
    const corners = points.map((p) => new Vector3(...p))
    const centre = new Box3().setFromPoints(corners).getCenter(new Vector3())
    const radius = Math.max(...corners.map((p) => centre.distanceTo(p))) + (neck ? 160 : 200)
    const vFov = (camera.fov * Math.PI) / 180
    const hFov = 2 * Math.atan(Math.tan(vFov / 2) * (size.width / Math.max(1, size.height)))
    const distance = Math.min(8000, Math.max(neck ? 500 : 1400, radius / Math.tan(Math.min(vFov, hFov) / 2)))
    // the whole body may need the camera further out than the spine alone allows
    const maxBefore = controls.maxDistance
    controls.maxDistance = Math.max(maxBefore, distance + 100)
    // upright: from the front, a little to the person's left; lying or kneeling: from the side and above (lower,
    // as a clinician's review asked in s36, the near side's nerve roots hid the cord behind them)
    // upright with a movement only forward and back (a chin tuck, a back bend): from the side, where it shows
    const motion = card?.motion
    const sagittal = motion != null && motion.rotation === 0 && motion.sideBend === 0
    const from = !isUpright(position)
      ? new Vector3(1, 0, 0).addScaledVector(up, 0.8)
      : sagittal
        ? new Vector3(1, 0.12, 0.35)
        : new Vector3(0.45, 0.12, 1)
    from.normalize().multiplyScalar(distance).add(centre)
    const view = { invalidate, pose }
    void moveCamera(controls, [from.x, from.y, from.z], [centre.x, centre.y, centre.z], view)
    return () => {
      camera.up.set(0, 1, 0)
      controls.updateCameraUp()
      void moveCamera(controls, before.position.toArray(), before.target.toArray(), view).then(() => {
        controls.maxDistance = maxBefore
      })
    }
  }, [controls, camera, pose, rest, position, card, size.width, size.height, invalidate])

  return (
    <group ref={group}>
      {FIGURE_SEGMENTS.map((id, i) => (
        <mesh
          key={id}
          ref={(m) => {
            meshes.current[i] = m
          }}
          name={`figure:${id}`}
          geometry={geometries.segments[id]}
          material={FIGURE_MATERIAL}
          matrixAutoUpdate={false}
          matrix={rest.matrices[id]}
          renderOrder={10}
          raycast={noRaycast}
        />
      ))}
      <mesh
        name="figure:floor"
        geometry={geometries.seat}
        material={FLOOR_MATERIAL}
        matrixAutoUpdate={false}
        matrix={rest.floor.matrix}
        renderOrder={9}
        raycast={noRaycast}
      />
      {rest.roller && (
        <mesh
          name="figure:roller"
          geometry={geometries.roller}
          material={FLOOR_MATERIAL}
          matrixAutoUpdate={false}
          matrix={rest.roller}
          renderOrder={9}
          raycast={noRaycast}
        />
      )}
      {rest.seat && (
        <>
          <mesh
            name="figure:seat"
            geometry={geometries.seat}
            material={FLOOR_MATERIAL}
            position={rest.seat.centre as [number, number, number]}
            scale={rest.seat.size as [number, number, number]}
            renderOrder={9}
            raycast={noRaycast}
          />
          <mesh
            name="figure:chair-back"
            geometry={geometries.seat}
            material={FLOOR_MATERIAL}
            position={rest.seat.back.centre as [number, number, number]}
            scale={rest.seat.back.size as [number, number, number]}
            renderOrder={9}
            raycast={noRaycast}
          />
        </>
      )}
    </group>
  )
}
