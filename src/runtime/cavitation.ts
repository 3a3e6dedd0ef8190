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
  /** performance.now() of every pull started (a first one waits for the joint to be in place). */
  pullsStarted: number[]
  soundsBlocked: number
}

/** What the API reports before the feature has loaded. */
const IDLE_CAVITATION: CavitationSnapshot = {
  simTimeMs: 0,
  onsetMs: null,
  clockMinutes: 0,
  refractory: false,
  soundsStarted: [],
  pullsStarted: [],
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
  /**
   * Plays a joint's crack: opens the close-up at once (loading the feature first if needed), and starts
   * the pull when the 3D view has the joint in place.
   */
  request(joint: FacetJointId): void
  snapshot(joint: FacetJointId | null): CavitationSnapshot
}

/** How long a first pull waits for the 3D view to bring its joint into place before it plays anyway (ms). */
export const IN_PLACE_TIMEOUT_MS = 4000

export function createCavitationSlot(
  store: StoreApi<FacetState>,
  create: () => Promise<CavitationFeature>,
  /** Whether a 3D view is there to fly into the joint (without one, a pull starts at once). */
  hasView: () => boolean = () => false,
): CavitationSlot {
  let feature: CavitationFeature | null = null
  let loading: Promise<CavitationFeature> | null = null
  /** A crack asked for before the feature arrived: played when it does (after a retry, too). */
  let pendingJoint: FacetJointId | null = null
  let stopWaiting = () => {}

  const inPlace = (joint: FacetJointId) => {
    const s = store.getState()
    return !hasView() || (s.closeUpJoint === joint && s.closeUpArrived === joint && s.closeUpShown === joint)
  }
  /**
   * Plays the pull once the joint is in place in the 3D view (the camera there, its tissues drawn): the
   * crack then happens in front of the reader, and the frames that build the view do not delay its
   * sound. Closing the close-up or choosing another joint meanwhile drops it.
   */
  const playInPlace = (loaded: CavitationFeature, joint: FacetJointId) => {
    stopWaiting()
    if (inPlace(joint)) {
      loaded.playJoint(joint)
      return
    }
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribe = store.subscribe((s) => {
      if (s.closeUpJoint !== joint) stopWaiting()
      else if (inPlace(joint)) {
        stopWaiting()
        loaded.playJoint(joint)
      }
    })
    timer = setTimeout(() => {
      stopWaiting()
      if (store.getState().closeUpJoint === joint) loaded.playJoint(joint)
    }, IN_PLACE_TIMEOUT_MS)
    stopWaiting = () => {
      unsubscribe()
      clearTimeout(timer)
      stopWaiting = () => {}
    }
  }

  const load = (): Promise<CavitationFeature> => {
    loading ??= create().then(
      (loaded) => {
        feature = loaded
        const joint = pendingJoint
        pendingJoint = null
        if (joint && store.getState().closeUpJoint === joint) playInPlace(loaded, joint)
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
        // called from the user's gesture: the sound may be unlocked now, and played when the pull starts
        feature.unlockSound()
        if (store.getState().closeUpJoint !== joint) store.getState().openCloseUp(joint)
        playInPlace(feature, joint)
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
