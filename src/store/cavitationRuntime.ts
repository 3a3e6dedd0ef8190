import type { FacetJointId } from '../anatomy/ids'
import { crackSamples } from '../audio/crackSound'
import { loadAudioSettings, SoundEngine, saveAudioSettings } from '../audio/engine'
import { facetArea } from '../physics/joint'
import { CavitationPlayback } from '../physics/playback'
import { facetStore } from './index'
import { createSettingsStorage } from './settingsStorage'

/**
 * The close-up's fast-changing state and its side effects, outside React's render path: the playback
 * (advanced every frame by the scene), the sound engine, and the crack sound prepared ahead of time so
 * nothing is synthesised on the frame of the crack.
 */
export const playback = new CavitationPlayback((joint) => facetArea(joint as FacetJointId))

const storage = createSettingsStorage(
  () => (typeof window !== 'undefined' ? window.localStorage : undefined),
  () =>
    facetStore
      .getState()
      .notify('This browser is not letting Facet save settings, so your sound setting lasts for this visit only.'),
)
const saved = loadAudioSettings(storage)
export const sound = new SoundEngine(saved.settings)
facetStore.getState().setAudio(saved.settings)
if (saved.corrupt)
  facetStore.getState().notify('Your saved sound settings could not be read, so the defaults are back.', 'warning')
facetStore.subscribe((s, p) => {
  if (s.audio !== p.audio) {
    sound.setSettings(s.audio)
    saveAudioSettings(storage, s.audio)
  }
})

let prepared: { samples: Float32Array; rate: number } | null = null
function prepare(): void {
  const result = playback.result
  prepared = result ? { samples: crackSamples(result, playback.speed), rate: result.audioRate } : null
}

/** Records, for tests and the benchmark, when the crack's sound was started (performance.now()). */
export const soundLog: { startedAt: number[]; blocked: number } = { startedAt: [], blocked: 0 }

export function loadJoint(joint: FacetJointId): void {
  playback.load(joint)
  prepare()
  facetStore.getState().setPlayback({ phase: playback.phase(), playing: false })
}

/** Starts the pull. Called from a user gesture, so the sound may be unlocked here. */
export function playJoint(joint: FacetJointId): void {
  sound.unlock()
  const state = facetStore.getState()
  if (state.closeUpJoint !== joint) state.openCloseUp(joint)
  if (!playback.result || playback.time >= playback.result.duration || state.closeUpJoint !== joint) loadJoint(joint)
  soundQueued = false
  playback.play(performance.now())
  facetStore.getState().setPlayback({ playing: true, phase: playback.phase() })
}

export function setSpeed(speed: (typeof playback)['speed']): void {
  playback.setSpeed(speed, performance.now())
  facetStore.getState().setSpeed(speed)
  prepare()
}

let soundQueued = false

/**
 * Called every close-up frame. The sound starts on the frame of the crack; when the crack falls
 * between this frame and the next, it is scheduled on the audio clock for the exact moment, so the
 * pop is not late by up to a frame. Returns true on the frame the crack is reached.
 */
export function stepPlayback(nowMs: number, frameMs = 17): boolean {
  const crossed = playback.advanceTo(nowMs)
  if (!soundQueued) {
    const due = crossed ? 0 : playback.crackDueWithin(frameMs * 1.5)
    if (due !== null) {
      soundQueued = true
      const played = prepared ? sound.play(prepared.samples, prepared.rate, due / 1000) : false
      if (played) soundLog.startedAt.push(nowMs + due)
      else soundLog.blocked++
    }
  }
  return crossed
}

export function pausePlayback(): void {
  if (playback.crackDueWithin(Number.POSITIVE_INFINITY) !== null) {
    sound.cancelScheduled()
    if (soundQueued) soundLog.startedAt.pop()
    soundQueued = false
  }
  playback.pause()
  facetStore.getState().setPlayback({ playing: false, phase: playback.phase() })
}

/** What the always-loaded bridge exposes of this chunk. */
export const runtimeView = {
  playJoint,
  snapshot: (joint: FacetJointId | null) => ({
    simTimeMs: playback.time,
    onsetMs: playback.result?.onset ?? null,
    clockMinutes: playback.clock,
    refractory: playback.refractory(joint),
    soundsStarted: [...soundLog.startedAt],
    soundsBlocked: soundLog.blocked,
  }),
}
