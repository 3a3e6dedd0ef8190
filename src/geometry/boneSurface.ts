import { type BoneId, parseStructureId } from '../anatomy/ids'
import { partFieldsOf } from './builder'
import { createStructureGeometry } from './cache'
import { meshSurface, type SurfaceArrays } from './surface'

/**
 * Grid spacing of each bone's continuous surface, mm: fine enough for its thinnest parts (the cervical
 * transverse bars are about 4 mm thick, the lumbar laminae 6 mm) and coarse enough to keep a bone near
 * 25–40 thousand triangles.
 */
export function surfaceCell(bone: BoneId): number {
  const parsed = parseStructureId(bone)
  if (parsed?.kind === 'sacrum') return 1.2
  if (parsed?.kind === 'coccyx') return 0.6
  if (parsed?.kind !== 'vertebra') return 1
  return parsed.level[0] === 'C' ? 0.7 : parsed.level[0] === 'T' ? 0.8 : 1
}

/**
 * A bone as one continuous surface: the same named parts as its close-up shells, joined with fillets
 * and meshed as one closed, manifold skin (geometry/surface.ts). Slow (a few hundred milliseconds), so
 * the app builds it in a worker and shows the shells meanwhile.
 */
export function createBoneSurface(bone: BoneId): SurfaceArrays {
  const shells = createStructureGeometry(bone, 1)
  const fields = partFieldsOf(shells)
  shells.dispose()
  if (!fields) throw new Error(`${bone} is not built from parts`)
  return meshSurface(fields, { cell: surfaceCell(bone) })
}
