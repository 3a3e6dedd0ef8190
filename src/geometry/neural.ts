import type { BufferGeometry } from 'three'
import { type NeuralId, neural } from '../anatomy/neural'
import type { Detail } from './builder'
import { createMedianAtlantoAxialGeometry } from './neural/atlantoAxial'
import { createCaudaEquinaGeometry, createCordGeometry } from './neural/cord'
import { createLigamentGeometry } from './neural/ligaments'
import { createNerveRootGeometry } from './neural/nerveRoots'
import { createIliumGeometry, createSiJointGeometry } from './neural/sacroiliac'
import { createSkullBaseGeometry } from './neural/skullBase'

/**
 * Geometry of the cord, cauda equina, nerve roots, ligaments, sacroiliac joints and ilia.
 *
 * FRAME: every generator (in neural/) returns its geometry in the WORLD frame of the standing spine (mm; x to the
 * subject's left, y up, z forward; origin at the centre of the S1 upper endplate), the frame posture.ts
 * poses the bones in: these structures span many levels, so they have no bone of their own to ride on.
 * Place them with the identity matrix. `geometry.userData.frame` says 'world'.
 *
 * Conventions as MeshBuilder's (builder.ts): every part a closed shell, per-vertex colours, named vertex
 * ranges in `userData.parts`, detail 0 for the overview and 1 for close-ups.
 *
 * Everything is placed from the posture and the bones as generated, at run time: canal and surfaces come
 * from the bones' landmarks and their parts' signed distance fields (builder.ts `partFieldsOf`), so a
 * change in the measurement table moves the cord, roots and ligaments with the bones.
 *
 * The modules in neural/, each importing only those listed before it:
 * - frames.ts: a bone's frame to the world and back, sides, levels in order, `finish` (marks the frame);
 * - colors.ts: the colours of these structures;
 * - obstacles.ts: the bones, discs and facet capsules as generated, as distance fields to measure and probe;
 * - routing.ts: keeping a tube clear of them (the roomiest place, a path mended round the bone);
 * - canal.ts: the vertebral and sacral canal;
 * - cord.ts: the cord, and the cauda equina with the filum terminale;
 * - nerveRoots.ts: the 62 roots, each with its ganglion in its foramen;
 * - ligaments.ts: the long bands, the ligamentum nuchae and the segmental ligaments;
 * - sacroiliac.ts: the sacroiliac joints and the simplified ilia.
 */

/** Builds any of these structures, in the WORLD frame (mm). */
export function createNeuralGeometry(id: NeuralId, detail: Detail = 1): BufferGeometry {
  const p = neural(id)
  switch (p.kind) {
    case 'cord':
      return createCordGeometry(detail)
    case 'cauda-equina':
      return createCaudaEquinaGeometry(detail)
    case 'nerve':
      return createNerveRootGeometry(p.root, p.side, detail)
    case 'ligament':
      return createLigamentGeometry(p, detail)
    case 'si-joint':
      return createSiJointGeometry(p.side, detail)
    case 'ilium':
      return createIliumGeometry(p.side, detail)
    case 'median-atlanto-axial':
      return createMedianAtlantoAxialGeometry(detail)
    case 'occiput':
      return createSkullBaseGeometry(detail)
  }
}
