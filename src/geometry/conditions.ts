import { BufferAttribute, type BufferGeometry, Matrix4, Vector3 } from 'three'
import { CONDITION_MODELS, type ConditionId, type ConditionModel } from '../anatomy/conditionModels'
import type { BoneId, DiscId, FacetJointId, StructureId, VertebraLevel } from '../anatomy/ids'
import { vertebraLandmarks } from '../anatomy/landmarks'
import type { NerveId } from '../anatomy/neural'
import { posture } from '../anatomy/posture'
import { add, dot, normalize, rotateX, scale, sub, type Vec3 } from '../anatomy/vec'
import { structureMatrix } from './pose'

/**
 * How each condition changes the model (pure; no React, no scene): which structures it reshapes or moves,
 * which roots it presses on, and the small extra shapes it adds (gas in a worn disc, bony spurs, a
 * thickened ligament). Everything is worked in the world frame of the standing spine (mm; x to the
 * subject's left, y up, z forward), so the tests can measure what the 3D view shows.
 */

export type Rgb = readonly [number, number, number]

/** A structure the condition changes: drawn changed, in place of the normal one. */
export interface ChangedStructure {
  readonly id: StructureId
  /** Moves the structure's vertices (world frame, xyz triples) in place. */
  readonly deform: (world: Float32Array) => void
  /** True for a triangle that must go (it would bridge a break, such as a pars defect). */
  readonly drop?: (a: Vec3, b: Vec3, c: Vec3) => boolean
  /** Colour mixed into the structure's own (what the condition does to it, at a glance). */
  readonly tint: Rgb | null
  /** Tint strength, 0–1, by vertex (world position): the whole structure when absent. */
  readonly tintWeight?: (p: Vec3) => number
  /** Below 1 the structure is drawn see-through (the gas inside a worn disc shows through it). */
  readonly opacity: number
}

/** An extra shape (an ellipsoid, world frame): gas, a bony spur, a thickened ligament, a pars defect. */
export interface ConditionMark {
  readonly kind: 'gas' | 'osteophyte' | 'ligament' | 'pars'
  readonly centre: Vec3
  readonly radii: Vec3
  /** The ellipsoid's axes (unit, world), one per radius. */
  readonly axes: readonly [Vec3, Vec3, Vec3]
  readonly colour: Rgb
}

export interface ConditionScene {
  /** What the view is centred on (selected while the condition is shown). */
  readonly focus: StructureId
  readonly changed: readonly ChangedStructure[]
  /** Nerve roots pressed on: drawn highlighted. */
  readonly roots: readonly NerveId[]
  readonly marks: readonly ConditionMark[]
}

/** The colours: pressure (a compressed root, a bulge), bone damage, wear, gas. */
export const ROOT_HIGHLIGHT: Rgb = [0.93, 0.16, 0.42]
const BULGE: Rgb = [0.95, 0.42, 0.2]
const DAMAGE: Rgb = [0.85, 0.25, 0.2]
const WEAR: Rgb = [0.6, 0.32, 0.2]
const GAS: Rgb = [0.12, 0.12, 0.14]
const SPUR: Rgb = [0.66, 0.42, 0.26]
const FLAVUM: Rgb = [0.95, 0.75, 0.2]

const AXES: readonly [Vec3, Vec3, Vec3] = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
]

// ——— frames ———

interface Frame {
  readonly origin: Vec3
  /** Degrees about x (the pose's tilt). */
  readonly tilt: number
}
const frameOf = (id: StructureId): Frame => {
  const all = posture()
  const p = id.startsWith('disc:')
    ? all.discs[id as DiscId]
    : id.startsWith('facet:')
      ? all.facets[id as FacetJointId]
      : null
  const pose = p ?? all.bones[id as BoneId]
  if (!pose) throw new Error(`no pose for ${id}`)
  return { origin: pose.position, tilt: pose.tilt }
}
const toWorld = (f: Frame, local: Vec3): Vec3 => add(f.origin, rotateX(local, f.tilt))
const toLocal = (f: Frame, world: Vec3): Vec3 => rotateX(sub(world, f.origin), -f.tilt)
const dirToWorld = (f: Frame, local: Vec3): Vec3 => rotateX(local, f.tilt)

const at = (a: Float32Array, i: number): Vec3 => [a[i * 3] as number, a[i * 3 + 1] as number, a[i * 3 + 2] as number]
const put = (a: Float32Array, i: number, v: Vec3) => {
  a[i * 3] = v[0]
  a[i * 3 + 1] = v[1]
  a[i * 3 + 2] = v[2]
}
const clamp01 = (x: number) => Math.max(0, Math.min(1, x))

/** Applies a displacement, given in a frame's own axes, to every vertex (world in, world out). */
function displaceIn(f: Frame, world: Float32Array, field: (local: Vec3) => Vec3 | null): void {
  for (let i = 0; i < world.length / 3; i++) {
    const d = field(toLocal(f, at(world, i)))
    if (d) put(world, i, add(at(world, i), dirToWorld(f, d)))
  }
}

// ——— the disc bulge ———

/**
 * A root's surface: the world-frame vertex positions of its built geometry (the neural worker's), which the
 * herniations aim at and press into. Given by the caller: the 3D view has it once the root is built.
 */
export type RootSurface = (root: NerveId) => ArrayLike<number>

/** Nearest distance (mm) from any vertex of a geometry (world xyz triples) to a root's surface vertices. */
export function gapToSurface(world: ArrayLike<number>, surface: ArrayLike<number>): number {
  let best = Infinity
  for (let i = 0; i < world.length; i += 3) {
    const x = world[i] as number
    const y = world[i + 1] as number
    const z = world[i + 2] as number
    for (let j = 0; j < surface.length; j += 3) {
      const dx = x - (surface[j] as number)
      const dy = y - (surface[j + 1] as number)
      const dz = z - (surface[j + 2] as number)
      const d = dx * dx + dy * dy + dz * dz
      if (d < best) best = d
    }
  }
  return Math.sqrt(best)
}

/**
 * The point of a root's surface nearest a disc (world), among the points beside the disc's height (within its
 * height plus a few millimetres), else the nearest of all.
 */
function rootPointBy(disc: DiscId, surface: ArrayLike<number>): Vec3 {
  const f = frameOf(disc)
  const h = (posture().discs[disc]?.height ?? 10) / 2
  let best: Vec3 | null = null
  let bestD = Infinity
  for (let j = 0; j < surface.length; j += 3) {
    const p: Vec3 = [surface[j] as number, surface[j + 1] as number, surface[j + 2] as number]
    const l = toLocal(f, p)
    const d = Math.hypot(l[0], l[2]) + Math.max(0, Math.abs(l[1]) - h - 3) * 4
    if (d < bestD) {
      bestD = d
      best = p
    }
  }
  if (!best) throw new Error(`no surface for the root by ${disc}`)
  return best
}

interface Bulge {
  /** Horizontal direction in the disc's frame (unit). */
  readonly direction: Vec3
  /**
   * How far the apex goes out (mm); or a root to reach: the least push, from `min` up, that brings the disc
   * within `within` mm of the root's surface (its vertices: the disc then touches it).
   */
  readonly reach: number | { readonly surface: ArrayLike<number>; readonly within: number; readonly min: number }
  /** Higher is narrower: the angular falloff's power. */
  readonly focus: number
  readonly maxMm: number
}

/** Pushes a disc out toward a direction: most at the apex and mid-height, none at the endplates. */
function bulgeDisc(disc: DiscId, b: Bulge): (world: Float32Array) => void {
  const f = frameOf(disc)
  const d = normalize([b.direction[0], 0, b.direction[2]])
  return (world) => {
    const n = world.length / 3
    const local = localsOf(f, world)
    let extent = 0
    let hMax = 0
    for (const l of local) {
      extent = Math.max(extent, l[0] * d[0] + l[2] * d[2])
      hMax = Math.max(hMax, Math.abs(l[1]))
    }
    // each vertex's share of the push: by direction, height (none at the endplates) and nearness to the rim
    const weights = local.map((l) => {
      const q = Math.hypot(l[0], l[2]) || 1
      const along = l[0] * d[0] + l[2] * d[2]
      if (along <= 0) return 0
      return (along / q) ** b.focus * (1 - (l[1] / (hMax || 1)) ** 2) * clamp01(along / (extent || 1)) ** 2
    })
    const push = dirToWorld(f, d)
    const apply = (amount: number, into: Float32Array) => {
      for (let i = 0; i < n; i++) {
        const w = (weights[i] as number) * amount
        into[i * 3] = (world[i * 3] as number) + push[0] * w
        into[i * 3 + 1] = (world[i * 3 + 1] as number) + push[1] * w
        into[i * 3 + 2] = (world[i * 3 + 2] as number) + push[2] * w
      }
    }
    let amount: number
    if (typeof b.reach === 'number') amount = b.reach
    else {
      // the least push that reaches the root (bisection: the gap shrinks as the push grows); only the vertices
      // the push moves can close the gap, so only they are measured
      const { surface, within, min } = b.reach
      const moving: number[] = []
      for (let i = 0; i < n; i++) if ((weights[i] as number) > 0.05) moving.push(i)
      const trial = new Float32Array(moving.length * 3)
      const gapAt = (a: number) => {
        moving.forEach((i, k) => {
          const w = (weights[i] as number) * a
          trial[k * 3] = (world[i * 3] as number) + push[0] * w
          trial[k * 3 + 1] = (world[i * 3 + 1] as number) + push[1] * w
          trial[k * 3 + 2] = (world[i * 3 + 2] as number) + push[2] * w
        })
        return gapToSurface(trial, surface)
      }
      let lo = min
      let hi = b.maxMm
      if (gapAt(lo) <= within) hi = lo
      else if (gapAt(hi) > within) lo = hi
      for (let k = 0; k < 12 && hi - lo > 0.05; k++) {
        const mid = (lo + hi) / 2
        if (gapAt(mid) <= within) hi = mid
        else lo = mid
      }
      amount = hi
    }
    apply(Math.max(0, Math.min(b.maxMm, amount)), world)
  }
}

/** Tint weight: where a bulge has pushed the disc (by direction), strongest at its apex. */
function bulgeWeight(disc: DiscId, direction: Vec3, focus: number): (p: Vec3) => number {
  const f = frameOf(disc)
  const d = normalize([direction[0], 0, direction[2]])
  return (p) => {
    const l = toLocal(f, p)
    const q = Math.hypot(l[0], l[2]) || 1
    return clamp01((l[0] * d[0] + l[2] * d[2]) / q) ** focus
  }
}

/** The horizontal direction (disc frame) from the disc's centre toward a root. */
function towardRoot(disc: DiscId, surface: ArrayLike<number>): Vec3 {
  const l = toLocal(frameOf(disc), rootPointBy(disc, surface))
  return normalize([l[0], 0, l[2]])
}

function herniation(disc: DiscId, surface: ArrayLike<number>, place: 'posterolateral' | 'foraminal'): ChangedStructure {
  const direction = towardRoot(disc, surface)
  const focus = place === 'foraminal' ? 14 : 10
  return {
    id: disc,
    deform: bulgeDisc(disc, {
      direction,
      // the apex reaches the root's surface; always a bulge that can be seen
      reach: { surface, within: 0.3, min: disc.startsWith('disc:C') ? 2 : 3 },
      focus,
      maxMm: 14,
    }),
    tint: BULGE,
    tintWeight: bulgeWeight(disc, direction, focus),
    opacity: 1,
  }
}

// ——— bones that move or change shape, and the discs between them ———

/** Where a vertebra's body is in its own frame: front and back (z), bottom and top (y), from its vertices. */
function bodyBox(
  level: VertebraLevel,
  local: readonly Vec3[],
): { back: number; front: number; bottom: number; top: number } {
  const back = vertebraLandmarks(level).bodyBackZ
  let front = -Infinity
  let bottom = Infinity
  let top = -Infinity
  for (const p of local) {
    if (p[2] < back) continue
    front = Math.max(front, p[2])
    if (Math.abs(p[0]) < vertebraLandmarks(level).halfWidth * 0.6) {
      bottom = Math.min(bottom, p[1])
      top = Math.max(top, p[1])
    }
  }
  return { back, front, bottom, top }
}

const localsOf = (f: Frame, world: Float32Array): Vec3[] => {
  const out: Vec3[] = []
  for (let i = 0; i < world.length / 3; i++) out.push(toLocal(f, at(world, i)))
  return out
}

/** Depth (front–back, mm) of the upper endplate of the bone under a disc, as the model has it. */
export const lowerEndplateDepth = (disc: DiscId): number => 2 * (posture().discs[disc]?.lowerHalfDepth ?? 0)

/** The forward direction of a bone's upper endplate (world): a slip goes along it. */
export const slipDirection = (disc: DiscId): Vec3 => {
  const all = posture().discs[disc]
  if (!all) throw new Error(disc)
  // the lower endplate is tilted in the disc's frame by lowerTilt
  return normalize(dirToWorld(frameOf(disc), rotateX([0, 0, 1], all.lowerTilt)))
}

/** The slip, in mm (world vector), of a spondylolisthesis model. */
export function slipVector(m: Extract<ConditionModel, { kind: 'spondylolisthesis' }>): Vec3 {
  const disc: DiscId = `disc:${m.upper}-${m.lower === 'sacrum' ? 'S1' : m.lower}`
  return scale(slipDirection(disc), (m.slipPercent / 100) * lowerEndplateDepth(disc))
}

/** A disc whose one face follows a moved bone: the face's move fades to nothing at the other face. */
function followFace(disc: DiscId, face: 'upper' | 'lower', move: (world: Vec3) => Vec3): ChangedStructure {
  const f = frameOf(disc)
  return {
    id: disc,
    deform: (world) => {
      const local = localsOf(f, world)
      let lo = Infinity
      let hi = -Infinity
      for (const p of local) {
        lo = Math.min(lo, p[1])
        hi = Math.max(hi, p[1])
      }
      for (let i = 0; i < local.length; i++) {
        const t = clamp01(((local[i] as Vec3)[1] - lo) / (hi - lo || 1))
        const w = face === 'upper' ? t : 1 - t
        const p = at(world, i)
        put(world, i, add(p, scale(move(p), w)))
      }
    },
    tint: null,
    opacity: 1,
  }
}

const translate =
  (v: Vec3) =>
  (world: Float32Array): void => {
    for (let i = 0; i < world.length / 3; i++) put(world, i, add(at(world, i), v))
  }

/** The plane (z in the vertebra's frame) where a pars defect splits the arch from the body. */
export const parsCutZ = (level: VertebraLevel): number => {
  const l = vertebraLandmarks(level)
  return l.pillar[2] + 0.5
}

function spondylolisthesis(m: Extract<ConditionModel, { kind: 'spondylolisthesis' }>): ConditionScene {
  const lower = m.lower === 'sacrum' ? 'S1' : m.lower
  const discBelow: DiscId = `disc:${m.upper}-${lower}`
  const levels = ['L1', 'L2', 'L3', 'L4', 'L5'] as const
  const above = levels[levels.indexOf(m.upper as (typeof levels)[number]) - 1]
  const discAbove: DiscId | null = above ? `disc:${above}-${m.upper}` : null
  const v = slipVector(m)
  const f = frameOf(m.upper)
  const cut = parsCutZ(m.upper)
  const changed: ChangedStructure[] = []
  const marks: ConditionMark[] = []
  if (m.type === 'isthmic') {
    // the pars has broken: the body, pedicles and upper facets slide; the arch behind stays where it was
    const moves = (p: Vec3) => toLocal(f, p)[2] > cut
    changed.push({
      id: m.upper,
      deform: (world) => {
        for (let i = 0; i < world.length / 3; i++) if (moves(at(world, i))) put(world, i, add(at(world, i), v))
      },
      // a triangle across the break would stretch over the gap: it goes, and the gap shows
      drop: (a, b, c) => {
        const za = toLocal(f, a)[2] > cut
        return za !== toLocal(f, b)[2] > cut || za !== toLocal(f, c)[2] > cut
      },
      tint: DAMAGE,
      tintWeight: (p) => clamp01(1 - Math.abs(toLocal(f, p)[2] - cut) / 6),
      opacity: 1,
    })
    const l = vertebraLandmarks(m.upper)
    for (const side of [1, -1]) {
      const centre = toWorld(f, [l.pillar[0] * side, l.pillar[1] - 4, cut])
      marks.push({ kind: 'pars', centre, radii: [4, 3, 1.2], axes: AXES, colour: DAMAGE })
    }
  } else {
    changed.push({ id: m.upper, deform: translate(v), tint: null, opacity: 1 })
    // the worn joints behind ride forward with the slipping bone (half way: they sit between the two)
    for (const side of ['left', 'right'] as const)
      changed.push({
        id: `facet:${m.upper}-${lower}:${side}`,
        deform: translate(scale(v, 0.5)),
        tint: WEAR,
        opacity: 1,
      })
  }
  // the disc below is sheared (its top goes with the bone); the disc above follows the bone at its bottom
  const moved = (p: Vec3): Vec3 => (m.type === 'isthmic' && toLocal(f, p)[2] <= cut ? [0, 0, 0] : v)
  changed.push({ ...followFace(discBelow, 'upper', moved), tint: BULGE, tintWeight: () => 0.35 })
  if (discAbove) changed.push(followFace(discAbove, 'lower', moved))
  return {
    focus: discBelow,
    changed,
    roots: [],
    marks,
  }
}

/** The vertebral body squashed at the front by `loss` of its height, toward its middle. */
function wedgeField(loss: number, box: ReturnType<typeof bodyBox>) {
  const mid = (box.top + box.bottom) / 2
  return (l: Vec3): Vec3 | null => {
    if (l[2] < box.back - 1) return null
    const front = clamp01((l[2] - box.back) / (box.front - box.back))
    return [0, -(l[1] - mid) * loss * front, 0]
  }
}

function fracture(bone: VertebraLevel, heightLoss: number): ConditionScene {
  const f = frameOf(bone)
  // one field for the bone and the faces of the discs next to it, so no gap opens between them
  const field = wedgeField(heightLoss, defaultBodyBox(bone))
  const moveAt = (p: Vec3): Vec3 => {
    const d = field(toLocal(f, p))
    return d ? dirToWorld(f, d) : [0, 0, 0]
  }
  const levels = ['T11', 'T12', 'L1', 'L2', 'L3'] as const
  const i = levels.indexOf(bone as (typeof levels)[number])
  const up = levels[i - 1]
  const down = levels[i + 1]
  const changed: ChangedStructure[] = [
    {
      id: bone,
      deform: (world) => displaceIn(f, world, field),
      tint: DAMAGE,
      tintWeight: (p) => {
        const l = toLocal(f, p)
        const box = defaultBodyBox(bone)
        return l[2] < box.back ? 0 : clamp01((l[2] - box.back) / (box.front - box.back)) * 0.8
      },
      opacity: 1,
    },
  ]
  if (up) changed.push(followFace(`disc:${up}-${bone}`, 'lower', moveAt))
  if (down) changed.push(followFace(`disc:${bone}-${down}`, 'upper', moveAt))
  return { focus: bone, changed, roots: [], marks: [] }
}

/** The body's box from the anatomy alone (the vertices refine it when the bone itself is deformed). */
function defaultBodyBox(level: VertebraLevel) {
  const l = vertebraLandmarks(level)
  const h = (l.heightAnterior + l.heightPosterior) / 4
  return { back: l.bodyBackZ, front: l.halfDepth, bottom: -h, top: h }
}

/** Gas in the middle of a worn disc (flattened toward its lower face by `heightLoss`): a flat, dark pocket. */
function gasIn(disc: DiscId, heightLoss: number): ConditionMark {
  const p = posture().discs[disc]
  if (!p) throw new Error(disc)
  const f = frameOf(disc)
  const half = (p.height * (1 - heightLoss)) / 2
  return {
    kind: 'gas',
    centre: toWorld(f, [0, -p.height / 2 + half, -p.lowerHalfDepth * 0.15]),
    radii: [p.lowerHalfWidth * 0.55, half * 0.55, p.lowerHalfDepth * 0.4],
    axes: [dirToWorld(f, [1, 0, 0]), dirToWorld(f, [0, 1, 0]), dirToWorld(f, [0, 0, 1])],
    colour: GAS,
  }
}

function degeneration(disc: DiscId, heightLoss: number): ConditionScene {
  const p = posture().discs[disc]
  if (!p) throw new Error(disc)
  const [upper] = disc.slice(5).split('-') as [VertebraLevel]
  const f = frameOf(disc)
  const fu = frameOf(upper)
  const drop = p.height * heightLoss
  const down = dirToWorld(f, [0, -drop, 0])
  return {
    focus: disc,
    changed: [
      {
        id: disc,
        deform: (world) => {
          // flattened toward its lower face, and a little wider all round (a worn disc bulges evenly)
          const local = localsOf(f, world)
          const lo = Math.min(...local.map((l) => l[1]))
          for (let i = 0; i < local.length; i++) {
            const l = local[i] as Vec3
            const y = lo + (l[1] - lo) * (1 - heightLoss)
            const t = 1 - ((l[1] - (lo + p.height / 2)) / (p.height / 2)) ** 2
            const grow = 1 + 0.06 * clamp01(t)
            put(world, i, toWorld(f, [l[0] * grow, y, l[2] * grow]))
          }
        },
        tint: WEAR,
        opacity: 0.55,
      },
      {
        // the bone above comes down to meet it: its body's lower half stretches (no gap opens)
        id: upper,
        deform: (world) => {
          const box = bodyBox(upper, localsOf(fu, world))
          const mid = (box.top + box.bottom) / 2
          for (let i = 0; i < world.length / 3; i++) {
            const l = toLocal(fu, at(world, i))
            if (l[2] < box.back - 1 || l[1] > mid) continue
            const w = clamp01((mid - l[1]) / (mid - box.bottom))
            put(world, i, add(at(world, i), scale(down, w)))
          }
        },
        tint: null,
        opacity: 1,
      },
    ],
    roots: [],
    marks: [gasIn(disc, heightLoss)],
  }
}

/** Bony spurs round the rim of a facet joint (world ellipsoids), in the joint's plane. */
function spursOn(joint: FacetJointId, size: number): ConditionMark[] {
  const pose = posture().facets[joint]
  if (!pose) throw new Error(joint)
  const f = frameOf(joint)
  const n = normalize(pose.normal)
  const a = normalize(sub([0, 1, 0], scale(n, dot([0, 1, 0], n))))
  const b: Vec3 = [n[1] * a[2] - n[2] * a[1], n[2] * a[0] - n[0] * a[2], n[0] * a[1] - n[1] * a[0]]
  const out: ConditionMark[] = []
  for (const [u, v] of [
    [0.55, 0.3],
    [-0.55, -0.2],
    [0.1, 0.62],
    [-0.2, -0.6],
  ] as const) {
    const local = add(scale(a, (u * pose.height) / 1), scale(b, (v * pose.width) / 1))
    out.push({
      kind: 'osteophyte',
      centre: toWorld(f, local),
      radii: [size, size * 0.8, size * 0.7],
      axes: [dirToWorld(f, a), dirToWorld(f, b), dirToWorld(f, n)],
      colour: SPUR,
    })
  }
  return out
}

/** A worn facet joint: narrower, with a rough surface, larger (enlarged by bone at its edges). */
function wornFacet(joint: FacetJointId, grow: number, narrow: number): ChangedStructure {
  const pose = posture().facets[joint]
  if (!pose) throw new Error(joint)
  const f = frameOf(joint)
  const n = normalize(pose.normal)
  return {
    id: joint,
    deform: (world) => {
      for (let i = 0; i < world.length / 3; i++) {
        const l = toLocal(f, at(world, i))
        const across = dot(l, n)
        const inPlane = sub(l, scale(n, across))
        // a fixed, position-based roughness: the same on every build
        const rough = Math.sin(l[0] * 1.7 + l[1] * 2.3) * Math.cos(l[2] * 1.9 - l[1] * 1.3) * 0.45
        const moved = add(scale(inPlane, grow), scale(n, across * narrow + rough))
        put(world, i, toWorld(f, moved))
      }
    },
    tint: WEAR,
    opacity: 1,
  }
}

function stenosisCentral(disc: DiscId, flavumMm: number): ConditionScene {
  const [upper, lower] = disc.slice(5).split('-') as [VertebraLevel, VertebraLevel]
  const fl = frameOf(lower)
  const l = vertebraLandmarks(lower)
  const discCentre = toLocal(fl, frameOf(disc).origin)
  const marks: ConditionMark[] = [1, -1].map((side) => ({
    kind: 'ligament' as const,
    // against the back of the canal at the disc's height, each side of the midline
    centre: toWorld(fl, [side * l.pedicleInnerX * 0.45, discCentre[1] + 2, l.canalBackZ + flavumMm / 2]),
    radii: [l.pedicleInnerX * 0.5, 8, flavumMm / 2],
    axes: [dirToWorld(fl, [1, 0, 0]), dirToWorld(fl, [0, 1, 0]), dirToWorld(fl, [0, 0, 1])],
    colour: FLAVUM,
  }))
  const joints = [`facet:${upper}-${lower}:left`, `facet:${upper}-${lower}:right`] as const
  return {
    focus: disc,
    changed: [
      {
        id: disc,
        deform: bulgeDisc(disc, { direction: [0, 0, -1], reach: 3.5, focus: 2, maxMm: 4 }),
        tint: BULGE,
        tintWeight: bulgeWeight(disc, [0, 0, -1], 2),
        opacity: 1,
      },
      ...joints.map((j) => wornFacet(j, 1.3, 0.8)),
    ],
    roots: [],
    marks: [...marks, ...joints.flatMap((j) => spursOn(j, 2.2))],
  }
}

function stenosisForaminal(disc: DiscId, root: NerveId, surface: ArrayLike<number>): ConditionScene {
  const [upper, lower] = disc.slice(5).split('-') as [VertebraLevel, VertebraLevel]
  const side = root.endsWith(':left') ? 'left' : 'right'
  const joint: FacetJointId = `facet:${upper}-${lower}:${side}`
  const direction = towardRoot(disc, surface)
  return {
    focus: disc,
    changed: [
      {
        id: disc,
        deform: bulgeDisc(disc, {
          direction,
          reach: { surface, within: 1, min: 2 },
          focus: 4,
          maxMm: 6,
        }),
        tint: BULGE,
        tintWeight: bulgeWeight(disc, direction, 4),
        opacity: 1,
      },
      wornFacet(joint, 1.35, 0.8),
    ],
    roots: [root],
    marks: spursOn(joint, 2.6),
  }
}

/**
 * What a condition changes in the model. A condition that presses on a root needs the root's surface
 * (`conditionView(id).roots` says which): its disc is pushed out until it meets it.
 */
export function conditionScene(id: ConditionId, rootSurface: RootSurface): ConditionScene {
  const m: ConditionModel = CONDITION_MODELS[id]
  switch (m.kind) {
    case 'herniation':
      return {
        focus: m.disc,
        changed: [herniation(m.disc, rootSurface(m.root), m.place)],
        roots: [m.root],
        marks: [],
      }
    case 'spondylolisthesis':
      return spondylolisthesis(m)
    case 'fracture':
      return fracture(m.bone, m.heightLoss)
    case 'degeneration':
      return degeneration(m.disc, m.heightLoss)
    case 'stenosis-central':
      return stenosisCentral(m.disc, m.flavumMm)
    case 'stenosis-foraminal':
      return stenosisForaminal(m.disc, m.root, rootSurface(m.root))
    case 'facet-arthritis':
      return {
        focus: m.joints[0] as FacetJointId,
        changed: m.joints.map((j) => wornFacet(j, 1.15, 0.45)),
        roots: [],
        marks: m.joints.flatMap((j) => spursOn(j, 2.6)),
      }
  }
}

const matrix = /*@__PURE__*/ new Matrix4()
const v3 = /*@__PURE__*/ new Vector3()

/**
 * A changed structure's geometry in the world frame: the structure's own geometry placed in the spine,
 * deformed, stripped of the triangles a break removes, and tinted. A new geometry (the input is untouched).
 */
export function changedGeometry(source: BufferGeometry, change: ChangedStructure): BufferGeometry {
  const out = source.clone()
  const position = out.getAttribute('position')
  const world = new Float32Array(position.count * 3)
  structureMatrix(change.id, matrix)
  for (let i = 0; i < position.count; i++) {
    v3.fromBufferAttribute(position, i).applyMatrix4(matrix)
    world[i * 3] = v3.x
    world[i * 3 + 1] = v3.y
    world[i * 3 + 2] = v3.z
  }
  const before = world.slice()
  change.deform(world)
  out.setAttribute('position', new BufferAttribute(world, 3))
  if (change.drop) {
    const index = out.getIndex()
    const triangles = index ? Array.from(index.array) : Array.from({ length: position.count }, (_, i) => i)
    const kept: number[] = []
    for (let t = 0; t < triangles.length; t += 3) {
      const [a, b, c] = [triangles[t] as number, triangles[t + 1] as number, triangles[t + 2] as number]
      if (!change.drop(at(before, a), at(before, b), at(before, c))) kept.push(a, b, c)
    }
    out.setIndex(kept)
  }
  const colour = out.getAttribute('color')
  const colours = new Float32Array(position.count * 3)
  for (let i = 0; i < position.count; i++) {
    const base: Vec3 = colour ? [colour.getX(i), colour.getY(i), colour.getZ(i)] : [0.9, 0.86, 0.78]
    const w = change.tint ? (change.tintWeight ? change.tintWeight(at(before, i)) : 0.7) : 0
    const t = change.tint ?? base
    put(colours, i, [base[0] + (t[0] - base[0]) * w, base[1] + (t[1] - base[1]) * w, base[2] + (t[2] - base[2]) * w])
  }
  out.setAttribute('color', new BufferAttribute(colours, 3))
  out.computeVertexNormals()
  out.computeBoundingSphere()
  out.computeBoundingBox()
  return out
}
