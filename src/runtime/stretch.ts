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
  /** The person doing the stretch: which card it shows and whether the user hid it. */
  figure(): FigureState
  /** Hides or shows the person, for every card from now on (kept for the visit, not stored). */
  setFigureHidden(hidden: boolean): void
  /** Listens to changes of `figure()`; returns the function that stops listening. */
  onFigure(listener: () => void): () => void
}

export interface FigureState {
  /** The user hid the person (it stays hidden for the next cards). */
  readonly hidden: boolean
  /** The card whose person shows: the open card once it has played, while it stays open. */
  readonly cardId: string | null
}

export function createStretchController(store: StoreApi<FacetState>, clock: FrameClock): StretchController {
  const cache = new Map<string, StretchPlayback>()
  let active: StretchPlayback | null = null
  let release = () => {}
  // the person appears when a card plays and stays, at the end of the movement, until the card closes
  let figureHidden = false
  let playedId: string | null = null
  let figureState: FigureState = { hidden: false, cardId: null }
  const figureListeners = new Set<() => void>()
  let storeRelease = () => {}
  const updateFigure = () => {
    const open = store.getState().openStretchId
    if (playedId !== open) playedId = null
    const cardId = figureHidden ? null : playedId
    if (figureState.hidden === figureHidden && figureState.cardId === cardId) return
    figureState = { hidden: figureHidden, cardId }
    for (const listener of figureListeners) listener()
  }
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
      playedId = id
      playback.time = 0
      playback.play()
      release()
      release = clock.hold()
      store.getState().setStretchPlaying(true)
      updateFigure()
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
    figure: () => {
      // a card closed or changed since (the store may change without this controller) ends its person
      if (figureListeners.size === 0) updateFigure()
      return figureState
    },
    setFigureHidden(hidden) {
      figureHidden = hidden
      updateFigure()
    },
    onFigure(listener) {
      figureListeners.add(listener)
      // the first listener follows the open card in the store; the last one lets go
      const unsubscribe = figureListeners.size === 1 ? store.subscribe(updateFigure) : null
      if (unsubscribe) storeRelease = unsubscribe
      return () => {
        figureListeners.delete(listener)
        if (figureListeners.size === 0) {
          storeRelease()
          storeRelease = () => {}
        }
      }
    },
  }
}
