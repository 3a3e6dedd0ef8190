import type { BufferGeometry } from 'three'
import { ATLAS_LATERAL_MASS_RADIUS, forSide, vertebraLandmarks } from '../anatomy/landmarks'
import { ATLAS } from '../anatomy/levels'
import { posture } from '../anatomy/posture'
import { type Detail, MeshBuilder, padAxes } from './builder'
import { SIDES, sided } from './sides'
import { scale, sub } from './vec3'

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
