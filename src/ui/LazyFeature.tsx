import { Component, type ComponentType, lazy, type ReactNode, Suspense, useMemo, useState } from 'react'
import { useT } from './i18n'
import './LazyFeature.css'

interface BoundaryProps {
  /** What the user would call this part of Facet ("the crack close-up"). */
  label: string
  /** Whether the user has asked for the feature now: a failure is shown only then. */
  wanted: boolean
  onRetry: () => void
  onDismiss: () => void
  /** Shown in the feature's place once it has failed, with the note (e.g. the panel's hint): its place is kept. */
  failedContent?: ReactNode
  children: ReactNode
}

/**
 * A feature fetched on demand can fail to arrive (a dropped connection, or a new deploy that removed
 * the old file). Without a boundary React unmounts the whole app; with it, only this feature's place
 * says what happened and offers to try again, while the spine, the list and the warning signs carry on.
 * A failure while the feature was only being fetched ahead of time stays silent until it is wanted,
 * and is then retried once by itself.
 */
class FeatureBoundary extends Component<BoundaryProps, { failed: boolean; fetchFailed: boolean }> {
  override state = { failed: false, fetchFailed: false }
  static getDerivedStateFromError(error: unknown) {
    return { failed: true, fetchFailed: isChunkFetchFailure(error) }
  }
  override componentDidUpdate(previous: BoundaryProps) {
    if (this.state.failed && this.props.wanted && !previous.wanted) this.remount()
  }
  remount = () => {
    this.props.onRetry()
    this.setState({ failed: false, fetchFailed: false })
  }
  override render() {
    const { failed, fetchFailed } = this.state
    const { label, wanted, onDismiss, failedContent = null, children } = this.props
    if (!failed) return children
    if (!wanted) return failedContent
    // Browsers remember a module that failed to arrive and will not fetch it again in this page, so
    // once online the way to fetch it afresh is a reload; the view is kept in the link.
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false
    const reload = fetchFailed && !offline
    return (
      <>
        {failedContent}
        <FeatureError label={label} offline={offline} reload={reload} onRetry={this.remount} onDismiss={onDismiss} />
      </>
    )
  }
}

/**
 * A boundary for a part of a panel or of the page that is fetched on its own and shown as soon as it is there
 * (the selection panel, a nerve's or a ligament's details, the comparison's table): if its chunk does not
 * arrive, its place says so, with the way to fetch it again, instead of the whole page going blank (React
 * unmounts everything on an error no boundary catches: a trust review, s37, after a deploy while a tab was
 * open). `failedContent` keeps the place meanwhile.
 */
export function ChunkBoundary({
  label,
  failedContent,
  children,
}: {
  label: string
  failedContent?: ReactNode
  children: ReactNode
}) {
  const [dismissed, setDismissed] = useState(false)
  return (
    <FeatureBoundary
      label={label}
      wanted={!dismissed}
      onRetry={() => {}}
      onDismiss={() => setDismissed(true)}
      failedContent={failedContent}
    >
      {children}
    </FeatureBoundary>
  )
}

/** What a feature's place says when it could not be fetched, and the way to try again. */
function FeatureError(props: {
  label: string
  offline: boolean
  reload: boolean
  onRetry: () => void
  onDismiss: () => void
}) {
  const { label, offline, reload, onRetry, onDismiss } = props
  const t = useT()
  return (
    <div className="feature-error" role="alert" data-testid="feature-error">
      <p>
        <strong>{sentenceCase(t('feature.failed', { feature: label }))}</strong>{' '}
        {offline ? t('feature.offline') : t('feature.dropped')} {reload && `${t('feature.reloadKeeps')} `}
        {t('feature.stillWorks')}
      </p>
      <div className="feature-error-actions">
        <button type="button" className="primary" onClick={reload ? reloadKeepingView : onRetry}>
          {reload ? t('feature.reload') : t('feature.retry')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('common.close')}
        </button>
      </div>
    </div>
  )
}

/**
 * A sentence with its first letter a capital: the feature's name starts the English sentence ("The crack
 * close-up could not…") but not the Spanish one ("No se pudo cargar la prueba"), where capitalising the name
 * itself wrote "La prueba" mid-sentence.
 */
export const sentenceCase = (text: string) => (text[0]?.toUpperCase() ?? '') + text.slice(1)

/** A module script that could not be fetched, in the words of Chromium, Firefox, Safari and Vite. */
function isChunkFetchFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /dynamically imported module|importing a module script failed|unable to preload/i.test(message)
}

/** Writes the view into the link at once (it is otherwise written a moment after a change), then reloads. */
export function reloadKeepingView(): void {
  window.dispatchEvent(new Event('facet:save-view'))
  window.location.reload()
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
