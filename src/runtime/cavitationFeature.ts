import type { StoreApi } from 'zustand/vanilla'
import type { FacetJointId } from '../anatomy/ids'
import { crackSamples } from '../audio/crackSound'
import { loadAudioSettings, SoundEngine, saveAudioSettings } from '../audio/engine'
import { facetArea } from '../physics/joint'
import { CavitationPlayback, type PlaybackSpeed } from '../physics/playback'
import type { FacetState } from '../store'
import { createSettingsStorage } from '../store/settingsStorage'
import type { CavitationSnapshot } from './cavitation'
import type { FrameClock } from './clock'

/**
 * The close-up's fast-changing state and its side effects, outside React's render path: the playback
 * (advanced by the frame driver), the sound engine, and the crack sound prepared ahead of time so
 * nothing is synthesised on the frame of the crack. Created by the runtime when its chunk arrives.
 */
export interface CavitationFeature {
  readonly playback: CavitationPlayback
  loadJoint(joint: FacetJointId): void
  /** Starts the pull. Called from a user gesture, so the sound may be unlocked here. */
  playJoint(joint: FacetJointId): void
  /** Unlocks the sound in a user gesture, for a pull that starts a moment later. */
  unlockSound(): void
  pause(): void
  setSpeed(speed: PlaybackSpeed): void
  /**
   * Advances the playback to `nowMs` (one frame; the clock calls it while the joint plays). The sound
   * starts on the frame of the crack; when the crack falls between this frame and the next, it is
   * scheduled on the audio clock for the exact moment. Returns true on the frame the crack is reached.
   */
  step(nowMs: number, frameMs?: number): boolean
  /** performance.now() of the frame the last crack was reached (the close-up flashes after it). */
  crackedAt(): number
  /** Redraws the close-up and plots once after a change made while paused (a scrub, a skip). */
  redraw(): void
  snapshot(joint: FacetJointId | null): CavitationSnapshot
  dispose(): void
}

export interface CavitationEnvironment {
  store: StoreApi<FacetState>
  /** Where settings are kept; undefined (or throwing) falls back to memory. */
  storage: () => Storage | undefined
  clock: FrameClock
  /** Wall-clock time in ms (performance.now() in the app; tests pass their own). */
  now?: () => number
}

export function createCavitationFeature({
  store,
  storage: getStorage,
  clock,
  now = () => performance.now(),
}: CavitationEnvironment): CavitationFeature {
  const playback = new CavitationPlayback((joint) => facetArea(joint as FacetJointId), now)
  // by message id, so the note is put into words in the language the page is shown in
  const storage = createSettingsStorage(getStorage, () =>
    store.getState().notify({ id: 'closeUp.soundNotSaved', values: {} }),
  )
  const saved = loadAudioSettings(storage)
  const sound = new SoundEngine(saved.settings)
  store.getState().setAudio(saved.settings)
  if (saved.corrupt) {
    store.getState().notify({ id: 'closeUp.soundReset', values: {} }, 'warning')
    // the defaults in its place: left there, the unreadable value brought the note back on every visit
    saveAudioSettings(storage, saved.settings)
  }
  const unsubscribe = store.subscribe((s, p) => {
    if (s.audio !== p.audio) {
      sound.setSettings(s.audio)
      saveAudioSettings(storage, s.audio)
    }
  })

  let prepared: { samples: Float32Array; rate: number } | null = null
  const prepare = () => {
    const result = playback.result
    prepared = result ? { samples: crackSamples(result, playback.speed), rate: result.audioRate } : null
  }
  /** When each crack sound was started (performance.now()), for tests and the benchmark. */
  const startedAt: number[] = []
  /** When each pull started (performance.now()), so the sound's lateness is measured from its due moment. */
  const pullsStartedAt: number[] = []
  let blocked = 0
  let soundQueued = false
  let crackedAt = Number.NEGATIVE_INFINITY
  let release = () => {}
  /** The store hears of phase changes from the model here, never from render code. */
  const syncStore = () => {
    const state = store.getState()
    const phase = playback.phase()
    if (state.phase !== phase || state.playing !== playback.playing)
      state.setPlayback({ phase, playing: playback.playing })
  }

  /**
   * Puts the crack's sound on the audio clock for the moment the model says it comes, as the pull starts
   * (or its speed changes): the audio clock keeps time however long the frames take, and on a software
   * renderer the first frames of the opened joint can take a few hundred milliseconds. If the audio is
   * not running yet, the frames try again as the crack comes near (below).
   */
  const queueCrack = (dueMs: number, nowMs: number): boolean => {
    const played = prepared !== null && sound.play(prepared.samples, prepared.rate, dueMs / 1000)
    if (played) startedAt.push(nowMs + dueMs)
    return played
  }
  const scheduleCrack = (nowMs: number) => {
    const due = playback.crackDueWithin(Number.POSITIVE_INFINITY)
    if (due !== null && !soundQueued) soundQueued = queueCrack(due, nowMs)
  }
  const cancelCrack = () => {
    if (playback.crackDueWithin(Number.POSITIVE_INFINITY) === null || !soundQueued) return
    sound.cancelScheduled()
    startedAt.pop()
    soundQueued = false
  }

  const step = (nowMs: number, frameMs = 17): boolean => {
    const crossed = playback.advanceTo(nowMs)
    if (crossed) crackedAt = nowMs
    if (!soundQueued) {
      const due = crossed ? 0 : playback.crackDueWithin(frameMs * 1.5)
      if (due !== null) {
        // this frame's try is the last: a sound that cannot play now is counted as blocked
        if (!queueCrack(due, nowMs)) blocked++
        soundQueued = true
      }
    }
    return crossed
  }
  // the feature listens first, so the close-up and the plots drawn on the same frame see this frame's state
  // Runs from play until the run has ended and the crack's moment on screen is over (the "pop" phase
  // outlasts the pull by a fixed wall-clock time); then the clock is let go.
  let running = false
  const stopListening = clock.onFrame((now, delta) => {
    if (!running) return
    step(now, delta * 1000)
    syncStore()
    if (!playback.playing && playback.phase() !== 'cavitation') {
      running = false
      release()
    }
  })

  const loadJoint = (joint: FacetJointId) => {
    playback.load(joint)
    prepare()
    store.getState().setPlayback({ phase: playback.phase(), playing: false })
  }

  return {
    playback,
    loadJoint,
    playJoint(joint) {
      sound.unlock()
      const state = store.getState()
      if (state.closeUpJoint !== joint) state.openCloseUp(joint)
      if (!playback.result || playback.time >= playback.result.duration || state.closeUpJoint !== joint)
        loadJoint(joint)
      soundQueued = false
      pullsStartedAt.push(now())
      playback.play(now())
      scheduleCrack(now())
      store.getState().setPlayback({ playing: true, phase: playback.phase() })
      release()
      release = clock.hold()
      running = true
    },
    unlockSound: () => sound.unlock(),
    pause() {
      cancelCrack()
      playback.pause()
      store.getState().setPlayback({ playing: false, phase: playback.phase() })
      running = false
      release()
      clock.requestFrame()
    },
    setSpeed(speed) {
      // a crack still to come is heard at the new speed, at its new moment
      cancelCrack()
      playback.setSpeed(speed, now())
      store.getState().setSpeed(speed)
      prepare()
      scheduleCrack(now())
    },
    step,
    crackedAt: () => crackedAt,
    redraw: () => clock.requestFrame(),
    snapshot: (joint) => ({
      simTimeMs: playback.time,
      onsetMs: playback.result?.onset ?? null,
      clockMinutes: playback.clock,
      refractory: playback.refractory(joint),
      soundsStarted: [...startedAt],
      pullsStarted: [...pullsStartedAt],
      soundsBlocked: blocked,
    }),
    dispose() {
      unsubscribe()
      stopListening()
      release()
    },
  }
}
