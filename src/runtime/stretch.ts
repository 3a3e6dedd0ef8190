import type { StoreApi } from 'zustand/vanilla'
import type { FacetJointId } from '../anatomy/ids'
import { stretchById } from '../content/stretches'
import { StretchPlayback } from '../physics/stretchPlayback'
import type { FacetState } from '../store'
import type { FrameClock } from './clock'

export interface StretchSnapshot {
  id: string | null
  playing: boolean
  progress: number
  /** Opening of every facet joint at this moment, mm (+ opening, − closing). */
  gaps: Partial<Record<FacetJointId, number>>
  /** Low-back joints this stretch opens as far as joints that cracked in Cramer 2012 (a mean gap). */
  mightPop: FacetJointId[]
}

/**
 * The stretch playing on the 3D spine: its keyframes are computed when it starts; the scene advances it
 * on the clock, which runs while the stretch plays.
 */
export interface StretchController {
  active(): StretchPlayback | null
  /** Prepares a stretch's motion without playing it (the card lists the joints it opens). */
  prepare(id: string): StretchPlayback | null
  /** Opens a card and plays it on the spine. False for an unknown id or a card with no motion. */
  play(id: string): boolean
  stop(): void
  snapshot(): StretchSnapshot
}

export function createStretchController(store: StoreApi<FacetState>, clock: FrameClock): StretchController {
  const cache = new Map<string, StretchPlayback>()
  let active: StretchPlayback | null = null
  let release = () => {}
  const prepare = (id: string): StretchPlayback | null => {
    const card = stretchById(id)
    if (!card?.motion) return null
    let playback = cache.get(id)
    if (!playback) {
      playback = new StretchPlayback(card.motion)
      cache.set(id, playback)
    }
    return playback
  }
  return {
    active: () => active,
    prepare,
    play(id) {
      const card = stretchById(id)
      if (!card) return false
      if (store.getState().openStretchId !== id) store.getState().openStretch(id)
      const playback = prepare(id)
      if (!playback) return false
      active = playback
      playback.time = 0
      playback.play()
      release()
      release = clock.hold()
      store.getState().setStretchPlaying(true)
      return true
    },
    stop() {
      if (active) active.playing = false
      active = null
      release()
      store.getState().setStretchPlaying(false)
    },
    snapshot() {
      const id = store.getState().openStretchId
      const playback = active
      if (!playback)
        return { id, playing: false, progress: 0, gaps: {}, mightPop: id ? (prepare(id)?.mightPop ?? []) : [] }
      return {
        id,
        playing: playback.playing,
        progress: playback.progress,
        gaps: Object.fromEntries(playback.current().opening),
        mightPop: [...playback.mightPop],
      }
    },
  }
}
