import { Canvas } from '@react-three/fiber'
import { Component, lazy, type ReactNode, Suspense, useCallback, useState } from 'react'
import { useAfterFirstFrame, useFacetStore, useRuntime } from './runtime/react'
import { CameraRig } from './scene/CameraRig'
import { CloseUpSlot } from './scene/CloseUpSlot'
import { CompareScene } from './scene/CompareScene'
import { ContextLoss } from './scene/ContextLoss'
import type { EarlySpineRenderer } from './scene/earlySpineRenderer'
import { FrameReporter } from './scene/FrameReporter'
import { HOME_DISTANCE, HOME_TARGET } from './scene/homeView'
import { Labels } from './scene/Labels'
import { NeuralLayer } from './scene/NeuralLayer'
import { PinLabels } from './scene/PinLabels'
import { SceneFeatureBoundary } from './scene/SceneFeatureBoundary'
import { SpineModel } from './scene/SpineModel'
import { createSpineRenderer, NoWebGLError, pixelRatioFor, SPINE_BACKGROUND } from './scene/spineRenderer'
import { ComparePanel } from './ui/ComparePanel'
import { CompareReturn } from './ui/CompareReturn'
import { ConditionsMenu } from './ui/ConditionsMenu'
import { FlashcardsButton, FlashcardsSlot } from './ui/FlashcardsMount'
import { FloatingRedFlags } from './ui/FloatingRedFlags'
import { loadCavitationPanel, loadLearnDialog, loadQuizPanel, loadSourcesDialog } from './ui/features'
import { HoverName } from './ui/HoverName'
import { InfoHint } from './ui/InfoHint'
import { useT } from './ui/i18n'
import { ChunkBoundary, LazyFeature, reloadKeepingView, sentenceCase } from './ui/LazyFeature'
import { Messages } from './ui/Messages'
import { ReadAboutCue } from './ui/ReadAboutCue'
import { RedFlagsButton, RedFlagsDialog } from './ui/RedFlagsDialog'
import { StructureTree } from './ui/StructureTree'
import { LayerStatus, Toolbar } from './ui/Toolbar'
import type { UrlView } from './url'

// The person doing a stretch (its mannequin and poses) is fetched when a stretch card opens, not with the
// first screen: the bytes before the first frame have a budget (see bench/run.ts)
// The selection panel's code and texts (what each structure is, its parts, dimensions and stretches) come
// after the first frame, for the same budget; until then the panel shows its hint, as index.html does
const InfoPanel = lazy(() => import('./ui/InfoPanel').then((m) => ({ default: m.InfoPanel })))
const ConditionLayer = lazy(() => import('./scene/ConditionLayer').then((m) => ({ default: m.ConditionLayer })))
const StretchFigure = lazy(() => import('./scene/StretchFigure').then((m) => ({ default: m.StretchFigure })))

/**
 * Keeps a failure of the 3D view from taking the lists and panels down with it. No WebGL says so; any other
 * failure says the view stopped and offers a reload (it used to blame WebGL for anything, a trust review, s37).
 */
class SceneBoundary extends Component<
  { children: ReactNode; onError: (error: unknown) => void },
  { failed: 'noWebGL' | 'stopped' | null }
> {
  override state = { failed: null as 'noWebGL' | 'stopped' | null }
  static getDerivedStateFromError(error: unknown) {
    return { failed: error instanceof NoWebGLError ? 'noWebGL' : 'stopped' }
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error)
  }
  override render() {
    const { failed } = this.state
    if (failed === null) return this.props.children
    return failed === 'noWebGL' ? <NoWebGL /> : <SceneStopped />
  }
}

function SceneStopped() {
  const t = useT()
  return (
    <div className="no-webgl scene-stopped" role="note">
      <h2>{t('app.sceneStopped.title')}</h2>
      <p>{t('app.sceneStopped.body')}</p>
      <button type="button" className="primary" onClick={reloadKeepingView}>
        {t('feature.reload')}
      </button>
    </div>
  )
}

function NoWebGL() {
  const t = useT()
  return (
    <div className="no-webgl" role="note">
      <h2>{t('app.noWebGL.title')}</h2>
      <p>{t('app.noWebGL.body')}</p>
    </div>
  )
}

export interface AppProps {
  /** The view restored from the link. */
  initial: UrlView
  /** The 3D view's renderer if main.tsx made it before mounting the app (scene/earlySpineRenderer.ts). */
  earlyRenderer?: EarlySpineRenderer
}

export function App({ initial, earlyRenderer }: AppProps) {
  const runtime = useRuntime()
  const facetStore = runtime.store
  const t = useT()
  const loadCavitation = useCallback(() => loadCavitationPanel(runtime), [runtime])
  // no WebGL at all shows up as the renderer failing to get its context (see scene/spineRenderer.ts)
  const [noWebGL, setNoWebGL] = useState(false)
  const sceneFailed = useCallback(
    (error: unknown) => {
      if (error instanceof NoWebGLError) {
        setNoWebGL(true)
        facetStore.getState().notify(t('app.noWebGL.notice'), 'warning')
        // nothing will be drawn: what waits for the first frame (the panels, the offline save) goes ahead
        runtime.ready.markReady()
      } else {
        // the error's own words are for the console, not for a patient across the desk
        console.error('The 3D view stopped:', error)
        facetStore.getState().notify(t('app.sceneStopped'), 'warning')
      }
    },
    [facetStore, runtime, t],
  )
  /** A part of the view that could not be fetched: the rest of the view carries on, and a note says so. */
  const sceneFeatureFailed = useCallback(
    (label: string) => (error: unknown) => {
      console.error(`${label} could not be shown:`, error)
      const failed = sentenceCase(t('feature.failed', { feature: label }))
      facetStore.getState().notify(`${failed} ${t('feature.reloadKeeps')}`, 'warning')
    },
    [facetStore, t],
  )
  // the pixel ratio depends on what renders the canvas, which only its own context can say
  const [dpr, setDpr] = useState<number | [number, number]>(() => {
    const software = earlyRenderer?.isSoftware() ?? null
    return software === null ? [1, 2] : pixelRatioFor(software)
  })
  const createRenderer = useCallback(
    // react-three-fiber's Canvas hands the factory its own <canvas> element; the renderer main.tsx made
    // early (scene/earlySpineRenderer.ts) takes its place when there is one
    (defaults: { canvas: unknown }) => {
      const canvas = defaults.canvas as HTMLCanvasElement
      const onRenderer = (software: boolean) => setDpr(pixelRatioFor(software))
      return earlyRenderer?.take(canvas, onRenderer) ?? createSpineRenderer(canvas, onRenderer)
    },
    [earlyRenderer],
  )
  // a context lost for good (GPU gone, driver crashed) ends the 3D view as if there had been no WebGL
  const [contextGone, setContextGone] = useState(false)
  const giveUpContext = useCallback(() => {
    setContextGone(true)
    facetStore.getState().notify(t('app.contextLost'), 'warning')
  }, [facetStore, t])
  const hasWebGL = !noWebGL && !contextGone
  const hovered = useFacetStore((s) => s.hovered)
  const afterFirstFrame = useAfterFirstFrame()
  const closeUpWanted = useFacetStore((s) => s.closeUpJoint !== null)
  const quizWanted = useFacetStore((s) => s.quiz !== null)
  const panel = useFacetStore((s) => s.panel)
  const stretchOpen = useFacetStore((s) => s.openStretchId !== null)
  const conditionShown = useFacetStore((s) => s.condition !== null)
  return (
    <div className={closeUpWanted ? 'app closeup-open' : 'app'}>
      {/* past the top bar and the structure list in one key press (a button: the page's # is the pins' place) */}
      {hasWebGL && (
        <button
          type="button"
          className="skip-link"
          onClick={() => document.querySelector<HTMLElement>('.stage-view')?.focus()}
        >
          {t('app.skipToView')}
        </button>
      )}
      <header className="topbar">
        <h1>
          {t('app.name')} <span className="tagline">{t('app.tagline')}</span>
        </h1>
        <Toolbar />
        <nav className="reading" aria-label={t('app.readingNav')}>
          <button type="button" onClick={() => facetStore.getState().startQuiz(Date.now() % 100_000)}>
            {t('app.testYourself')}
          </button>
          <FlashcardsButton />
          <button type="button" className="why-button" onClick={() => facetStore.getState().setPanel('learn')}>
            {t('app.whyBacksCrack')}
          </button>
          <ConditionsMenu />
          <RedFlagsButton />
          {/* in the reading controls' landmark, fixed in a corner once the button above is out of sight */}
          <FloatingRedFlags />
          <button type="button" onClick={() => facetStore.getState().setPanel('sources')}>
            {t('app.sources')}
          </button>
        </nav>
      </header>
      <StructureTree />
      <main
        className="stage"
        style={{ cursor: hovered ? 'pointer' : 'grab' }}
        aria-busy={hasWebGL && !afterFirstFrame ? true : undefined}
      >
        {/* the first screen's progress line (index.html) stays until the spine is on screen */}
        {hasWebGL && !afterFirstFrame && (
          <p className="stage-progress" role="status">
            {t('app.drawingSpine')}
            <span className="stage-progress-line" aria-hidden="true" />
          </p>
        )}
        {hasWebGL ? (
          <SceneBoundary onError={sceneFailed}>
            <Canvas
              frameloop="demand"
              dpr={dpr}
              camera={{ fov: 30, near: 5, far: 20000, position: [0, HOME_TARGET[1], HOME_DISTANCE] }}
              gl={createRenderer}
              // measured at once: the default waits 50 ms after layout before the renderer is made
              resize={{ debounce: 0 }}
              onCreated={() => performance.mark('facet:canvas-created')}
              onPointerMissed={() => facetStore.getState().hover(null)}
              // focusable, to turn and zoom with the keys (scene/cameraKeys.ts): an application, as it takes the arrows
              tabIndex={0}
              role="application"
              aria-roledescription={t('app.canvasRole')}
              aria-label={t('app.canvasLabel')}
              className="stage-view"
            >
              <color attach="background" args={[SPINE_BACKGROUND]} />
              <hemisphereLight args={['#f4f1ea', '#39424f', 1.1]} />
              <directionalLight position={[600, 900, 900]} intensity={1.6} />
              <directionalLight position={[-700, 300, -800]} intensity={0.7} />
              <Suspense fallback={null}>
                <SpineModel />
              </Suspense>
              {stretchOpen && (
                <SceneFeatureBoundary onError={sceneFeatureFailed(t('app.feature.figure'))}>
                  <Suspense fallback={null}>
                    <StretchFigure />
                  </Suspense>
                </SceneFeatureBoundary>
              )}
              <NeuralLayer />
              {conditionShown && (
                <SceneFeatureBoundary onError={sceneFeatureFailed(t('app.feature.condition'))}>
                  <Suspense fallback={null}>
                    <ConditionLayer />
                  </Suspense>
                </SceneFeatureBoundary>
              )}
              <Labels />
              <PinLabels />
              <CloseUpSlot onError={sceneFeatureFailed(t('app.feature.cut'))} />
              <CameraRig initial={initial.camera} initialPreset={initial.view ?? 'home'} />
              <CompareScene />
              <FrameReporter />
              <ContextLoss onGiveUp={giveUpContext} />
            </Canvas>
          </SceneBoundary>
        ) : (
          <NoWebGL />
        )}
        <HoverName />
        <ReadAboutCue />
        <LayerStatus />
        <Messages />
        <ComparePanel initial={initial.compare} reading={initial.compareReading ?? null} />
        <CompareReturn />
        {afterFirstFrame && <FlashcardsSlot />}
        {afterFirstFrame && (
          <LazyFeature
            load={loadQuizPanel}
            label={t('app.feature.quiz')}
            wanted={quizWanted}
            onDismiss={() => facetStore.getState().endQuiz()}
          />
        )}
      </main>
      {afterFirstFrame ? (
        <ChunkBoundary label={t('app.feature.panel')} failedContent={<InfoHint />}>
          <Suspense fallback={<InfoHint />}>
            <InfoPanel />
          </Suspense>
        </ChunkBoundary>
      ) : (
        <InfoHint />
      )}
      {/* with no 3D view too: the caption, timeline, plots and sound tell the crack (they were left out, and the
          crack played its sound with nothing on screen, a trust review, s37) */}
      {afterFirstFrame && closeUpWanted && (
        <div className="closeup-column">
          <LazyFeature
            load={loadCavitation}
            label={t('app.feature.closeUp')}
            wanted={closeUpWanted}
            onDismiss={() => facetStore.getState().closeCloseUp()}
          />
        </div>
      )}
      <RedFlagsDialog />
      {afterFirstFrame && (
        <>
          <LazyFeature
            load={loadLearnDialog}
            label={t('app.feature.learn')}
            wanted={panel === 'learn'}
            onDismiss={() => facetStore.getState().setPanel('none')}
          />
          <LazyFeature
            load={loadSourcesDialog}
            label={t('app.feature.sources')}
            wanted={panel === 'sources'}
            onDismiss={() => facetStore.getState().setPanel('none')}
          />
        </>
      )}
    </div>
  )
}
