import { MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer'
import { isManifold, type SurfaceArrays } from './surface'

/**
 * A bone's surface with fewer triangles, for the overview: meshoptimizer's simplifier (edge collapses
 * that keep the shape within `maxError` mm) down to about `targetTriangles`, then the vertices no
 * triangle uses are dropped. The kept vertices are the surface's own (not moved), in their order, so each
 * keeps its normal, colour and part, and the parts stay vertex ranges.
 */
export async function simplifySurface(
  surface: SurfaceArrays,
  targetTriangles: number,
  maxError: number,
): Promise<SurfaceArrays> {
  await MeshoptSimplifier.ready
  // The simplifier now and then collapses two sheets of a thin part onto one edge (four triangles on it):
  // a skin that is not closed. Then it tries again in two steps (half-way first: the collapses then fall
  // elsewhere), then stopping a little earlier, and at worst keeps the input.
  const simplify = (from: Uint32Array, target: number) =>
    MeshoptSimplifier.simplify(from, surface.positions, 3, Math.min(from.length, Math.round(target) * 3), maxError, [
      'ErrorAbsolute',
    ])[0]
  const first = simplify(surface.indices, targetTriangles)
  if (isManifold(first)) return compacted(surface, first)
  for (const halfway of [2, 1.5, 3, 1.25, 4]) {
    const stepped = simplify(simplify(surface.indices, targetTriangles * halfway), targetTriangles)
    if (isManifold(stepped)) return compacted(surface, stepped)
  }
  for (const more of [1.1, 1.2, 1.35]) {
    const fewer = simplify(surface.indices, targetTriangles * more)
    if (isManifold(fewer)) return compacted(surface, fewer)
  }
  return compacted(surface, surface.indices)
}

/** The surface with only the vertices `indices` uses, renumbered in their old order. */
export function compacted(surface: SurfaceArrays, indices: Uint32Array): SurfaceArrays {
  const count = surface.positions.length / 3
  const renumber = new Int32Array(count).fill(-1)
  for (const v of indices) renumber[v] = 0
  let kept = 0
  for (let v = 0; v < count; v++) if (renumber[v] === 0) renumber[v] = kept++
  const positions = new Float32Array(kept * 3)
  const normals = new Float32Array(kept * 3)
  const colors = new Float32Array(kept * 3)
  for (let v = 0; v < count; v++) {
    const to = renumber[v] as number
    if (to < 0) continue
    for (let k = 0; k < 3; k++) {
      positions[to * 3 + k] = surface.positions[v * 3 + k] as number
      normals[to * 3 + k] = surface.normals[v * 3 + k] as number
      colors[to * 3 + k] = surface.colors[v * 3 + k] as number
    }
  }
  const parts = surface.parts.map((part) => {
    let start = -1
    let n = 0
    for (let v = part.start; v < part.start + part.count; v++) {
      const to = renumber[v] as number
      if (to < 0) continue
      if (start < 0) start = to
      n++
    }
    return { name: part.name, start: Math.max(start, 0), count: n }
  })
  return {
    positions,
    normals,
    colors,
    indices: indices.map((v) => renumber[v] as number),
    parts: parts.filter((p) => p.count > 0),
  }
}

/**
 * The same triangles in an order where each shares vertices with the ones just before it (meshoptimizer's
 * vertex-cache optimisation). A GPU shades a vertex once while it is still in its small cache of recent
 * ones; a surface straight from the mesher or the simplifier shades most vertices 1.3–1.8 times, this
 * order about 0.65 (cache of 16). Only the triangles move: the vertices keep their numbers, so the parts
 * stay vertex ranges. Each triangle keeps its winding.
 */
export async function cacheFriendlyTriangles(indices: Uint32Array): Promise<Uint32Array> {
  await MeshoptEncoder.ready
  const reordered = indices.slice()
  // reorderMesh also renumbers the vertices for fetch order; that renumbering is undone here
  const [remap] = MeshoptEncoder.reorderMesh(reordered, true, false)
  const original = new Uint32Array(remap.length)
  for (let v = 0; v < remap.length; v++) {
    const to = remap[v] as number
    if (to !== 0xffffffff) original[to] = v
  }
  for (let i = 0; i < reordered.length; i++) reordered[i] = original[reordered[i] as number] as number
  return reordered
}

/** How many of an overview surface's triangles its moving-camera level keeps. */
export const MOTION_TRIANGLE_SHARE = 1 / 6
/** How far (mm) that level may stray: two or three pixels at arm's length, where it is seen only in motion. */
const MOTION_ERROR = 2.5

/**
 * A lighter version of a surface over the same vertices, drawn only while the camera moves: a software
 * renderer's cost grows with the triangles, so orbiting keeps up with the display and the full surface is
 * drawn again the moment the camera rests. On a 2-core machine with SwiftShader, the home view's orbit frames
 * at a third of the triangles (22.6k) took 20–25 ms of the GPU process's time, and one in twenty waited three
 * display frames; at a sixth (14.8k), 12–18 ms. (Fewer pixels while moving did not pay: resizing the canvas
 * at the start of a drag cost more than it saved.) Need not be closed: it is never measured or printed.
 */
export async function motionTriangles(surface: SurfaceArrays): Promise<Uint32Array> {
  await MeshoptSimplifier.ready
  const target = Math.round((surface.indices.length / 3) * MOTION_TRIANGLE_SHARE) * 3
  const [fewer] = MeshoptSimplifier.simplify(surface.indices, surface.positions, 3, target, MOTION_ERROR, [
    'ErrorAbsolute',
  ])
  return cacheFriendlyTriangles(fewer)
}
