import { Box3, type BufferGeometry, Matrix4, Vector3 } from 'three'
import type { AnyStructureId, StructureId } from '../anatomy/ids'
import { closeUpAnchor } from '../anatomy/structures'
import { createStructureGeometry } from './cache'
import { arrivedOverviewArrays } from './overview'
import { structureMatrix } from './pose'
import { fromArrays } from './transfer'

export { structureMatrix, structurePose } from './pose'

/**
 * The extent of a structure's overview mesh in its own frame: numbers that never change, kept once
 * worked out (like the centres and neighbourhoods below). Read from the overview the worker made when it
 * has arrived, else from a geometry made here for the purpose; no geometry is kept.
 */
interface Bounds {
  readonly box: Box3
  readonly radius: number
  /** Where a level label sits when seen from the front and from behind (world, mm): see `levelLabelPoint`. */
  readonly front: Vector3
  readonly back: Vector3
  /** The middle of the box (world, mm). */
  readonly centre: Vector3
  /** The box round the mesh turned into place (world, mm): a tilted bone's, not the box round its turned box. */
  readonly world: Box3
}
const bounds = new Map<StructureId, Bounds>()
function boundsOf(id: StructureId): Bounds {
  let b = bounds.get(id)
  if (!b) {
    const arrays = arrivedOverviewArrays(id)
    const geometry = arrays ? fromArrays(arrays) : createStructureGeometry(id, 0)
    if (!geometry.boundingBox) geometry.computeBoundingBox()
    if (!geometry.boundingSphere) geometry.computeBoundingSphere()
    const box = (geometry.boundingBox as Box3).clone()
    b = { box, radius: geometry.boundingSphere?.radius ?? 20, ...frontAndBack(id, geometry, box) }
    geometry.dispose()
    bounds.set(id, b)
  }
  return b
}

/** Half the width of the midline strip searched for a bone's front and back (mm). */
const MIDLINE = 8
/** How deep a face is taken to be, from the bone's foremost or hindmost point (mm). */
const FACE_DEPTH = 8
/**
 * A bone's front and back in the standing spine: on the midline, the point of its foremost face (the front
 * of the body) and of its hindmost one (the arch and spinous process) halfway up that face. A level label at
 * the centre of the box lies inside the bone, between the body and the spinous process; seen from close in
 * front and a little below or above, perspective carries it onto the next bone's body (a student read "L5"
 * on L4). On the face turned to the camera, it stays on its own bone from any height.
 */
function frontAndBack(
  id: StructureId,
  geometry: BufferGeometry,
  box: Box3,
): { front: Vector3; back: Vector3; centre: Vector3; world: Box3 } {
  structureMatrix(id, matrix)
  const centre = box.getCenter(new Vector3()).applyMatrix4(matrix)
  const position = geometry.getAttribute('position')
  const world = new Float32Array(position.count * 3)
  const worldBox = new Box3()
  const v = new Vector3()
  const onMidline: number[] = []
  let zFront = Number.NEGATIVE_INFINITY
  let zBack = Number.POSITIVE_INFINITY
  for (let i = 0; i < position.count; i++) {
    v.fromBufferAttribute(position, i)
      .applyMatrix4(matrix)
      .toArray(world, i * 3)
    worldBox.expandByPoint(v)
    // a wide transverse process's tip is not the bone's front
    if (Math.abs(v.x - centre.x) > MIDLINE) continue
    onMidline.push(i)
    zFront = Math.max(zFront, v.z)
    zBack = Math.min(zBack, v.z)
  }
  // The face's middle, from its vertices (a coarse overview may have none halfway up a body's front).
  const faceAt = (inFace: (z: number) => boolean): Vector3 => {
    let low = Number.POSITIVE_INFINITY
    let high = Number.NEGATIVE_INFINITY
    let sumZ = 0
    let count = 0
    for (const i of onMidline) {
      const z = world[i * 3 + 2] as number
      if (!inFace(z)) continue
      low = Math.min(low, world[i * 3 + 1] as number)
      high = Math.max(high, world[i * 3 + 1] as number)
      sumZ += z
      count++
    }
    return count === 0 ? centre.clone() : new Vector3(centre.x, (low + high) / 2, sumZ / count)
  }
  return {
    front: faceAt((z) => z >= zFront - FACE_DEPTH),
    back: faceAt((z) => z <= zBack + FACE_DEPTH),
    centre,
    world: worldBox,
  }
}

/** Up to this far from a bone (mm), its label sits on its face; from twice as far, at its middle. */
const FACE_LABEL_DISTANCE = 500
const labelFace = new Vector3()
/**
 * Where a bone's level label goes for a camera at `cameraPosition`: close up, on the face of the bone turned
 * to the camera (the front of the body from the front, the arch from behind); from the whole-spine distance,
 * where perspective cannot carry it off its bone, at the middle of the bone as before, so neighbouring
 * levels' names keep the spacing of the bones' middles. In between it slides from one to the other.
 */
export function levelLabelPoint(id: StructureId, cameraPosition: Vector3, target = new Vector3()): Vector3 {
  const { front, back, centre } = boundsOf(id)
  labelFace.copy(cameraPosition.z >= (front.z + back.z) / 2 ? front : back)
  const far = (cameraPosition.distanceTo(centre) - FACE_LABEL_DISTANCE) / FACE_LABEL_DISTANCE
  return target.lerpVectors(labelFace, centre, Math.min(1, Math.max(0, far)))
}

/** Whether a bone's label sits fully on its face for a camera at `cameraPosition` (see `levelLabelPoint`). */
export function levelLabelOnFace(id: StructureId, cameraPosition: Vector3): boolean {
  return cameraPosition.distanceTo(boundsOf(id).centre) <= FACE_LABEL_DISTANCE
}

/** The structure's bounding box in its own frame (mm); do not change it. */
export function structureBox(id: StructureId): Readonly<Box3> {
  return boundsOf(id).box
}

const matrix = new Matrix4()
/** Centre of the structure's generated mesh in world space (mm). */
export function structureWorldCentre(id: StructureId, target = new Vector3()): Vector3 {
  return boundsOf(id).box.getCenter(target).applyMatrix4(structureMatrix(id, matrix))
}

/** Radius of the structure's bounding sphere (mm), for framing it. */
export function structureRadius(id: StructureId): number {
  return boundsOf(id).radius
}

/**
 * The structure's box in the standing spine's world frame (mm; x to the subject's left, y up, z forward,
 * origin at the centre of the S1 upper endplate): the box round its mesh turned into place. Not the box round
 * its turned own-frame box, which for a tilted bone is far too tall: L1, tilted about 23° where the lordosis
 * begins, stands 58 mm tall in the standing spine, where the box round its turned box gave 79 mm. The cord
 * and the rest are built in that frame: their boxes are their geometries' (runtime/neuralGeometries.ts).
 */
export function structureWorldBox(id: StructureId, target = new Box3()): Box3 {
  return target.copy(boundsOf(id).world)
}

const centres = new Map<StructureId, Vector3>()
const centreOf = (id: StructureId): Vector3 => {
  let c = centres.get(id)
  if (!c) {
    c = structureWorldCentre(id)
    centres.set(id, c)
  }
  return c
}

const near = new Map<string, ReadonlySet<StructureId>>()
const NONE: ReadonlySet<StructureId> = new Set()
/**
 * Structures whose centres lie within `radius` mm of the given one's: what a close-up shows. Cached:
 * every mesh asks on every store change (hover included), and the answer never changes. The close-up is
 * drawn round the spine structure nearest a selected root, segmental ligament or sacroiliac joint
 * (`closeUpAnchor`); the cord and the long ligaments open none.
 */
export function structuresNear(
  id: AnyStructureId,
  radius: number,
  all: readonly StructureId[],
): ReadonlySet<StructureId> {
  // a nerve root, a segmental ligament or a sacroiliac joint: the bones round where it is
  const anchor = closeUpAnchor(id)
  if (!anchor) return NONE
  const key = `${anchor}|${radius}|${all.length}`
  let set = near.get(key)
  if (!set) {
    const centre = centreOf(anchor)
    set = new Set(all.filter((other) => centreOf(other).distanceTo(centre) <= radius))
    near.set(key, set)
  }
  return set
}
