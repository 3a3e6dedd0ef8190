import { Component, lazy, type ReactNode, Suspense, useEffect, useState } from 'react'
import { useFacetStore, useRuntime } from '../runtime/react'

/** The opened joint's code: fetched when a close-up first opens (and by the offline save). */
export const loadJointCloseUp = () => import('./JointCloseUp')
const JointCloseUp = lazy(loadJointCloseUp)

/**
 * A close-up whose code failed to arrive leaves the spine as it is, and says so through `onError`: the panel
 * beside it played and narrated a cut that was not drawn, with no word of why (a trust review, s37).
 */
class CloseUpBoundary extends Component<
  { children: ReactNode; onError: (error: unknown) => void },
  { failed: boolean }
> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error)
  }
  override render() {
    return this.state.failed ? null : this.props.children
  }
}

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
    <CloseUpBoundary key={joint} onError={onError}>
      <Suspense fallback={null}>
        <JointCloseUp joint={joint} />
      </Suspense>
    </CloseUpBoundary>
  )
}
