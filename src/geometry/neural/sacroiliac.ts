import type { BufferGeometry } from 'three'
import type { Side } from '../../anatomy/ids'
import { ILIUM, SI_JOINT, siJointScale } from '../../anatomy/neural'
import { type Pose, posture } from '../../anatomy/posture'
import { CARTILAGE, type Detail, MeshBuilder } from '../builder'
import { add, cross3, dot, length, mirrorX, normalize, scale, sub, type Vec3 } from '../vec3'
import { ILIUM_COLOR } from './colors'
import { boneDir, finish, lerpV, sided, sideSign, toWorld } from './frames'
import { extreme, localDistance, shapeOf } from './obstacles'
import { sampleCentreline } from './routing'

// The sacroiliac joints, fitted to the sacrum's auricular surfaces, and the simplified ilia that show where
// they sit.

export interface SiJointLayout {
  readonly side: Side
  /** Corner of the L and the ends of its upper (short) and lower (long) limbs, on the joint's mid-plane (world). */
  readonly corner: Vec3
  readonly upperEnd: Vec3
  readonly lowerEnd: Vec3
  /** Outward normal of the sacrum's joint surface (world): toward the ilium. */
  readonly normal: Vec3
  /** Limb width (mm). */
  readonly width: number
}

/**
 * The joint on the sacrum's auricular surface as generated: its plane from the surface's own vertices
 * (the direction they vary least), centred on it; the L's short limb runs back and its long limb down,
 * in the published proportions, 93° apart, scaled to the men's articular area.
 */
const siLayouts = new Map<Side, SiJointLayout>()
export function siJointLayout(side: Side): SiJointLayout {
  let layout = siLayouts.get(side)
  if (!layout) {
    layout = side === 'left' ? fitSiJoint() : mirrorSiJoint(siJointLayout('left'))
    siLayouts.set(side, layout)
  }
  return layout
}

const mirrorSiJoint = (j: SiJointLayout): SiJointLayout => ({
  ...j,
  side: 'right',
  corner: mirrorX(j.corner),
  upperEnd: mirrorX(j.upperEnd),
  lowerEnd: mirrorX(j.lowerEnd),
  normal: mirrorX(j.normal),
})

/** The left joint, fitted to the sacrum as generated (the right one is its mirror image). */
function fitSiJoint(): SiJointLayout {
  const sacrum = shapeOf('sacrum')
  const vs = sacrum.vertices('auricular-surface-left')
  const centroid = scale(
    vs.reduce((acc, v) => add(acc, v), [0, 0, 0] as Vec3),
    1 / Math.max(1, vs.length),
  )
  let normal = leastVarying(vs, centroid)
  if (normal[0] < 0) normal = scale(normal, -1)
  const surface = Math.max(...vs.map((v) => dot(sub(v, centroid), normal)))
  const k = siJointScale()
  const upperLen = SI_JOINT.upperLimb.value * k
  const lowerLen = SI_JOINT.lowerLimb.value * k
  const width = SI_JOINT.limbWidth.value * k
  const halfAngle = ((SI_JOINT.angleBetweenLimbs.value / 2) * Math.PI) / 180
  const thickness = SI_JOINT.thickness.value
  const plane = add(centroid, scale(normal, surface + thickness / 2))
  // in the joint plane: the short limb toward the sacrum's back, the long one toward its apex, 93° apart
  const inPlane = (v: Vec3) => normalize(sub(v, scale(normal, dot(v, normal))))
  const back = inPlane([0, 0, -1])
  const across0 = normalize(cross3(normal, back))
  const place = (turn: number, du: number, dv: number) => {
    // the L's bisector, turned about the normal from "back and down"
    const a = (-Math.PI / 4 + turn) as number
    const bisector = normalize(add(scale(back, Math.cos(a)), scale(across0, Math.sin(a))))
    const side1 = normalize(cross3(normal, bisector))
    const d1 = normalize(add(scale(bisector, Math.cos(halfAngle)), scale(side1, -Math.sin(halfAngle))))
    const d2 = normalize(add(scale(bisector, Math.cos(halfAngle)), scale(side1, Math.sin(halfAngle))))
    // the corner placed so the limbs' centre of length sits on the surface's centre (moved by du, dv)
    const mean = scale(
      add(scale(d1, (upperLen * upperLen) / 2), scale(d2, (lowerLen * lowerLen) / 2)),
      1 / (upperLen + lowerLen),
    )
    const corner = add(sub(plane, mean), add(scale(back, du), scale(across0, dv)))
    // how deep each part of its inner face would sit in the bone
    const depths: number[] = []
    for (const [d, len] of [
      [d1, upperLen],
      [d2, lowerLen],
    ] as const) {
      const perp = normalize(cross3(normal, d))
      for (let t = 0; t <= 1.0001; t += 0.125)
        for (const k of [-1, 0, 1]) {
          const q = add(add(corner, scale(d, len * t)), scale(perp, (k * width) / 2))
          depths.push(-localDistance(sacrum, sub(q, scale(normal, thickness / 2))))
        }
    }
    const lift = Math.max(0, ...depths)
    const touching = depths.filter((d) => lift - d < 2).length
    return { d1, d2, corner: add(corner, scale(normal, lift)), touching, lift }
  }
  // the published L on the model's sacrum, turned at most 30° from its anatomical lie and shifted a little:
  // whatever keeps most of it on the bone, none of it sunk
  let best = place(0, 0, 0)
  for (let turn = -Math.PI / 6; turn <= Math.PI / 6 + 1e-6; turn += Math.PI / 24)
    for (const du of [-8, -4, 0, 4, 8])
      for (const dv of [-8, -4, 0, 4, 8]) {
        const p = place(turn, du, dv)
        if (p.touching > best.touching || (p.touching === best.touching && p.lift < best.lift)) best = p
      }
  const { d1, d2 } = best
  const cornerLocal = best.corner
  const toW = (p: Vec3) => toWorld(sacrum.pose, p)
  return {
    side: 'left',
    corner: toW(cornerLocal),
    upperEnd: toW(add(cornerLocal, scale(d1, upperLen))),
    lowerEnd: toW(add(cornerLocal, scale(d2, lowerLen))),
    normal: boneDir(sacrum.pose, normal),
    width,
  }
}

/** The unit direction in which points vary least about their centre (smallest principal axis). */
function leastVarying(vs: readonly Vec3[], c: Vec3): Vec3 {
  const m = [0, 0, 0, 0, 0, 0, 0, 0, 0]
  for (const v of vs) {
    const d = sub(v, c)
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) m[i * 3 + j] = (m[i * 3 + j] ?? 0) + (d[i] ?? 0) * (d[j] ?? 0)
  }
  // power iteration on (trace·I − M) finds the smallest eigenvector of M
  const tr = (m[0] ?? 0) + (m[4] ?? 0) + (m[8] ?? 0)
  const a = m.map((x, i) => (i % 4 === 0 ? tr - x : -x))
  let v: Vec3 = [1, 0.1, -0.2]
  for (let k = 0; k < 60; k++) {
    v = normalize([
      (a[0] ?? 0) * v[0] + (a[1] ?? 0) * v[1] + (a[2] ?? 0) * v[2],
      (a[3] ?? 0) * v[0] + (a[4] ?? 0) * v[1] + (a[5] ?? 0) * v[2],
      (a[6] ?? 0) * v[0] + (a[7] ?? 0) * v[1] + (a[8] ?? 0) * v[2],
    ])
  }
  return v
}

/** The sacroiliac joint: an L-shaped pad (cartilage and joint space) on the sacrum's auricular surface. */
export function createSiJointGeometry(side: Side, detail: Detail = 1): BufferGeometry {
  const j = siJointLayout(side)
  const b = new MeshBuilder(detail)
  const r = [j.width / 2, SI_JOINT.thickness.value / 2] as const
  b.tube('joint', [j.upperEnd, j.corner, j.lowerEnd], [r, r, r], CARTILAGE, j.normal)
  return finish(b)
}

/** Radius of the iliac crest's rim (mm): an estimate, a little thicker than the wing. */
const CREST_RADIUS = ILIUM.bladeThickness.value * 0.9

export interface IliumLayout {
  readonly crest: readonly Vec3[]
  /** Tip of L5's transverse process on this side (world), where the iliolumbar ligament starts. */
  readonly l5Tip: Vec3
}

/**
 * The simplified ilium's iliac crest (world): from the posterior superior iliac spine above the joint, past
 * the point 31.7 mm from the tip of L5's transverse process (the iliolumbar ligament's length), up to its
 * highest point level with the L4–L5 disc and forward to the anterior superior spine. Estimates except
 * the iliolumbar distance.
 */
export function iliumLayout(side: Side): IliumLayout {
  const j = siJointLayout('left')
  const l5 = shapeOf('L5')
  const l5Tip = toWorld(l5.pose, extreme(l5, 'transverse-left', [1, 0, 0]))
  const outward = j.normal
  const psis = add(j.upperEnd, add(scale(outward, 10), [0, 12, -6]))
  const ligament = normalize([0.75, -0.2, -0.45])
  // the ligament runs from the tip to the crest's surface, so the crest's centreline lies a radius further
  const posterior = add(l5Tip, scale(ligament, ILIUM.iliolumbarLength.value + CREST_RADIUS))
  const disc = posture().discs['disc:L4-L5'] as Pose
  const span = ILIUM.crestHalfSpan.value
  const highest: Vec3 = [span * 0.85, disc.position[1], posterior[2] + 22]
  const lateral: Vec3 = [span, disc.position[1] - 12, posterior[2] + 55]
  const asis: Vec3 = [span - 14, disc.position[1] - 42, posterior[2] + 85]
  const crest = [psis, posterior, highest, lateral, asis]
  // no part of the crest comes nearer the tip than the ligament's length
  const reach = ILIUM.iliolumbarLength.value + CREST_RADIUS
  for (let k = 0; k < 6; k++) {
    const near = sampleCentreline(crest, 12).reduce((a, b) =>
      length(sub(a.p, l5Tip)) < length(sub(b.p, l5Tip)) ? a : b,
    )
    if (length(sub(near.p, l5Tip)) >= reach - 0.3) break
    for (const i of [near.segment, near.segment + 1]) {
      const q = crest[i] as Vec3
      const away = normalize(sub(q, l5Tip))
      if (length(sub(q, l5Tip)) < reach + 1.5) crest[i] = add(l5Tip, scale(away, reach + 1.5))
    }
  }
  return { crest: crest.map((p) => sided(p, side)), l5Tip: sided(l5Tip, side) }
}

/**
 * A simplified ilium: the auricular part against the joint, the wing as a thin plate up to the crest and
 * the crest itself, enough to show where the sacroiliac joint sits (shown ghosted by default).
 */
export function createIliumGeometry(side: Side, detail: Detail = 1): BufferGeometry {
  const j = siJointLayout(side)
  const { crest } = iliumLayout(side)
  const b = new MeshBuilder(detail)
  const plate = ILIUM.bladeThickness.value
  // the auricular part: a block just outside the joint
  const jointCentre = lerpV(lerpV(j.upperEnd, j.lowerEnd, 0.5), j.corner, 0.35)
  const a1 = normalize(sub(j.lowerEnd, j.upperEnd))
  const blockCentre = add(jointCentre, scale(j.normal, SI_JOINT.thickness.value / 2 + 9))
  const a2 = j.normal
  const a3 = normalize(cross3(a1, a2))
  b.ellipsoid(
    'auricular-part',
    blockCentre,
    [length(sub(j.lowerEnd, j.upperEnd)) / 2 + 6, 9, j.width / 2 + 8],
    [a1, a2, a3],
    ILIUM_COLOR,
  )
  // the wing: a thin curved blade hanging from the crest down toward the joint and the hip socket
  const down = normalize([-sideSign(side) * 0.35, -1, 0.1])
  const hang = [10, 20, 30, 28, 18]
  const blade = crest.map((p, k) => add(p, scale(down, (hang[k] ?? 20) - plate * 0.5)))
  b.tube(
    'wing',
    blade,
    blade.map((_, k) => [plate / 2, hang[k] ?? 20] as const),
    ILIUM_COLOR,
    down,
  )
  b.tube(
    'crest',
    crest,
    crest.map(() => [CREST_RADIUS, CREST_RADIUS] as const),
    ILIUM_COLOR,
    [0, 1, 0],
  )
  return finish(b)
}
