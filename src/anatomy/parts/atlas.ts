/** The parts only the top two bones have: the arches, lateral masses and tubercles of C1, and the dens of C2. */

import { type BoneId, facetJointId, type Side, type VertebraLevel } from '../ids'
import { ATLAS, ATLAS_LATERAL_MASS, AXIS } from '../levels'
import { measure } from '../measure'
import type { PartInfo, PartKind } from './ids'
import { dim, fact, G, named } from './words'

/** Distance between the inner edges of the atlas's two transverse foramina (science.md §1.5, Patel [P]). */
export const ATLAS_INTERFORAMINAL_INNER = measure(44.77, 'patel', 'P')

// ——— C1, the atlas, and C2's dens ———

/** The parts only C1 has, and C2's dens and its facet: `vertebraPart` hands them here. */
export function atlasPart(level: VertebraLevel, part: PartKind, side: Side | null): Omit<PartInfo, 'id' | 'form'> {
  const base = { bone: level as BoneId, part, side }
  const L = (plain: string, detailed: string) => named(side, level, plain, detailed)
  switch (part) {
    case 'anterior-arch':
      return {
        ...base,
        name: L('front arch', 'anterior arch'),
        what: fact(
          'A short curved bar that makes the front of the ring. C1 has no solid block in front, only this arch.',
          'The anterior arch forms the front of the ring of the atlas, which has no body; on its back is the facet for the dens.',
          G,
        ),
        nextTo: fact(
          'The peg of C2 sits just behind it. A strong band holds the peg against it.',
          'The dens of the axis lies directly behind it, held there by the transverse ligament of the atlas.',
          G,
        ),
        dimensions: [dim('Anterior arch height', 'Height of the arch', 'mm', ATLAS.anteriorArchHeight)],
        related: [],
      }
    case 'anterior-tubercle':
      return {
        ...base,
        name: L('front bump', 'anterior tubercle'),
        what: fact(
          'A small bump in the middle of the front arch.',
          'The anterior tubercle, in the midline of the anterior arch.',
          G,
        ),
        nextTo: fact(
          'A long neck muscle at the front holds on here, with the strong band that runs down the front of the spine.',
          'Longus colli and the anterior longitudinal ligament attach to it.',
          G,
        ),
        // none on purpose: no published size of the tubercle was found. The dry-bone series of the atlas (Patel, Rekha
        // 2016, Gosavi 2012) measured the arch it sits on (see 'anterior-arch'), the canal and the foramina
        dimensions: [],
        related: [],
      }
    case 'facet-for-dens':
      return {
        ...base,
        name: { plain: 'Joint face for the peg, on C1', detailed: 'Facet for the dens on C1 (fovea dentis)' },
        what: fact(
          'A small smooth face on the back of the front arch. The peg of C2 turns against it.',
          'The facet for the dens, on the posterior surface of the anterior arch: one side of the median atlanto-axial joint.',
          G,
        ),
        nextTo: fact(
          'The peg of C2 is right behind it, in its own small sealed joint.',
          'The anterior facet of the dens lies directly behind it, across a small synovial joint.',
          G,
        ),
        dimensions: [
          dim('Facet height', 'Height of the joint face', 'mm', ATLAS.dentalFacetHeight),
          dim('Facet width', 'Width of the joint face', 'mm', ATLAS.dentalFacetWidth),
        ],
        related: [],
      }
    case 'lateral-mass':
      return {
        ...base,
        name: L('side block', 'lateral mass'),
        what: fact(
          'A thick block of bone on each side of the ring. It carries the skull above and rests on C2 below.',
          'The lateral mass: the thick pillar on each side of the atlas, carrying the superior facet for the skull above and the inferior facet on the axis below.',
          G,
        ),
        nextTo: fact(
          'A strong band runs across the ring from one side block to the other. It holds the peg of C2 in place.',
          'The transverse ligament of the atlas attaches to a tubercle on its inner side and runs behind the dens to the other lateral mass.',
          G,
        ),
        dimensions: [
          dim('Lateral mass, front to back', 'Side block, front to back', 'mm', ATLAS_LATERAL_MASS.depth),
          dim('Upper facet, front to back', 'Top joint face, front to back', 'mm', ATLAS.superiorFacetLength),
        ],
        related: [
          facetJointId({ upper: 'C0', lower: 'C1' }, side ?? 'left'),
          facetJointId({ upper: 'C1', lower: 'C2' }, side ?? 'left'),
        ],
      }
    case 'posterior-arch':
      return {
        ...base,
        name: L('back arch', 'posterior arch'),
        what: fact(
          'A curved bar that makes the back of the ring. In place of a long bump at the back, it has only a small one.',
          'The posterior arch forms the back of the ring of the atlas; a small posterior tubercle takes the place of a spinous process.',
          G,
        ),
        nextTo: fact(
          'A big artery bends over its top, in a groove behind each side block. It has come up through the side holes from C6.',
          'The vertebral artery, which usually enters the transverse foramina at C6, crosses its upper surface in a groove behind each lateral mass, with the first cervical (suboccipital) nerve beneath it.',
          ['grays2020', 'vertebralArteryEntry'],
        ),
        dimensions: [
          dim('Posterior arch height', 'Height of the arch', 'mm', ATLAS.posteriorArchHeight),
          dim('Artery groove, width', 'Width of the artery groove', 'mm', ATLAS.arteryGrooveWidth),
        ],
        related: [],
      }
    case 'posterior-tubercle':
      return {
        ...base,
        name: L('back bump', 'posterior tubercle'),
        what: fact(
          'A small bump in the middle of the back arch. It takes the place of the back bump other bones have.',
          'The posterior tubercle, a rudimentary spinous process in the midline of the posterior arch.',
          G,
        ),
        nextTo: fact(
          'Small deep muscles of the head and the thick band at the back of the neck hold on here.',
          'Rectus capitis posterior minor and the ligamentum nuchae attach to it.',
          G,
        ),
        // none on purpose: no published size of the tubercle was found. Patel measured the arch (see 'posterior-arch');
        // the atlas tubercles sized on CT (Ban 2016) are those of the transverse ligament, inside the ring
        dimensions: [],
        related: [],
      }
    case 'dens':
      return {
        ...base,
        name: { plain: 'Peg of C2 (dens)', detailed: 'Dens of C2 (odontoid process)' },
        what: fact(
          'A peg of bone that points up from the block of C2. C1 turns around it when you turn your head.',
          'The dens (odontoid process) projects up from the body of the axis into the ring of the atlas: the pivot of the median atlanto-axial joint.',
          G,
        ),
        nextTo: fact(
          'A strong band holds it against the front arch of C1. The spinal cord lies just behind that band.',
          'The transverse ligament of the atlas holds it against the anterior arch, and the alar ligaments tie its tip to the skull; the spinal cord lies just behind the transverse ligament.',
          G,
        ),
        dimensions: [
          dim('Dens height', 'Height of the peg', 'mm', AXIS.densHeight),
          dim('Dens width', 'Width of the peg', 'mm', AXIS.densWidth),
        ],
        related: [],
      }
    case 'dens-facet':
      return {
        ...base,
        name: { plain: 'Front joint face of the peg of C2', detailed: 'Anterior articular facet of the dens of C2' },
        what: fact(
          'A small smooth face on the front of the peg. It turns against the front arch of C1.',
          'The anterior articular facet of the dens, which meets the facet for the dens on the anterior arch of the atlas at the median atlanto-axial joint.',
          G,
        ),
        nextTo: fact(
          'The front arch of C1 is right in front of it. A small sealed joint lies between them.',
          'The anterior arch of the atlas lies directly in front of it, across a small synovial joint.',
          G,
        ),
        // the dens's own facet was measured only in a series whose authors and journal were not captured: the
        // facet it meets on the atlas (Patel) is the size of the joint, and is labelled as such
        dimensions: [
          dim(
            'Facet it meets on C1 (fovea dentis), height',
            'Height of the face it meets on C1',
            'mm',
            ATLAS.dentalFacetHeight,
          ),
          dim(
            'Facet it meets on C1 (fovea dentis), width',
            'Width of the face it meets on C1',
            'mm',
            ATLAS.dentalFacetWidth,
          ),
        ],
        related: [],
      }
    default:
      throw new Error(`No part ${part} on ${level}`)
  }
}
