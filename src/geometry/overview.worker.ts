import { buildOverviewArrays } from './overview'
import { transferables } from './transfer'

// Generates the whole overview off the main thread and hands the buffers over without copying.
const arrays = buildOverviewArrays()
const buffers = [...arrays.structures.flatMap(transferables), ...transferables(arrays.batch)]
;(self as unknown as Worker).postMessage(arrays, buffers)
