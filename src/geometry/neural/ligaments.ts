import type { BufferGeometry } from 'three'
import { type DiscId, type JointLevel, type Side, VERTEBRA_LEVELS, type VertebraLevel } from '../../anatomy/ids'
import { vertebraLandmarks } from '../../anatomy/landmarks'
import { VERTEBRA_MEASUREMENTS } from '../../anatomy/levels'
import {
  ALAR,
  ALL_THICKNESS,
  AO_MEMBRANES,
  APICAL,
  flavumThickness,
  INTERTRANSVERSE_CORD,
  INTERTRANSVERSE_FIBRE,
  INTERTRANSVERSE_SIZE,
  interspinousThickness,
  intertransverseForm,
  longitudinalWidth,
  NUCHAE,
  type ParsedNeural,
  PLL_THICKNESS,
  pllDiscWidth,
  SUPRASPINOUS,
  TECTORIAL,
  TRANSVERSE_ATLAS,
} from '../../anatomy/neural'
import { type Pose, posture } from '../../anatomy/posture'
import { type Detail, MeshBuilder, type Rgb } from '../builder'
import { add, dot, length, normalize, rotateX, scale, sub, type Vec3 } from '../vec3'
import { canalCentreZ, sacralCanal } from './canal'
import { FLAVUM_COLOR, LIGAMENT_COLOR } from './colors'
import { type CordStation, cordStations } from './cord'
import { boneDir, bonePose, finish, indexOf, lerpV, midHeight, sided, sideSign, toWorld } from './frames'
import { densTip, densVertices, extreme, localDistance, march, named, partBox, type Shape, shapeOf } from './obstacles'
import { clivusBackFace, skullBaseDistance, skullBaseLayout } from './skullBase'

// The ligaments: the long bands down the front and back of the bodies and over the spines, the ligamentum
// nuchae, and the segmental ones between laminae, spinous and transverse processes, each a tube through
// stations found on the bones as generated.

const bodyFront = (s: Shape, localY: number): Vec3 | null => march(s, [0, localY, 0], [0, 0, 1], false, named('body'))
const bodyBack = (s: Shape, localY: number): Vec3 | null => march(s, [0, localY, 0], [0, 0, -1], false, named('body'))
const discEdge = (id: DiscId, dir: 1 | -1): Vec3 | null => {
  const s = shapeOf(id)
  const p = march(s, [0, 0, 0], [0, 0, dir], false, named('annulus'))
  return p ? toWorld(s.pose, p) : null
}

const jointLevels = (from: VertebraLevel, to: VertebraLevel): VertebraLevel[] =>
  VERTEBRA_LEVELS.slice(indexOf(from), indexOf(to) + 1)

interface BandStation {
  readonly p: Vec3
  readonly r: readonly [number, number]
}

/** The anterior (front) or posterior (back) longitudinal ligament as stations down the bodies and discs. */
export function longitudinalStations(which: 'anterior-longitudinal' | 'posterior-longitudinal'): BandStation[] {
  const front = which === 'anterior-longitudinal'
  const t = (front ? ALL_THICKNESS : PLL_THICKNESS).value
  const out: BandStation[] = []
  const first: VertebraLevel = front ? 'C1' : 'C2'
  if (front) {
    const c1 = shapeOf('C1')
    const tubercle = extreme(c1, 'anterior-tubercle', [0, 0, 1])
    const w = longitudinalWidth(which, 'C1', 0).value
    out.push({ p: toWorld(c1.pose, add(tubercle, [0, 3, t / 2 - 0.5])), r: [w / 2, t / 2] })
    out.push({ p: toWorld(c1.pose, add(tubercle, [0, -3, t / 2 - 0.5])), r: [w / 2, t / 2] })
  }
  for (const level of jointLevels(first === 'C1' ? 'C2' : first, 'L5')) {
    const s = shapeOf(level)
    const h = midHeight(level)
    const w = longitudinalWidth(which, level, VERTEBRA_MEASUREMENTS[level].bodyWidth.value).value
    const heights = level === 'C2' ? (front ? [-0.15, -0.4] : [0.3, 0, -0.4]) : [0.38, 0, -0.38]
    for (const at of heights) {
      const q = front ? bodyFront(s, at * h) : bodyBack(s, at * h)
      if (!q) continue
      out.push({ p: toWorld(s.pose, add(q, [0, 0, front ? t / 2 - 0.3 : -t / 2 + 0.3])), r: [w / 2, t / 2] })
    }
    const below = VERTEBRA_LEVELS[indexOf(level) + 1] ?? 'S1'
    const disc = `disc:${level}-${below}` as DiscId
    const edge = discEdge(disc, front ? 1 : -1)
    if (edge) {
      const dPose = posture().discs[disc] as Pose
      const wDisc = front ? w : pllDiscWidth({ upper: level, lower: below as VertebraLevel }).value
      out.push({ p: add(edge, boneDir(dPose, [0, 0, front ? t / 2 - 0.3 : -t / 2 + 0.3])), r: [wDisc / 2, t / 2] })
    }
  }
  const sacrum = shapeOf('sacrum')
  for (const k of [1, 2]) {
    const box = partBox(sacrum, `body-S${k}`)
    const y = (box.min[1] + box.max[1]) / 2
    const start: Vec3 = [0, y, (box.min[2] + box.max[2]) / 2]
    const q = march(sacrum, start, [0, 0, front ? 1 : -1], false, named(`body-S${k}`))
    if (!q) continue
    const w = front ? 20 : 4
    out.push({ p: toWorld(sacrum.pose, add(q, [0, 0, front ? t / 2 - 0.3 : -t / 2 + 0.3])), r: [w / 2, t / 2] })
  }
  return out
}

/** A spinous process's tip (world): the farthest point of the process along its own direction. */
function spinousTip(level: VertebraLevel): { tip: Vec3; dir: Vec3 } {
  const s = shapeOf(level)
  const m = VERTEBRA_MEASUREMENTS[level]
  const slope = (m.spinousSlope.value * Math.PI) / 180
  const dir: Vec3 = [0, -Math.sin(slope), -Math.cos(slope)]
  const bifid = s.vertices('spinous-tubercle-left').length > 0
  let tip: Vec3
  if (bifid) {
    const a = extreme(s, 'spinous-tubercle-left', dir)
    tip = [0, a[1], a[2]]
  } else if (level === 'C1') tip = extreme(s, 'posterior-tubercle', dir)
  else tip = extreme(s, 'spinous', dir)
  return { tip: toWorld(s.pose, tip), dir: boneDir(s.pose, dir) }
}

function supraspinousPath(): BandStation[] {
  const t = SUPRASPINOUS.thickness.value
  const w = SUPRASPINOUS.width.value
  return jointLevels(SUPRASPINOUS.from, SUPRASPINOUS.to).map((level) => {
    const { tip, dir } = spinousTip(level)
    return { p: add(tip, scale(dir, t / 2 - 0.4)), r: [w / 2, t / 2] }
  })
}

/** The external occipital protuberance (world), estimated from the atlas (the skull is not modelled). */
function occipitalProtuberance(): Vec3 {
  const e = NUCHAE.externalOccipitalProtuberance
  return toWorld(bonePose('C1'), [0, e.up.value, -e.back.value])
}

/**
 * Where two neighbouring processes face each other across the gap between them (world): from a point
 * inside each, walk toward the other until leaving it. Returns the two facing surface points.
 */
function facingSurfaces(
  a: Shape,
  aInside: Vec3,
  aOnly: (name: string) => boolean,
  b: Shape,
  bInside: Vec3,
  bOnly: (name: string) => boolean,
): { a: Vec3; b: Vec3 } | null {
  const wa = toWorld(a.pose, aInside)
  const wb = toWorld(b.pose, bInside)
  const dir = normalize(sub(wb, wa))
  const outA = march(a, aInside, rotateX(dir, -a.pose.tilt), false, aOnly, 60)
  const outB = march(b, bInside, rotateX(scale(dir, -1), -b.pose.tilt), false, bOnly, 60)
  if (!outA || !outB) return null
  return { a: toWorld(a.pose, outA), b: toWorld(b.pose, outB) }
}

/** A point inside a process: walking from `from` along `dir` (shape frame) into the named parts, then a little deeper. */
function inside(shape: Shape, from: Vec3, dir: Vec3, only: (name: string) => boolean, depth = 1.5): Vec3 | null {
  const hit = march(shape, from, dir, true, only, 60)
  return hit ? add(hit, scale(normalize(dir), depth)) : null
}

/** The spinous process's axis in its own frame: where it leaves the laminae and its direction. */
function spinousAxis(level: VertebraLevel): { base: Vec3; dir: Vec3; length: number } {
  const s = shapeOf(level)
  const m = VERTEBRA_MEASUREMENTS[level]
  const slope = (m.spinousSlope.value * Math.PI) / 180
  const dir: Vec3 = [0, -Math.sin(slope), -Math.cos(slope)]
  const lam = partBox(s, 'lamina')
  const base: Vec3 = [0, (lam.min[1] + lam.max[1]) / 2, vertebraLandmarks(level).canalBackZ]
  return { base, dir, length: m.spinousLength.value }
}

/** The interspinous sheet between two spinous processes: stations from the root of the processes to their tips. */
function interspinousStations(level: JointLevel): BandStation[] {
  const upper = level.upper as VertebraLevel
  const U = shapeOf(upper)
  const sacral = level.lower === 'S1'
  const B = shapeOf(sacral ? 'sacrum' : (level.lower as VertebraLevel))
  const uOnly = named('spinous', 'lamina-')
  const bOnly = sacral ? named('median-crest-S1', 'lamina-S1') : named('spinous', 'lamina-')
  const u = spinousAxis(upper)
  // the lower process's axis; for the sacrum, from its first lamina back to the first tubercle of its crest
  const b = sacral
    ? (() => {
        const lam = partBox(B, 'lamina-S1')
        const crest = extreme(B, 'median-crest-S1', [0, 0, -1])
        const base: Vec3 = [0, (lam.min[1] + lam.max[1]) / 2, lam.max[2] - 2]
        const d = sub(crest, base)
        return { base, dir: normalize(d), length: length(d) }
      })()
    : spinousAxis(level.lower as VertebraLevel)
  const t = interspinousThickness(level).value
  const out: BandStation[] = []
  for (const f of [0.15, 0.4, 0.65, 0.88]) {
    const pu = add(u.base, scale(u.dir, u.length * f))
    const pb = add(b.base, scale(b.dir, b.length * f))
    if (localDistance(U, pu, uOnly) > 0 || localDistance(B, pb, bOnly) > 0) continue
    const faces = facingSurfaces(U, pu, uOnly, B, pb, bOnly)
    if (!faces) continue
    const gap = length(sub(faces.a, faces.b))
    if (gap > 45) continue
    out.push({ p: lerpV(faces.a, faces.b, 0.5), r: [t / 2, gap / 2 + 1] })
  }
  return out
}

/** The ligamentum flavum between two laminae: stations across from one side's facet joint to the other's. */
function flavumStations(level: JointLevel): BandStation[] {
  const upper = level.upper as VertebraLevel
  const U = shapeOf(upper)
  const sacral = level.lower === 'S1'
  const B = shapeOf(sacral ? 'sacrum' : (level.lower as VertebraLevel))
  const uOnly = named('lamina-')
  const bOnly = sacral ? named('lamina-S1') : named('lamina-')
  const l = vertebraLandmarks(upper)
  const t = flavumThickness(level).value
  const uLam = partBox(U, 'lamina')
  const bLam = partBox(B, sacral ? 'lamina-S1' : 'lamina')
  const lowerCanalZ = sacral ? sacralCanal(1).centre[2] : canalCentreZ(level.lower as VertebraLevel)
  const out: BandStation[] = []
  for (const k of [-0.75, -0.4, 0, 0.4, 0.75]) {
    const x = k * l.pedicleInnerX
    // a point just inside each lamina, reached from the canal
    const pu = inside(U, [x, (uLam.min[1] + uLam.max[1]) / 2, canalCentreZ(upper)], [0, 0, -1], uOnly)
    const pb = inside(B, [x, (bLam.min[1] + bLam.max[1]) / 2, lowerCanalZ], [0, 0, -1], bOnly)
    if (!pu || !pb) continue
    const faces = facingSurfaces(U, pu, uOnly, B, pb, bOnly)
    if (!faces) continue
    const gap = length(sub(faces.a, faces.b))
    if (gap > 40) continue
    const mid = lerpV(faces.a, faces.b, 0.5)
    // it lines the canal side of the gap
    out.push({ p: add(mid, boneDir(U.pose, [0, 0, t / 2])), r: [t / 2, gap / 2 + 2] })
  }
  return out
}

/** The intertransverse ligament on one side: from the tip region of one transverse process to the next. */
function intertransverseStations(level: JointLevel, side: Side): BandStation[] {
  const U = shapeOf(level.upper as VertebraLevel)
  const B = shapeOf(level.lower as VertebraLevel)
  const tipRegion = (s: Shape) => {
    const vs = s.vertices('transverse-left')
    const maxX = Math.max(...vs.map((v) => v[0]))
    const near = vs.filter((v) => v[0] >= maxX - 6)
    const c = scale(
      near.reduce((acc, v) => add(acc, v), [0, 0, 0] as Vec3),
      1 / Math.max(1, near.length),
    )
    return { c, minY: Math.min(...near.map((v) => v[1])), maxY: Math.max(...near.map((v) => v[1])) }
  }
  const u = tipRegion(U)
  const b = tipRegion(B)
  const top = toWorld(U.pose, [u.c[0] - 3, u.minY + 1, u.c[2]])
  const bottom = toWorld(B.pose, [b.c[0] - 3, b.maxY - 1, b.c[2]])
  const s = INTERTRANSVERSE_SIZE
  const form = intertransverseForm(level)
  // a membrane: the band as sized; a cord: round (the fibres follow the cord's path)
  const r: readonly [number, number] =
    form === 'membrane'
      ? [s.width.value / 2, s.thickness.value / 2]
      : [INTERTRANSVERSE_CORD.value / 2, INTERTRANSVERSE_CORD.value / 2]
  const pts = [top, lerpV(top, bottom, 0.5), bottom].map((p) => sided(p, side))
  return pts.map((p) => ({ p, r }))
}

/**
 * The neck's intertransverse ligament, a few scattered fibres (Gray's): three threads (`INTERTRANSVERSE_FIBRE`) spread over
 * the band's width and a little apart front to back, along the cord's path (`intertransverseStations`).
 */
function intertransverseFibres(level: JointLevel, side: Side): BandStation[][] {
  const cord = intertransverseStations(level, side)
  const half = INTERTRANSVERSE_SIZE.width.value / 2
  const threads: readonly (readonly [number, number])[] = [
    [-half, 0.4],
    [0, -0.4],
    [half, 0.3],
  ]
  return threads.map(([across, depth]) =>
    cord.map((station, k) => ({
      // (each thread drifts a little along its way, as loose fibres do)
      p: add(station.p, [sideSign(side) * across * (k === 1 ? 0.8 : 1), 0, depth]),
      r: [INTERTRANSVERSE_FIBRE.value / 2, INTERTRANSVERSE_FIBRE.value / 2] as const,
    })),
  )
}

function bandTube(b: MeshBuilder, name: string, stations: readonly BandStation[], color: Rgb, up: Vec3): void {
  if (stations.length < 2) throw new Error(`too few stations for ${name}`)
  b.tube(
    name,
    stations.map((s) => s.p),
    stations.map((s) => s.r),
    color,
    up,
  )
}

/** Any ligament: the whole-length bands and the segmental ones, in the world frame. */
export function createLigamentGeometry(p: ParsedNeural & { kind: 'ligament' }, detail: Detail = 1): BufferGeometry {
  const b = new MeshBuilder(detail)
  switch (p.ligament) {
    case 'anterior-longitudinal':
      bandTube(b, 'ligament', longitudinalStations('anterior-longitudinal'), LIGAMENT_COLOR, [0, 0, 1])
      break
    case 'posterior-longitudinal':
      bandTube(b, 'ligament', longitudinalStations('posterior-longitudinal'), LIGAMENT_COLOR, [0, 0, 1])
      break
    case 'supraspinous':
      bandTube(b, 'ligament', supraspinousPath(), LIGAMENT_COLOR, [0, 0, -1])
      break
    case 'nuchae':
      buildNuchae(b)
      break
    case 'transverse-atlas': {
      const { height, thickness } = TRANSVERSE_ATLAS
      const stations = transverseAtlasPath().map((p) => ({ p, r: [thickness.value / 2, height.value / 2] as const }))
      bandTube(b, 'ligament', stations, LIGAMENT_COLOR, [0, 1, 0])
      break
    }
    case 'alar':
      for (const side of ['left', 'right'] as const) {
        const { from, to } = alarCord(side)
        const r = ALAR.thickness.value / 2
        b.tube(
          `alar-${side}`,
          [from, lerpV(from, to, 0.5), to],
          [
            [r, r],
            [r, r],
            [r * 0.8, r * 0.8],
          ],
          LIGAMENT_COLOR,
        )
      }
      break
    case 'apical': {
      const { from, to } = apicalCord()
      const r = APICAL.width.value / 2
      b.tube(
        'apical',
        [from, lerpV(from, to, 0.5), to],
        [
          [r * 0.8, r * 0.8],
          [r, r],
          [r, r],
        ],
        LIGAMENT_COLOR,
      )
      break
    }
    case 'tectorial':
      bandTube(b, 'ligament', tectorialStations(), LIGAMENT_COLOR, [0, 0, 1])
      break
    case 'anterior-atlanto-occipital':
      bandTube(b, 'ligament', atlantoOccipitalStations('anterior'), LIGAMENT_COLOR, [0, 0, 1])
      break
    case 'posterior-atlanto-occipital':
      bandTube(b, 'ligament', atlantoOccipitalStations('posterior'), LIGAMENT_COLOR, [0, 0, -1])
      break
    case 'flavum':
      bandTube(b, 'ligament', flavumStations(p.level as JointLevel), FLAVUM_COLOR, [0, 1, 0])
      break
    case 'interspinous':
      bandTube(b, 'ligament', interspinousStations(p.level as JointLevel), LIGAMENT_COLOR, [0, 1, 0])
      break
    case 'intertransverse':
      if (intertransverseForm(p.level as JointLevel) === 'fibres')
        for (const fibre of intertransverseFibres(p.level as JointLevel, p.side ?? 'left'))
          bandTube(b, 'ligament', fibre, LIGAMENT_COLOR, [0, 0, 1])
      else
        bandTube(
          b,
          'ligament',
          intertransverseStations(p.level as JointLevel, p.side ?? 'left'),
          LIGAMENT_COLOR,
          [0, 0, 1],
        )
      break
  }
  return finish(b)
}

/**
 * The transverse ligament of the atlas, in the world frame: from the tubercle on the inner side of C1's left
 * lateral mass, round the back of the dens at the tubercles' height, to the right one. Its middle lies
 * against the dens (the two meet at a small joint), and the path bows backward at least 1 mm whatever
 * the generated shapes give.
 */
export function transverseAtlasPath(): Vec3[] {
  const c1 = shapeOf('C1')
  const tubercle = (side: 'left' | 'right'): Vec3 =>
    toWorld(c1.pose, extreme(c1, `lateral-mass-tubercle-${side}`, [-sideSign(side), 0, 0]))
  const left = tubercle('left')
  const right = tubercle('right')
  const y = (left[1] + right[1]) / 2
  const ends = (left[2] + right[2]) / 2
  let back = Number.POSITIVE_INFINITY
  for (const v of densVertices()) if (Math.abs(v[1] - y) < 2.5) back = Math.min(back, v[2])
  const half = TRANSVERSE_ATLAS.thickness.value / 2
  const middle = Math.min(Number.isFinite(back) ? back - half : ends, ends - 1)
  const out: Vec3[] = []
  for (let i = 0; i <= 8; i++) {
    const u = i / 8
    const along = lerpV(left, right, u)
    // an arch: at the ends on the tubercles, in the middle just behind the dens
    const bow = 1 - (2 * u - 1) ** 2
    out.push([along[0], y, ends + (middle - ends) * bow])
  }
  return out
}

/**
 * One alar ligament, in the world frame: from the upper outer side of the dens, up and out to the tubercle on
 * the inner side of the occipital condyle (Gray 1918; skullBase.ts).
 */
export function alarCord(side: 'left' | 'right'): { from: Vec3; to: Vec3 } {
  const dens = densVertices()
  const top = Math.max(...dens.map((v) => v[1]))
  const s = sideSign(side)
  let from: Vec3 = [0, top, 0]
  for (const v of dens) if (v[1] > top - 4 && v[0] * s > from[0] * s) from = v
  return { from, to: skullBaseLayout().condyles[side].alarTubercle }
}

/**
 * The apical ligament of the dens, in the world frame: from the tip of the dens up to the basion (the front edge
 * of the foramen magnum, which the skull base puts above the tip).
 */
export function apicalCord(): { from: Vec3; to: Vec3 } {
  const tip = densTip()
  return { from: add(tip, [0, -0.5, 0]), to: skullBaseLayout().basion }
}

/** The back of the dens (world z) at a height, in the midline: its rearmost vertex within 2 mm of it. */
function densBackAt(y: number): number {
  let back = Number.POSITIVE_INFINITY
  for (const v of densVertices()) if (Math.abs(v[1] - y) < 2 && Math.abs(v[0]) < 3) back = Math.min(back, v[2])
  return back
}

/**
 * The tectorial membrane, in the world frame, as stations up the midline: from the back of the body of C2
 * (where the posterior longitudinal ligament it continues lies), up behind the dens and behind the transverse
 * ligament's middle, over the dens's tip, to end a little above the basion, where the skull (not modelled)
 * would take it. It widens upward, fanning toward the skull.
 */
export function tectorialStations(): BandStation[] {
  const t = TECTORIAL.thickness.value
  const widthAt = (u: number) =>
    TECTORIAL.widthAtC2.value + (TECTORIAL.widthAtSkull.value - TECTORIAL.widthAtC2.value) * u
  const c2 = shapeOf('C2')
  const start = bodyBack(c2, 0)
  const out: BandStation[] = []
  if (start) out.push({ p: toWorld(c2.pose, add(start, [0, 0, -t / 2 + 0.3])), r: [widthAt(0) / 2, t / 2] })
  const band = transverseAtlasPath()[4] as Vec3
  const bandBack = band[2] - TRANSVERSE_ATLAS.thickness.value / 2
  const tip = densTip()
  // behind the dens low down, between C2's body and the band
  const start0 = out[0]?.p ?? tip
  const lowY = (start0[1] + band[1] - TRANSVERSE_ATLAS.height.value / 2) / 2
  const lowBack = densBackAt(lowY)
  if (Number.isFinite(lowBack)) out.push({ p: [0, lowY, lowBack - t / 2 - 0.4], r: [widthAt(0.25) / 2, t / 2] })
  out.push({ p: [0, band[1], bandBack - t / 2 - 0.2], r: [widthAt(0.45) / 2, t / 2] })
  // over the band's upper edge, then up past the dens's tip (the fat-filled space behind the dens's top lies
  // in front of it) and in front of the cord, which bends forward toward the foramen magnum
  const bandTop = band[1] + TRANSVERSE_ATLAS.height.value / 2
  const behindBand = bandBack - t / 2 - 0.1
  out.push({ p: [0, bandTop + 0.6, behindBand], r: [widthAt(0.5) / 2, t / 2] })
  const clearOfCord = (y: number, z: number) => Math.max(z, cordFrontAt(y) + t / 2 + 1.2)
  const overTipY = tip[1] + 1
  out.push({ p: [0, overTipY, clearOfCord(overTipY, behindBand + 0.5)], r: [widthAt(0.7) / 2, t / 2] })
  // through the foramen magnum, behind its front edge, and onto the back of the clivus, leaning forward as it does
  const basion = skullBaseLayout().basion
  const throughY = basion[1] + 4
  out.push({ p: [0, throughY, clearOfCord(throughY, basion[2] - t / 2 - 1.5)], r: [widthAt(0.85) / 2, t / 2] })
  out.push({ p: clivusBackFace(10, t / 2 + 0.2), r: [widthAt(1) / 2, t / 2] })
  return out
}

/**
 * An atlanto-occipital membrane, in the world frame, as stations up the midline: from the top of the atlas's
 * front (or back) arch, on its outer side, up to where the line toward the foramen magnum's front (or back) edge
 * meets the skull's base.
 */
export function atlantoOccipitalStations(which: 'anterior' | 'posterior'): BandStation[] {
  const c1 = shapeOf('C1')
  const front = which === 'anterior'
  const t = AO_MEMBRANES[which].thickness.value
  const w = AO_MEMBRANES[which].width.value
  const arch = toWorld(c1.pose, extreme(c1, front ? 'anterior-arch' : 'posterior-arch', [0, 1, front ? 0.35 : -0.35]))
  const layout = skullBaseLayout()
  // just outside the foramen's edge: the membrane runs to the margin's outer (lower) side
  const edge = front
    ? add(layout.basion, boneDir(c1.pose, [0, -1, 2]))
    : add(layout.opisthion, boneDir(c1.pose, [0, -1, -2]))
  const from = add(arch, boneDir(c1.pose, [0, t / 2, 0]))
  const to = meetSkullBase(from, edge, t / 2)
  const r = (k: number) => [(w / 2) * k, t / 2] as const
  return [
    { p: from, r: r(0.9) },
    { p: lerpV(from, to, 0.5), r: r(1) },
    { p: to, r: r(0.95) },
  ]
}

/** Along the line from `from` toward `toward`, the first point `clearance` mm from the skull's base (world). */
function meetSkullBase(from: Vec3, toward: Vec3, clearance: number): Vec3 {
  const d = sub(toward, from)
  const span = length(d)
  const dir = scale(d, 1 / (span || 1))
  for (let s = 0; s <= span + 8; s += 0.25) {
    const p = add(from, scale(dir, s))
    if (skullBaseDistance(p) < clearance) return p
  }
  return toward
}

/** The front of the cord (world z) in the midline at a height: its stations' fronts, linear between. */
function cordFrontAt(y: number): number {
  const stations = cordStations()
  const front = (i: number) => {
    const s = stations[i] as CordStation
    return s.position[2] + s.radii[1]
  }
  for (let i = 0; i + 1 < stations.length; i++) {
    const a = stations[i] as CordStation
    const b = stations[i + 1] as CordStation
    if ((y - a.position[1]) * (y - b.position[1]) <= 0) {
      const f = (y - a.position[1]) / (b.position[1] - a.position[1] || 1)
      return front(i) + (front(i + 1) - front(i)) * f
    }
  }
  // above the foramen magnum's station, the cord's top end
  return front(0)
}

/** The ligamentum nuchae: the dorsal raphe from the occiput to C7, and the septum from it to the spines. */
function buildNuchae(b: MeshBuilder): void {
  const eop = occipitalProtuberance()
  const c7 = spinousTip('C7')
  const raphe: Vec3[] = [eop, lerpV(eop, c7.tip, 0.33), lerpV(eop, c7.tip, 0.66), add(c7.tip, scale(c7.dir, 1.5))]
  const rw = NUCHAE.rapheWidth.value / 2
  const rt = NUCHAE.rapheThickness.value / 2
  b.tube(
    'raphe',
    raphe,
    raphe.map(() => [rw, rt] as const),
    LIGAMENT_COLOR,
    [0, 0, -1],
  )
  // the septum: a thin midline sheet from each cervical spine (and the occiput above the atlas) back to the raphe
  const opisthion = skullBaseLayout().opisthion
  const tips = [opisthion, ...jointLevels('C1', 'C6').map((level) => spinousTip(level).tip)]
  const nearestOnRaphe = (p: Vec3): Vec3 => {
    const a = eop
    const d = sub(c7.tip, eop)
    const t = Math.max(0, Math.min(1, dot(sub(p, a), d) / dot(d, d)))
    return add(a, scale(d, t))
  }
  const half = NUCHAE.septumThickness.value / 2
  const stationsOut = tips.map((tip) => {
    const r = nearestOnRaphe(tip)
    return { p: lerpV(tip, r, 0.5), r: [half, Math.max(1.5, length(sub(r, tip)) / 2 + 0.5)] as const }
  })
  const up = normalize(
    stationsOut.reduce((acc, s, i) => add(acc, sub(nearestOnRaphe(tips[i] as Vec3), s.p)), [0, 0, 0] as Vec3),
  )
  b.tube(
    'septum',
    stationsOut.map((s) => s.p),
    stationsOut.map((s) => s.r),
    LIGAMENT_COLOR,
    up,
  )
}
