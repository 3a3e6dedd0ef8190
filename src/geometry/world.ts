import { type Box3, Matrix4, Vector3 } from 'three'
import type { StructureId } from '../anatomy/ids'
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
/**
 * Structures whose centres lie within `radius` mm of the given one's: what a close-up shows. Cached:
 * every mesh asks on every store change (hover included), and the answer never changes.
 */
export function structuresNear(id: StructureId, radius: number, all: readonly StructureId[]): ReadonlySet<StructureId> {
  const key = `${id}|${radius}|${all.length}`
  let set = near.get(key)
  if (!set) {
    const centre = centreOf(id)
    set = new Set(all.filter((other) => centreOf(other).distanceTo(centre) <= radius))
    near.set(key, set)
  }
  return set
}
