import type { Rgb } from './builder'
import type { Vec3 } from './vec3'

/**
 * Signed distance descriptions of the parts a bone is built from (mm, negative inside). Each part's zero
 * set is exactly the surface the shell builder draws for it; away from the surface the values are
 * estimates (radial for superquadrics, first-order for ellipses), good enough to blend parts smoothly,
 * shade their creases and refine vertices, and cheap enough to evaluate a million times in a worker.
 */
export interface SdfPart {
  /** The builder's part name (`pedicle-left`), so a surface vertex can say which part it belongs to. */
  readonly name: string
  readonly color: Rgb
  /** Radius of the fillet where this part meets what was added before it (mm); 0 keeps a crisp edge. */
  readonly blend: number
  /**
   * For a layer on the bone (cartilage): how far it may stand off the parts added before it, mm. A pad
   * larger than the process under it then covers the process instead of jutting out as a plate.
   */
  readonly onto?: number
  /**
   * A hollow cut into the parts added before it (a groove, a cup) rather than bone added: the union so far
   * minus this part's solid, with the edge rounded over `blend`. It draws no shell and names no vertices.
   */
  readonly cut?: boolean
  /**
   * Bone the continuous surface alone shows (`MeshBuilder.surfaceTube`): it draws no shell, and the bones
   * as obstacles leave it out, as they leave out cuts.
   */
  readonly surfaceOnly?: boolean
  /** Axis-aligned box holding the part (mm). */
  readonly min: Vec3
  readonly max: Vec3
  distance(x: number, y: number, z: number): number
}

/** What a part is called, its colour and its fillet radius (see SdfPart). */
export type PartLook = Pick<SdfPart, 'name' | 'color' | 'blend'>

/** The polynomial smooth minimum: min(a, b) with the corner rounded over a width of `k`. */
export function smoothMin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b)
  const h = k - Math.abs(a - b)
  if (h <= 0) return Math.min(a, b)
  return Math.min(a, b) - (h * h) / (4 * k)
}

/** The polynomial smooth maximum: max(a, b) with the edge rounded over a width of `k`. */
export function smoothMax(a: number, b: number, k: number): number {
  return -smoothMin(-a, -b, k)
}

/**
 * Width (mm) over which the rim of a cup's cartilage lining is rounded, where its outline meets its face. The
 * lining stands 0.3 mm proud of the floor, less than the surface grid's spacing (0.7 mm on C1): left as a
 * sharp step, its rim was meshed as a row of teeth, with normals flipping from face to wall at every other
 * vertex.
 */
const LINING_EDGE = 0.8

/** Distance to an ellipse of semi-axes (ra, rb) in its plane, from first order (exact on the curve). */
function ellipseDistance(u: number, v: number, ra: number, rb: number): number {
  if (ra < 1e-4 || rb < 1e-4) return Math.sqrt(u * u + v * v) - Math.max(ra, rb)
  const ua = u / ra
  const vb = v / rb
  const k0 = Math.sqrt(ua * ua + vb * vb)
  const k1 = Math.sqrt((ua * ua) / (ra * ra) + (vb * vb) / (rb * rb))
  return k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(ra, rb)
}

/**
 * The corners of a tube's section when it is a rounded rectangle rather than an ellipse: each corner's
 * radius as a fraction (0–1) of the smaller semi-axis, in the order (+a, +b), (+a, −b), (−a, +b), (−a, −b),
 * where a and b are the section's two axes. 1 on all four makes a stadium; small values a squarer bar; a
 * side with small corners and a side with large ones a D.
 */
export type SectionCorners = readonly [number, number, number, number]

/**
 * Signed distance to a rectangle of half-sizes (ra, rb) with rounded corners (radii as `SectionCorners`
 * fractions of the smaller half-size), exact for one radius per quadrant.
 */
export function roundedRectDistance(
  u: number,
  v: number,
  ra: number,
  rb: number,
  k0: number,
  k1: number,
  k2: number,
  k3: number,
): number {
  const r = (u >= 0 ? (v >= 0 ? k0 : k1) : v >= 0 ? k2 : k3) * Math.min(ra, rb)
  const qx = Math.abs(u) - ra + r
  const qy = Math.abs(v) - rb + r
  const ox = Math.max(qx, 0)
  const oy = Math.max(qy, 0)
  return Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0) - r
}

/**
 * Where the section's outline crosses the ray through (ra·cos θ, rb·sin θ), as a multiple of that point
 * (1 on an ellipse; more toward the corners of a rounded rectangle). The shell builder puts its ring vertices
 * there, so the shells lie on the field's zero set.
 */
export function sectionReach(
  cos: number,
  sin: number,
  ra: number,
  rb: number,
  corners: SectionCorners | undefined,
): number {
  if (!corners || ra < 1e-6 || rb < 1e-6) return 1
  const [k0, k1, k2, k3] = corners
  const u = ra * cos
  const v = rb * sin
  let lo = 0.5
  let hi = 1.5
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2
    if (roundedRectDistance(u * mid, v * mid, ra, rb, k0, k1, k2, k3) < 0) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

/**
 * A tube: sections swept through rings (centre, the two section axes, the two semi-axes), each neighbouring
 * pair of rings a capped frustum. A section is an ellipse, or a rounded rectangle where its ring has
 * `corners` (see `SectionCorners`), the corners interpolated along the tube like the semi-axes. The builder's
 * end caps are rings of shrinking radius closing on a pole, so the same sweep rounds the ends.
 */
export function sweptSection(
  look: PartLook,
  rings: readonly { c: Vec3; a: Vec3; b: Vec3; ra: number; rb: number; corners?: SectionCorners }[],
): SdfPart {
  const n = rings.length
  const boxy = rings.some((r) => r.corners)
  const kc = new Float64Array(n * 4)
  for (const [i, ring] of rings.entries()) kc.set(ring.corners ?? [1, 1, 1, 1], i * 4)
  const c = new Float64Array(n * 3)
  const a = new Float64Array(n * 3)
  const b = new Float64Array(n * 3)
  const ra = new Float64Array(n)
  const rb = new Float64Array(n)
  // a bounding sphere per piece of the centreline, so far pieces are skipped with one distance
  const sphere = new Float64Array(Math.max(0, n - 1) * 4)
  const min: [number, number, number] = [Infinity, Infinity, Infinity]
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  rings.forEach((ring, i) => {
    for (let k = 0; k < 3; k++) {
      c[i * 3 + k] = ring.c[k] as number
      a[i * 3 + k] = ring.a[k] as number
      b[i * 3 + k] = ring.b[k] as number
      // (a rounded rectangle's corners reach past both semi-axes)
      const r = boxy ? Math.hypot(ring.ra, ring.rb) : Math.max(ring.ra, ring.rb)
      min[k] = Math.min(min[k] as number, (ring.c[k] as number) - r)
      max[k] = Math.max(max[k] as number, (ring.c[k] as number) + r)
    }
    ra[i] = ring.ra
    rb[i] = ring.rb
  })
  for (let i = 0; i < n - 1; i++) {
    const p = rings[i] as (typeof rings)[number]
    const q = rings[i + 1] as (typeof rings)[number]
    const mid = [(p.c[0] + q.c[0]) / 2, (p.c[1] + q.c[1]) / 2, (p.c[2] + q.c[2]) / 2]
    const half = Math.hypot(q.c[0] - p.c[0], q.c[1] - p.c[1], q.c[2] - p.c[2]) / 2
    sphere.set([mid[0] as number, mid[1] as number, mid[2] as number, half], i * 4)
  }
  return {
    ...look,
    min,
    max,
    distance(x, y, z) {
      // The nearest point of the centreline first, then the section there: measuring each frustum on its
      // own and taking the least would leave a crease at every ring on the outside of a bend.
      let nearest = Infinity
      let seg = -1
      let at = 0
      let beyond = 0
      for (let i = 0; i < n - 1; i++) {
        const s4 = i * 4
        // (Math.hypot is several times slower than a square root in V8, and this runs millions of times)
        const fx = x - (sphere[s4] as number)
        const fy = y - (sphere[s4 + 1] as number)
        const fz = z - (sphere[s4 + 2] as number)
        const reach = Math.sqrt(nearest) + (sphere[s4 + 3] as number)
        if (fx * fx + fy * fy + fz * fz >= reach * reach) continue
        const i3 = i * 3
        const sx = (c[i3 + 3] as number) - (c[i3] as number)
        const sy = (c[i3 + 4] as number) - (c[i3 + 1] as number)
        const sz = (c[i3 + 5] as number) - (c[i3 + 2] as number)
        const px = x - (c[i3] as number)
        const py = y - (c[i3 + 1] as number)
        const pz = z - (c[i3 + 2] as number)
        const len2 = sx * sx + sy * sy + sz * sz
        if (len2 < 1e-12) continue
        const along = (px * sx + py * sy + pz * sz) / len2
        const t = along < 0 ? 0 : Math.min(along, 1)
        const qx = px - sx * t
        const qy = py - sy * t
        const qz = pz - sz * t
        const q2 = qx * qx + qy * qy + qz * qz
        if (q2 < nearest) {
          nearest = q2
          seg = i
          at = t
          // beyond the tube's ends (the poles), how far along the axis, mm
          beyond =
            i === 0 && along < 0
              ? -along * Math.sqrt(len2)
              : i === n - 2 && along > 1
                ? (along - 1) * Math.sqrt(len2)
                : 0
        }
      }
      if (seg < 0) return Infinity
      const i3 = seg * 3
      const j3 = i3 + 3
      const t = at
      const cx = (c[i3] as number) + ((c[j3] as number) - (c[i3] as number)) * t
      const cy = (c[i3 + 1] as number) + ((c[j3 + 1] as number) - (c[i3 + 1] as number)) * t
      const cz = (c[i3 + 2] as number) + ((c[j3 + 2] as number) - (c[i3 + 2] as number)) * t
      const qx = x - cx
      const qy = y - cy
      const qz = z - cz
      let ax = (a[i3] as number) + ((a[j3] as number) - (a[i3] as number)) * t
      let ay = (a[i3 + 1] as number) + ((a[j3 + 1] as number) - (a[i3 + 1] as number)) * t
      let az = (a[i3 + 2] as number) + ((a[j3 + 2] as number) - (a[i3 + 2] as number)) * t
      let bx = (b[i3] as number) + ((b[j3] as number) - (b[i3] as number)) * t
      let by = (b[i3 + 1] as number) + ((b[j3 + 1] as number) - (b[i3 + 1] as number)) * t
      let bz = (b[i3 + 2] as number) + ((b[j3 + 2] as number) - (b[i3 + 2] as number)) * t
      const la = Math.sqrt(ax * ax + ay * ay + az * az) || 1
      const lb = Math.sqrt(bx * bx + by * by + bz * bz) || 1
      ax /= la
      ay /= la
      az /= la
      bx /= lb
      by /= lb
      bz /= lb
      const u = qx * ax + qy * ay + qz * az
      const v = qx * bx + qy * by + qz * bz
      const rA = (ra[seg] as number) + ((ra[seg + 1] as number) - (ra[seg] as number)) * t
      const rB = (rb[seg] as number) + ((rb[seg + 1] as number) - (rb[seg] as number)) * t
      let d2: number
      if (boxy) {
        const i4 = seg * 4
        const j4 = i4 + 4
        d2 = roundedRectDistance(
          u,
          v,
          rA,
          rB,
          (kc[i4] as number) + ((kc[j4] as number) - (kc[i4] as number)) * t,
          (kc[i4 + 1] as number) + ((kc[j4 + 1] as number) - (kc[i4 + 1] as number)) * t,
          (kc[i4 + 2] as number) + ((kc[j4 + 2] as number) - (kc[i4 + 2] as number)) * t,
          (kc[i4 + 3] as number) + ((kc[j4 + 3] as number) - (kc[i4 + 3] as number)) * t,
        )
      } else d2 = ellipseDistance(u, v, rA, rB)
      return beyond === 0 ? d2 : d2 < 0 ? Math.max(d2, beyond) : Math.sqrt(d2 * d2 + beyond * beyond)
    },
  }
}

/** An ellipsoid with semi-axes along three orthonormal axes. */
export function ellipsoid(look: PartLook, centre: Vec3, radii: Vec3, axes: readonly [Vec3, Vec3, Vec3]): SdfPart {
  const [r0, r1, r2] = radii
  const [e0, e1, e2] = axes
  return centredPart(look, centre, Math.max(r0, r1, r2), (px, py, pz) => {
    const a = (px * e0[0] + py * e0[1] + pz * e0[2]) / r0
    const b = (px * e1[0] + py * e1[1] + pz * e1[2]) / r1
    const c = (px * e2[0] + py * e2[1] + pz * e2[2]) / r2
    const k0 = Math.sqrt(a * a + b * b + c * c)
    const k1 = Math.sqrt((a * a) / (r0 * r0) + (b * b) / (r1 * r1) + (c * c) / (r2 * r2))
    return k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(r0, r1, r2)
  })
}

/**
 * A layer lining a hollow cut into bone (the cartilage of a cupped joint surface): the band from `depth` mm
 * under the hollow's surface to `proud` mm over it, inside an outline seen along the lining's normal: an
 * ellipse of semi-axes `ru` along `u` and `rv` along `v` round `centre`, less a round notch cut into its edge
 * when `notch` is given (its centre and radius in the same u–v plane), which makes the outline a kidney.
 * `hollow` is the solid taken away (negative inside, as every field here).
 */
export function hollowLining(
  look: PartLook,
  hollow: SdfPart,
  centre: Vec3,
  u: Vec3,
  v: Vec3,
  ru: number,
  rv: number,
  proud: number,
  depth: number,
  notch?: { readonly u: number; readonly v: number; readonly radius: number },
): SdfPart {
  return centredPart(look, centre, Math.max(ru, rv) + depth + proud, (px, py, pz) => {
    const a = px * u[0] + py * u[1] + pz * u[2]
    const b = px * v[0] + py * v[1] + pz * v[2]
    let outline = ellipseDistance(a, b, ru, rv)
    if (notch) outline = Math.max(outline, notch.radius - Math.hypot(a - notch.u, b - notch.v))
    const h = hollow.distance(px + centre[0], py + centre[1], pz + centre[2])
    return Math.max(smoothMax(outline, -(h + proud), LINING_EDGE), h - depth)
  })
}

/** A part whose field is a function of the offset from its centre, within `reach` of it. */
function centredPart(
  look: PartLook,
  [cx, cy, cz]: Vec3,
  reach: number,
  field: (px: number, py: number, pz: number) => number,
): SdfPart {
  return {
    ...look,
    min: [cx - reach, cy - reach, cz - reach],
    max: [cx + reach, cy + reach, cz + reach],
    distance: (x, y, z) => field(x - cx, y - cy, z - cz),
  }
}

const TABLE = 360

/**
 * The builder's superquadric solid as a field: in the part's frame, scaled to unit radii, a point at
 * section radius ρ and height y is inside when (ρ / (R(θ)·waist(y)))ⁿ + |y / H(θ)|ⁿ ≤ 1, where R is the
 * outline's radius at the point's angle and H the (wedged) half-height there. The value is the radial
 * distance to that surface along the ray from the centre, exact on the surface.
 */
export function superquadricSolid(
  look: PartLook,
  centre: Vec3,
  radii: Vec3,
  axes: readonly [Vec3, Vec3, Vec3],
  squareness: number,
  outlinePoints: readonly (readonly [number, number])[],
  heights: readonly (readonly [number, number])[],
  waist: number,
): SdfPart {
  // tables of the outline radius and the half-heights below and above, by angle round the y axis
  const radius = new Float64Array(TABLE + 1)
  const down = new Float64Array(TABLE + 1)
  const up = new Float64Array(TABLE + 1)
  const samples = outlinePoints.map(([x, z], i) => ({
    angle: Math.atan2(z, x),
    r: Math.hypot(x, z),
    h: heights[i] as readonly [number, number],
  }))
  samples.sort((p, q) => p.angle - q.angle)
  const m = samples.length
  for (let j = 0; j <= TABLE; j++) {
    const angle = -Math.PI + (j / TABLE) * 2 * Math.PI
    // the samples on either side of this angle, wrapping round
    let k = 0
    while (k < m && (samples[k]?.angle as number) < angle) k++
    const hi = samples[k % m] as (typeof samples)[number]
    const lo = samples[(k - 1 + m) % m] as (typeof samples)[number]
    let span = hi.angle - lo.angle
    if (span <= 0) span += 2 * Math.PI
    let offset = angle - lo.angle
    if (offset < 0) offset += 2 * Math.PI
    const f = span > 1e-9 ? Math.min(1, offset / span) : 0
    radius[j] = lo.r + (hi.r - lo.r) * f
    down[j] = lo.h[0] + (hi.h[0] - lo.h[0]) * f
    up[j] = lo.h[1] + (hi.h[1] - lo.h[1]) * f
  }
  const [rx, ry, rz] = radii
  const [e0, e1, e2] = axes
  const n = squareness
  let reach = 0
  for (let j = 0; j <= TABLE; j++) reach = Math.max(reach, (radius[j] as number) * Math.max(rx, rz))
  reach = Math.max(reach, ry * Math.max(...down, ...up))
  return centredPart(look, centre, reach, (px, py, pz) => {
    const lx = (px * e0[0] + py * e0[1] + pz * e0[2]) / rx
    const ly = (px * e1[0] + py * e1[1] + pz * e1[2]) / ry
    const lz = (px * e2[0] + py * e2[1] + pz * e2[2]) / rz
    const t = ((Math.atan2(lz, lx) + Math.PI) / (2 * Math.PI)) * TABLE
    const j = Math.min(TABLE - 1, Math.floor(t))
    const f = t - j
    const R = (radius[j] as number) + ((radius[j + 1] as number) - (radius[j] as number)) * f
    const H =
      ly > 0
        ? (up[j] as number) + ((up[j + 1] as number) - (up[j] as number)) * f
        : (down[j] as number) + ((down[j + 1] as number) - (down[j] as number)) * f
    const yn = Math.abs(ly) / H
    const w = 1 - waist * (1 - Math.min(1, yn * yn))
    const rho = Math.sqrt(lx * lx + lz * lz) / (R * w)
    // (powers are slow in V8 and this runs millions of times: squareness 4 is done with square roots)
    const g =
      n === 4 ? Math.sqrt(Math.sqrt(rho * rho * rho * rho + yn * yn * yn * yn)) : (rho ** n + yn ** n) ** (1 / n)
    const dist = Math.sqrt(px * px + py * py + pz * pz)
    if (g < 1e-6) return -Math.min(rx, ry, rz) * Math.min(R, H)
    return (dist * (g - 1)) / g
  })
}
