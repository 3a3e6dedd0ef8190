import { createStore, type StateCreator } from 'zustand/vanilla'
import {
  type FacetJointId,
  GROUPS,
  type Group,
  layerOf,
  parseStructureId,
  REGIONS,
  type Region,
  regionOf,
  type StructureId,
} from '../anatomy/ids'
import { type PartId, parsePartId } from '../anatomy/parts'
import type { SourceKey } from '../anatomy/sources'
import { type AudioSettings, DEFAULT_AUDIO } from '../audio/engine'
import type { CavitationPhase, PlaybackSpeed } from '../physics/playback'

export type GroupState = 'shown' | 'ghosted' | 'hidden'
export type ViewPreset = 'home' | 'front' | 'back' | 'left' | 'right'

export interface SelectionSlice {
  /** The selected structure; a bone when one of its parts is selected. */
  selected: StructureId | null
  /** The selected named part of the selected bone (`L4/pedicle:left`), if any. */
  selectedPart: PartId | null
  hovered: StructureId | null
  /** The named part under the pointer, on the hovered bone. */
  hoveredPart: PartId | null
  /**
   * Selects a structure as a whole, or a part of a bone (its bone becomes `selected`); null clears both. A
   * part id the bones do not have changes nothing.
   */
  select: (id: StructureId | PartId | null) => void
  /** The structure under the pointer, and the part of it when it is a bone and the pointer names one. */
  hover: (id: StructureId | null, part?: PartId | null) => void
}

export interface VisibilitySlice {
  groups: Record<Group, GroupState>
  setGroup: (group: Group, state: GroupState) => void
  /** Shows one region alone (layers keep their state); isolating a layer shows every region. */
  isolate: (group: Group) => void
  showAll: () => void
}

export interface ViewSlice {
  labels: boolean
  setLabels: (on: boolean) => void
  /** A request for the camera rig; the nonce makes a repeated request count. */
  viewRequest: { preset: ViewPreset; nonce: number }
  requestView: (preset: ViewPreset) => void
}

export interface Message {
  id: number
  text: string
  tone: 'info' | 'warning'
}
export interface MessageSlice {
  messages: Message[]
  notify: (text: string, tone?: Message['tone']) => void
  dismiss: (id: number) => void
}

export interface CavitationSlice {
  /** The joint shown in the cavitation close-up, if open. */
  closeUpJoint: FacetJointId | null
  /**
   * The opened joint is in place in the 3D view: the camera has arrived at it (`arrived`) and its
   * tissues are drawn (`shown`). A first pull waits for both, so the crack is seen and heard together.
   */
  closeUpArrived: FacetJointId | null
  closeUpShown: FacetJointId | null
  phase: CavitationPhase
  playing: boolean
  speed: PlaybackSpeed
  audio: AudioSettings
  moreDetail: boolean
  compare: boolean
  redFlagsOpen: boolean
  openCloseUp: (joint: FacetJointId) => void
  closeCloseUp: () => void
  setCloseUpInPlace: (part: 'arrived' | 'shown', joint: FacetJointId) => void
  setPlayback: (p: { phase?: CavitationPhase; playing?: boolean }) => void
  setSpeed: (speed: PlaybackSpeed) => void
  setAudio: (audio: AudioSettings) => void
  setMoreDetail: (on: boolean) => void
  setCompare: (on: boolean) => void
  setRedFlagsOpen: (open: boolean) => void
}

export interface LearnSlice {
  /** The stretch card open in the panel, if any. */
  openStretchId: string | null
  stretchPlaying: boolean
  /** The reading panels: why backs crack, and the sources list. */
  panel: 'none' | 'learn' | 'sources'
  /** The source a citation asked the Sources list to show (focused once when it opens). */
  sourceFocus: SourceKey | null
  openStretch: (id: string | null) => void
  setStretchPlaying: (playing: boolean) => void
  /** Opens a reading panel; the Sources list can be opened at one source. */
  setPanel: (panel: LearnSlice['panel'], sourceFocus?: SourceKey | null) => void
}

export interface QuizSlice {
  /** The running self-test, if any: its seed (questions come from it), position, score and last answer. */
  quiz: {
    seed: number
    index: number
    score: number
    answered: null | { right: boolean; answer: StructureId | PartId }
  } | null
  /** Labels were on before the quiz (they are hidden while it runs). */
  labelsBeforeQuiz: boolean
  startQuiz: (seed: number) => void
  answerQuiz: (answer: StructureId | PartId, right: boolean) => void
  nextQuestion: () => void
  endQuiz: () => void
}

export type FacetState = SelectionSlice &
  VisibilitySlice &
  ViewSlice &
  MessageSlice &
  CavitationSlice &
  LearnSlice &
  QuizSlice

const allShown = (): Record<Group, GroupState> =>
  Object.fromEntries(GROUPS.map((g) => [g, 'shown'])) as Record<Group, GroupState>

/** Nothing selected: the structure and its part go together. */
const NO_SELECTION = { selected: null, selectedPart: null } as const

/** The selection a structure or part id makes, or null for a part no bone has. */
export function selectionOf(id: StructureId | PartId | null): Pick<SelectionSlice, 'selected' | 'selectedPart'> | null {
  if (id === null) return NO_SELECTION
  if (!id.includes('/')) return { selected: id as StructureId, selectedPart: null }
  const part = parsePartId(id)
  return part ? { selected: part.bone, selectedPart: part.id } : null
}

export const createSelectionSlice: StateCreator<FacetState, [], [], SelectionSlice> = (set) => ({
  selected: null,
  selectedPart: null,
  hovered: null,
  hoveredPart: null,
  select: (id) => {
    const selection = selectionOf(id)
    if (selection) set(selection)
  },
  hover: (hovered, part = null) => set({ hovered, hoveredPart: hovered === null ? null : part }),
})

export const createVisibilitySlice: StateCreator<FacetState, [], [], VisibilitySlice> = (set) => ({
  groups: allShown(),
  setGroup: (group, state) => set((s) => ({ groups: { ...s.groups, [group]: state } })),
  isolate: (group) =>
    set((s) => {
      const groups = { ...s.groups }
      const isRegion = (REGIONS as readonly string[]).includes(group)
      for (const r of REGIONS) groups[r] = isRegion ? (r === group ? 'shown' : 'hidden') : 'shown'
      groups[group] = 'shown'
      return { groups }
    }),
  showAll: () => set({ groups: allShown() }),
})

export const createViewSlice: StateCreator<FacetState, [], [], ViewSlice> = (set) => ({
  labels: true,
  setLabels: (labels) => set({ labels }),
  viewRequest: { preset: 'home', nonce: 0 },
  requestView: (preset) => set((s) => ({ viewRequest: { preset, nonce: s.viewRequest.nonce + 1 } })),
})

export const createMessageSlice: StateCreator<FacetState, [], [], MessageSlice> = (set) => {
  let nextMessageId = 1
  return {
    messages: [],
    notify: (text, tone = 'info') => set((s) => ({ messages: [...s.messages, { id: nextMessageId++, text, tone }] })),
    dismiss: (id) => set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })),
  }
}

export const createCavitationSlice: StateCreator<FacetState, [], [], CavitationSlice> = (set) => ({
  closeUpJoint: null,
  closeUpArrived: null,
  closeUpShown: null,
  phase: 'ready',
  playing: false,
  speed: 1,
  audio: DEFAULT_AUDIO,
  moreDetail: false,
  compare: false,
  redFlagsOpen: false,
  openCloseUp: (closeUpJoint) =>
    set((s) =>
      s.closeUpJoint === closeUpJoint
        ? { phase: 'ready', playing: false }
        : { closeUpJoint, closeUpArrived: null, closeUpShown: null, phase: 'ready', playing: false },
    ),
  closeCloseUp: () => set({ closeUpJoint: null, closeUpArrived: null, closeUpShown: null, playing: false }),
  setCloseUpInPlace: (part, joint) =>
    set((s) =>
      s.closeUpJoint !== joint ? {} : part === 'arrived' ? { closeUpArrived: joint } : { closeUpShown: joint },
    ),
  setPlayback: (p) => set(p),
  setSpeed: (speed) => set({ speed }),
  setAudio: (audio) => set({ audio }),
  setMoreDetail: (moreDetail) => set({ moreDetail }),
  setCompare: (compare) => set({ compare }),
  setRedFlagsOpen: (redFlagsOpen) => set({ redFlagsOpen }),
})

export const createLearnSlice: StateCreator<FacetState, [], [], LearnSlice> = (set) => ({
  openStretchId: null,
  stretchPlaying: false,
  panel: 'none',
  sourceFocus: null,
  // a stretch card takes the panel column and moves the spine: the crack close-up makes way, as if closed
  openStretch: (openStretchId) =>
    set(
      openStretchId === null
        ? { openStretchId, stretchPlaying: false }
        : {
            openStretchId,
            stretchPlaying: false,
            closeUpJoint: null,
            closeUpArrived: null,
            closeUpShown: null,
            playing: false,
          },
    ),
  setStretchPlaying: (stretchPlaying) => set({ stretchPlaying }),
  setPanel: (panel, sourceFocus = null) => set({ panel, sourceFocus }),
})

export const createQuizSlice: StateCreator<FacetState, [], [], QuizSlice> = (set) => ({
  quiz: null,
  labelsBeforeQuiz: true,
  startQuiz: (seed) =>
    set((s) => ({
      quiz: { seed, index: 0, score: 0, answered: null },
      labelsBeforeQuiz: s.labels,
      labels: false,
      ...NO_SELECTION,
    })),
  answerQuiz: (answer, right) =>
    set((s) =>
      s.quiz && !s.quiz.answered
        ? { quiz: { ...s.quiz, score: s.quiz.score + (right ? 1 : 0), answered: { right, answer } } }
        : {},
    ),
  nextQuestion: () =>
    set((s) => (s.quiz ? { quiz: { ...s.quiz, index: s.quiz.index + 1, answered: null }, ...NO_SELECTION } : {})),
  endQuiz: () => set((s) => ({ quiz: null, labels: s.labelsBeforeQuiz })),
})

/** A fresh store; the app uses one, tests make their own. */
export const createFacetStore = () =>
  createStore<FacetState>()((...a) => ({
    ...createSelectionSlice(...a),
    ...createVisibilitySlice(...a),
    ...createViewSlice(...a),
    ...createMessageSlice(...a),
    ...createCavitationSlice(...a),
    ...createLearnSlice(...a),
    ...createQuizSlice(...a),
  }))

export type FacetStore = ReturnType<typeof createFacetStore>

/** How a structure is drawn given the state of its region and its layer: hidden wins over ghosted. */
export function structureDisplay(groups: Record<Group, GroupState>, id: StructureId): GroupState {
  const parsed = parseStructureId(id)
  if (!parsed) return 'hidden'
  const region: Region = regionOf(parsed)
  const layer = layerOf(parsed)
  const states = [groups[region], layer ? groups[layer] : 'shown']
  if (states.includes('hidden')) return 'hidden'
  if (states.includes('ghosted')) return 'ghosted'
  return 'shown'
}

/** How near (mm) to the selection other structures are drawn at full detail in a close-up. */
export const CLOSE_UP_RADIUS = 80
