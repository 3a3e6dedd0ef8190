import type { Side, VertebraLevel } from './ids'
import { S1_FACET, VERTEBRA_MEASUREMENTS } from './levels'
import { deg, mirrorX, type Vec3 } from './vec'

/**
 * Where the parts of a vertebra sit in its own frame (origin at the centre of the body, x left, y up,
 * z forward), derived from the measurement table. Geometry builds on these points and the posture uses
 * the facet centres to seat each joint, so the two cannot disagree.
 */
export interface VertebraLandmarks {
  readonly halfWidth: number
  readonly halfDepth: number
  readonly heightAnterior: number
  readonly heightPosterior: number
  /** z of the back wall of the body at the midline. */
  readonly bodyBackZ: number
  /** z of the front of the laminae at the midline (back of the canal). */
  readonly canalBackZ: number
  /** x of the inner (medial) face of the left pedicle. */
  readonly pedicleInnerX: number
  /** Centre of the left articular pillar, where pedicle, laminae and articular processes meet. */
  readonly pillar: Vec3
  /** Centre of the left superior articular facet surface and its outward normal. */
  readonly superiorFacet: Vec3
  readonly superiorFacetNormal: Vec3
}

/** The outward normal of a left superior facet from its inclination and rotation (see levels.ts). */
export function superiorFacetNormal(inclination: number, rotation: number): Vec3 {
  const up = Math.cos(inclination * deg)
  const horizontal = Math.sin(inclination * deg)
  // Left facet (x > 0): facing the midline means pointing toward −x.
  return [-Math.sin(rotation * deg) * horizontal, up, -Math.cos(rotation * deg) * horizontal]
}

/** Side-to-side semi-axis of each atlas lateral mass, mm (geometry and landmarks share it). */
export const ATLAS_LATERAL_MASS_RADIUS = 6.5

/** How far the back wall of the body curves forward at the midline, as a fraction of half its depth. */
export const BODY_CONCAVITY = { C: 0.06, T: 0.1, L: 0.16, S: 0.06 } as const

export const forSide = (v: Vec3, side: Side): Vec3 => (side === 'left' ? v : mirrorX(v))

export function vertebraLandmarks(level: VertebraLevel): VertebraLandmarks {
  const m = VERTEBRA_MEASUREMENTS[level]
  if (level === 'C1' || level === 'C2') return upperCervicalLandmarks(level)
  const halfWidth = m.bodyWidth.value / 2
  const halfDepth = m.bodyDepth.value / 2
  const ha = m.bodyHeightAnterior.value
  const hp = m.bodyHeightPosterior.value
  const region = level[0] as 'C' | 'T' | 'L'
  const bodyBackZ = -halfDepth * (1 - BODY_CONCAVITY[region])
  const canalBackZ = bodyBackZ - m.canalDepth.value
  const pedicleInnerX = m.canalWidth.value / 2
  const pillarX = pedicleInnerX + m.pedicleWidth.value * (region === 'C' ? 0.9 : 0.5)
  const pillarZ = bodyBackZ - m.canalDepth.value * (region === 'C' ? 0.45 : 0.55)
  const pillarY = region === 'L' ? hp * 0.15 : region === 'T' ? hp * 0.2 : 0
  const pillar: Vec3 = [pillarX, pillarY, pillarZ]
  const normal = superiorFacetNormal(m.facetInclination.value, m.facetRotation.value)
  // The superior facet stands on the pillar, its surface a little above the top of the body.
  const facetRise = region === 'C' ? hp * 0.35 : region === 'T' ? hp * 0.55 : hp * 0.5
  const facetOffset = region === 'L' ? 3 : 2
  const superiorFacet: Vec3 = [
    pillarX + normal[0] * facetOffset,
    facetRise,
    pillarZ + normal[2] * facetOffset + (region === 'T' ? -2 : 0),
  ]
  return {
    halfWidth,
    halfDepth,
    heightAnterior: ha,
    heightPosterior: hp,
    bodyBackZ,
    canalBackZ,
    pedicleInnerX,
    pillar,
    superiorFacet,
    superiorFacetNormal: normal,
  }
}

/** S1's superior facets in the sacrum's frame (origin at the centre of the S1 upper endplate). */
export function sacralFacet(): { readonly centre: Vec3; readonly normal: Vec3 } {
  const normal = superiorFacetNormal(S1_FACET.inclination.value, S1_FACET.rotation.value)
  return { centre: [19, 6, -26], normal }
}

/**
 * C1 has no body: its origin is the centre of the ring between the lateral masses, which carry the
 * skull on concave facets facing up and in. C2's superior facets sit on the body beside the dens,
 * facing up and out (Neumann, about 20° to the horizontal).
 */
function upperCervicalLandmarks(level: 'C1' | 'C2'): VertebraLandmarks {
  const m = VERTEBRA_MEASUREMENTS[level]
  const normal = superiorFacetNormal(m.facetInclination.value, m.facetRotation.value)
  if (level === 'C1') {
    const canalHalfWidth = m.canalWidth.value / 2
    return {
      halfWidth: 6,
      halfDepth: 5,
      heightAnterior: m.bodyHeightAnterior.value,
      heightPosterior: m.bodyHeightPosterior.value,
      bodyBackZ: 8,
      canalBackZ: 8 - m.canalDepth.value,
      pedicleInnerX: canalHalfWidth,
      // the lateral masses' inner faces bound the canal at its published width (Patel: 26.63 mm)
      pillar: [canalHalfWidth + ATLAS_LATERAL_MASS_RADIUS, 0, -2],
      superiorFacet: [canalHalfWidth + ATLAS_LATERAL_MASS_RADIUS - 1, 6.5, -2],
      superiorFacetNormal: normal,
    }
  }
  const halfDepth = m.bodyDepth.value / 2
  const hp = m.bodyHeightPosterior.value
  return {
    halfWidth: m.bodyWidth.value / 2,
    halfDepth,
    heightAnterior: m.bodyHeightAnterior.value,
    heightPosterior: hp,
    bodyBackZ: -halfDepth * (1 - BODY_CONCAVITY.C),
    canalBackZ: -halfDepth * (1 - BODY_CONCAVITY.C) - m.canalDepth.value,
    pedicleInnerX: m.canalWidth.value / 2,
    pillar: [m.canalWidth.value / 2 + 4, hp * 0.2, -halfDepth - 6],
    superiorFacet: [15.5, hp / 2 + 1.5, -2.5],
    superiorFacetNormal: normal,
  }
}
