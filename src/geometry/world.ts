import { Box3, Matrix4, Vector3 } from 'three'
import { type AnyStructureId, isStructureId, type StructureId } from '../anatomy/ids'
import type { NeuralId } from '../anatomy/neural'
import { createStructureGeometry } from './cache'
import { createNeuralGeometry } from './neural'
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

/**
 * The cord's, roots', ligaments', sacroiliac joints' and ilia's boxes, in the world frame (they are built
 * there): numbers that never change. The app's neural worker builds their geometries and tells us each box
 * as it arrives (`noteNeuralBox`), so the main thread need not build a root (seconds, the first time) to
 * frame it; anything asked for before that is built here, once, at overview detail.
 */
const neuralBoxes = new Map<NeuralId, Box3>()
export function noteNeuralBox(id: NeuralId, box: Box3): void {
  if (!neuralBoxes.has(id)) neuralBoxes.set(id, box.clone())
}
/** Whether a neural structure's box is known without building it on this thread. */
export const neuralBoxKnown = (id: NeuralId): boolean => neuralBoxes.has(id)
function neuralBox(id: NeuralId): Box3 {
  let box = neuralBoxes.get(id)
  if (!box) {
    const geometry = createNeuralGeometry(id, 0)
    geometry.computeBoundingBox()
    box = (geometry.boundingBox as Box3).clone()
    geometry.dispose()
    neuralBoxes.set(id, box)
  }
  return box
}

const matrix = new Matrix4()
/** Centre of the structure's generated mesh in world space (mm). */
export function structureWorldCentre(id: AnyStructureId, target = new Vector3()): Vector3 {
  if (!isStructureId(id)) return neuralBox(id).getCenter(target)
  return boundsOf(id).box.getCenter(target).applyMatrix4(structureMatrix(id, matrix))
}

/** Radius of the structure's bounding sphere (mm), for framing it. */
export function structureRadius(id: AnyStructureId): number {
  if (!isStructureId(id)) return neuralBox(id).getSize(scratch).length() / 2
  return boundsOf(id).radius
}

const scratch = new Vector3()
const corner = new Vector3()
/**
 * The structure's box in the standing spine's world frame (mm; x to the subject's left, y up, z forward,
 * origin at the centre of the S1 upper endplate): a bone's, disc's or joint's own-frame box turned into
 * place (the box round its eight turned corners), or the cord's and the rest's as built.
 */
export function structureWorldBox(id: AnyStructureId, target = new Box3()): Box3 {
  if (!isStructureId(id)) return target.copy(neuralBox(id))
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
 * the spine model's: a nerve root or ligament selected opens none (it is drawn whole at all times).
 */
export function structuresNear(
  id: AnyStructureId,
  radius: number,
  all: readonly StructureId[],
): ReadonlySet<StructureId> {
  if (!isStructureId(id)) return NONE
  const key = `${id}|${radius}|${all.length}`
  let set = near.get(key)
  if (!set) {
    const centre = centreOf(id)
    set = new Set(all.filter((other) => centreOf(other).distanceTo(centre) <= radius))
    near.set(key, set)
  }
  return set
}
