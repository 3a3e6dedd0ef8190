import type { StoreApi } from 'zustand/vanilla'
import type { FacetJointId } from '../anatomy/ids'
import type { FacetState } from '../store'
import type { CavitationFeature } from './cavitationFeature'

/** What the automation API reports of the close-up's playback. */
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
const IDLE_CAVITATION: CavitationSnapshot = {
  simTimeMs: 0,
  onsetMs: null,
  clockMinutes: 0,
  refractory: false,
  soundsStarted: [],
  soundsBlocked: 0,
}

/**
 * The cavitation feature (model, sound, close-up) is a separate chunk loaded after the first spine frame.
 * This is its always-loaded side: it starts the load, forwards requests, and lets the automation API
 * read the playback synchronously once the chunk is there.
 */
export interface CavitationSlot {
  /** The loaded feature, or null before its chunk arrives. */
  feature(): CavitationFeature | null
  /** Loads the feature once; a failed load is forgotten, so the next call fetches it again. */
  load(): Promise<CavitationFeature>
  /** Plays a joint's crack, opening the close-up at once and loading the feature first if needed. */
  request(joint: FacetJointId): void
  snapshot(joint: FacetJointId | null): CavitationSnapshot
}

export function createCavitationSlot(
  store: StoreApi<FacetState>,
  create: () => Promise<CavitationFeature>,
): CavitationSlot {
  let feature: CavitationFeature | null = null
  let loading: Promise<CavitationFeature> | null = null
  /** A crack asked for before the feature arrived: played when it does (after a retry, too). */
  let pendingJoint: FacetJointId | null = null
  const load = (): Promise<CavitationFeature> => {
    loading ??= create().then(
      (loaded) => {
        feature = loaded
        const joint = pendingJoint
        pendingJoint = null
        if (joint && store.getState().closeUpJoint === joint) loaded.playJoint(joint)
        return loaded
      },
      (error: unknown) => {
        loading = null
        throw error
      },
    )
    return loading
  }
  return {
    feature: () => feature,
    load,
    request(joint) {
      if (feature) {
        feature.playJoint(joint)
        return
      }
      pendingJoint = joint
      store.getState().openCloseUp(joint)
      // a failure is shown by the close-up's boundary, which the open close-up has made visible
      load().catch(() => {})
    },
    snapshot: (joint) => feature?.snapshot(joint) ?? IDLE_CAVITATION,
  }
}
