import type { BufferGeometry } from 'three'
import type { Side } from '../anatomy/ids'
import { AXIS_FORAMEN_RING, axisTransverseForamen, forSide, vertebraLandmarks } from '../anatomy/landmarks'
import { ATLAS, ATLAS_LATERAL_MASS, AXIS, VERTEBRA_MEASUREMENTS } from '../anatomy/levels'
import { posture } from '../anatomy/posture'
import { AXES, bodyOutline, type Detail, MeshBuilder, padAxes } from './builder'
import type { SectionCorners } from './sdf'
import { SIDES, sided } from './sides'
import { add, cross3, normalize, scale, sub, type Vec3 } from './vec3'

/**
 * How far the long axes of the atlas's lateral masses turn in toward the front, each from the sagittal plane,
 * degrees (our estimate: Gray's 1918 text has the superior facets approaching each other in front; the same
 * angle turns the facets to face a little back, levels.ts).
 */
export const LATERAL_MASS_CONVERGENCE = 15

/** Height of the middle of a lateral mass, and half its height, mm (our estimates; its slabs add the rest). */
const MASS_Y = 0
const MASS_HALF_HEIGHT = 5.5
/**
 * How far the pillar of a lateral mass sits out from `massX` and forward of the ring's centre, mm (our
 * estimates: turned in at the front, its inner front corner would otherwise narrow the canal).
 */
const MASS_OUT = -0.6
const MASS_Z = -1.5

/**
 * The superior facet's cup: the solid cut out of the slab under it, an ellipsoid (semi-axes along the facet,
 * along its normal and across it, mm) resting on the facet's centre. Our estimates, for a cup about 2 mm deep
 * over the facet's length and a little shallower across it.
 */
const CUP_RADII: Vec3 = [14, 7, 8.5]
/** How far the rim of the slab under the superior facet stands above the facet's centre, and half the slab's thickness, mm (our estimates). */
const SUPERIOR_RIM = 3
const SUPERIOR_SLAB = 3.6
/** The notch in the inner edge of the superior facet that makes it a kidney: its depth and radius, mm (our estimate). */
const FACET_NOTCH: readonly [number, number] = [1.8, 4]

/** The outline of a lateral mass and its slabs, seen along their height: a rounded rectangle. */
const pillarOutline = (angle: number): readonly [number, number] => {
  const c = Math.cos(angle)
  const s = Math.sin(angle)
  return [Math.sign(c) * Math.abs(c) ** (2 / 2.5), Math.sign(s) * Math.abs(s) ** (2 / 2.5)]
}

/** A lateral mass's axes on one side: across (outward), up, and along it (forward, turned in). */
function massAxes(side: Side): [Vec3, Vec3, Vec3] {
  const a = (LATERAL_MASS_CONVERGENCE * Math.PI) / 180
  return [forSide([Math.cos(a), 0, Math.sin(a)], side), [0, 1, 0], forSide([-Math.sin(a), 0, Math.cos(a)], side)]
}

/** A station along one of the atlas's arches: centre, section semi-axes [across, up] and corners (mm). */
interface ArchStation {
  readonly p: Vec3
  readonly r: [number, number]
  readonly k: SectionCorners
}

/**
 * The arches' sections as rounded rectangles (corner radii as fractions of the thinner semi-axis, in the
 * order inner-or-outer top, bottom, then the other side's top, bottom: see `SectionCorners`). All our
 * estimates, from the shapes in anatomy atlases: the anterior arch flat behind (the facet for the dens) and
 * rounded in front; the posterior arch a flat, square-edged bar beside the lateral masses and a D (flat toward
 * the canal, rounded behind) toward its tubercle.
 */
export const ANTERIOR_ARCH_SECTION: SectionCorners = [0.45, 0.45, 1, 1]
const ANTERIOR_ARCH_ENDS: SectionCorners = [0.55, 0.55, 0.9, 0.9]
export const POSTERIOR_ARCH_BAR: SectionCorners = [0.4, 0.4, 0.4, 0.4]
export const POSTERIOR_ARCH_D: SectionCorners = [1, 1, 0.45, 0.45]

/** The transverse processes' bars: rounded rectangles, edges rounded over half their thinner side (our estimate). */
const TRANSVERSE_SECTION: SectionCorners = [0.55, 0.55, 0.55, 0.55]

/**
 * The groove for the vertebral artery, in section: a channel with a broad floor whose sides curve up into its
 * edges, not a round-bottomed trough (our estimate of its shape; its width is Patel's).
 */
const GROOVE_SECTION: SectionCorners = [0.6, 0.6, 0.6, 0.6]

/** Half the posterior arch's height beside the lateral masses, before the groove is cut (our estimate), mm. */
const POSTERIOR_ARCH_LOW = 3

/** A path's points for the whole-spine overview (detail 0): every other one, keeping both ends. */
const coarse = <T>(points: readonly T[], detail: Detail): T[] =>
  detail ? [...points] : points.filter((_, i) => i % 2 === 0 || i === points.length - 1)

/**
 * C1, the atlas, in its own frame (origin at the centre of the ring, x left, y up, z forward, mm): no
 * body; a short anterior arch with its tubercle in front and the facet for the dens behind; two massive
 * lateral masses, their long axes converging forward, each with a cupped superior facet facing up and in
 * (for the skull) and a flatter, rounder inferior facet facing down and in (on C2); a thin posterior arch,
 * grooved on top behind each lateral mass for the vertebral artery, with its posterior tubercle; and long
 * transverse processes, each a loop round its foramen out to a broad tip.
 */
export function createAtlasGeometry(detail: Detail): BufferGeometry {
  const b = new MeshBuilder(detail)
  const l = vertebraLandmarks('C1')
  const inferior = posture().inferiorFacets.C1
  const canalHalf = ATLAS.canalWidth.value / 2
  const archBackZ = l.bodyBackZ
  const aH = ATLAS.anteriorArchHeight.value / 2
  const pH = ATLAS.posteriorArchHeight.value / 2
  // the lateral masses' centres, their inner faces bounding the canal at its published width (Patel)
  const massX = canalHalf + 5.3
  // anterior arch: short and curved, as tall as Patel measured, its back face at the front of the canal; a
  // flattened bar, more than twice as tall as it is thick (the thickness is our estimate). Its section is a D,
  // not an ellipse: the back, which carries the facet for the dens, is flat with squarish edges; the front is
  // rounded from top to bottom. (A section's first axis points in toward the canal all along this arch.)
  const aThick = ATLAS.anteriorArchThickness.value / 2
  const front = coarse(
    [
      { p: [massX - 2, -0.5, 5], r: [3.6, aH], k: ANTERIOR_ARCH_ENDS },
      { p: [canalHalf - 2.5, -0.5, archBackZ + 1.2], r: [3, aH], k: ANTERIOR_ARCH_SECTION },
      { p: [6, -0.5, archBackZ + aThick - 0.2], r: [aThick, aH], k: ANTERIOR_ARCH_SECTION },
      { p: [0, -0.5, archBackZ + aThick], r: [aThick, aH], k: ANTERIOR_ARCH_SECTION },
      { p: [-6, -0.5, archBackZ + aThick - 0.2], r: [aThick, aH], k: ANTERIOR_ARCH_SECTION },
      { p: [-(canalHalf - 2.5), -0.5, archBackZ + 1.2], r: [3, aH], k: ANTERIOR_ARCH_SECTION },
      { p: [-(massX - 2), -0.5, 5], r: [3.6, aH], k: ANTERIOR_ARCH_ENDS },
    ] as ArchStation[],
    detail,
  )
  b.tube(
    'anterior-arch',
    front.map((q) => q.p),
    front.map((q) => q.r),
    undefined,
    [0, 1, 0],
    front.map((q) => q.k),
  )
  b.ellipsoid('anterior-tubercle', [0, -0.8, archBackZ + aThick + 2], [4.2, 5.2, 2.6])
  b.facetPad(
    'dental-facet',
    [0, -0.5, archBackZ],
    [0, 0, -1],
    ATLAS.dentalFacetWidth.value,
    ATLAS.dentalFacetHeight.value,
  )
  // Posterior arch: a flat bar where it leaves each lateral mass, broad across and low (our estimates, 8 mm
  // by 6), rising to Patel's 8.68 mm behind, where it is taller than thick, to the posterior
  // tubercle. Behind each lateral mass its upper surface is hollowed by the groove for the vertebral artery
  // (cut below, on the continuous surface), leaving Patel's 4.07 mm of bone under it.
  const pThick = 2.4
  const pWide = ATLAS.posteriorArchWidth.value / 2
  const pLow = POSTERIOR_ARCH_LOW
  const midBack = archBackZ - ATLAS.canalDepth.value - 2.6
  // Its section is no ellipse either: beside the lateral masses a flat bar with squarish edges (a rounded
  // rectangle), toward the midline a D, flat on the side of the canal and rounded behind. (A section's first
  // axis points away from the canal all along this arch.)
  const half: ArchStation[] = [
    { p: [massX + 0.5, -1.2, -9], r: [pWide - 0.2, 3.6], k: POSTERIOR_ARCH_BAR },
    { p: [massX - 0.3, -1.4, -13.2], r: [pWide + 0.2, pLow], k: POSTERIOR_ARCH_BAR },
    { p: [canalHalf + 0.2, -1.3, -17.4], r: [pWide, pLow], k: POSTERIOR_ARCH_BAR },
    { p: [8, -0.3, midBack + 2.2], r: [3, pH * 0.9], k: [0.75, 0.75, 0.45, 0.45] },
    { p: [3, 0.1, midBack + 0.3], r: [pThick, pH], k: POSTERIOR_ARCH_D },
  ]
  const arch: ArchStation[] = [
    ...half,
    { p: [0, 0.2, midBack], r: [pThick, pH], k: POSTERIOR_ARCH_D },
    ...[...half].reverse().map((q) => ({ ...q, p: sided(q.p, 'right') })),
  ]
  const archPoints = coarse(arch, detail)
  b.tube(
    'posterior-arch',
    archPoints.map((q) => q.p),
    archPoints.map((q) => q.r),
    undefined,
    [0, 1, 0],
    archPoints.map((q) => q.k),
  )
  b.ellipsoid('posterior-tubercle', [0, 0, midBack - 2.5], [5, 5.2, 3.2])

  for (const side of SIDES) {
    // The lateral mass: a thick pillar between the canal and the transverse foramen, longer front to back
    // (Hung 2020, on CT) than across (the room Patel's widths leave), its long axis turned so that the front
    // ends of the two masses lean toward each other. Its section is a rounded rectangle, not an ellipse, and
    // it is a little waisted between its facets, which overhang it.
    const [across, , along] = massAxes(side)
    b.superquadric(
      `lateral-mass-${side}`,
      sided([massX + MASS_OUT, MASS_Y, MASS_Z], side),
      [ATLAS_LATERAL_MASS.width.value / 2, MASS_HALF_HEIGHT, ATLAS_LATERAL_MASS.depth.value / 2],
      // (right-handed on both sides, so the shells face out: the right's third axis runs backward)
      [across, [0, 1, 0], side === 'left' ? along : scale(along, -1)],
      4,
      pillarOutline,
      undefined,
      undefined,
      0.1,
    )
    // the tubercle on the inner side of the mass, toward its front, for the transverse ligament of the atlas
    if (detail) b.ellipsoid(`lateral-mass-tubercle-${side}`, sided([canalHalf - 1.8, 0.3, 0], side), [2.4, 2.4, 3.2])
    // Superior facet: large, oval to kidney-shaped, longer front to back than across (Patel), facing up, in
    // and a little back, and concave: a cup for the occipital condyle. Under it a slab of the mass that takes
    // the facet's slope (so the mass is a wedge, tallest at its outer side); the cup is cut into that slab,
    // and the cartilage lines the cup.
    const sup = forSide(l.superiorFacet, side)
    const supN = forSide(l.superiorFacetNormal, side)
    const supAxes = padAxes(supN)
    const supLength = ATLAS.superiorFacetLength.value
    const supWidth = ATLAS.superiorFacetWidth.value
    b.superquadric(
      `superior-process-${side}`,
      add(sup, scale(supN, SUPERIOR_RIM - SUPERIOR_SLAB)),
      [supLength / 2 + 1, SUPERIOR_SLAB, supWidth / 2 + 1.2],
      supAxes,
      4,
      pillarOutline,
    )
    const cup = {
      centre: add(sup, scale(supN, CUP_RADII[1])),
      radii: CUP_RADII,
      axes: supAxes,
    }
    b.cutEllipsoid(`superior-cup-${side}`, cup.centre, cup.radii, cup.axes, 0.6)
    // (the third pad axis points in toward the canal on both sides: the kidney's notch is on its inner edge;
    // the shells, which cannot show the cup, draw the facet flat, just proud of the slab's rim)
    b.hollowPad(
      `superior-facet-${side}`,
      sup,
      supN,
      supLength,
      supWidth,
      cup,
      { u: 0, v: supWidth / 2 + FACET_NOTCH[1] - FACET_NOTCH[0], radius: FACET_NOTCH[1] },
      SUPERIOR_RIM + 0.4,
    )
    // inferior facet: roughly round, flat, facing down and in onto C2, on its own slab of the mass
    const inf = forSide(inferior.centre, side)
    const infN = forSide(inferior.normal, side)
    b.superquadric(
      `inferior-process-${side}`,
      sub(inf, scale(infN, 3.5)),
      [ATLAS.inferiorFacetLength.value / 2 + 0.6, 3.2, ATLAS.inferiorFacetWidth.value / 2 + 0.6],
      padAxes(infN),
      4,
      pillarOutline,
    )
    b.facetPad(`inferior-facet-${side}`, inf, infN, ATLAS.inferiorFacetLength.value, ATLAS.inferiorFacetWidth.value)
    // transverse process: anterior and posterior bars from the lateral mass round the transverse foramen
    // (its edges where Patel measured them) to a broad tip, the widest point of the atlas; the bars are
    // flattened plates of bone with rounded edges rather than round rods (their corners our estimate)
    const foramen = foramenX()
    const tipX = ATLAS.totalWidth.value / 2 - 3.2
    const loop = coarse(
      [
        { p: [massX + 2, 0, 2.8], r: [2.6, 4] },
        { p: [foramen, 0.3, 2.6], r: [2.3, 3.4] },
        { p: [tipX - 1.8, 0, 0.8], r: [3, 4.4] },
        { p: [tipX, -0.6, -2.5], r: [3.2, 5.4] },
        { p: [tipX - 1.8, 0, -5.8], r: [3, 4.4] },
        { p: [foramen, 0, -7.8], r: [2.5, 3.6] },
        { p: [massX + 2, 0, -8], r: [2.8, 4.2] },
      ] as { p: Vec3; r: [number, number] }[],
      detail,
    )
    b.tube(
      `transverse-${side}`,
      loop.map((q) => sided(q.p, side)),
      loop.map((q) => q.r),
      undefined,
      [0, 1, 0],
      loop.map(() => TRANSVERSE_SECTION),
    )
  }
  // The groove for the vertebral artery (sulcus arteriae vertebralis): the artery leaves the transverse
  // foramen, bends back round the lateral mass and runs in across the top of the posterior arch before it
  // turns up into the skull. The channel runs along the arch from behind the lateral mass to about 11 mm from
  // the midline (its inner edge about 13 mm out, Kaur 2023; 10 mm on the inner cortex in Ebraheim 1998, Spine
  // 23:320), as wide as Patel measured (8.18 mm across the arch, where the artery lies with its veins),
  // against the back of the lateral mass, so that a lip of bone borders it behind; its floor is left Patel's
  // 4.07 mm above the bottom of the arch. Close-ups only: the overview's shells cannot show a hollow.
  const floorTop = -1.35 - POSTERIOR_ARCH_LOW + ATLAS.arteryGrooveThickness.value
  const cutR: [number, number] = [ATLAS.arteryGrooveWidth.value / 2, 2.5]
  const canalCentre: Vec3 = [0, 0, archBackZ - ATLAS.canalDepth.value / 2]
  const towardCanal = (p: Vec3, by: number): Vec3 => {
    const d = normalize([canalCentre[0] - p[0], 0, canalCentre[2] - p[2]])
    return add(p, scale(d, by))
  }
  for (const side of detail ? SIDES : []) {
    const path: Vec3[] = [
      [massX + 3.2, floorTop + cutR[1] + 0.6, -11],
      [massX - 0.3, floorTop + cutR[1], -13.2],
      [canalHalf + 0.2, floorTop + cutR[1], -17.4],
      [ATLAS.arteryGrooveInner.value - 2, floorTop + cutR[1] + 0.4, midBack + 3.6],
    ]
    b.cutTube(
      `artery-groove-${side}`,
      path.map((p) => sided(towardCanal(p, 2), side)),
      path.map(() => cutR),
      undefined,
      undefined,
      path.map(() => GROOVE_SECTION),
    )
  }
  return b.build()
}

/** x of the centre of the atlas's left transverse foramen: midway between Patel's inner and outer edges. */
export function foramenX(): number {
  return (ATLAS.transverseForaminaOuter.value + ATLAS.transverseForaminaInner.value) / 4
}

/**
 * C2, the axis, in its own frame (origin at the centre of the body, x left, y up, z forward, mm): a body
 * taller than it is wide with a lip hanging from its front lower edge; the dens rising from it, waisted at
 * its neck; the large, flat, oval superior articular surfaces on the body and pedicles either side of the
 * dens, facing up and out; small transverse processes that point down and out round their foramina; thick
 * laminae; and the large bifid spinous process.
 */
export function createAxisGeometry(detail: Detail): BufferGeometry {
  const b = new MeshBuilder(detail)
  const m = VERTEBRA_MEASUREMENTS.C2
  const l = vertebraLandmarks('C2')
  const inferior = posture().inferiorFacets.C2
  const hw = l.halfWidth
  const hd = l.halfDepth
  const half = l.heightPosterior / 2
  b.superquadric('body', [0, 0, 0], [hw, half, hd], AXES, 5, bodyOutline('C'), undefined, undefined, 0.12)
  // the front of the lower edge hangs down as a lip over the C2–C3 disc
  b.ellipsoid('body-lip', [0, -half + 1.2, hd - 2.6], [hw * 0.62, 3.2, 3])

  // dens: base inside the body, a narrower neck (Acharya 2021: 8.80 mm at its least), the head at the
  // published width and depth, leaning a little back toward its rounded apex
  const densTop = half + AXIS.densHeight.value
  const tipR: [number, number] = [3, 3.2]
  b.tube(
    'dens',
    [
      [0, half - 3, 0.5],
      [0, half + 2.5, 0.8],
      [0, half + 8, 0.6],
      [0, densTop - tipR[0], -0.8],
    ],
    [
      [hw * 0.62, 6],
      [AXIS.densNeckWidth.value / 2, AXIS.densDepth.value / 2 - 0.6],
      [AXIS.densWidth.value / 2, AXIS.densDepth.value / 2],
      tipR,
    ],
    undefined,
    [0, 0, 1],
  )
  b.facetPad('dens-anterior-facet', [0, half + 6, 1 + AXIS.densDepth.value / 2], [0, 0, 1], 7, 8)

  const lt = m.laminaThickness.value
  const laminaY = l.pillar[1] - l.heightPosterior * 0.15
  for (const side of SIDES) {
    const pillar = sided(l.pillar, side)
    // superior articular surface: a broad, flat oval on a shelf of bone that grows out of the upper side
    // of the body and the pedicle, under the facet (the shelf is the process)
    const sup = forSide(l.superiorFacet, side)
    const supN = forSide(l.superiorFacetNormal, side)
    // the pad's first axis runs front to back on a facet that faces up: the facet's length (the table's height)
    const length = m.facetHeight.value
    const breadth = m.facetWidth.value
    // (a deep, rounded mass under the facet, so the facet sits on the bone rather than on a plate)
    b.ellipsoid(
      `superior-process-${side}`,
      sub(sup, scale(supN, 6.2)),
      [length / 2 + 0.6, 5.6, breadth / 2 + 0.6],
      padAxes(supN),
    )
    b.tube(
      `superior-process-root-${side}`,
      [sided([hw - 3, half - 6, 0.5], side), sub(sup, scale(supN, 9.5))],
      [
        [7, 7],
        [7, 6.5],
      ],
      undefined,
      [0, 0, 1],
    )
    b.facetPad(`superior-facet-${side}`, sup, supN, length, breadth)
    // pedicle (with the pars): from the back of the body under the superior process back to the pillar
    const xp = l.pedicleInnerX + m.pedicleWidth.value / 2
    b.tube(
      `pedicle-${side}`,
      [sided([xp - 1, 3, l.bodyBackZ + 3], side), sided([xp, 4, -9], side), pillar],
      [
        [m.pedicleWidth.value / 2, 5.5],
        [m.pedicleWidth.value / 2, 5],
        [m.pedicleWidth.value / 2 + 0.5, 5],
      ],
    )
    // inferior articular process, behind and below the pillar, seated on C3's superior facet
    const inf = forSide(inferior.centre, side)
    const infN = forSide(inferior.normal, side)
    const c3 = VERTEBRA_MEASUREMENTS.C3
    b.ellipsoid(
      `inferior-process-${side}`,
      sub(inf, scale(infN, 3.2)),
      [c3.facetWidth.value / 2 + 1, 3.2, c3.facetHeight.value / 2 + 0.8],
      padAxes(infN),
    )
    b.tube(
      `inferior-process-root-${side}`,
      [add(pillar, [0, 1, 0]), sub(inf, scale(infN, 6.5))],
      [
        [5, 6],
        [4.5, 5],
      ],
    )
    b.facetPad(`inferior-facet-${side}`, inf, infN, c3.facetWidth.value, c3.facetHeight.value)
    // transverse process: small, a ring round the transverse foramen (axisTransverseForamen), growing out of
    // the side of the body in front and meeting the pedicle above and behind; its outer edge is the tip. The ring
    // lies square to the hole's axis, so it slopes down and out, and its inner edge is the hole's published
    // size; 6 mm thick along the axis, as the loop it replaces was. (A little more than one turn, so the tube's
    // rounded ends lie inside the ring.)
    const hole = axisTransverseForamen()
    const centre = forSide(hole.centre, side)
    const axis = forSide(hole.axis, side)
    const forward: Vec3 = [0, 0, 1]
    const out = sided(normalize(cross3(hole.axis, forward)), side)
    const ring: Vec3[] = []
    for (let k = 0; k <= 13; k++) {
      const a = (k / 12) * 2 * Math.PI
      ring.push(
        add(centre, scale(add(scale(forward, Math.cos(a)), scale(out, Math.sin(a))), hole.radius + AXIS_FORAMEN_RING)),
      )
    }
    b.tube(
      `transverse-${side}`,
      [sided([hw + 0.5, 1.5, 1], side), ...ring],
      [[2.6, 3.4], ...ring.map((): [number, number] => [AXIS_FORAMEN_RING, 3])],
      undefined,
      axis,
    )
    // lamina: thick and tall (Saetia 2015: 6.64 mm; Chan 2021: 11.76 mm), from the pillar round the back of
    // the canal to just past the midline, where the two meet under the spinous process
    b.tube(
      `lamina-${side}`,
      [
        sided([l.pillar[0] + 0.5, laminaY, l.pillar[2]], side),
        sided([l.pillar[0] * 0.62, laminaY - 0.5, (l.pillar[2] + l.canalBackZ - lt / 2) / 2 - 2], side),
        sided([4.5, laminaY - 1, l.canalBackZ - lt / 2 - 0.2], side),
        sided([1.2, laminaY - 1, l.canalBackZ - lt / 2], side),
        sided([-1.5, laminaY - 1, l.canalBackZ - lt / 2], side),
      ],
      [
        [lt / 2 + 1, AXIS.laminaHeight.value / 2],
        [lt / 2, AXIS.laminaHeight.value / 2],
        [lt / 2, AXIS.laminaHeight.value / 2],
        [lt / 2, AXIS.laminaHeight.value / 2],
        [lt / 2, AXIS.laminaHeight.value / 2],
      ],
      undefined,
      [0, 1, 0],
    )
  }
  // spinous process: the largest of the neck, tall and broad at its root, its bifid tip two big tubercles
  const canalBack: Vec3 = [0, laminaY - 1, l.canalBackZ]
  const slope = (m.spinousSlope.value * Math.PI) / 180
  const dir: Vec3 = [0, -Math.sin(slope), -Math.cos(slope)]
  const length = m.spinousLength.value
  const fork = add(canalBack, scale(dir, length * 0.6))
  b.tube(
    'spinous',
    [add(canalBack, scale(dir, 2)), add(canalBack, scale(dir, length * 0.3)), fork],
    [
      [5, 7.5],
      [5.5, 7],
      [5.5, 6],
    ],
  )
  for (const side of SIDES) {
    const tipR = 4.5
    const tip = add(add(canalBack, scale(dir, length - tipR)), sided([6.5, -1.5, 0], side))
    b.tube(
      `spinous-tubercle-${side}`,
      [add(fork, sided([1.5, 0, 0], side)), tip],
      [
        [4, 5.5],
        [tipR, tipR + 1],
      ],
      undefined,
      normalize([0, 1, 0]),
    )
  }
  return b.build()
}
