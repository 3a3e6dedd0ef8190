import type { FacetJointId } from '../anatomy/ids'

/**
 * The cavitation feature (model, sound, close-up) is a separate chunk loaded after the first spine
 * frame. This bridge is the small, always-loaded side: it starts the load, forwards requests, and
 * lets the automation API read the playback synchronously once the chunk is there.
 */
export interface CavitationRuntimeView {
  playJoint(joint: FacetJointId): void
  snapshot(joint: FacetJointId | null): {
    simTimeMs: number
    onsetMs: number | null
    clockMinutes: number
    refractory: boolean
    soundsStarted: number[]
    soundsBlocked: number
  }
}

let runtime: CavitationRuntimeView | null = null
let loading: Promise<CavitationRuntimeView> | null = null

export function loadCavitationRuntime(): Promise<CavitationRuntimeView> {
  loading ??= import('./cavitationRuntime').then((m) => {
    runtime = m.runtimeView
    return runtime
  })
  return loading
}

export const cavitationRuntime = (): CavitationRuntimeView | null => runtime

/** Plays a joint's crack, loading the feature first if needed (a click's user activation lasts long enough). */
export function requestCavitation(joint: FacetJointId): void {
  if (runtime) runtime.playJoint(joint)
  else void loadCavitationRuntime().then((r) => r.playJoint(joint))
}
