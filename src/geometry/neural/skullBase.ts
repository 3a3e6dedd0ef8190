import type { BufferGeometry } from 'three'
import type { Side } from '../../anatomy/ids'
import { NUCHAE } from '../../anatomy/neural'
import { type FacetJointPose, posture } from '../../anatomy/posture'
import { OCCIPITAL } from '../../anatomy/skullBase'
import { type Detail, MeshBuilder, partFieldsOf } from '../builder'
import type { SdfPart } from '../sdf'
import { meshSurface, type SurfaceArrays } from '../surface'
import { fromArrays } from '../transfer'
import { add, cross3, dot, length, normalize, rotateX, scale, sub, type Vec3 } from '../vec3'
import { ILIUM_COLOR } from './colors'
import { boneDir, bonePose, lerp, sideSign, toLocal, toWorld } from './frames'
import { densTip, shapeOf } from './obstacles'

// The base of the skull above C1, in the atlas's frame and then the world's: the two occipital condyles seated on
// the atlanto-occipital joints, the rim of the foramen magnum between them, the clivus rising forward from the
// basion and the squama rising back from the opisthion to the external occipital protuberance. Measured sizes
// from anatomy/skullBase.ts; the rest of the shape is an estimate.

export interface CondyleLayout {
  /** Its centre (world), and its axes: along its length, up from its joint face (the face's normal), across. */
  readonly centre: Vec3
  readonly axes: readonly [Vec3, Vec3, Vec3]
  /** Semi-axes along those (mm). */
  readonly radii: Vec3
  /** The middle of its joint face (world), on the C0–C1 joint. */
  readonly face: Vec3
  /**
   * The rough spot on its inner side where the alar ligament ends (Gray 1918), low on its front half (world): low
   * enough that the pair spread at about the published angle (117° ± 31°, Cattrysse 2007).
   */
  readonly alarTubercle: Vec3
}

export interface SkullBaseLayout {
  /** The front and back edges of the foramen magnum, in the midline (world). */
  readonly basion: Vec3
  readonly opisthion: Vec3
  readonly condyles: Readonly<Record<Side, CondyleLayout>>
  /** Each half of the foramen's rim, basion to opisthion, as the centreline of its bar (world). */
  readonly rim: Readonly<Record<Side, readonly Vec3[]>>
  /** The clivus's centreline from just above the basion, up and forward (world). */
  readonly clivus: readonly Vec3[]
  /** The unit direction the clivus rises in, and the normal of its back (cranial) face, toward the cord (world). */
  readonly clivusUp: Vec3
  readonly clivusBack: Vec3
  /** The squama's centreline from the opisthion up to the external occipital protuberance (world). */
  readonly squama: readonly Vec3[]
}

/**
 * A condyle seated on the C0–C1 joint of its side: as long and wide as the joint's face (the atlas's superior
 * facet) runs, with the measured size, its joint face on the top of the joint's capsule.
 */
function seatCondyle(side: Side): CondyleLayout {
  const joint = shapeOf(`facet:C0-C1:${side}`)
  const vs = joint.vertices('capsule').map((v) => toWorld(joint.pose, v))
  const centre = scale(
    vs.reduce((a, v) => add(a, v), [0, 0, 0] as Vec3),
    1 / Math.max(1, vs.length),
  )
  const pose = posture().facets[`facet:C0-C1:${side}`] as FacetJointPose
  const normal = normalize(boneDir(pose, pose.normal))
  let top = 0
  let far: Vec3 = [0, 0, 1]
  let farDist = 0
  for (const v of vs) {
    const d = sub(v, centre)
    const up = dot(d, normal)
    top = Math.max(top, up)
    const inPlane = sub(d, scale(normal, up))
    const l = length(inPlane)
    if (l > farDist) {
      farDist = l
      far = inPlane
    }
  }
  // the long axis points forward (its front end is the one nearer the midline, as the condyles converge)
  let along = normalize(far)
  if (along[2] < 0) along = scale(along, -1)
  const across = normalize(cross3(along, normal))
  const radii: Vec3 = [
    OCCIPITAL.condyleLength.value / 2,
    OCCIPITAL.condyleHeight.value / 2,
    OCCIPITAL.condyleWidth.value / 2,
  ]
  const face = add(centre, scale(normal, top))
  const middle = add(face, scale(normal, radii[1] - 0.3))
  // its inner side: the across axis turned toward the midline
  const inward = across[0] * sideSign(side) < 0 ? across : scale(across, -1)
  const alarTubercle = add(
    add(middle, scale(inward, radii[2] * 0.8)),
    add(scale(normal, -radii[1] * 0.9), scale(along, radii[0] * 0.15)),
  )
  return { centre: middle, axes: [along, normal, across], radii, face, alarTubercle }
}

let cached: SkullBaseLayout | null = null

/** Where the skull base's parts go (world), built from the generated atlas, dens and C0–C1 joints, cached. */
export function skullBaseLayout(): SkullBaseLayout {
  // built from the generated bones, which depend on nothing but the measurements: one layout for the page's life
  if (cached) return cached
  const atlas = bonePose('C1')
  const world = (p: Vec3) => toWorld(atlas, p)
  const local = (p: Vec3) => toLocal(atlas, p)
  const tip = local(densTip())
  // the basion: in the midline straight above the dens's tip, where the apical ligament ends
  const basion: Vec3 = [0, tip[1] + OCCIPITAL.basionAboveDens.value, tip[2]]
  const opisthion: Vec3 = [
    0,
    basion[1] + OCCIPITAL.opisthionAboveBasion.value,
    basion[2] - OCCIPITAL.foramenLength.value,
  ]
  const left = seatCondyle('left')
  const right = seatCondyle('right')
  // the rim: round an oval as long as the foramen, widest behind its middle, and narrowed in front where the
  // condyles crowd it; the bar's centreline lies half its breadth outside the opening's edge
  const half = OCCIPITAL.foramenWidth.value / 2
  const rimHalf = OCCIPITAL.rimBreadth.value / 2
  const condyleTop = (c: CondyleLayout) => local(add(c.centre, scale(c.axes[1], c.radii[1])))[1]
  const sideTop = (condyleTop(left) + condyleTop(right)) / 2
  const rimSide = (side: Side): Vec3[] => {
    const s = sideSign(side)
    const out: Vec3[] = []
    const steps = 8
    for (let i = 0; i <= steps; i++) {
      const u = i / steps
      const angle = Math.PI * u
      // the edge of the opening: 0 at the basion, 1 at the opisthion; its width peaks behind the middle
      const widthAt = half * Math.sin(angle) ** 0.8 * (0.86 + 0.14 * u)
      // at the two ends the bar lies in front of the basion and behind the opisthion, the opening's edges
      const z = lerp(basion[2] + rimHalf, opisthion[2] - rimHalf, (1 - Math.cos(angle)) / 2)
      const outward = i === 0 || i === steps ? 0 : rimHalf
      const lift = lerp(OCCIPITAL.rimThicknessFront.value, OCCIPITAL.rimThicknessBack.value, u) * 0.35
      // low in front at the basion, over the condyles at the sides, a little higher than the basion behind
      const y =
        u < 0.5
          ? lerp(basion[1], sideTop, Math.sin(Math.PI * u) ** 0.7)
          : lerp(opisthion[1], sideTop, Math.sin(Math.PI * u))
      out.push(world([s * (widthAt + outward), y + lift, z]))
    }
    return out
  }
  // the clivus rises from the basion at the clivo-axial angle to C2's back (taken as C2's own upward line)
  const upC2 = normalize(rotateX(boneDir(bonePose('C2'), [0, 1, 0]), -atlas.tilt))
  const lean = Math.PI - (OCCIPITAL.clivoAxialAngle.value * Math.PI) / 180
  const forward: Vec3 = normalize([0, -upC2[2], upC2[1]])
  const clivusUpLocal = normalize(add(scale(upC2, Math.cos(lean)), scale(forward, Math.sin(lean))))
  const clivusBackLocal: Vec3 = normalize([0, clivusUpLocal[2], -clivusUpLocal[1]])
  const thick = OCCIPITAL.clivusThickness.value / 2
  // its centreline runs half its thickness in front of the back face that starts at the basion
  const clivusStart = add(basion, scale(clivusBackLocal, -thick * 0.6))
  const clivus = [0, 0.5, 0.85, 1].map((t) =>
    world(add(clivusStart, scale(clivusUpLocal, 2 + t * OCCIPITAL.clivusDrawn.value))),
  )
  // the squama: from just above the opisthion up and back to the protuberance, its centreline in front of that
  const e = NUCHAE.externalOccipitalProtuberance
  const protuberance: Vec3 = [0, e.up.value, -e.back.value]
  const squamaHalf = OCCIPITAL.squamaThickness.value / 2
  // behind the foramen the bone first runs back more than up (the nuchal plane under the neck's muscles), then
  // turns up to the protuberance: a bowl seen from the side
  const start = add(opisthion, [0, 2, 0])
  const bend: Vec3 = [0, lerp(start[1], protuberance[1], 0.3), lerp(start[2], protuberance[2], 0.75)]
  // past the protuberance it narrows to a rounded top: the cut-away edge of the skull, not a plank's end
  const top = add(protuberance, [0, 0, squamaHalf + 0.5])
  const squama = [start, bend, top, add(top, [0, 7, 1.5])].map(world)
  cached = {
    basion: world(basion),
    opisthion: world(opisthion),
    condyles: { left, right },
    rim: { left: rimSide('left'), right: rimSide('right') },
    clivus,
    clivusUp: rotate(atlas, clivusUpLocal),
    clivusBack: rotate(atlas, clivusBackLocal),
    squama,
  }
  return cached
}

/** A direction from a bone's frame to the world's. */
const rotate = boneDir

/** A point on the clivus's back (cranial) face, `along` mm up from its lower end, `off` mm out from the face (world). */
export function clivusBackFace(along: number, off = 0): Vec3 {
  const l = skullBaseLayout()
  const thick = (OCCIPITAL.clivusThickness.value / 2) * 0.85
  return add(add(l.clivus[0] as Vec3, scale(l.clivusUp, along)), scale(l.clivusBack, thick + off))
}

/**
 * The base of the skull: the condyles, the rim of the foramen magnum, the lowest part of the clivus and of the
 * squama. Drawn ghosted by default, as the ilia are: it shows where the ligaments and joints end, not the skull.
 */
export function createSkullBaseGeometry(detail: Detail = 1): BufferGeometry {
  // one bone, not a set of bars: the parts' fields joined with fillets and meshed as one closed skin, as the
  // vertebrae are (geometry/surface.ts); coarser far away
  const g = fromArrays(toGeometryArrays(meshSurface(skullBaseFields(detail), { cell: detail ? 1.2 : 2.2 })))
  g.userData.frame = 'world'
  return g
}

/** The skull base's parts as signed distance fields (world), what its surface is meshed from. */
export function skullBaseFields(detail: Detail = 1): readonly SdfPart[] {
  const shells = skullBaseShells(detail)
  const fields = partFieldsOf(shells)
  shells.dispose()
  if (!fields) throw new Error('the skull base is not built from parts')
  return fields
}

let coarseFields: readonly SdfPart[] | null = null

/**
 * How far a point (world) lies outside the skull base's parts (negative inside), mm: for placing what ends on
 * it, and for tests. Without `fields`, its coarse parts, made once.
 */
export function skullBaseDistance(p: Vec3, fields?: readonly SdfPart[]): number {
  if (!fields) coarseFields ??= skullBaseFields(0)
  const parts = fields ?? coarseFields ?? []
  let d = Number.POSITIVE_INFINITY
  for (const f of parts) d = Math.min(d, f.distance(p[0], p[1], p[2]))
  return d
}

function skullBaseShells(detail: Detail): BufferGeometry {
  const l = skullBaseLayout()
  const b = new MeshBuilder(detail)
  for (const side of ['left', 'right'] as const) {
    const c = l.condyles[side]
    b.ellipsoid(`condyle-${side}`, c.centre, c.radii, c.axes as [Vec3, Vec3, Vec3], ILIUM_COLOR)
  }
  const front = OCCIPITAL.rimThicknessFront.value / 2
  const back = OCCIPITAL.rimThicknessBack.value / 2
  const rimHalf = OCCIPITAL.rimBreadth.value / 2
  const atlasUp = rotate(bonePose('C1'), [0, 1, 0])
  for (const side of ['left', 'right'] as const) {
    const path = l.rim[side]
    b.tube(
      `rim-${side}`,
      path,
      path.map((_, i) => [rimHalf, lerp(front, back, i / (path.length - 1))] as const),
      ILIUM_COLOR,
      atlasUp,
    )
  }
  const widthHalf = OCCIPITAL.clivusWidth.value / 2
  const thick = OCCIPITAL.clivusThickness.value / 2
  b.tube(
    'clivus',
    l.clivus,
    // widening up the slope, then rounding off where the drawn part ends
    [
      [widthHalf * 0.8, thick * 0.85],
      [widthHalf, thick],
      [widthHalf * 0.95, thick],
      [widthHalf * 0.45, thick * 0.7],
    ],
    ILIUM_COLOR,
    l.clivusBack,
  )
  const squamaHalf = OCCIPITAL.squamaThickness.value / 2
  const squamaBack = normalize(cross3(sub(l.squama[2] as Vec3, l.squama[0] as Vec3), rotate(bonePose('C1'), [1, 0, 0])))
  b.tube(
    'squama',
    l.squama,
    [
      [OCCIPITAL.foramenWidth.value / 2, squamaHalf * 0.8],
      [OCCIPITAL.foramenWidth.value * 0.8, squamaHalf],
      [OCCIPITAL.foramenWidth.value * 0.7, squamaHalf * 1.4],
      [OCCIPITAL.foramenWidth.value * 0.25, squamaHalf],
    ],
    ILIUM_COLOR,
    squamaBack,
  )
  return b.build()
}

const toGeometryArrays = (s: SurfaceArrays) => ({
  position: s.positions,
  normal: s.normals,
  color: s.colors,
  index: s.indices,
  parts: s.parts,
})
