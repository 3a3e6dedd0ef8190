import { BufferAttribute, BufferGeometry } from 'three'
import { NEURAL_IDS, NEURAL_SHOWN_AT_START, type NeuralId } from '../anatomy/neural'
import { createNeuralGeometry } from './neural'
import { farIndex } from './neuralFar'
import type { SurfaceArrays } from './surface'
import { decodeSurfacePack, encodeSurfacePack, type PackedSurface } from './surfacePack'
import { boundsOf, type GeometryArrays, toArrays } from './transfer'

/**
 * The structures of the neural layer that every visit shows (the median atlanto-axial joint, the sacroiliac
 * joints and the ilia, on at start): made when the app is built and shipped in one file, as the bones' overview surfaces are
 * (surfacePack.ts, the same format), so a first visit reads them instead of meshing two pelvic bones and
 * their joints in the neural worker (most of a second of a core on a 2-core machine).
 */
export const NEURAL_PACKED: readonly NeuralId[] = NEURAL_SHOWN_AT_START

/**
 * The rest of the layer, in a second file fetched when a visitor first shows any of it: the cord, the cauda
 * equina, the 62 nerve roots and the ligaments. Placing the roots by their clearance from the bones is most
 * of the 3.8 s of a core (in Node) it takes to build them all; a first visit that shows the nerves spent that
 * in the browser.
 */
export const NEURAL_LAYER_PACKED: readonly NeuralId[] = NEURAL_IDS.filter((id) => !NEURAL_PACKED.includes(id))

/** A structure's geometry as the neural worker hands it over, in the pack's terms (its far triangles as the moving level). */
function toSurface(arrays: GeometryArrays, far: Uint32Array): SurfaceArrays {
  return {
    positions: arrays.position,
    normals: arrays.normal,
    colors: arrays.color,
    indices: Uint32Array.from(arrays.index),
    motionIndices: far,
    parts: (arrays.parts ?? []).map(({ name, start, count }) => ({ name, start, count })),
  }
}

/** The pack's surface as the neural worker hands a structure over: its box and sphere worked out here, off the page's thread. */
export function packedNeuralArrays(surface: SurfaceArrays): GeometryArrays {
  const shape = new BufferGeometry()
  shape.setAttribute('position', new BufferAttribute(surface.positions, 3))
  shape.computeBoundingBox()
  shape.computeBoundingSphere()
  const arrays: GeometryArrays = {
    position: surface.positions,
    normal: surface.normals,
    color: surface.colors,
    index: surface.indices,
    parts: surface.parts,
  }
  const bounds = boundsOf(shape)
  if (bounds) arrays.bounds = bounds
  if (surface.motionIndices) arrays.farIndex = surface.motionIndices
  return arrays
}

/**
 * Makes a pack of `ids` (at build time: scripts/surfacePackPlugin.ts) with the code the worker would run:
 * by default those shown at start.
 */
export async function buildNeuralPack(ids: readonly NeuralId[] = NEURAL_PACKED): Promise<Uint8Array> {
  const surfaces: PackedSurface[] = []
  for (const id of ids) {
    const geometry = createNeuralGeometry(id, 0)
    const arrays = toArrays(geometry)
    surfaces.push({ bone: id, triangles: 0, surface: toSurface(arrays, await farIndex(arrays)) })
    geometry.dispose()
  }
  return encodeSurfacePack(surfaces)
}

/** Reads a pack made by `buildNeuralPack`; throws SurfacePackError when it cannot. */
export async function decodeNeuralPack(bytes: ArrayBuffer): Promise<Map<NeuralId, GeometryArrays>> {
  const surfaces = await decodeSurfacePack(bytes)
  const structures = new Map<NeuralId, GeometryArrays>()
  for (const [id, entry] of surfaces) structures.set(id as NeuralId, packedNeuralArrays(entry.surface))
  return structures
}
