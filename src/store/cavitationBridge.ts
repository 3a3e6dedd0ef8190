import type { FacetJointId } from '../anatomy/ids'
import { facetStore } from './index'

/**
 * The cavitation feature (model, sound, close-up) is a separate chunk loaded after the first spine
 * frame. This bridge is the small, always-loaded side: it starts the load, forwards requests, and
 * lets the automation API read the playback synchronously once the chunk is there.
 */
export interface CavitationSnapshot {
  /** Event time of the close-up, ms since the pull began. */
  simTimeMs: number
  /** When the surfaces let go in this run, ms of event time (null: no pop this run). */
  onsetMs: number | null
  /** Simulated clock, minutes. */
  clockMinutes: number
  refractory: boolean
  /** performance.now() of every crack sound started, and how many could not play. */
  soundsStarted: number[]
  soundsBlocked: number
}

/** What the API reports before the feature has loaded. */
export const IDLE_CAVITATION: CavitationSnapshot = {
  simTimeMs: 0,
  onsetMs: null,
  clockMinutes: 0,
  refractory: false,
  soundsStarted: [],
  soundsBlocked: 0,
}

export interface CavitationRuntimeView {
  playJoint(joint: FacetJointId): void
  snapshot(joint: FacetJointId | null): CavitationSnapshot
}

let runtime: CavitationRuntimeView | null = null
let loading: Promise<CavitationRuntimeView> | null = null
/** A crack asked for before the feature arrived: played when it does (after a retry, too). */
let pendingJoint: FacetJointId | null = null

export function loadCavitationRuntime(): Promise<CavitationRuntimeView> {
  loading ??= import('./cavitationRuntime').then(
    (m) => {
      const loaded = m.runtimeView
      runtime = loaded
      const joint = pendingJoint
      pendingJoint = null
      if (joint && facetStore.getState().closeUpJoint === joint) loaded.playJoint(joint)
      return loaded
    },
    (error: unknown) => {
      // forget the failure, so the next request (a Retry, or the connection back) fetches it again
      loading = null
      throw error
    },
  )
  return loading
}

export const cavitationRuntime = (): CavitationRuntimeView | null => runtime

/**
 * Plays a joint's crack, loading the feature first if needed (a click's user activation lasts long
 * enough). The close-up opens at once, so if the feature cannot be fetched its place says so and
 * offers a retry (see ui/LazyFeature.tsx) instead of the click doing nothing.
 */
export function requestCavitation(joint: FacetJointId): void {
  if (runtime) {
    runtime.playJoint(joint)
    return
  }
  pendingJoint = joint
  facetStore.getState().openCloseUp(joint)
  loadCavitationRuntime().catch(() => {
    // shown by the close-up's boundary, which the open close-up has made visible
  })
}
