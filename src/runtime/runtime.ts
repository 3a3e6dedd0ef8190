import closeUpSurfacePacks from 'virtual:facet-close-up-packs'
import neuralLayerPack from 'virtual:facet-neural-layer-pack'
import neuralPack from 'virtual:facet-neural-pack'
import overviewSurfacePack from 'virtual:facet-overview-pack'
import type { StoreApi } from 'zustand/vanilla'
import { BONE_IDS, type BoneId } from '../anatomy/ids'
import { createGeometryCache, type GeometryCache } from '../geometry/cache'
import { openedStructures } from '../geometry/cutaway'
import { createNeuralWorker } from '../geometry/neuralWorker'
import { arrivedOverviewArrays } from '../geometry/overview'
import { createSurfaceWorker } from '../geometry/surfaceWorker'
import { createFacetStore, type FacetState } from '../store'
import { type CameraPose, createCameraPose } from './camera'
import { type CavitationSlot, createCavitationSlot } from './cavitation'
import { createFrameClock, type FrameClock, type FrameScheduler } from './clock'
import { createFocusReturns, type FocusReturns } from './focusReturns'
import { createNeuralGeometries, type NeuralGeometries } from './neuralGeometries'
import { watchQuizAnswers } from './quizSession'
import { createReadiness, type Readiness } from './readiness'
import { createSceneSlot, type SceneSlot } from './sceneBridge'
import { createStretchController, type StretchController } from './stretch'

/**
 * Everything that holds state or time in Facet, in one object created once at start (tests make their
 * own): the store, the camera pose, the stretch and cavitation playbacks, readiness, the slot the 3D
 * view registers with, the structures' geometries, and where focus goes back to when a panel closes.
 * React gets it through context (runtime/react.tsx); the automation API wraps it. No module keeps
 * mutable state of its own.
 */
export interface FacetRuntime {
  readonly store: StoreApi<FacetState>
  readonly camera: CameraPose
  readonly ready: Readiness
  /**
   * Resolves a few seconds after the first frame (`SETTLE_MS`): when work nobody asked for (the bones'
   * overview surfaces, the sacroiliac joints and ilia shown by default) may start.
   */
  readonly settled: Promise<void>
  /** The one clock: a frame loop that runs only while something moves. */
  readonly clock: FrameClock
  readonly scene: SceneSlot
  readonly stretch: StretchController
  readonly cavitation: CavitationSlot
  /** The structures' geometries, shared by every mesh that shows them. */
  readonly geometries: GeometryCache
  /** The cord's, nerve roots', ligaments', sacroiliac joints' and ilia's geometries, from their own worker. */
  readonly neural: NeuralGeometries
  /** Where focus goes back to when each panel closes (recorded as it opens). */
  readonly focusReturns: FocusReturns
  /** Lets go of what the runtime holds: its geometries, its store watchers, the cavitation feature. */
  dispose(): void
}

export interface RuntimeEnvironment {
  /** Where settings are kept (localStorage in the app); undefined or throwing falls back to memory. */
  storage?: () => Storage | undefined
  /** Called once when the first spine frame is drawn (the app dispatches `facet:ready`). */
  onReady?: () => void
  /** How frames are scheduled (requestAnimationFrame in the browser; tests drive it by hand). */
  scheduler?: FrameScheduler
  /** Wall-clock time in ms (performance.now() in the browser); the refractory clock reads it. */
  now?: () => number
  /**
   * Whether bones shown up close get their continuous surfaces from a worker (default: wherever the
   * platform has workers); false keeps the shells of their parts.
   */
  refineBones?: boolean
}

/** How long after the first frame work nobody asked for waits (see `FacetRuntime.settled`), ms. */
export const SETTLE_MS = 4000

export function createFacetRuntime(env: RuntimeEnvironment = {}): FacetRuntime {
  const store = createFacetStore()
  const storage = env.storage ?? (() => undefined)
  const clock = createFrameClock(env.scheduler)
  const now = env.now ?? (() => performance.now())
  // a selection answers the running self-test: part of the state's rules, so it lives with the store
  const stopQuizWatch = watchQuizAnswers(store)
  const geometries = createGeometryCache({
    madeElsewhere: arrivedOverviewArrays,
    // the selection and the opened joint's bones are built before the rest of the neighbourhood
    surfaces:
      env.refineBones === false
        ? null
        : createSurfaceWorker(
            () => {
              const { selected, closeUpJoint } = store.getState()
              return [selected, ...(closeUpJoint ? openedStructures(closeUpJoint) : [])].filter(
                (id): id is BoneId => id !== null && BONE_IDS.includes(id as BoneId),
              )
            },
            overviewSurfacePack,
            closeUpSurfacePacks,
          ),
  })
  const ready = createReadiness(env.onReady)
  // Work nobody asked for waits until the page has had its first seconds to itself: on a software renderer
  // its shader links and uploads made the tasks a visitor's first taps wait behind (and stalled the GPU
  // process the page shares), measured as Lighthouse's blocking time 1.4–1.9 s with it right after the first
  // frame, 0.27 s with it 4 s later. What the visitor asks for (a selection, a layer) is built at once.
  const settled = ready.promise.then(() => new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS)))
  // the whole spine's continuous surfaces (read from the build's pack, or built by the worker in a few
  // seconds; a close-up asked for meanwhile goes first)
  void settled.then(() => geometries.refineOverview())
  // the worker starts on the first request (after the first frame, see scene/NeuralLayer.tsx)
  const neural = createNeuralGeometries(
    env.refineBones === false ? null : createNeuralWorker([neuralPack, neuralLayerPack].filter((url) => url !== null)),
  )
  const focusReturns = createFocusReturns(store)
  const scene = createSceneSlot()
  const cavitation = createCavitationSlot(
    store,
    () => import('./cavitationFeature').then((m) => m.createCavitationFeature({ store, storage, clock, now })),
    () => scene.current() !== null,
  )
  return {
    store,
    camera: createCameraPose(),
    ready,
    settled,
    clock,
    scene,
    stretch: createStretchController(store, clock),
    cavitation,
    geometries,
    neural,
    focusReturns,
    dispose() {
      stopQuizWatch()
      focusReturns.dispose()
      cavitation.feature()?.dispose()
      geometries.dispose()
      neural.dispose()
    },
  }
}
