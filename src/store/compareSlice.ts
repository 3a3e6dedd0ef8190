import type { StateCreator } from 'zustand/vanilla'
import type { AnyStructureId } from '../anatomy/ids'
import { BONE_IDS, type BoneId } from '../anatomy/ids'
import type { PartId } from '../anatomy/parts'
import type { FacetState } from './index'

/** How many bones compare side by side: at least two, at most three (they must fit a tablet's width). */
export const COMPARE_MIN = 2
export const COMPARE_MAX = 3
/**
 * One bone in the compare view is a bone seen alone, turned at will with its dimensions beneath (the
 * panel's "See it alone"): a student learns a vertebra's parts and facets from above, where in the column the
 * bone above covers them. The automation API's `compare` keeps to two or three.
 */
export const COMPARE_MIN_ALONE = 1

/** The ways the compare view's buttons turn the row to: each lined up with the bones' midline. */
export type CompareView = 'above' | 'below' | 'front' | 'back' | 'side'
export const COMPARE_VIEWS: readonly CompareView[] = ['above', 'below', 'front', 'back', 'side']

export interface CompareSlice {
  /** The bones compared side by side (in the order asked), or null when the spine is shown. */
  compareLevels: readonly BoneId[] | null
  /** What comparing put aside, given back when it ends: the selection, its part and the labels. */
  compareBefore: { selected: AnyStructureId | null; selectedPart: PartId | null; labels: boolean } | null
  /** Whether the compare panel's table is folded away: the row of bones then takes the whole view. */
  compareTableFolded: boolean
  /**
   * Which compared bone the info panel reads about while comparing (the first, at the start), or null when the
   * reader closed it: the bone's own words beside the bone turned alone, where the panel used to empty.
   */
  compareReading: BoneId | null
  /**
   * The last view a button asked for while comparing (a new object each time, so asking again turns the row
   * back after a drag), or null for the usual view from the front, side and above.
   */
  compareView: { readonly view: CompareView; readonly nonce: number } | null
  /**
   * The comparison a choice in the panel (a joint, a part) just ended, to offer the way back to it: its bones
   * and the one the panel read about. Null once the way back is taken or the student moves on.
   */
  compareLeft: { readonly levels: readonly BoneId[]; readonly reading: BoneId | null } | null
  /** Whether the flashcards panel is open. */
  flashcardsOpen: boolean
  /**
   * A part the flashcards light up on the model for the student to name ('spot it' cards), and whether its name
   * may show yet (pointing at it names only its bone until the card is turned).
   */
  spotted: { readonly part: PartId; readonly named: boolean } | null
  setSpotted: (spotted: { readonly part: PartId; readonly named: boolean } | null) => void
  /**
   * Compares two or three bones, or shows one alone, the panel reading about `reading` when it is one of them
   * (else the first); false (and nothing changes) for anything else. See `parseCompareIds`.
   */
  startCompare: (ids: readonly string[], reading?: BoneId | null) => boolean
  /** Back to the spine as it was before comparing (selection, part, labels); the camera rig restores its pose. */
  endCompare: () => void
  setFlashcardsOpen: (open: boolean) => void
  setCompareTableFolded: (folded: boolean) => void
  /** Which compared bone the panel reads about; ignored for a bone not in the row. */
  setCompareReading: (bone: BoneId | null) => void
  /** Remembers the comparison just left (see `compareLeft`), or forgets it (null). */
  setCompareLeft: (left: CompareSlice['compareLeft']) => void
  /** Turns the compared row to be seen from above, below, the front or the side; ignored when not comparing. */
  requestCompareView: (view: CompareView) => void
}

/**
 * The bones a list of ids names, when it is a valid comparison: `min` (two, or one for a bone seen alone) to
 * three different bones (vertebrae, the sacrum or the coccyx), spelled as the ids are. Null for anything else.
 */
export function parseCompareIds(ids: readonly unknown[], min: number = COMPARE_MIN): BoneId[] | null {
  if (ids.length < min || ids.length > COMPARE_MAX) return null
  const bones: BoneId[] = []
  for (const id of ids) {
    if (typeof id !== 'string' || !(BONE_IDS as readonly string[]).includes(id)) return null
    if (bones.includes(id as BoneId)) return null
    bones.push(id as BoneId)
  }
  return bones
}

export const createCompareSlice: StateCreator<FacetState, [], [], CompareSlice> = (set) => ({
  compareLevels: null,
  compareBefore: null,
  compareTableFolded: false,
  compareReading: null,
  compareView: null,
  compareLeft: null,
  flashcardsOpen: false,
  spotted: null,
  setSpotted: (spotted) => set({ spotted }),
  startCompare: (ids, reading) => {
    const bones = parseCompareIds(ids, COMPARE_MIN_ALONE)
    if (!bones) return false
    // the rows of bones take the 3D view: the close-up, a stretch and the self-test make way, and the
    // selection and labels (which point into the hidden spine) wait until comparing ends
    set((s) => ({
      compareLevels: bones,
      compareReading: reading && bones.includes(reading) ? reading : (bones[0] ?? null),
      compareView: null,
      compareLeft: null,
      compareBefore: s.compareBefore ?? {
        selected: s.selected,
        selectedPart: s.selectedPart,
        // a self-test hides the labels while it runs: what comes back is what the student had before it
        labels: s.quiz ? s.labelsBeforeQuiz : s.labels,
      },
      selected: null,
      selectedPart: null,
      hovered: null,
      hoveredPart: null,
      labels: false,
      closeUpJoint: null,
      closeUpArrived: null,
      closeUpShown: null,
      playing: false,
      openStretchId: null,
      stretchPlaying: false,
      quiz: null,
    }))
    return true
  },
  endCompare: () =>
    set((s) =>
      s.compareLevels === null
        ? {}
        : {
            compareLevels: null,
            compareBefore: null,
            compareReading: null,
            compareView: null,
            ...(s.compareBefore ?? {}),
          },
    ),
  setCompareTableFolded: (compareTableFolded) => set({ compareTableFolded }),
  setCompareReading: (bone) =>
    set((s) => (bone === null || s.compareLevels?.includes(bone) ? { compareReading: bone } : {})),
  setCompareLeft: (compareLeft) => set({ compareLeft }),
  requestCompareView: (view) =>
    set((s) => (s.compareLevels ? { compareView: { view, nonce: (s.compareView?.nonce ?? 0) + 1 } } : {})),
  // the flashcards and the self-test share the corner of the 3D view: opening the cards ends a running test
  setFlashcardsOpen: (flashcardsOpen) =>
    set((s) =>
      flashcardsOpen && s.quiz
        ? { flashcardsOpen, quiz: null, labels: s.labelsBeforeQuiz }
        : { flashcardsOpen, ...(flashcardsOpen ? {} : { spotted: null }) },
    ),
})
