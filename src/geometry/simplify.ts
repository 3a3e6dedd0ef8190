import { MeshoptSimplifier } from 'meshoptimizer'
import type { SurfaceArrays } from './surface'

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
  const [indices] = MeshoptSimplifier.simplify(
    surface.indices,
    surface.positions,
    3,
    Math.min(surface.indices.length, targetTriangles * 3),
    maxError,
    ['ErrorAbsolute'],
  )
  return compacted(surface, indices)
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
