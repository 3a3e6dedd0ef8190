import type { BufferGeometry } from 'three'
import { STRUCTURE_IDS, type StructureId } from '../anatomy/ids'
import { createBatchGeometry } from './batch'
import { createStructureGeometry, seedStructureGeometry } from './cache'
import { startOverviewWorker } from './overviewWorker'
import { fromArrays, type GeometryArrays, toArrays } from './transfer'
import { structureMatrix } from './world'

/** What the worker sends back: every structure's overview geometry and the merged batch. */
export interface OverviewArrays {
  structures: GeometryArrays[]
  batch: GeometryArrays
}

/** Builds the overview (detail 0) of every structure and the merged batch. Runs in a worker or here. */
export function buildOverviewArrays(): OverviewArrays {
  const geometries = new Map<StructureId, BufferGeometry>(
    STRUCTURE_IDS.map((id) => [id, createStructureGeometry(id, 0)]),
  )
  const batch = createBatchGeometry(STRUCTURE_IDS, (id) => geometries.get(id) as BufferGeometry, structureMatrix)
  return {
    structures: STRUCTURE_IDS.map((id) => toArrays(geometries.get(id) as BufferGeometry)),
    batch: toArrays(batch),
  }
}

let overview: Promise<BufferGeometry> | null = null

/**
 * The merged overview geometry, generated off the main thread when a worker can start (the page's first
 * script, geometry/boot.ts, has already started it while the main bundle loads; this is the same promise);
 * each structure's own geometry is seeded into the shared cache from the same work. Falls back to
 * generating here where no worker can start (and in Node tests, which have none).
 */
export function overviewGeometry(): Promise<BufferGeometry> {
  overview ??= startOverviewWorker()
    .catch(() => buildOverviewArrays())
    .then((arrays) => {
      performance.mark('facet:overview-arrived')
      STRUCTURE_IDS.forEach((id, i) => {
        const a = arrays.structures[i]
        if (a) seedStructureGeometry(id, 0, () => fromArrays(a))
      })
      return fromArrays(arrays.batch)
    })
  return overview
}
