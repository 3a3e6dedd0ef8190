import { createContext, type ReactNode, startTransition, useContext, useEffect, useState } from 'react'
import { useStore } from 'zustand'
import type { FacetState } from '../store'
import type { CavitationFeature } from './cavitationFeature'
import type { FacetRuntime } from './runtime'

const RuntimeContext = createContext<FacetRuntime | null>(null)

/** Hands the runtime to every component below, the 3D view included (react-three-fiber bridges context). */
export function RuntimeProvider({ runtime, children }: { runtime: FacetRuntime; children?: ReactNode }) {
  return <RuntimeContext.Provider value={runtime}>{children}</RuntimeContext.Provider>
}

export function useRuntime(): FacetRuntime {
  const runtime = useContext(RuntimeContext)
  if (!runtime) throw new Error('useRuntime: no RuntimeProvider above this component')
  return runtime
}

/** A slice of the store's state; re-renders only when the selected value changes. */
export function useFacetStore<T>(selector: (state: FacetState) => T): T {
  return useStore(useRuntime().store, selector)
}

/** The cavitation feature, for the close-up and its panel: they load only after it (see ui/features.ts). */
export function useCavitationFeature(): CavitationFeature {
  const feature = useRuntime().cavitation.feature()
  if (!feature) throw new Error('useCavitationFeature: the cavitation feature has not loaded')
  return feature
}

/**
 * False until the first spine frame is on screen, then true: work that is not needed to see the spine
 * (pick meshes, labels) waits, so the first frame comes sooner.
 */
export function useAfterFirstFrame(): boolean {
  const { ready } = useRuntime()
  const [after, setAfter] = useState(ready.isReady)
  useEffect(() => {
    if (after) return
    let live = true
    void ready.promise.then(() => {
      if (live) startTransition(() => setAfter(true))
    })
    return () => {
      live = false
    }
  }, [after, ready])
  return after
}
