import type { FacetJointId } from '../anatomy/ids'
import { stretchById } from '../content/stretches'
import { StretchPlayback } from '../physics/stretchPlayback'
import { facetStore } from './index'

/**
 * The stretch playing on the 3D spine, outside React: its keyframes are computed when it starts, and
 * the scene advances it every frame (see scene/StretchDriver.tsx).
 */
const cache = new Map<string, StretchPlayback>()
let active: StretchPlayback | null = null

export const activeStretch = (): StretchPlayback | null => active

/**
 * Prepares a stretch's motion without playing it (opening the card lists the joints it opens as far as
 * joints that cracked in Cramer 2012; never neck joints).
 */
export function prepareStretch(id: string): StretchPlayback | null {
  const card = stretchById(id)
  if (!card?.motion) return null
  let playback = cache.get(id)
  if (!playback) {
    playback = new StretchPlayback(card.motion)
    cache.set(id, playback)
  }
  return playback
}

/** Opens a card and plays it on the spine. Returns false for an unknown id or a card with no motion. */
export function playStretch(id: string): boolean {
  const card = stretchById(id)
  if (!card) return false
  const store = facetStore.getState()
  if (store.openStretchId !== id) store.openStretch(id)
  const playback = prepareStretch(id)
  if (!playback) return false
  active = playback
  playback.time = 0
  playback.play()
  facetStore.getState().setStretchPlaying(true)
  return true
}

export function stopStretch(): void {
  if (active) active.playing = false
  active = null
  facetStore.getState().setStretchPlaying(false)
}

/** What the automation API reports of the stretch. */
export function stretchSnapshot(): {
  id: string | null
  playing: boolean
  progress: number
  /** Opening of every facet joint at this moment, mm (+ opening, − closing). */
  gaps: Partial<Record<FacetJointId, number>>
  /** Joints outside the neck this stretch opens as far as joints that cracked in Cramer 2012 (a mean gap). */
  mightPop: FacetJointId[]
} {
  const id = facetStore.getState().openStretchId
  const playback = active
  if (!playback)
    return { id, playing: false, progress: 0, gaps: {}, mightPop: id ? (prepareStretch(id)?.mightPop ?? []) : [] }
  const frame = playback.current()
  return {
    id,
    playing: playback.playing,
    progress: playback.progress,
    gaps: Object.fromEntries(frame.opening),
    mightPop: [...playback.mightPop],
  }
}
