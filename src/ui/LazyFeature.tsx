import { Component, type ComponentType, lazy, type ReactNode, Suspense, useMemo, useState } from 'react'

interface BoundaryProps {
  /** What the user would call this part of Facet ("the crack close-up"). */
  label: string
  /** Whether the user has asked for the feature now: a failure is shown only then. */
  wanted: boolean
  onRetry: () => void
  onDismiss: () => void
  children: ReactNode
}

/**
 * A feature fetched on demand can fail to arrive (a dropped connection, or a new deploy that removed
 * the old file). Without a boundary React unmounts the whole app; with it, only this feature's place
 * says what happened and offers to try again, while the spine, the list and the warning signs carry on.
 * A failure while the feature was only being fetched ahead of time stays silent until it is wanted,
 * and is then retried once by itself.
 */
class FeatureBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override componentDidUpdate(previous: BoundaryProps) {
    if (this.state.failed && this.props.wanted && !previous.wanted) this.retry()
  }
  retry = () => {
    this.props.onRetry()
    this.setState({ failed: false })
  }
  override render() {
    const { failed } = this.state
    const { label, wanted, onDismiss, children } = this.props
    if (!failed) return children
    if (!wanted) return null
    return (
      <div className="feature-error" role="alert" data-testid="feature-error">
        <p>
          <strong>{label[0]?.toUpperCase() + label.slice(1)} could not be loaded.</strong> The connection may have
          dropped, or Facet was updated since this page opened. The spine, the list and the warning signs still work.
        </p>
        <div className="feature-error-actions">
          <button type="button" className="primary" onClick={this.retry}>
            Try again
          </button>
          <button type="button" onClick={onDismiss}>
            Close
          </button>
        </div>
      </div>
    )
  }
}

/**
 * `React.lazy` for a feature chunk, with a retry: React keeps a failed lazy component failed forever,
 * so each retry makes a fresh one and calls `load` again. `load` must be a module-level function.
 */
export function LazyFeature({
  load,
  label,
  wanted,
  onDismiss,
}: {
  load: () => Promise<ComponentType>
  label: string
  wanted: boolean
  onDismiss: () => void
}) {
  const [attempt, setAttempt] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt must make a new lazy component
  const Feature = useMemo(() => lazy(() => load().then((c) => ({ default: c }))), [load, attempt])
  return (
    <FeatureBoundary label={label} wanted={wanted} onDismiss={onDismiss} onRetry={() => setAttempt((a) => a + 1)}>
      <Suspense fallback={null}>
        <Feature />
      </Suspense>
    </FeatureBoundary>
  )
}
