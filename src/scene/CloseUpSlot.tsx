import { lazy, Suspense, useEffect, useState } from 'react'
import { useFacetStore, useRuntime } from '../runtime/react'
import { SceneFeatureBoundary } from './SceneFeatureBoundary'

/** The opened joint's code: fetched when a close-up first opens (and by the offline save). */
export const loadJointCloseUp = () => import('./JointCloseUp')
const JointCloseUp = lazy(loadJointCloseUp)

/**
 * Where the crack close-up appears in the spine's own view: the opened joint, once its joint is asked
 * for and the cavitation feature (the model it plays) has arrived.
 */
export function CloseUpSlot({ onError }: { onError: (error: unknown) => void }) {
  const joint = useFacetStore((s) => s.closeUpJoint)
  const { cavitation } = useRuntime()
  const [loaded, setLoaded] = useState(cavitation.feature() !== null)
  useEffect(() => {
    if (!joint || loaded) return
    let live = true
    // a failure is the panel's to show (its boundary offers a retry, which loads the feature again)
    cavitation.load().then(
      () => live && setLoaded(true),
      () => {},
    )
    return () => {
      live = false
    }
  }, [joint, loaded, cavitation])
  if (!joint || !loaded) return null
  return (
    // keyed by joint: another joint tries again
    <SceneFeatureBoundary key={joint} onError={onError}>
      <Suspense fallback={null}>
        <JointCloseUp joint={joint} />
      </Suspense>
    </SceneFeatureBoundary>
  )
}
