import type { StateCreator } from 'zustand/vanilla'
import type { BoneId } from '../anatomy/ids'
import type { PartId } from '../anatomy/parts'
import type { CompareView } from './compareSlice'
import type { FacetState } from './index'

/*
 * The view slice: labels, the explore or patient view, and requests to the camera rig (a toolbar view, framing
 * the selection again, a stretch of the spine). The rig reads them; nothing here moves the camera itself.
 */

export type ViewPreset = 'home' | 'front' | 'back' | 'left' | 'right'
/** What a toolbar view does while bones are compared: the row turned to the nearest of its own views. */
const COMPARE_VIEW_OF_PRESET: Readonly<Record<ViewPreset, CompareView>> = {
  home: 'front',
  front: 'front',
  back: 'back',
  left: 'side',
  right: 'side',
}

export type ViewMode = 'explore' | 'patient'
export const VIEW_MODES: readonly ViewMode[] = ['explore', 'patient']

export interface ViewSlice {
  labels: boolean
  setLabels: (on: boolean) => void
  viewMode: ViewMode
  /** Patient view also words every panel plainly (no detailed texts) and ends a running self-test. */
  setViewMode: (mode: ViewMode) => void
  /** A request for the camera rig; the nonce makes a repeated request count. */
  viewRequest: { preset: ViewPreset; nonce: number }
  requestView: (preset: ViewPreset) => void
  /** Counts requests to frame the selection again (choosing it again in the list): the camera rig watches it. */
  frameRequest: number
  requestFrame: () => void
  /**
   * A request to frame a stretch of the spine, from its first bone to its last, from the home view's side (a
   * self-test's question about the neck's roots opens on the neck), or from the side of a part of one of its
   * bones (`facing`: a question about a part); the nonce makes a repeat count.
   */
  regionRequest: { from: BoneId; to: BoneId; facing: PartId | null; nonce: number } | null
  requestRegion: (from: BoneId, to: BoneId, facing?: PartId) => void
}

export const createViewSlice: StateCreator<FacetState, [], [], ViewSlice> = (set) => ({
  labels: true,
  setLabels: (labels) => set({ labels }),
  viewMode: 'explore',
  setViewMode: (viewMode) =>
    set((s) =>
      viewMode === 'patient'
        ? { viewMode, moreDetail: false, ...(s.quiz ? { quiz: null, labels: s.labelsBeforeQuiz } : {}) }
        : { viewMode },
    ),
  viewRequest: { preset: 'home', nonce: 0 },
  // while bones are compared (or one is seen alone) the spine is out of sight: the toolbar's views turn the row
  // instead (a view of the whole spine left the row far below the view's edge)
  requestView: (preset) =>
    set((s) =>
      s.compareLevels
        ? { compareView: { view: COMPARE_VIEW_OF_PRESET[preset], nonce: (s.compareView?.nonce ?? 0) + 1 } }
        : { viewRequest: { preset, nonce: s.viewRequest.nonce + 1 } },
    ),
  frameRequest: 0,
  requestFrame: () => set((s) => ({ frameRequest: s.frameRequest + 1 })),
  regionRequest: null,
  requestRegion: (from, to, facing) =>
    set((s) => ({ regionRequest: { from, to, facing: facing ?? null, nonce: (s.regionRequest?.nonce ?? 0) + 1 } })),
})
