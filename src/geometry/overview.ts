import type { BufferGeometry } from 'three'
import { STRUCTURE_IDS, type StructureId } from '../anatomy/ids'
import { createBatchGeometry } from './batch'
import { createStructureGeometry } from './cache'
import { startOverviewWorker } from './overviewWorker'
import { structureMatrix } from './pose'
import { fromArrays, type GeometryArrays, toArrays } from './transfer'

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
  // the batch's bounds (made with it) go along: the first frame would otherwise work them out
  return {
    structures: STRUCTURE_IDS.map((id) => toArrays(geometries.get(id) as BufferGeometry)),
    batch: toArrays(batch),
  }
}

// The page's overview, made once (like the worker that makes it, see overviewWorker.ts): data that never
// changes once there, not state. The geometries made from it belong to their owners (the runtime's
// geometry cache, the view that draws the batch).
let arrays: Promise<OverviewArrays> | null = null
let arrived: OverviewArrays | null = null
let batch: Promise<BufferGeometry> | null = null

/**
 * Every structure's overview arrays and the merged batch, generated off the main thread when a worker can
 * start (the page's first script, boot.ts, has already started it while the main bundle loads;
 * this is the same promise). Falls back to generating here where no worker can start (and in Node tests,
 * which have none).
 */
export function overviewArrays(): Promise<OverviewArrays> {
  arrays ??= startOverviewWorker()
    .catch(() => buildOverviewArrays())
    .then((made) => {
      performance.mark('facet:overview-arrived')
      arrived = made
      return made
    })
  return arrays
}

/** A structure's overview arrays once they have arrived (null before), so they need not be generated again. */
export function arrivedOverviewArrays(id: StructureId): GeometryArrays | null {
  return arrived?.structures[STRUCTURE_IDS.indexOf(id)] ?? null
}

/** The merged overview geometry (see `overviewArrays`). */
export function overviewGeometry(): Promise<BufferGeometry> {
  batch ??= overviewArrays().then((made) => fromArrays(made.batch))
  return batch
}
