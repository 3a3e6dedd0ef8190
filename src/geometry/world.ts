import { Box3, Matrix4, Vector3 } from 'three'
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
const bounds = new Map<StructureId, { box: Box3; radius: number }>()
function boundsOf(id: StructureId): { box: Box3; radius: number } {
  let b = bounds.get(id)
  if (!b) {
    const arrays = arrivedOverviewArrays(id)
    const geometry = arrays ? fromArrays(arrays) : createStructureGeometry(id, 0)
    if (!geometry.boundingBox) geometry.computeBoundingBox()
    if (!geometry.boundingSphere) geometry.computeBoundingSphere()
    b = { box: (geometry.boundingBox as Box3).clone(), radius: geometry.boundingSphere?.radius ?? 20 }
    geometry.dispose()
    bounds.set(id, b)
  }
  return b
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

const corner = new Vector3()
/**
 * The structure's box in the standing spine's world frame (mm; x to the subject's left, y up, z forward,
 * origin at the centre of the S1 upper endplate): its own-frame box turned into place (the box round its
 * eight turned corners). The cord and the rest are built in that frame: their boxes are their geometries'
 * (runtime/neuralGeometries.ts).
 */
export function structureWorldBox(id: StructureId, target = new Box3()): Box3 {
  const { min, max } = boundsOf(id).box
  structureMatrix(id, matrix)
  target.makeEmpty()
  for (let i = 0; i < 8; i++) {
    corner.set(i & 1 ? max.x : min.x, i & 2 ? max.y : min.y, i & 4 ? max.z : min.z).applyMatrix4(matrix)
    target.expandByPoint(corner)
  }
  return target
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
