import { BONE_IDS, type BoneId, parseStructureId } from '../anatomy/ids'
import { partFieldsOf } from './builder'
import { createStructureGeometry, overviewTriangleTarget } from './cache'
import { cacheFriendlyTriangles, motionTriangles, simplifySurface } from './simplify'
import { meshSurface, type SurfaceArrays } from './surface'
import { encodeSurfacePack } from './surfacePack'

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

/** How much coarser the overview's surface grid is than the close-up's. */
const OVERVIEW_CELL_SCALE = 2
/** How far (mm) the overview's simplified surface may stray from the grid's: under a pixel at arm's length. */
const OVERVIEW_ERROR = 0.3

/**
 * A bone's continuous surface for the overview (the whole spine at arm's length, and zoomed without a
 * selection): meshed on a grid twice as coarse as the close-up's, then simplified to about as many
 * triangles as its shells have at overview detail (`overviewTriangles`), so the batched spine costs the
 * same to draw with its creases gone and its hollows shaded.
 */
export async function createBoneOverviewSurface(bone: BoneId, overviewTriangles: number): Promise<SurfaceArrays> {
  const shells = createStructureGeometry(bone, 1)
  const fields = partFieldsOf(shells)
  shells.dispose()
  if (!fields) throw new Error(`${bone} is not built from parts`)
  const fine = meshSurface(fields, { cell: surfaceCell(bone) * OVERVIEW_CELL_SCALE })
  const surface = await simplifySurface(fine, overviewTriangles, OVERVIEW_ERROR)
  // in an order a GPU shades fewer vertices for, and with a lighter level for a moving camera
  surface.indices = await cacheFriendlyTriangles(surface.indices)
  surface.motionIndices = await motionTriangles(surface)
  return surface
}

/**
 * Every bone's overview surface as one pack (geometry/surfacePack.ts), made when the app is built
 * (scripts/surfacePackPlugin.ts) so browsers need not make them; a few seconds of one core.
 */
export async function buildOverviewSurfacePack(): Promise<Uint8Array> {
  const surfaces = []
  for (const bone of BONE_IDS) {
    const shells = createStructureGeometry(bone, 0)
    const triangles = overviewTriangleTarget(shells)
    shells.dispose()
    surfaces.push({ bone, triangles, surface: await createBoneOverviewSurface(bone, triangles) })
  }
  return encodeSurfacePack(surfaces)
}

/**
 * A bone's close-up surface as a pack of its own (geometry/surfacePack.ts), made when the app is built
 * (scripts/surfacePackPlugin.ts): the worker fetches it when the bone is first shown up close, instead of
 * meshing it (0.6 s of a core per bone in Node, several seconds on a phone), and builds it only where the
 * file cannot be had. The same code and triangle order as the worker's own build.
 */
export async function buildCloseUpSurfacePack(bone: BoneId): Promise<Uint8Array> {
  const surface = createBoneSurface(bone)
  surface.indices = await cacheFriendlyTriangles(surface.indices)
  return encodeSurfacePack([{ bone, triangles: 0, surface }])
}
