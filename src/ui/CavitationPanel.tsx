import { type ReactNode, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { type FacetJointId, parseStructureId } from '../anatomy/ids'
import { isPublished } from '../anatomy/measure'
import { ONSET_GAP_NOTE, REFRACTORY_NOTE } from '../content/cavitation'
import { jointBones } from '../geometry/cutaway'
import { CONFINEMENT_VISCOSITY } from '../physics/cavitation'
import { CAVITATION, CAVITATION_LABELS } from '../physics/constants'
import { type PlaybackSpeed, SPEEDS } from '../physics/playback'
import { useCavitationFeature, useFacetStore, useRuntime } from '../runtime/react'
import { Cite } from './Cite'
import { useCavitationTexts } from './cavitationTexts'
import { markName } from './Dimensions'
import { useAnatomy, useNumbers, useT } from './i18n'
import { MoreDetailSwitch } from './MoreDetailSwitch'
import { Plots } from './Plots'
import { usePanelFocus } from './panelFocus'
import { RedFlagsButton } from './RedFlagsDialog'
import { RefractoryClock } from './RefractoryClock'
import './CavitationPanel.css'

const SPEED_LABELS: Record<PlaybackSpeed, string> = { 1: '1×', 0.1: '1/10', 0.01: '1/100' }

/**
 * The joint's safety note, where there is one (the neck's: anatomy/info.ts), under the close-up's title: watching
 * a neck joint crack is when a reader wonders whether to crack their own.
 */
function JointCaution({ joint }: { joint: FacetJointId }) {
  const anatomy = useAnatomy()
  const detailed = useFacetStore((s) => s.moreDetail)
  // once per joint and language, not on each of the panel's renders while the crack plays
  const cautions = useMemo(() => anatomy.structureInfo(joint).facts.filter((f) => f.caution), [anatomy, joint])
  if (cautions.length === 0) return null
  return cautions.map((f) => (
    <p key={f.plain} className="closeup-caution" data-testid="joint-caution">
      {detailed ? f.detailed : f.plain} <Cite keys={f.sources} />
    </p>
  ))
}

function Timeline() {
  const { clock } = useRuntime()
  const feature = useCavitationFeature()
  const { playback } = feature
  const result = playback.result
  const input = useRef<HTMLInputElement>(null)
  const output = useRef<HTMLOutputElement>(null)
  const t = useT()
  const { num } = useNumbers()
  // follows the playback through refs on the clock's frames, not React state: it changes every frame
  useEffect(() => {
    const show = () => {
      if (input.current && document.activeElement !== input.current) input.current.value = String(playback.time)
      if (output.current) output.current.textContent = t('closeUp.ms', { ms: num(playback.time) })
    }
    show()
    return clock.onFrame(show)
  }, [clock, playback, t, num])
  if (!result) return null
  return (
    <label className="timeline">
      <span className="sr-only">{t('closeUp.time')}</span>
      <input
        ref={input}
        type="range"
        min={0}
        max={result.duration}
        step={0.05}
        defaultValue={0}
        onInput={(e) => {
          feature.pause()
          playback.seek(Number(e.currentTarget.value))
          feature.redraw()
        }}
      />
      <output ref={output}>{t('closeUp.ms', { ms: num(0) })}</output>
    </label>
  )
}

function Explanations() {
  const detailed = useFacetStore((s) => s.moreDetail)
  const t = useT()
  const { num } = useNumbers()
  const texts = useCavitationTexts()
  return (
    <div className="explanations">
      {texts.explanations.map((e) => (
        <article key={e.id}>
          <h3>{detailed ? e.title.detailed : e.title.plain}</h3>
          <p className="who">{e.who}</p>
          <p>{detailed ? e.detailed : e.plain}</p>
          <p className="evidence">
            {detailed ? t('closeUp.evidence') : t('closeUp.restsOn')}{' '}
            {detailed ? e.evidence.detailed : e.evidence.plain} <Cite keys={e.sources} />
          </p>
        </article>
      ))}
      <details className="model-numbers">
        <summary>{t('closeUp.numbers')}</summary>
        <table className="dims">
          <tbody>
            {(Object.keys(CAVITATION) as (keyof typeof CAVITATION)[]).map((key) => {
              const m = CAVITATION[key]
              const unit = CAVITATION_LABELS[key][1]
              const label = texts.modelLabel(key)
              return (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td>
                    {num(m.value, 6)} {unit}
                    {!isPublished(m) && <span className="estimate"> {t(markName(m))}</span>}
                  </td>
                  <td>
                    <Cite keys={[m.source]} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
        <p className="model-note">
          {detailed ? texts.onsetGapNote.detailed : texts.onsetGapNote.plain} <Cite keys={ONSET_GAP_NOTE.sources} />
        </p>
        <p className="model-note">
          {t('closeUp.rayleigh')} <Cite keys={['leighton1994']} />
          {t('closeUp.viscosity', { viscosity: num(CONFINEMENT_VISCOSITY, 6) })}
        </p>
      </details>
      <p className="model-note">{t('closeUp.thirdIdea')}</p>
      <p className="model-note">
        {detailed ? texts.refractoryNote.detailed : texts.refractoryNote.plain} <Cite keys={REFRACTORY_NOTE.sources} />
      </p>
    </div>
  )
}

/** Puts the phase caption over the 3D view, where the joint opens, rather than in the panel's column. */
function CaptionOverStage({ children }: { children: ReactNode }) {
  const [stage, setStage] = useState<Element | null>(null)
  useLayoutEffect(() => setStage(document.querySelector('main.stage')), [])
  return stage ? createPortal(children, stage) : children
}

/** What each part of the opened joint in the 3D view is, with its colour there. */
function TissueLegend({ joint }: { joint: FacetJointId }) {
  const detailed = useFacetStore((s) => s.moreDetail)
  const t = useT()
  const texts = useCavitationTexts()
  const parsed = parseStructureId(joint)
  if (parsed?.kind !== 'facet') return null
  const { upperBone, lowerBone } = jointBones(parsed.joint)
  return (
    <details className="tissue-legend" open>
      <summary>{detailed ? t('closeUp.tissues') : t('closeUp.seeInCut')}</summary>
      <ul>
        {texts.tissues.map((tissue) => {
          const name = tissue.name(upperBone, lowerBone)
          return (
            <li key={tissue.id} data-tissue={tissue.id}>
              <span className={`swatch tissue-${tissue.id}`} aria-hidden="true" />
              <strong>{detailed ? name.detailed : name.plain}</strong>: {detailed ? tissue.detailed : tissue.plain}{' '}
              <Cite keys={tissue.sources} />
            </li>
          )
        })}
      </ul>
    </details>
  )
}

/**
 * "What happens when it cracks?": the joint opens in place in the spine's own view (scene/JointCloseUp),
 * and this panel beside it holds the caption, live plots, timeline, speeds, sound and the explanations.
 */
export function CavitationPanel() {
  const joint = useFacetStore((s) => s.closeUpJoint)
  const phase = useFacetStore((s) => s.phase)
  const playing = useFacetStore((s) => s.playing)
  const speed = useFacetStore((s) => s.speed)
  const audio = useFacetStore((s) => s.audio)
  const setAudio = useFacetStore((s) => s.setAudio)
  const compare = useFacetStore((s) => s.compare)
  const setCompare = useFacetStore((s) => s.setCompare)
  const close = useFacetStore((s) => s.closeCloseUp)
  // while the view flies into the joint the pull is on its way (it starts on arrival): not "press play"
  // (without a 3D view there is no flight, and the pull starts at once)
  const { scene } = useRuntime()
  // no 3D view (no WebGL, or its context lost): no flight, and the joint cannot be drawn
  const hasView = scene.current() !== null
  const flyingIn = useFacetStore((s) => s.closeUpJoint !== null && s.closeUpArrived !== s.closeUpJoint) && hasView
  const heading = usePanelFocus('closeUp', joint !== null)
  const feature = useCavitationFeature()
  const { playback } = feature
  const [result, setResult] = useState(playback.result)
  const t = useT()
  const texts = useCavitationTexts()
  const anatomy = useAnatomy()
  useEffect(() => {
    if (!joint) return
    if (!playback.result || playback.phase() === 'ready') feature.loadJoint(joint)
    setResult(playback.result)
  }, [joint, feature, playback])
  useEffect(() => {
    if (playing) setResult(playback.result)
  }, [playing, playback])
  if (!joint) return null
  return (
    <>
      {/* over the 3D view, where the joint opens (or here, if there is no view) */}
      <CaptionOverStage>
        <p className={`caption closeup-caption phase-${phase}`} aria-live="assertive" data-testid="cavitation-caption">
          {phase === 'ready' && flyingIn ? t('closeUp.opening') : texts.phases[phase]}
          {/* a crack whose sound could not play (audio blocked, missing or failing): the caption says so rather
              than leave the reader wondering what they missed (a trust review, s37) */}
          {(phase === 'cavitation' || phase === 'residual') &&
            !audio.muted &&
            feature.snapshot(joint).soundsBlocked > 0 && (
              <span className="closeup-silent" data-testid="cavitation-silent">
                {' '}
                {t(hasView ? 'closeUp.soundBlocked' : 'closeUp.soundBlockedNoView')}
              </span>
            )}
        </p>
      </CaptionOverStage>
      <section
        className="cavitation"
        data-panel="closeUp"
        aria-label={t('closeUp.label', { joint: anatomy.name(joint) })}
      >
        <header>
          <h2 ref={heading} tabIndex={-1} data-panel-heading>
            {t('closeUp.title', { joint: anatomy.name(joint) })}
          </h2>
          <RedFlagsButton />
          <button type="button" onClick={close} aria-label={t('closeUp.close')}>
            ×
          </button>
        </header>
        <JointCaution joint={joint} />
        {/* the joint cannot be drawn: the rest still tells the crack */}
        {!hasView && (
          <p className="closeup-no-view" data-testid="closeup-no-view">
            {t('closeUp.noView')}
          </p>
        )}
        <div className="cavitation-controls">
          <button type="button" className="play" onClick={() => (playing ? feature.pause() : feature.playJoint(joint))}>
            {playing ? t('closeUp.pause') : t('closeUp.play')}
          </button>
          <fieldset>
            <legend className="sr-only">{t('closeUp.speed')}</legend>
            {SPEEDS.map((s) => (
              <button key={s} type="button" aria-pressed={speed === s} onClick={() => feature.setSpeed(s)}>
                {SPEED_LABELS[s]}
              </button>
            ))}
          </fieldset>
          <Timeline />
          <button type="button" aria-pressed={audio.muted} onClick={() => setAudio({ ...audio, muted: !audio.muted })}>
            {audio.muted ? t('closeUp.soundOff') : t('closeUp.soundOn')}
          </button>
          <label className="volume">
            {t('closeUp.volume')}
            <input
              type="range"
              min={0}
              max={1}
              step={0.05}
              value={audio.volume}
              onChange={(e) => setAudio({ ...audio, volume: Number(e.target.value) })}
            />
          </label>
        </div>
        <RefractoryClock />
        <TissueLegend joint={joint} />
        {result && <Plots result={result} />}
        <div className="cavitation-extra">
          <button type="button" aria-pressed={compare} onClick={() => setCompare(!compare)}>
            {t('closeUp.compare')}
          </button>
          <MoreDetailSwitch />
        </div>
        {compare && <Explanations />}
        <p className="disclaimer">{t('common.disclaimer')}</p>
      </section>
    </>
  )
}
