import { Box3, BufferAttribute, BufferGeometry, Sphere, Vector3 } from 'three'
import { BODY_CONCAVITY } from '../anatomy/landmarks'
import {
  ellipsoid as ellipsoidField,
  hollowLining,
  type SdfPart,
  type SectionCorners,
  sectionReach,
  superquadricSolid,
  sweptSection,
} from './sdf'
import { add, cross3, normalize, scale, sub, type Vec3 } from './vec3'

/** RGB in 0–1. Parts are coloured per vertex so one material serves a whole bone. */
export type Rgb = readonly [number, number, number]
export const BONE: Rgb = [0.89, 0.85, 0.76]
export const CARTILAGE: Rgb = [0.72, 0.82, 0.9]
export const ANNULUS: Rgb = [0.82, 0.86, 0.9]
export const NUCLEUS: Rgb = [0.55, 0.7, 0.85]
export const CAPSULE: Rgb = [0.95, 0.63, 0.25]

/** A named vertex range of a generated mesh, so tests and tools can measure a process or a facet alone. */
export interface PartRange {
  readonly name: string
  readonly start: number
  readonly count: number
}

/** How finely surfaces are tessellated: 0 for the whole-spine overview, 1 for close-ups. */
export type Detail = 0 | 1

/** Fillet radius where bone parts meet (mm), capped for thin parts so they are not swallowed. */
const BONE_BLEND = 1.6
/** Cartilage pads keep a crisp edge: the joint surface is a distinct area of the bone. */
const PAD_BLEND = 0.15
/** How far a cartilage pad may stand off the bone under it, mm. */
const PAD_ONTO = 1.5
/**
 * Cartilage lining a hollow stands this far off the hollow's floor (mm), so that the floor's vertices
 * belong to the cartilage rather than to the bone under it, and reaches this far into the bone.
 */
const PAD_PROUD = 0.3
const PAD_DEPTH = 2
const LINING_BLEND = 0.5
/**
 * Each geometry's parts as fields, made only when asked for: only a bone meshed as a surface needs them,
 * and making them for every part (outline tables included) was a fifth of the overview's build, which
 * stands between the page and its first frame.
 */
const fieldsOf = new WeakMap<BufferGeometry, readonly (() => SdfPart)[]>()
const madeFields = new WeakMap<BufferGeometry, readonly SdfPart[]>()

/**
 * The parts a builder-made geometry was built from, as signed distance fields (for meshing the bone as
 * one continuous surface, geometry/surface.ts); null for a geometry made otherwise.
 */
export function partFieldsOf(geometry: BufferGeometry): readonly SdfPart[] | null {
  const made = madeFields.get(geometry)
  if (made) return made
  const makers = fieldsOf.get(geometry)
  if (!makers) return null
  const fields = makers.map((make) => make())
  madeFields.set(geometry, fields)
  return fields
}

/**
 * Collects closed surfaces (each part is its own closed shell) into one indexed geometry. Parts may
 * overlap; the overlap is hidden inside the bone, as in a union of solids.
 */
export class MeshBuilder {
  private readonly positions: number[] = []
  private readonly colors: number[] = []
  private readonly indices: number[] = []
  readonly parts: PartRange[] = []
  /** The same parts as fields, recorded alongside the shells (as makers: see `fieldsOf`). */
  private readonly fields: (() => SdfPart)[] = []
  /**
   * The joint faces' fields (cartilage pads, each with the cut that flattens the bone under it), laid over
   * every other part: a lamina added after L5's lower joint face crossed it and showed as bone in its middle.
   */
  private readonly padFields: (() => SdfPart)[] = []

  constructor(readonly detail: Detail) {}

  private begin(name: string): number {
    this.parts.push({ name, start: this.positions.length / 3, count: 0 })
    return this.positions.length / 3
  }

  private end(): void {
    const last = this.parts.pop()
    if (last) this.parts.push({ ...last, count: this.positions.length / 3 - last.start })
  }

  private vertex(p: Vec3, c: Rgb): void {
    this.positions.push(p[0], p[1], p[2])
    this.colors.push(c[0], c[1], c[2])
  }

  /** Joins ring i to ring i+1 (each `n` vertices, starting at `base`), and closes both ends with poles, facing out. */
  private stitchRings(base: number, rings: number, n: number, firstPole: number, lastPole: number): void {
    for (let r = 0; r < rings - 1; r++) {
      for (let k = 0; k < n; k++) {
        const a = base + r * n + k
        const b = base + r * n + ((k + 1) % n)
        const c = a + n
        const d = b + n
        this.indices.push(a, c, b, b, c, d)
      }
    }
    // The caps turn the same way as the rings, so every triangle faces out: wound the other way, the fans
    // round the poles faced in and a front-face-culled shell showed a hole through each pole (a facet joint's
    // capsule, whose poles lie on the facet normal, read as a washer).
    const lastRing = base + (rings - 1) * n
    for (let k = 0; k < n; k++) {
      this.indices.push(firstPole, base + k, base + ((k + 1) % n))
      this.indices.push(lastPole, lastRing + ((k + 1) % n), lastRing + k)
    }
  }

  /**
   * A tube swept along a smooth path with an elliptical cross-section and rounded (half-ellipsoid) ends.
   * @param path  centreline control points, mm (at least two)
   * @param radii per control point: [across, along `up`] semi-axes, mm
   * @param up    direction the second semi-axis leans toward (default +y)
   * @param corners per control point, a rounded-rectangle section instead of an ellipse (see
   *   `SectionCorners`; its first axis is the path's direction × `up`, its second leans toward `up`)
   */
  tube(
    name: string,
    path: readonly Vec3[],
    radii: readonly (readonly [number, number])[],
    color: Rgb = BONE,
    up: Vec3 = [0, 1, 0],
    corners?: readonly SectionCorners[],
  ): void {
    const radial = this.detail ? 16 : 6
    const steps = Math.max(2, (path.length - 1) * (this.detail ? 6 : 2) + 1)
    const capRings = this.detail ? 4 : 1
    const centres: Vec3[] = []
    const rs: [number, number][] = []
    const ks: (SectionCorners | undefined)[] = []
    for (let i = 0; i < steps; i++) {
      const t = (i / (steps - 1)) * (path.length - 1)
      centres.push(catmullRom(path, t))
      const j = Math.min(Math.floor(t), radii.length - 2)
      const f = t - j
      const r0 = radii[j] ?? radii[0] ?? [1, 1]
      const r1 = radii[j + 1] ?? r0
      rs.push([r0[0] + (r1[0] - r0[0]) * f, r0[1] + (r1[1] - r0[1]) * f])
      if (corners) {
        const k0 = corners[j] ?? corners[0] ?? [1, 1, 1, 1]
        const k1 = corners[j + 1] ?? k0
        ks.push(k0.map((k, q) => k + ((k1[q] as number) - k) * f) as unknown as SectionCorners)
      }
    }
    const rings: { c: Vec3; t: Vec3; r: [number, number]; k: SectionCorners | undefined }[] = []
    const tangentAt = (i: number): Vec3 => {
      const a = centres[Math.max(0, i - 1)] as Vec3
      const b = centres[Math.min(steps - 1, i + 1)] as Vec3
      return normalize(sub(b, a))
    }
    const t0 = tangentAt(0)
    const tn = tangentAt(steps - 1)
    const first = rs[0] as [number, number]
    const last = rs[steps - 1] as [number, number]
    const capR0 = Math.min(first[0], first[1])
    const capRn = Math.min(last[0], last[1])
    for (let k = capRings; k >= 1; k--) {
      const phi = (k / (capRings + 1)) * (Math.PI / 2)
      rings.push({
        c: add(centres[0] as Vec3, scale(t0, -capR0 * Math.sin(phi))),
        t: t0,
        r: [first[0] * Math.cos(phi), first[1] * Math.cos(phi)],
        k: ks[0],
      })
    }
    for (let i = 0; i < steps; i++)
      rings.push({ c: centres[i] as Vec3, t: tangentAt(i), r: rs[i] as [number, number], k: ks[i] })
    for (let k = 1; k <= capRings; k++) {
      const phi = (k / (capRings + 1)) * (Math.PI / 2)
      rings.push({
        c: add(centres[steps - 1] as Vec3, scale(tn, capRn * Math.sin(phi))),
        t: tn,
        r: [last[0] * Math.cos(phi), last[1] * Math.cos(phi)],
        k: ks[steps - 1],
      })
    }
    const base = this.begin(name)
    const sections: { c: Vec3; a: Vec3; b: Vec3; ra: number; rb: number; corners?: SectionCorners }[] = []
    for (const ring of rings) {
      let n = sub(up, scale(ring.t, dotv(up, ring.t)))
      if (Math.hypot(n[0], n[1], n[2]) < 1e-3) n = Math.abs(ring.t[0]) < 0.9 ? [1, 0, 0] : [0, 0, 1]
      n = normalize(n)
      const b = normalize(cross3(ring.t, n))
      sections.push({ c: ring.c, a: b, b: n, ra: ring.r[0], rb: ring.r[1], ...(ring.k ? { corners: ring.k } : {}) })
      for (let k = 0; k < radial; k++) {
        const a = (k / radial) * Math.PI * 2
        const cos = Math.cos(a)
        const sin = Math.sin(a)
        // on a rounded rectangle the outline lies further out than the ellipse toward the corners
        const s = sectionReach(cos, sin, ring.r[0], ring.r[1], ring.k)
        this.vertex(add(ring.c, add(scale(b, ring.r[0] * cos * s), scale(n, ring.r[1] * sin * s))), color)
      }
    }
    const firstPole = this.positions.length / 3
    const startPole = add(centres[0] as Vec3, scale(t0, -capR0))
    this.vertex(startPole, color)
    const lastPole = this.positions.length / 3
    const endPole = add(centres[steps - 1] as Vec3, scale(tn, capRn))
    this.vertex(endPole, color)
    const firstSection = sections[0] as (typeof sections)[number]
    const lastSection = sections[sections.length - 1] as (typeof sections)[number]
    const thinnest = Math.min(...rs.map(([a, b]) => Math.min(a, b)))
    this.fields.push(() =>
      sweptSection({ name, color, blend: color === CARTILAGE ? PAD_BLEND : Math.min(BONE_BLEND, thinnest * 0.6) }, [
        { ...firstSection, c: startPole, ra: 0, rb: 0 },
        ...sections,
        { ...lastSection, c: endPole, ra: 0, rb: 0 },
      ]),
    )
    this.stitchRings(base, rings.length, radial, firstPole, lastPole)
    this.end()
  }

  /**
   * Bone along a path (a tube's solid, as `tube` takes it) that only the continuous surface shows: filling
   * made to have a hole cut through it (`cutTube`), such as the plate round a sacral foramen. The shells,
   * which cannot take the hole, leave both out, and so do the bones as obstacles (neural/obstacles.ts).
   */
  surfaceTube(
    name: string,
    path: readonly Vec3[],
    radii: readonly (readonly [number, number])[],
    up: Vec3 = [0, 1, 0],
    corners?: readonly SectionCorners[],
  ): void {
    const scratch = new MeshBuilder(1)
    scratch.tube(name, path, radii, BONE, up, corners)
    const make = scratch.fields[0] as () => SdfPart
    this.fields.push(() => ({ ...make(), surfaceOnly: true }))
  }

  /**
   * A groove cut along a path (a tube's solid, as `tube` takes it) into the parts added before it, with its
   * edges rounded over `blend` mm. Only the continuous surface shows it: the shells, drawn as separate
   * solids, cannot take a hollow, so they keep the bone whole there.
   */
  cutTube(
    name: string,
    path: readonly Vec3[],
    radii: readonly (readonly [number, number])[],
    up: Vec3 = [0, 1, 0],
    blend = 0.8,
    corners?: readonly SectionCorners[],
  ): void {
    const scratch = new MeshBuilder(1)
    scratch.tube(name, path, radii, BONE, up, corners)
    const make = scratch.fields[0] as () => SdfPart
    this.fields.push(() => ({ ...make(), blend, cut: true }))
  }

  /**
   * A hollow cut into the parts added before it by an ellipsoid's solid (a cup for a joint surface), its rim
   * rounded over `blend` mm. Like `cutTube`, only the continuous surface shows it.
   */
  cutEllipsoid(name: string, centre: Vec3, radii: Vec3, axes: readonly [Vec3, Vec3, Vec3], blend = 0.8): void {
    this.fields.push(() => ({ ...ellipsoidField({ name, color: BONE, blend }, centre, radii, axes), cut: true }))
  }

  /**
   * A concave articular surface: cartilage lining the floor of a hollow cut by `cutEllipsoid` (the same
   * centre, radii and axes), over an oval `width` mm along the first of `padAxes(normal)` and `height` along
   * the third, centred where the floor is deepest (`surface`, facing `normal`); `notch` (u, v, radius, mm in
   * that plane) takes a bite out of its edge for a kidney-shaped surface. The shells cannot show a hollow:
   * there it is a flat pad, as `facetPad` makes, facing the same way and `lift` mm above the floor (at the
   * hollow's rim, so the shell of the bone round it does not hide it).
   */
  hollowPad(
    name: string,
    surface: Vec3,
    normal: Vec3,
    width: number,
    height: number,
    hollow: { readonly centre: Vec3; readonly radii: Vec3; readonly axes: readonly [Vec3, Vec3, Vec3] },
    notch?: { readonly u: number; readonly v: number; readonly radius: number },
    lift = 0,
  ): void {
    // (a lining follows its hollow's floor: nothing stands proud of a cup to cut back)
    this.facetPad(name, add(surface, scale(normal, lift)), normal, width, height, undefined, false)
    const [u, , v] = padAxes(normal)
    this.padFields[this.padFields.length - 1] = () => ({
      ...hollowLining(
        // (its edge filleted a little more than a flat pad's: on the curved floor a crisp step is ragged)
        { name, color: CARTILAGE, blend: LINING_BLEND },
        ellipsoidField({ name, color: BONE, blend: 0 }, hollow.centre, hollow.radii, hollow.axes),
        surface,
        u,
        v,
        width / 2,
        height / 2,
        PAD_PROUD,
        PAD_DEPTH,
        notch,
      ),
      onto: PAD_ONTO,
    })
  }

  /** An ellipsoid with semi-axes along the given (orthonormal) axes. */
  ellipsoid(
    name: string,
    centre: Vec3,
    radii: Vec3,
    axes: readonly [Vec3, Vec3, Vec3] = AXES,
    color: Rgb = BONE,
  ): void {
    this.superquadric(
      name,
      centre,
      radii,
      axes,
      2,
      circle,
      color,
      undefined,
      0,
      this.detail ? 24 : 8,
      this.detail ? 10 : 4,
    )
  }

  /**
   * A superquadric solid: outline in the x–z plane from `outline(angle)`, vertical profile rounded with
   * `squareness` (2 = ellipsoid, larger = flatter top with a rounded rim). `heightAt(x, z)` scales the
   * upper and lower half-heights per outline point, which is how bodies are wedged.
   */
  superquadric(
    name: string,
    centre: Vec3,
    radii: Vec3,
    axes: readonly [Vec3, Vec3, Vec3],
    squareness: number,
    outline: (angle: number) => readonly [number, number],
    color: Rgb = BONE,
    heightAt: (x: number, z: number) => readonly [number, number] = () => [1, 1],
    waist = 0,
    // multiples of four, so the midline and the sides are sampled exactly
    radial = this.detail ? 40 : 12,
    stacks = this.detail ? 14 : 5,
  ): void {
    const base = this.begin(name)
    const point = (x: number, y: number, z: number): Vec3 =>
      add(centre, add(scale(axes[0], x * radii[0]), add(scale(axes[1], y * radii[1]), scale(axes[2], z * radii[2]))))
    const local: [number, number, number][] = []
    for (let s = 1; s < stacks; s++) {
      const psi = -Math.PI / 2 + (s / stacks) * Math.PI
      const y = Math.sign(Math.sin(psi)) * Math.abs(Math.sin(psi)) ** (2 / squareness)
      const r = Math.abs(Math.cos(psi)) ** (2 / squareness) * (1 - waist * (1 - y * y))
      for (let k = 0; k < radial; k++) {
        const [ox, oz] = outline((k / radial) * Math.PI * 2)
        const [down, upScale] = heightAt(ox, oz)
        local.push([ox * r, y * (y > 0 ? upScale : down), oz * r])
      }
    }
    // fit the widest ring to the requested radii, so measured extents equal the table's values
    let maxX = 0
    let minZ = 0
    let maxZ = 0
    for (const v of local) {
      maxX = Math.max(maxX, Math.abs(v[0]))
      minZ = Math.min(minZ, v[2])
      maxZ = Math.max(maxZ, v[2])
    }
    const fx = 1 / (maxX || 1)
    const fz = 2 / (maxZ - minZ || 2)
    for (const v of local) this.vertex(point(v[0] * fx, v[1], v[2] * fz), color)
    this.fields.push(() => {
      // the field samples the outline finely, whatever the shells' detail
      const outlinePoints: [number, number][] = []
      const heights: (readonly [number, number])[] = []
      for (let k = 0; k < 256; k++) {
        const [ox, oz] = outline((k / 256) * Math.PI * 2)
        outlinePoints.push([ox * fx, oz * fz])
        heights.push(heightAt(ox, oz))
      }
      const minRadius = Math.min(radii[0], radii[1], radii[2])
      const blend = color === CARTILAGE ? PAD_BLEND : Math.min(BONE_BLEND, minRadius * 0.6)
      return squareness === 2 && outline === circle && waist === 0 && heights.every(([d, u]) => d === 1 && u === 1)
        ? ellipsoidField({ name, color, blend }, centre, radii, axes)
        : superquadricSolid({ name, color, blend }, centre, radii, axes, squareness, outlinePoints, heights, waist)
    })
    const [d0, u0] = heightAt(0, 0)
    const firstPole = this.positions.length / 3
    this.vertex(point(0, -d0, 0), color)
    const lastPole = this.positions.length / 3
    this.vertex(point(0, u0, 0), color)
    this.stitchRings(base, stacks - 1, radial, firstPole, lastPole)
    this.end()
  }

  /**
   * An articular surface: a thin cartilage-coloured lens whose outer face has the given normal.
   * Its centre is `surface` minus half its thickness, so the face itself sits at `surface`.
   */
  facetPad(
    name: string,
    surface: Vec3,
    normal: Vec3,
    width: number,
    height: number,
    thickness = 1.4,
    flatten = true,
  ): void {
    const axes = padAxes(normal)
    // bone of the process that bulges past the joint's plane inside the pad's outline is cut back to the
    // plane, so the whole face is cartilage: on C5 a convex process poked through the flat pad's middle, and
    // the face showed as a ring round a jagged hole of bone (student review s38, M9)
    if (flatten) this.padFields.push(() => facetFrontCut(name, surface, axes, width / 2, height / 2))
    this.ellipsoid(
      name,
      sub(surface, scale(normal, thickness / 2)),
      [width / 2, thickness / 2, height / 2],
      axes,
      CARTILAGE,
    )
    // As a field the pad is the outer half of a deep lens, flat at the joint surface: the thin rim of the
    // shell pad would stand off its process as a flange thinner than the surface grid can follow, and a
    // flat face keeps the joint surface facing exactly the way the table says.
    const deep = Math.max(thickness, 4)
    // (the shell's own field, which `ellipsoid` recorded, gives way to the lens, laid with the other pads)
    this.fields.pop()
    this.padFields.push(() => {
      const lens = ellipsoidField(
        { name, color: CARTILAGE, blend: PAD_BLEND },
        surface,
        [width / 2, deep, height / 2],
        axes,
      )
      const [nx, ny, nz] = axes[1]
      return {
        ...lens,
        // articular cartilage is a layer a millimetre or two thick on its process [grays2020]
        onto: PAD_ONTO,
        distance: (x, y, z) =>
          Math.max(lens.distance(x, y, z), (x - surface[0]) * nx + (y - surface[1]) * ny + (z - surface[2]) * nz),
      }
    })
  }

  build(): BufferGeometry {
    const geometry = new BufferGeometry()
    const position = new Float32Array(this.positions)
    geometry.setAttribute('position', new BufferAttribute(position, 3))
    geometry.setAttribute('color', new BufferAttribute(new Float32Array(this.colors), 3))
    geometry.setIndex(this.indices)
    geometry.setAttribute('normal', new BufferAttribute(vertexNormals(position, this.indices), 3))
    const box = new Box3().setFromArray(position)
    geometry.boundingBox = box
    geometry.boundingSphere = sphereAround(position, box)
    geometry.userData.parts = this.parts
    fieldsOf.set(geometry, [...this.fields, ...this.padFields])
    return geometry
  }
}

const circle = (angle: number): readonly [number, number] => [Math.cos(angle), Math.sin(angle)]
const dotv = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const AXES: readonly [Vec3, Vec3, Vec3] = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
]

/** Axes for a surface: [in-plane horizontal, normal, in-plane "vertical"]. */
export function padAxes(normal: Vec3): [Vec3, Vec3, Vec3] {
  const n = normalize(normal)
  let u = cross3([0, 1, 0], n)
  if (Math.hypot(u[0], u[1], u[2]) < 0.2) u = cross3([0, 0, 1], n)
  u = normalize(u)
  // right-handed (u × n = v), so shells built in this frame keep outward-facing triangles
  const v = normalize(cross3(u, n))
  return [u, n, v]
}

/** A point at parameter `t` (0 … points−1) on the Catmull–Rom spline through `points`. */
export function catmullRom(points: readonly Vec3[], t: number): Vec3 {
  const i = Math.min(Math.floor(t), points.length - 2)
  const f = t - i
  const p0 = points[Math.max(0, i - 1)] as Vec3
  const p1 = points[i] as Vec3
  const p2 = points[i + 1] as Vec3
  const p3 = points[Math.min(points.length - 1, i + 2)] as Vec3
  const f2 = f * f
  const f3 = f2 * f
  const c = (a: number, b: number, cc: number, d: number) =>
    0.5 * (2 * b + (-a + cc) * f + (2 * a - 5 * b + 4 * cc - d) * f2 + (-a + 3 * b - 3 * cc + d) * f3)
  return [c(p0[0], p1[0], p2[0], p3[0]), c(p0[1], p1[1], p2[1], p3[1]), c(p0[2], p1[2], p2[2], p3[2])]
}

/** Vertebral body cross-sections (unit outline, x to the left, z forward). */
export function bodyOutline(region: 'C' | 'T' | 'L' | 'S'): (angle: number) => readonly [number, number] {
  const n = region === 'C' ? 3.2 : region === 'T' ? 2.4 : 2.6
  const concavity = BODY_CONCAVITY[region]
  const frontTaper = region === 'T' ? 0.18 : 0
  return (angle) => {
    const c = Math.cos(angle)
    const s = Math.sin(angle)
    let x = Math.sign(c) * Math.abs(c) ** (2 / n)
    let z = Math.sign(s) * Math.abs(s) ** (2 / n)
    if (z < 0) z += concavity * (1 - x * x) ** 2
    if (z > 0) x *= 1 - frontTaper * z * z
    return [x, z]
  }
}

/**
 * Area-weighted vertex normals, as three's `computeVertexNormals` makes them, straight from the arrays:
 * three's goes through an attribute accessor per coordinate, and on the overview's build (one of the things
 * the first frame waits for) it was the largest single cost after garbage collection.
 */
function vertexNormals(position: Float32Array, indices: readonly number[]): Float32Array {
  const normal = new Float32Array(position.length)
  for (let t = 0; t < indices.length; t += 3) {
    const a = (indices[t] as number) * 3
    const b = (indices[t + 1] as number) * 3
    const c = (indices[t + 2] as number) * 3
    const ux = (position[c] as number) - (position[b] as number)
    const uy = (position[c + 1] as number) - (position[b + 1] as number)
    const uz = (position[c + 2] as number) - (position[b + 2] as number)
    const vx = (position[a] as number) - (position[b] as number)
    const vy = (position[a + 1] as number) - (position[b + 1] as number)
    const vz = (position[a + 2] as number) - (position[b + 2] as number)
    const nx = uy * vz - uz * vy
    const ny = uz * vx - ux * vz
    const nz = ux * vy - uy * vx
    addTo(normal, a, nx, ny, nz)
    addTo(normal, b, nx, ny, nz)
    addTo(normal, c, nx, ny, nz)
  }
  for (let v = 0; v < normal.length; v += 3) {
    const x = normal[v] as number
    const y = normal[v + 1] as number
    const z = normal[v + 2] as number
    const length = Math.sqrt(x * x + y * y + z * z) || 1
    normal[v] = x / length
    normal[v + 1] = y / length
    normal[v + 2] = z / length
  }
  return normal
}

function addTo(array: Float32Array, at: number, x: number, y: number, z: number): void {
  array[at] = (array[at] as number) + x
  array[at + 1] = (array[at + 1] as number) + y
  array[at + 2] = (array[at + 2] as number) + z
}

/** The sphere three's `computeBoundingSphere` gives: centred on the box, through the farthest vertex. */
function sphereAround(position: Float32Array, box: Box3): Sphere {
  const centre = box.getCenter(new Vector3())
  let farthest = 0
  for (let v = 0; v < position.length; v += 3) {
    const dx = (position[v] as number) - centre.x
    const dy = (position[v + 1] as number) - centre.y
    const dz = (position[v + 2] as number) - centre.z
    farthest = Math.max(farthest, dx * dx + dy * dy + dz * dz)
  }
  return new Sphere(centre, Math.sqrt(farthest))
}

/** How far in front of a joint's plane bone is cut back (mm): past any process's bulge, short of the next bone. */
const FRONT_CUT_DEPTH = 4
/**
 * The cut reaches this far behind the plane (mm), into the bone the pad lies on: the face is then the pad's
 * alone, not the bone's cut face at the same place, which won as many of its vertices as the pad did.
 */
const FRONT_CUT_BEHIND = PAD_PROUD
/** The cut's rim is rounded a little, as the pad's own edge. */
const FRONT_CUT_BLEND = 0.3

/**
 * The solid cut away in front of a flat joint face: an elliptic slab over the pad's outline (`a` × `b` mm
 * along the in-plane axes), from the face's plane out to `FRONT_CUT_DEPTH`. Its distance is a bound, exact
 * enough at the face, where it matters.
 */
function facetFrontCut(name: string, surface: Vec3, axes: readonly [Vec3, Vec3, Vec3], a: number, b: number): SdfPart {
  const [u, n, v] = axes
  const [sx, sy, sz] = surface
  const reach = Math.max(a, b) + FRONT_CUT_DEPTH
  return {
    name,
    color: BONE,
    blend: FRONT_CUT_BLEND,
    cut: true,
    min: [sx - reach, sy - reach, sz - reach],
    max: [sx + reach, sy + reach, sz + reach],
    distance: (x, y, z) => {
      const dx = x - sx
      const dy = y - sy
      const dz = z - sz
      const along = dx * n[0] + dy * n[1] + dz * n[2]
      const pu = (dx * u[0] + dy * u[1] + dz * u[2]) / a
      const pv = (dx * v[0] + dy * v[1] + dz * v[2]) / b
      const outline = (Math.hypot(pu, pv) - 1) * Math.min(a, b)
      return Math.max(outline, -along - FRONT_CUT_BEHIND, along - FRONT_CUT_DEPTH)
    },
  }
}
