import type { BufferGeometry } from 'three'
import { ATLAS_LATERAL_MASS_RADIUS, forSide, vertebraLandmarks } from '../anatomy/landmarks'
import { ATLAS, AXIS, VERTEBRA_MEASUREMENTS } from '../anatomy/levels'
import { posture } from '../anatomy/posture'
import { AXES, bodyOutline, type Detail, MeshBuilder, padAxes } from './builder'
import { SIDES, sided } from './sides'
import { add, normalize, scale, sub, type Vec3 } from './vec3'

/** C1: a ring with no body. Anterior and posterior arches, lateral masses carrying the skull, transverse processes with foramina. */
export function createAtlasGeometry(detail: Detail): BufferGeometry {
  const b = new MeshBuilder(detail)
  const l = vertebraLandmarks('C1')
  const inferior = posture().inferiorFacets.C1
  const massX = l.pillar[0]
  const archFrontZ = l.bodyBackZ
  const archBackZ = l.canalBackZ
  const aH = ATLAS.anteriorArchHeight.value / 2
  const pH = ATLAS.posteriorArchHeight.value / 2
  b.tube(
    'anterior-arch',
    [
      [massX, 0, 6],
      [massX * 0.55, -1, archFrontZ + 2.5],
      [0, -1, archFrontZ + 3],
      [-massX * 0.55, -1, archFrontZ + 2.5],
      [-massX, 0, 6],
    ],
    [
      [4, aH],
      [3.2, aH],
      [3.5, aH],
      [3.2, aH],
      [4, aH],
    ],
    undefined,
    [0, 1, 0],
  )
  b.ellipsoid('anterior-tubercle', [0, -1, archFrontZ + 5], [4, 5, 2.5])
  b.facetPad(
    'dental-facet',
    [0, -0.5, archFrontZ],
    [0, 0, -1],
    ATLAS.dentalFacetHeight.value,
    ATLAS.dentalFacetHeight.value,
  )
  b.tube(
    'posterior-arch',
    [
      [massX, 0, -6],
      [massX * 0.85, 1, archBackZ + 6],
      [0, 1, archBackZ - 3],
      [-massX * 0.85, 1, archBackZ + 6],
      [-massX, 0, -6],
    ],
    [
      [4, pH],
      [3.2, pH],
      [3.2, pH * 1.1],
      [3.2, pH],
      [4, pH],
    ],
    undefined,
    [0, 1, 0],
  )
  b.ellipsoid('posterior-tubercle', [0, 0.5, archBackZ - 5], [4.5, 4, 3])
  for (const side of SIDES) {
    b.ellipsoid(`lateral-mass-${side}`, sided([massX, 0, -2], side), [ATLAS_LATERAL_MASS_RADIUS, 6.5, 11])
    const sup = forSide(l.superiorFacet, side)
    const supN = forSide(l.superiorFacetNormal, side)
    b.facetPad(`superior-facet-${side}`, sup, supN, ATLAS.superiorFacetWidth.value, ATLAS.superiorFacetLength.value)
    const inf = forSide(inferior.centre, side)
    const infN = forSide(inferior.normal, side)
    b.ellipsoid(
      `inferior-process-${side}`,
      sub(inf, scale(infN, 2.5)),
      [ATLAS.inferiorFacetWidth.value / 2, 2.5, ATLAS.inferiorFacetLength.value / 2],
      padAxes(infN),
    )
    b.facetPad(`inferior-facet-${side}`, inf, infN, ATLAS.inferiorFacetWidth.value, ATLAS.inferiorFacetLength.value)
    // transverse process: a loop round the transverse foramen out to the widest point of the atlas
    const span = ATLAS.totalWidth.value / 2 - 3.5
    b.tube(
      `transverse-${side}`,
      [
        sided([massX + 4, 0, 3], side),
        sided([span - 1, 0, 1], side),
        sided([span, 0, -4], side),
        sided([massX + 6, 0, -8], side),
      ],
      [
        [2.5, 3],
        [3, 3.5],
        [3.5, 4],
        [2.5, 3],
      ],
      undefined,
      [0, 1, 0],
    )
  }
  return b.build()
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
    b.ellipsoid(
      `superior-process-${side}`,
      sub(sup, scale(supN, 4)),
      [length / 2 + 1, 3.4, breadth / 2 + 1],
      padAxes(supN),
    )
    b.tube(
      `superior-process-root-${side}`,
      [sided([hw - 3, half - 5, 0.5], side), sub(sup, scale(supN, 8.5))],
      [
        [6, 6],
        [6, 6],
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
    // transverse process: small, pointing down and out, a loop round the transverse foramen from the side of
    // the body to the pillar, with its one tubercle at the tip
    const span = m.transverseSpan.value / 2
    b.tube(
      `transverse-${side}`,
      [
        sided([hw - 0.5, -1, 1.5], side),
        sided([19, -2.5, 2.5], side),
        sided([span - 3.2, -5.5, -2.5], side),
        sided([span - 5, -4.5, -8], side),
        sided([19, -2, -10.5], side),
        sided([l.pillar[0] - 1, 0, l.pillar[2] + 1], side),
      ],
      [
        [2, 2.6],
        [2, 2.4],
        [3.6, 3.6],
        [2.4, 2.8],
        [2.2, 2.8],
        [3, 4],
      ],
      undefined,
      [0, 1, 0],
    )
    // lamina: thick and tall (Saetia 2015: 6.64 mm; Chan 2021: 11.76 mm), from the pillar round the back of
    // the canal to just past the midline, where the two meet under the spinous process
    b.tube(
      `lamina-${side}`,
      [
        sided([l.pillar[0] + 0.5, laminaY, l.pillar[2]], side),
        sided([l.pillar[0] * 0.62, laminaY - 0.5, (l.pillar[2] + l.canalBackZ - lt / 2) / 2 - 2], side),
        sided([1.2, laminaY - 1, l.canalBackZ - lt / 2], side),
        sided([-1.5, laminaY - 1, l.canalBackZ - lt / 2], side),
      ],
      [
        [lt / 2 + 1, AXIS.laminaHeight.value / 2],
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
