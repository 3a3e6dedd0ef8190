import type { BufferGeometry } from 'three'
import { sacralFacet } from '../anatomy/landmarks'
import { COCCYX, SACRUM } from '../anatomy/levels'
import { AXES, bodyOutline, type Detail, MeshBuilder, padAxes } from './builder'
import { SIDES, sided } from './sides'
import { normalize, rotateX, scale, sub, type Vec3 } from './vec3'

/** Axes of a segment whose long axis is tilted by `tilt` degrees about x. */
const tiltedAxes = (tilt: number): [Vec3, Vec3, Vec3] => [[1, 0, 0], rotateX([0, 1, 0], tilt), rotateX([0, 0, 1], tilt)]

/**
 * The sacrum in its own frame: origin at the centre of the S1 upper endplate, which faces +y.
 * Five fused bodies down a curve that is concave in front, the alae, the lateral parts joined to the
 * bodies by bars that leave four pairs of sacral foramina, the fused laminae and median crest behind,
 * S1's superior articular facets, the promontory (the front lip of S1), the auricular (sacroiliac)
 * surfaces and the cornua beside the sacral hiatus.
 */
export function createSacrumGeometry(detail: Detail = 1): BufferGeometry {
  const b = new MeshBuilder(detail)
  const length = SACRUM.length.value
  const halfWidth = SACRUM.width.value / 2
  const widths = [SACRUM.s1Width.value, 38, 30, 22, 16]
  const depths = [SACRUM.s1Depth.value, 24, 19, 15, 11]
  const lateral = [halfWidth, halfWidth - 8, halfWidth - 20, halfWidth - 32, 13]
  const step = length / 5
  // the curve: straight down in this frame, bowing backward and curling forward at the apex
  const centreAt = (i: number): Vec3 => {
    const t = (i + 0.5) / 5
    return [0, -(i + 0.5) * step, -13 * Math.sin(Math.PI * t * 0.9) + 4 * t * t]
  }
  const tiltAt = (i: number): number => -22 + i * 12
  for (let i = 0; i < 5; i++) {
    const c = centreAt(i)
    const axes = tiltedAxes(tiltAt(i))
    b.superquadric(
      `body-S${i + 1}`,
      c,
      [(widths[i] ?? 20) / 2, step / 2 + 1.5, (depths[i] ?? 12) / 2],
      axes,
      4,
      bodyOutline('S'),
    )
    // bar out to the lateral part; the gaps between successive bars are the sacral foramina
    for (const side of SIDES) {
      const outer: Vec3 = [(lateral[i] ?? 10) - 4, c[1] + (i === 0 ? 2 : 0), c[2] - 3]
      const barHeight = i === 0 ? step * 0.55 : step * 0.3
      b.tube(
        `bar-S${i + 1}-${side}`,
        [sided([(widths[i] ?? 20) / 2 - 3, c[1], c[2]], side), sided(outer, side)],
        [
          [(depths[i] ?? 12) * 0.42, barHeight],
          [(depths[i] ?? 12) * 0.36, barHeight * 0.9],
        ],
        undefined,
        [0, 1, 0],
      )
    }
    // fused laminae arching over the sacral canal
    const back = c[2] - (depths[i] ?? 12) / 2
    b.tube(
      `lamina-S${i + 1}`,
      [
        [(widths[i] ?? 20) / 2 - 4, c[1], back + 2],
        [0, c[1] + 1, back - 9],
        [-((widths[i] ?? 20) / 2 - 4), c[1], back + 2],
      ],
      [
        [3, step * 0.38],
        [3, step * 0.38],
        [3, step * 0.38],
      ],
      undefined,
      [0, 1, 0],
    )
    if (i < 4) b.ellipsoid(`median-crest-S${i + 1}`, [0, c[1] + 2, back - 12], [3, step * 0.35, 4])
  }
  for (const side of SIDES) {
    // lateral part: a column along the outer border, broad at the ala
    const column = lateral.map((x, i) => sided([x - 4, centreAt(i)[1] + (i === 0 ? 4 : 0), centreAt(i)[2] - 4], side))
    b.tube(
      `lateral-part-${side}`,
      column,
      [
        [9, 8],
        [9, 9],
        [7, 8],
        [5, 6],
        [3, 4],
      ],
      undefined,
      [0, 1, 0],
    )
    // ala: the wing above the first foramina, its upper surface level with S1
    b.superquadric(
      `ala-${side}`,
      sided([halfWidth * 0.58, -9, -4], side),
      [halfWidth * 0.38, 8, 15],
      AXES,
      3,
      bodyOutline('S'),
    )
    // auricular surface, where the ilium meets the sacrum
    b.facetPad(
      `auricular-surface-${side}`,
      sided([halfWidth + 4, -step * 0.9, -7], side),
      normalize(sided([1, 0.1, -0.2], side)),
      16,
      34,
      2,
    )
    // S1 superior articular process and facet (the lower half of the L5–S1 facet joint)
    const f = sacralFacet()
    const centre = sided(f.centre, side)
    const normal = sided(f.normal, side)
    b.ellipsoid(`superior-process-${side}`, sub(centre, scale(normal, 3.5)), [9, 3.5, 10], padAxes(normal))
    b.tube(
      `superior-process-root-${side}`,
      [sided([14, -10, -22], side), sub(centre, scale(normal, 4))],
      [
        [5, 6],
        [5, 6],
      ],
    )
    b.facetPad(`superior-facet-${side}`, centre, normal, 16, 17)
  }
  b.facetPad('S1-endplate', [0, 0.2, 0], [0, 1, 0], widths[0] ?? 48, (depths[0] ?? 31) * 0.95, 0.6)
  // promontory: the rounded front lip of the top of S1, the landmark that juts into the pelvis
  const s1Front = ((depths[0] ?? 31) / 2) * 0.92
  b.tube(
    'promontory',
    [
      [14, -1.4, s1Front - 3],
      [0, -1.4, s1Front],
      [-14, -1.4, s1Front - 3],
    ],
    [
      [2, 2.2],
      [2.4, 2.4],
      [2, 2.2],
    ],
  )
  // sacral cornua: the two small horns at the back of S5 that flank the sacral hiatus and meet the
  // coccygeal cornua
  const apex = centreAt(4)
  for (const side of SIDES) {
    b.tube(
      `cornu-${side}`,
      [sided([5, apex[1] + 5, apex[2] - 10], side), sided([5.5, apex[1] - 4, apex[2] - 9], side)],
      [
        [2.2, 2.4],
        [1.6, 1.8],
      ],
    )
  }
  return b.build()
}

/**
 * The coccyx, modelled as four fused segments, the commonest count (76 % on CT, Woon 2013), in its own
 * frame: origin at the centre of the first segment, curving forward as it descends.
 */
export function createCoccyxGeometry(detail: Detail = 1): BufferGeometry {
  const b = new MeshBuilder(detail)
  const widths = [19, 13, 9.5, 6.5]
  const heights = [10, 8, 7, 6]
  const depths = [9, 7.5, 6, 5]
  const total = COCCYX.straightLength.value
  let y = 0
  let z = 0
  for (let i = 0; i < COCCYX.segments; i++) {
    const h = ((heights[i] ?? 6) / 31) * total
    const tilt = -(10 + i * 14)
    b.superquadric(
      `segment-Co${i + 1}`,
      [0, y, z],
      [(widths[i] ?? 6) / 2, h / 2 + 0.6, (depths[i] ?? 5) / 2],
      tiltedAxes(tilt),
      3,
      bodyOutline('S'),
    )
    const next = rotateX([0, -h, 0], tilt)
    y += next[1]
    z += next[2]
  }
  for (const side of SIDES) {
    b.tube(
      `cornu-${side}`,
      [sided([4, 0, -3.5], side), sided([4.5, 6, -4.5], side)],
      [
        [2, 2],
        [1.6, 1.6],
      ],
      undefined,
    )
    b.ellipsoid(`transverse-${side}`, sided([(widths[0] ?? 19) / 2 + 2, 0, 0], side), [4, 3, 3])
  }
  return b.build()
}
