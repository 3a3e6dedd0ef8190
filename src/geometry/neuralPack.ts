import { iliumId, type NeuralId, siJointId } from '../anatomy/neural'
import { createNeuralGeometry } from './neural'
import { farIndex } from './neuralFar'
import type { SurfaceArrays } from './surface'
import { decodeSurfacePack, encodeSurfacePack, type PackedSurface } from './surfacePack'
import { type GeometryArrays, toArrays } from './transfer'

/**
 * The structures of the neural layer that every visit shows (the sacroiliac joints and the ilia, on at
 * start): made when the app is built and shipped in one file, as the bones' overview surfaces are
 * (surfacePack.ts, the same format), so a first visit reads them instead of meshing two pelvic bones and
 * their joints in the neural worker (most of a second of a core on a 2-core machine). The cord, roots and
 * ligaments are built when a visitor first shows them, as before.
 */
export const NEURAL_PACKED: readonly NeuralId[] = [
  siJointId('left'),
  siJointId('right'),
  iliumId('left'),
  iliumId('right'),
]

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
  const p = surface.positions
  const box: [number, number, number, number, number, number] = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ]
  for (let i = 0; i < p.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      box[k] = Math.min(box[k]!, p[i + k]!)
      box[k + 3] = Math.max(box[k + 3]!, p[i + k]!)
    }
  }
  // the sphere around the box's centre that holds every vertex (three's computeBoundingSphere does the same)
  const centre = [(box[0] + box[3]) / 2, (box[1] + box[4]) / 2, (box[2] + box[5]) / 2] as const
  let r2 = 0
  for (let i = 0; i < p.length; i += 3) {
    const dx = p[i]! - centre[0]
    const dy = p[i + 1]! - centre[1]
    const dz = p[i + 2]! - centre[2]
    r2 = Math.max(r2, dx * dx + dy * dy + dz * dz)
  }
  const arrays: GeometryArrays = {
    position: surface.positions,
    normal: surface.normals,
    color: surface.colors,
    index: surface.indices,
    parts: surface.parts,
    bounds: { box, sphere: [centre[0], centre[1], centre[2], Math.sqrt(r2)] },
  }
  if (surface.motionIndices) arrays.farIndex = surface.motionIndices
  return arrays
}

/** Makes the pack (at build time: scripts/surfacePackPlugin.ts) with the code the worker would run. */
export async function buildNeuralPack(): Promise<Uint8Array> {
  const surfaces: PackedSurface[] = []
  for (const id of NEURAL_PACKED) {
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
