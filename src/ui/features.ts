import type { FacetRuntime } from '../runtime/runtime'
import { loadJointCloseUp } from '../scene/CloseUpSlot'

/**
 * The features fetched after the first spine frame, each its own chunk: one loader each, used by the
 * places that show them (through LazyFeature) and by the offline save, which waits for all of them so
 * the service worker finds them in the HTTP cache. A new lazily loaded panel belongs here.
 */
export const loadCavitationPanel = (runtime: FacetRuntime) =>
  runtime.cavitation.load().then(() => import('./CavitationPanel').then((m) => m.CavitationPanel))
export const loadQuizPanel = () => import('./QuizPanel').then((m) => m.QuizPanel)
export const loadLearnDialog = () => import('./LearnDialog').then((m) => m.LearnDialog)
export const loadSourcesDialog = () => import('./LearnDialog').then((m) => m.SourcesDialog)
export const loadStretchPanel = () => import('./StretchPanel').then((m) => m.StretchPanel)

/** Every feature chunk (an import already under way is not fetched again). */
export const loadAllFeatures = (runtime: FacetRuntime) =>
  Promise.all([
    loadCavitationPanel(runtime),
    // the opened joint in the 3D view, which comes with the close-up's panel
    loadJointCloseUp(),
    loadQuizPanel(),
    loadLearnDialog(),
    loadStretchPanel(),
  ])
