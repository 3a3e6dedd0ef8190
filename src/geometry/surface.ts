import { type SdfPart, smoothMin } from './sdf'
import type { Vec3 } from './vec3'

/** A bone's one continuous surface, as plain arrays (so a worker can hand it over without copying). */
export interface SurfaceArrays {
  positions: Float32Array
  normals: Float32Array
  colors: Float32Array
  indices: Uint32Array
  /**
   * The same surface with about a sixth of the triangles over the same vertices, for frames drawn while
   * the camera moves (overview surfaces only; see `motionTriangles` in simplify.ts).
   */
  motionIndices?: Uint32Array
  /** Vertices are grouped by the part nearest to them, in the order the parts were given. */
  parts: { name: string; start: number; count: number }[]
}

export interface SurfaceOptions {
  /** Grid spacing, mm: the surface's detail. */
  cell: number
  /** How strongly creases and hollows are darkened (0 = no baked occlusion). */
  occlusion?: number
}

const BLOCK = 4
const OUTSIDE = 1e3
/** How far (in cells, as a difference of two parts' distances) a vertex looks for a part of another colour. */
const BLEND_REACH = 2
/** Pieces of surface smaller than this many quads (two triangles each) are dropped as specks. */
export const ISLAND_QUADS = 64

const crossed = new Float64Array(3)
/**
 * (p[b] − p[a]) × (p[d] − p[c]) for vertices of a flat position array, into one shared array (read it before the
 * next call): a triangle's normal (a, b, a, c) or a quad's (its diagonals a, c, b, d), twice its area long.
 */
function crossOf(p: Float32Array, a: number, b: number, c: number, d: number): Float64Array {
  const ux = (p[b * 3] as number) - (p[a * 3] as number)
  const uy = (p[b * 3 + 1] as number) - (p[a * 3 + 1] as number)
  const uz = (p[b * 3 + 2] as number) - (p[a * 3 + 2] as number)
  const vx = (p[d * 3] as number) - (p[c * 3] as number)
  const vy = (p[d * 3 + 1] as number) - (p[c * 3 + 1] as number)
  const vz = (p[d * 3 + 2] as number) - (p[c * 3 + 2] as number)
  crossed[0] = uy * vz - uz * vy
  crossed[1] = uz * vx - ux * vz
  crossed[2] = ux * vy - uy * vx
  return crossed
}
/** A quad's corners run round it so that the cross product of its diagonals points out (+1) or in (−1). */
const QUAD_WINDING = 1
/** A vertex whose field normal is further than 60° from its quads' (cosine under this) sits on a crease. */
const CREASE_AGREEMENT = 0.5

/**
 * The union of the parts as one closed surface: the parts' fields are joined with smooth minima (so
 * where a pedicle meets the body there is a fillet, not a crease), sampled on a grid, and meshed with
 * surface nets (one vertex per grid cell the surface crosses, one quad per grid edge it crosses). The
 * vertices are then pulled onto the true surface along the field's gradient, which also gives their
 * normals; each vertex takes the colour of the part nearest to it and is darkened by how enclosed it
 * is (ambient occlusion from the field), so the form reads without shadows on a software renderer.
 *
 * Written here rather than taken from a library: the meshers on npm either allocate per cell or
 * sample a callback per grid point; this one skips the empty and solid blocks of a bone's box, which is
 * most of it, and keeps the part of every vertex, which picking by part needs.
 */
export function meshSurface(parts: readonly SdfPart[], { cell, occlusion = 0.55 }: SurfaceOptions): SurfaceArrays {
  const h = cell
  const min = [Infinity, Infinity, Infinity]
  const max = [-Infinity, -Infinity, -Infinity]
  for (const p of parts) {
    // (a cut only takes bone away: its box, which may reach far past the bone, does not widen the grid)
    if (p.cut) continue
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] as number, (p.min[k] as number) - p.blend)
      max[k] = Math.max(max[k] as number, (p.max[k] as number) + p.blend)
    }
  }
  // two cells of air all round, so the surface never touches the grid's edge and comes out closed
  const ox = (min[0] as number) - 2 * h
  const oy = (min[1] as number) - 2 * h
  const oz = (min[2] as number) - 2 * h
  const nx = Math.ceil(((max[0] as number) + 2 * h - ox) / h) + 1
  const ny = Math.ceil(((max[1] as number) + 2 * h - oy) / h) + 1
  const nz = Math.ceil(((max[2] as number) + 2 * h - oz) / h) + 1
  const field = new Float32Array(nx * ny * nz)
  const at = (i: number, j: number, k: number) => i + nx * (j + ny * k)

  const fieldOf = (list: readonly SdfPart[], x: number, y: number, z: number): number => {
    let d = OUTSIDE
    for (const p of list) {
      const dx = Math.max(p.min[0] - x, 0, x - p.max[0])
      const dy = Math.max(p.min[1] - y, 0, y - p.max[1])
      const dz = Math.max(p.min[2] - z, 0, z - p.max[2])
      const box2 = dx * dx + dy * dy + dz * dz
      if (p.cut) {
        // a cut changes the union only where its solid comes nearer than the union's own surface (plus the
        // fillet): max(d, -own) with the corner rounded
        const reach = p.blend - d
        if (reach <= 0 || box2 >= reach * reach) continue
        d = -smoothMin(-d, p.distance(x, y, z), p.blend)
        continue
      }
      // a part whose box is further than the union so far (plus its fillet) cannot change it
      if (box2 >= (d + p.blend) * (d + p.blend) && d + p.blend > 0) continue
      const own = p.distance(x, y, z)
      d = smoothMin(d, p.onto === undefined ? own : Math.max(own, d - p.onto), p.blend)
    }
    return d
  }

  // blocks of the grid, each with the parts that can reach it; empty and deep-solid blocks are filled
  const bx = Math.ceil(nx / BLOCK)
  const by = Math.ceil(ny / BLOCK)
  const bz = Math.ceil(nz / BLOCK)
  const blockParts: SdfPart[][] = new Array(bx * by * bz)
  const halfDiagonal = (Math.sqrt(3) * BLOCK * h) / 2
  const snap = h / 50
  for (let kb = 0; kb < bz; kb++) {
    for (let jb = 0; jb < by; jb++) {
      for (let ib = 0; ib < bx; ib++) {
        const x0 = ox + ib * BLOCK * h
        const y0 = oy + jb * BLOCK * h
        const z0 = oz + kb * BLOCK * h
        const x1 = x0 + (BLOCK - 1) * h
        const y1 = y0 + (BLOCK - 1) * h
        const z1 = z0 + (BLOCK - 1) * h
        const list = parts.filter(
          (p) =>
            p.min[0] - p.blend - h <= x1 &&
            p.max[0] + p.blend + h >= x0 &&
            p.min[1] - p.blend - h <= y1 &&
            p.max[1] + p.blend + h >= y0 &&
            p.min[2] - p.blend - h <= z1 &&
            p.max[2] + p.blend + h >= z0,
        )
        blockParts[ib + bx * (jb + by * kb)] = list
        const i1 = Math.min(nx, (ib + 1) * BLOCK)
        const j1 = Math.min(ny, (jb + 1) * BLOCK)
        const k1 = Math.min(nz, (kb + 1) * BLOCK)
        let fill = Number.NaN
        if (list.length === 0) fill = OUTSIDE
        else {
          // the field's estimates can be up to about twice the true distance, hence the margin
          const centre = fieldOf(list, (x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2)
          if (Math.abs(centre) > 2 * halfDiagonal + 2 * h) fill = centre
        }
        for (let k = kb * BLOCK; k < k1; k++) {
          for (let j = jb * BLOCK; j < j1; j++) {
            for (let i = ib * BLOCK; i < i1; i++) {
              const v = Number.isNaN(fill) ? fieldOf(list, ox + i * h, oy + j * h, oz + k * h) : fill
              // a grid point on (or a hair inside) the surface would pull the vertices of all its cells
              // onto one spot, leaving triangles of no area; moving the surface off it by a fiftieth of
              // a cell avoids that
              field[at(i, j, k)] = v > -snap && v < snap ? snap : v
            }
          }
        }
      }
    }
  }
  /** The sampled field at any point of the grid's box, interpolated between its eight neighbours. */
  const gridValue = (x: number, y: number, z: number): number => {
    const fx = Math.min(nx - 1.001, Math.max(0, (x - ox) / h))
    const fy = Math.min(ny - 1.001, Math.max(0, (y - oy) / h))
    const fz = Math.min(nz - 1.001, Math.max(0, (z - oz) / h))
    const i = Math.floor(fx)
    const j = Math.floor(fy)
    const k = Math.floor(fz)
    const tx = fx - i
    const ty = fy - j
    const tz = fz - k
    const lerp = (a: number, b: number, t: number) => a + (b - a) * t
    const row = (jj: number, kk: number) => lerp(field[at(i, jj, kk)] as number, field[at(i + 1, jj, kk)] as number, tx)
    return lerp(lerp(row(j, k), row(j + 1, k), ty), lerp(row(j, k + 1), row(j + 1, k + 1), ty), tz)
  }
  const partsNear = (x: number, y: number, z: number): readonly SdfPart[] => {
    const ib = Math.min(bx - 1, Math.max(0, Math.floor((x - ox) / h / BLOCK)))
    const jb = Math.min(by - 1, Math.max(0, Math.floor((y - oy) / h / BLOCK)))
    const kb = Math.min(bz - 1, Math.max(0, Math.floor((z - oz) / h / BLOCK)))
    return blockParts[ib + bx * (jb + by * kb)] as SdfPart[]
  }

  // Surface nets, one vertex per piece of surface in a cell: usually one, but where two sheets of bone
  // pass through one cell (a thin gap between processes), each gets its own vertex, so the mesh stays a
  // manifold (every edge shared by exactly two triangles, as a 3D printer needs). A piece is a cycle of
  // the segments the surface draws on the cell's faces; a face crossed on all four edges is split the
  // way its centre value says, the same way from both cells that share it.
  const cellSlot = new Int32Array((nx - 1) * (ny - 1) * (nz - 1)).fill(-1)
  const cellAt = (i: number, j: number, k: number) => i + (nx - 1) * (j + (ny - 1) * k)
  let edgeVertex = new Int32Array(12 * 4096)
  let slots = 0
  const verts: number[] = []
  const corner = new Float64Array(8)
  const parent = new Int8Array(12)
  const find = (e: number): number => {
    let r = e
    while (parent[r] !== r) r = parent[r] as number
    return r
  }
  const join = (a: number, b: number) => {
    parent[find(a)] = find(b)
  }
  const crosses = (e: number) => {
    const [c0, c1] = CELL_EDGES[e] as readonly [number, number]
    return (corner[c0] as number) < 0 !== (corner[c1] as number) < 0
  }
  const sumX = new Float64Array(12)
  const sumY = new Float64Array(12)
  const sumZ = new Float64Array(12)
  const counts = new Int32Array(12)
  const vertexOfRoot = new Int32Array(12)
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        let inside = 0
        for (let c = 0; c < 8; c++) {
          const v = field[at(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1))] as number
          corner[c] = v
          if (v < 0) inside++
        }
        if (inside === 0 || inside === 8) continue
        for (let e = 0; e < 12; e++) parent[e] = e
        for (const face of CELL_FACES) {
          const { corners: q, edges: f } = face
          const crossed = f.filter(crosses)
          if (crossed.length === 2) join(crossed[0] as number, crossed[1] as number)
          else if (crossed.length === 4) {
            const centre =
              ((corner[q[0]] as number) +
                (corner[q[1]] as number) +
                (corner[q[2]] as number) +
                (corner[q[3]] as number)) /
              4
            if (centre < 0 === (corner[q[0]] as number) < 0) {
              join(f[0], f[1])
              join(f[2], f[3])
            } else {
              join(f[3], f[0])
              join(f[1], f[2])
            }
          }
        }
        sumX.fill(0)
        sumY.fill(0)
        sumZ.fill(0)
        counts.fill(0)
        for (let e = 0; e < 12; e++) {
          if (!crosses(e)) continue
          const [c0, c1] = CELL_EDGES[e] as readonly [number, number]
          const v0 = corner[c0] as number
          const t = v0 / (v0 - (corner[c1] as number))
          const r = find(e)
          sumX[r] = (sumX[r] as number) + (c0 & 1) + ((c1 & 1) - (c0 & 1)) * t
          sumY[r] = (sumY[r] as number) + ((c0 >> 1) & 1) + (((c1 >> 1) & 1) - ((c0 >> 1) & 1)) * t
          sumZ[r] = (sumZ[r] as number) + ((c0 >> 2) & 1) + (((c1 >> 2) & 1) - ((c0 >> 2) & 1)) * t
          counts[r] = (counts[r] as number) + 1
        }
        if ((slots + 1) * 12 > edgeVertex.length) {
          const grown = new Int32Array(edgeVertex.length * 2)
          grown.set(edgeVertex)
          edgeVertex = grown
        }
        for (let r = 0; r < 12; r++) {
          const n = counts[r] as number
          if (n === 0) continue
          vertexOfRoot[r] = verts.length / 3
          verts.push(
            ox + (i + (sumX[r] as number) / n) * h,
            oy + (j + (sumY[r] as number) / n) * h,
            oz + (k + (sumZ[r] as number) / n) * h,
          )
        }
        for (let e = 0; e < 12; e++) edgeVertex[slots * 12 + e] = crosses(e) ? (vertexOfRoot[find(e)] as number) : -1
        cellSlot[cellAt(i, j, k)] = slots++
      }
    }
  }
  const vertexAt = (i: number, j: number, k: number, edge: number) =>
    edgeVertex[(cellSlot[cellAt(i, j, k)] as number) * 12 + edge] as number

  // a quad round each grid edge the surface crosses, facing out (from the inside end to the outside one)
  const quads: number[] = []
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    if (flip) quads.push(a, d, c, b)
    else quads.push(a, b, c, d)
  }
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const v = (field[at(i, j, k)] as number) < 0
        if (v !== (field[at(i + 1, j, k)] as number) < 0) {
          quad(
            vertexAt(i, j - 1, k - 1, 3),
            vertexAt(i, j, k - 1, 2),
            vertexAt(i, j, k, 0),
            vertexAt(i, j - 1, k, 1),
            !v,
          )
        }
        if (v !== (field[at(i, j + 1, k)] as number) < 0) {
          quad(
            vertexAt(i - 1, j, k - 1, 7),
            vertexAt(i - 1, j, k, 5),
            vertexAt(i, j, k, 4),
            vertexAt(i, j, k - 1, 6),
            !v,
          )
        }
        if (v !== (field[at(i, j, k + 1)] as number) < 0) {
          quad(
            vertexAt(i - 1, j - 1, k, 11),
            vertexAt(i, j - 1, k, 10),
            vertexAt(i, j, k, 8),
            vertexAt(i - 1, j, k, 9),
            !v,
          )
        }
      }
    }
  }

  // Drops islands: a grid point barely inside the field, with every neighbour outside, makes a closed
  // bubble a fraction of a cell across, and a thin fin of a part can be cut off from the bone by the grid;
  // such pieces are noise, not bone, and show as loose specks beside it. Every piece of fewer than
  // ISLAND_QUADS quads goes (a bone is one piece of thousands).
  {
    const owner = new Int32Array(verts.length / 3).map((_, v) => v)
    const root = (v: number): number => {
      let r = v
      while (owner[r] !== r) r = owner[r] as number
      owner[v] = r
      return r
    }
    for (let q = 0; q < quads.length; q += 4) {
      for (let c = 1; c < 4; c++) owner[root(quads[q + c] as number)] = root(quads[q] as number)
    }
    const size = new Map<number, number>()
    for (let q = 0; q < quads.length; q += 4) {
      const r = root(quads[q] as number)
      size.set(r, (size.get(r) ?? 0) + 1)
    }
    let kept = 0
    for (let q = 0; q < quads.length; q += 4) {
      if ((size.get(root(quads[q] as number)) as number) < ISLAND_QUADS) continue
      for (let c = 0; c < 4; c++) quads[kept + c] = quads[q + c] as number
      kept += 4
    }
    quads.length = kept
  }

  // onto the surface: Newton steps along the field's gradient, which is also the vertex normal
  const vertexCount = verts.length / 3
  const positions = new Float32Array(verts)
  const normals = new Float32Array(vertexCount * 3)
  const e = h * 0.05
  // forward differences from the value already known at the point: three evaluations, not six
  const gradient = (list: readonly SdfPart[], x: number, y: number, z: number, at: number, out: Float64Array) => {
    out[0] = fieldOf(list, x + e, y, z) - at
    out[1] = fieldOf(list, x, y + e, z) - at
    out[2] = fieldOf(list, x, y, z + e) - at
    const len = Math.sqrt((out[0] as number) ** 2 + (out[1] as number) ** 2 + (out[2] as number) ** 2)
    if (len > 1e-12) for (let k = 0; k < 3; k++) out[k] = (out[k] as number) / len
    return len / e
  }
  const g = new Float64Array(3)
  for (let v = 0; v < vertexCount; v++) {
    let x = positions[v * 3] as number
    let y = positions[v * 3 + 1] as number
    let z = positions[v * 3 + 2] as number
    const list = partsNear(x, y, z)
    // one Newton step: the surface-nets vertex is already within a cell of the surface; the gradient there
    // serves as the normal (it barely turns over so short a move)
    const d = fieldOf(list, x, y, z)
    const slope = gradient(list, x, y, z, d, g)
    if (slope > 1e-6) {
      // never further than half a cell, so a vertex cannot jump to another sheet of the surface
      const move = Math.max(-h / 2, Math.min(h / 2, d / slope))
      x -= (g[0] as number) * move
      y -= (g[1] as number) * move
      z -= (g[2] as number) * move
    }
    positions[v * 3] = x
    positions[v * 3 + 1] = y
    positions[v * 3 + 2] = z
    normals[v * 3] = g[0] as number
    normals[v * 3 + 1] = g[1] as number
    normals[v * 3 + 2] = g[2] as number
  }

  // Where the field has a crease finer than the grid (a cartilage pad's crisp rim on its bone), a vertex on
  // the crease takes the gradient of one side: a face's normal on the wall beside it, shaded dark, and a
  // row of dark four-pointed stars ran round the sacrum's endplate and auricular surfaces (student review
  // s38, L1). Such a vertex, its normal far from the quads round it, takes theirs.
  {
    const around = new Float64Array(vertexCount * 3)
    for (let q = 0; q < quads.length; q += 4) {
      const [a, b, c, d] = [quads[q], quads[q + 1], quads[q + 2], quads[q + 3]] as [number, number, number, number]
      // the cross product of the diagonals, as long as twice the quad's area
      const n = crossOf(positions, a, c, b, d)
      for (const v of [a, b, c, d])
        for (let k = 0; k < 3; k++) around[v * 3 + k] = (around[v * 3 + k] as number) + (n[k] as number)
    }
    for (let v = 0; v < vertexCount; v++) {
      const x = around[v * 3] as number
      const y = around[v * 3 + 1] as number
      const z = around[v * 3 + 2] as number
      const len = Math.sqrt(x * x + y * y + z * z)
      if (len < 1e-12) continue
      const agree =
        (x * (normals[v * 3] as number) + y * (normals[v * 3 + 1] as number) + z * (normals[v * 3 + 2] as number)) / len
      if (agree * QUAD_WINDING >= CREASE_AGREEMENT) continue
      normals[v * 3] = (QUAD_WINDING * x) / len
      normals[v * 3 + 1] = (QUAD_WINDING * y) / len
      normals[v * 3 + 2] = (QUAD_WINDING * z) / len
    }
  }

  // each vertex's part (the nearest) and colour, darkened where the surface is enclosed
  const partOf = new Int32Array(vertexCount)
  const colors = new Float32Array(vertexCount * 3)
  const index = new Map(parts.map((p, i) => [p, i]))
  const reach = [1, 2, 4, 8].map((s) => s * Math.max(h, 0.6))
  let near = new Float64Array(16)
  for (let v = 0; v < vertexCount; v++) {
    const x = positions[v * 3] as number
    const y = positions[v * 3 + 1] as number
    const z = positions[v * 3 + 2] as number
    const list = partsNear(x, y, z)
    if (near.length < list.length) near = new Float64Array(list.length * 2)
    let best = 0
    let bestAt = 0
    let bestDistance = Infinity
    // a cut takes its solid out of the parts before it, so a vertex on the floor of a hollow belongs to what
    // lines the floor (cartilage in a cup), not to the bone the hollow was cut from: walking the parts from
    // the last, `carved` is how far outside the cuts met so far the vertex lies
    let carved = -Infinity
    for (let i = list.length - 1; i >= 0; i--) {
      const p = list[i] as SdfPart
      if (p.cut) {
        carved = Math.max(carved, -p.distance(x, y, z))
        near[i] = Infinity
        continue
      }
      const d = Math.max(p.distance(x, y, z), carved)
      near[i] = d
      // (on a tie the earlier part wins, as it would walking forward)
      if (d <= bestDistance) {
        bestDistance = d
        best = index.get(p) as number
        bestAt = i
      }
    }
    partOf[v] = best
    // The colour: the nearest part's, blended with the nearest part of another colour where the two meet.
    // Where they are equally near is the boundary (cartilage ending on bone); how far the vertex lies from it
    // along the surface is, to first order, the difference of their distances over how fast that difference
    // changes along the surface. Each vertex within half a cell of the boundary takes its share of both, so
    // the boundary drawn between vertices follows the parts' real edge instead of the grid's staircase (one
    // part's colour per vertex gave a facet's cartilage a ragged, saw-toothed rim).
    const own = (list[bestAt] as SdfPart).color
    let other = -1
    for (let i = 0; i < list.length; i++) {
      const c = (list[i] as SdfPart).color
      if (c[0] === own[0] && c[1] === own[1] && c[2] === own[2]) continue
      if (
        (near[i] as number) - bestDistance < BLEND_REACH * h &&
        (other < 0 || (near[i] as number) < (near[other] as number))
      )
        other = i
    }
    const share =
      other < 0
        ? 1
        : nearestShare(
            list,
            bestAt,
            other,
            (near[other] as number) - bestDistance,
            [x, y, z],
            [normals[v * 3] as number, normals[v * 3 + 1] as number, normals[v * 3 + 2] as number],
            h,
          )
    const c2 = other >= 0 ? (list[other] as SdfPart).color : own
    let occluded = 0
    let weight = 0.5
    for (const r of reach) {
      // the grid's values are close enough for how enclosed a point is, and cost nothing to read
      const sx = x + (normals[v * 3] as number) * r
      const sy = y + (normals[v * 3 + 1] as number) * r
      const sz = z + (normals[v * 3 + 2] as number) * r
      occluded += (weight * Math.max(0, r - gridValue(sx, sy, sz))) / r
      weight /= 2
    }
    const light = 1 - occlusion * Math.min(1, occluded)
    colors[v * 3] = (own[0] * share + c2[0] * (1 - share)) * light
    colors[v * 3 + 1] = (own[1] * share + c2[1] * (1 - share)) * light
    colors[v * 3 + 2] = (own[2] * share + c2[2] * (1 - share)) * light
  }

  // Two triangles per quad, split along the diagonal whose triangles face most nearly as their vertices'
  // normals (the field's gradient) do. Where the surface turns sharply within a cell (the rim of a
  // cartilage pad), the shorter diagonal, taken before, cut across the turn one quad and along it the next,
  // and the rim was drawn as a row of teeth.
  const facing = (a: number, b: number, c: number) => {
    const [nx, ny, nz] = crossOf(positions, a, b, a, c) as unknown as [number, number, number]
    // against the sum of the corners' normals (no array per call: this runs four times per quad)
    const sx = (normals[a * 3] as number) + (normals[b * 3] as number) + (normals[c * 3] as number)
    const sy = (normals[a * 3 + 1] as number) + (normals[b * 3 + 1] as number) + (normals[c * 3 + 1] as number)
    const sz = (normals[a * 3 + 2] as number) + (normals[b * 3 + 2] as number) + (normals[c * 3 + 2] as number)
    return (nx * sx + ny * sy + nz * sz) / (Math.hypot(nx, ny, nz) || 1)
  }
  const triangles: number[] = []
  for (let q = 0; q < quads.length; q += 4) {
    const a = quads[q] as number
    const b = quads[q + 1] as number
    const c = quads[q + 2] as number
    const d = quads[q + 3] as number
    if (facing(a, b, c) + facing(a, c, d) >= facing(a, b, d) + facing(b, c, d)) triangles.push(a, b, c, a, c, d)
    else triangles.push(a, b, d, b, c, d)
  }
  const copies = separateSheets(triangles, vertexCount)

  // group the vertices by part, so each part is one range (as the shell builder's parts are); a vertex
  // copied by separateSheets comes after the originals and is its original again
  const total = vertexCount + copies.length
  const original = (v: number) => (v < vertexCount ? v : (copies[v - vertexCount] as number))
  const order = Array.from({ length: total }, (_, v) => v).sort(
    (a, b) => (partOf[original(a)] as number) - (partOf[original(b)] as number) || a - b,
  )
  const newIndex = new Int32Array(total)
  order.forEach((old, i) => {
    newIndex[old] = i
  })
  const sorted = (src: Float32Array) => {
    const out = new Float32Array(total * 3)
    order.forEach((old, i) => {
      const o = original(old)
      out[i * 3] = src[o * 3] as number
      out[i * 3 + 1] = src[o * 3 + 1] as number
      out[i * 3 + 2] = src[o * 3 + 2] as number
    })
    return out
  }
  const ranges: SurfaceArrays['parts'] = parts.map((p) => ({ name: p.name, start: 0, count: 0 }))
  order.forEach((old, i) => {
    const range = ranges[partOf[original(old)] as number] as SurfaceArrays['parts'][number]
    if (range.count === 0) range.start = i
    range.count++
  })
  const indices = new Uint32Array(triangles.length)
  for (let t = 0; t < triangles.length; t++) indices[t] = newIndex[triangles[t] as number] as number
  return {
    positions: sorted(positions),
    normals: sorted(normals),
    colors: sorted(colors),
    indices,
    parts: ranges.filter((r) => r.count > 0),
  }
}

/** Part `i` of `list`'s distance at a point, less what the cuts after it take away (as `meshSurface` has it). */
function carvedDistance(list: readonly SdfPart[], i: number, x: number, y: number, z: number): number {
  let d = (list[i] as SdfPart).distance(x, y, z)
  for (let j = i + 1; j < list.length; j++) {
    const p = list[j] as SdfPart
    if (p.cut) d = Math.max(d, -p.distance(x, y, z))
  }
  return d
}

/**
 * The nearest part's share (½–1) of the colour at a surface point where a part of another colour lies
 * `apart` mm further (in their distances). The two meet where they are equally near; the point's distance
 * from there along the surface is, to first order, `apart` over how fast the difference of their distances
 * grows along the surface (its gradient less the part along the normal). The share runs as a smoothstep
 * from ½ on the boundary to 1 at half a cell from it.
 */
function nearestShare(
  list: readonly SdfPart[],
  nearest: number,
  other: number,
  apart: number,
  [x, y, z]: Vec3,
  [nx, ny, nz]: Vec3,
  cell: number,
): number {
  const e = cell * 0.25
  const q = (px: number, py: number, pz: number) =>
    carvedDistance(list, other, px, py, pz) - carvedDistance(list, nearest, px, py, pz)
  const gx = (q(x + e, y, z) - apart) / e
  const gy = (q(x, y + e, z) - apart) / e
  const gz = (q(x, y, z + e) - apart) / e
  const along = gx * nx + gy * ny + gz * nz
  const slope = Math.hypot(gx - along * nx, gy - along * ny, gz - along * nz)
  const t = slope > 1e-9 ? 0.5 + apart / slope / cell : 1
  return t >= 1 ? 1 : t * t * (3 - 2 * t)
}

/**
 * Where two sheets of surface touch along an edge (four triangles on one edge, which surface nets makes
 * in rare thin places), gives each sheet its own copy of the edge's vertices, so every edge is shared
 * by exactly two triangles. Around each vertex the triangles are grouped into fans joined by ordinary
 * edges; every fan after the first gets a copy of the vertex. Rewrites `triangles` in place and returns,
 * for each copy (numbered from `vertexCount` on), the vertex it copies.
 */
export function separateSheets(triangles: number[], vertexCount: number): number[] {
  const key = (a: number, b: number) => (a < b ? a * 4294967296 + b : b * 4294967296 + a)
  const uses = new Map<number, number>()
  for (let t = 0; t < triangles.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const e = key(triangles[t + k] as number, triangles[t + ((k + 1) % 3)] as number)
      uses.set(e, (uses.get(e) ?? 0) + 1)
    }
  }
  const touching = new Set<number>()
  for (let t = 0; t < triangles.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      if (uses.get(key(triangles[t + k] as number, triangles[t + ((k + 1) % 3)] as number)) !== 2) {
        touching.add(triangles[t + k] as number)
        touching.add(triangles[t + ((k + 1) % 3)] as number)
      }
    }
  }
  const copies: number[] = []
  if (touching.size === 0) return copies
  // the triangles round each vertex that needs it
  const around = new Map<number, number[]>()
  for (let t = 0; t < triangles.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const v = triangles[t + k] as number
      if (!touching.has(v)) continue
      const list = around.get(v) ?? []
      list.push(t)
      around.set(v, list)
    }
  }
  for (const [v, list] of around) {
    // fans: triangles round v joined through an edge at v used by exactly two triangles
    const fan = list.map((_, i) => i)
    const root = (i: number): number => {
      let r = i
      while (fan[r] !== r) r = fan[r] as number
      return r
    }
    const byEdge = new Map<number, number[]>()
    list.forEach((t, i) => {
      for (let k = 0; k < 3; k++) {
        const w = triangles[t + k] as number
        if (w === v) continue
        const e = key(v, w)
        if (uses.get(e) !== 2) continue
        const seen = byEdge.get(e) ?? []
        seen.push(i)
        byEdge.set(e, seen)
      }
    })
    for (const pair of byEdge.values()) if (pair.length === 2) fan[root(pair[0] as number)] = root(pair[1] as number)
    const copyOf = new Map<number, number>()
    list.forEach((t, i) => {
      const r = root(i)
      if (copyOf.size === 0) copyOf.set(r, v)
      if (!copyOf.has(r)) {
        copyOf.set(r, vertexCount + copies.length)
        copies.push(v)
      }
      const to = copyOf.get(r) as number
      if (to === v) return
      for (let k = 0; k < 3; k++) if (triangles[t + k] === v) triangles[t + k] = to
    })
  }
  return copies
}

/**
 * The six faces of a cell: corners in order round the face, and the edges between them (edge n joins
 * corners n and n+1).
 */
const CELL_FACES: readonly {
  corners: readonly [number, number, number, number]
  edges: readonly [number, number, number, number]
}[] = [
  { corners: [0, 2, 6, 4], edges: [4, 10, 6, 8] },
  { corners: [1, 3, 7, 5], edges: [5, 11, 7, 9] },
  { corners: [0, 1, 5, 4], edges: [0, 9, 2, 8] },
  { corners: [2, 3, 7, 6], edges: [1, 11, 3, 10] },
  { corners: [0, 1, 3, 2], edges: [0, 5, 1, 4] },
  { corners: [4, 5, 7, 6], edges: [2, 7, 3, 6] },
]

/** The twelve edges of a cell, as pairs of corner numbers (bit 0 = +x, bit 1 = +y, bit 2 = +z). */
const CELL_EDGES: readonly (readonly [number, number])[] = [
  [0, 1],
  [2, 3],
  [4, 5],
  [6, 7],
  [0, 2],
  [1, 3],
  [4, 6],
  [5, 7],
  [0, 4],
  [1, 5],
  [2, 6],
  [3, 7],
]

/** True when every edge of the triangles is shared by exactly two of them (closed and manifold). */
export function isManifold(indices: Uint32Array): boolean {
  const edges = new Map<number, number>()
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = indices[t + k] as number
      const b = indices[t + ((k + 1) % 3)] as number
      const key = a < b ? a * 4294967296 + b : b * 4294967296 + a
      edges.set(key, (edges.get(key) ?? 0) + 1)
    }
  }
  for (const n of edges.values()) if (n !== 2) return false
  return true
}
