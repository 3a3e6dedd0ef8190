import { createStore, type StateCreator } from 'zustand/vanilla'
import { type AnyStructureId, type FacetJointId, GROUPS, type Group, LAYERS, REGIONS } from '../anatomy/ids'
import { type PartId, parsePartId } from '../anatomy/parts'
import type { SourceKey } from '../anatomy/sources'
import { type AudioSettings, DEFAULT_AUDIO } from '../audio/engine'
import type { MessageRef } from '../i18n/linkProblems'
import type { CavitationPhase, PlaybackSpeed } from '../physics/playback'
import { type CompareSlice, createCompareSlice } from './compareSlice'
import { type ConditionSlice, createConditionSlice } from './conditionSlice'
import { createLangSlice, type LangSlice } from './langSlice'
import { cleanPinText, PINS_MAX, type Pin, parsePinTarget, pinTextProblem } from './pins'
import { createViewSlice, type ViewSlice } from './viewSlice'

export { VIEW_MODES, type ViewMode, type ViewPreset, type ViewSlice } from './viewSlice'

export type GroupState = 'shown' | 'ghosted' | 'hidden'
/** A named set of layer states: 'xray' ghosts the bones so the cord and roots show through; 'normal' undoes it. */
export type LayerPreset = 'xray' | 'normal'
export const LAYER_PRESETS: readonly LayerPreset[] = ['xray', 'normal']

export interface SelectionSlice {
  /** The selected structure (of either family); a bone when one of its parts is selected. */
  selected: AnyStructureId | null
  /** The selected named part of the selected bone (`L4/pedicle:left`), if any. */
  selectedPart: PartId | null
  hovered: AnyStructureId | null
  /** The named part under the pointer, on the hovered bone. */
  hoveredPart: PartId | null
  /**
   * Selects a structure as a whole, or a part of a bone (its bone becomes `selected`); null clears both. A
   * part id the bones do not have changes nothing.
   */
  select: (id: AnyStructureId | PartId | null) => void
  /** The structure under the pointer, and the part of it when it is a bone and the pointer names one. */
  hover: (id: AnyStructureId | null, part?: PartId | null) => void
}

export interface VisibilitySlice {
  groups: Record<Group, GroupState>
  /** The layer states x-ray replaced, while it is on (null when off): pressing it again puts them back. */
  beforeXray: Record<Group, GroupState> | null
  setGroup: (group: Group, state: GroupState) => void
  /**
   * Shows one region alone (the layers keep their state), or one layer alone (the other layers hidden,
   * every region shown).
   */
  isolate: (group: Group) => void
  /** Back to the start: every region shown, the nerves and the ligaments hidden, x-ray off. */
  showAll: () => void
  /** X-ray ghosts the bones and shows the cord and nerve roots; 'normal' puts the layers back as they were. */
  setPreset: (preset: LayerPreset) => void
}

/**
 * 'explore' is the whole app; 'patient' is the page turned toward a patient: the spine large, plain words
 * in large type, big targets, the study tools (the list, dimensions, hover names, quiz) put away.
 */
export interface PinsSlice {
  /** Notes on structures or parts, in the order pinned; kept in the link only (see store/pins.ts). */
  pins: readonly Pin[]
  /**
   * Pins a note (cleaned: see `cleanPinText`) on a structure or a bone's part, replacing the note it had.
   * Returns why it could not (an unknown place, an empty or too long note, too many pins), or null when pinned.
   */
  addPin: (target: string, text: string) => 'unknown-target' | 'empty' | 'too-long' | 'too-many' | null
  /** Removes the note on a target; false when it had none. */
  removePin: (target: string) => boolean
  clearPins: () => void
}

export interface Message {
  id: number
  /** The words, or a message id and values put into words where it is shown (in the language then on). */
  text: string | MessageRef
  tone: 'info' | 'warning'
}
export interface MessageSlice {
  messages: Message[]
  notify: (text: string | MessageRef, tone?: Message['tone']) => void
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
    answered: null | { right: boolean; answer: AnyStructureId | PartId }
  } | null
  /** Labels were on before the quiz (they are hidden while it runs). */
  labelsBeforeQuiz: boolean
  startQuiz: (seed: number) => void
  answerQuiz: (answer: AnyStructureId | PartId, right: boolean) => void
  nextQuestion: () => void
  endQuiz: () => void
}

export type FacetState = SelectionSlice &
  VisibilitySlice &
  ViewSlice &
  MessageSlice &
  CavitationSlice &
  LearnSlice &
  QuizSlice &
  LangSlice &
  CompareSlice &
  ConditionSlice &
  PinsSlice

/**
 * The layers at start: the nerves and the ligaments are hidden (the home view and its first frame are the
 * bones, discs and joints alone); everything else is shown.
 */
export const DEFAULT_GROUP_STATES: Readonly<Record<Group, GroupState>> = Object.fromEntries(
  GROUPS.map((g) => [g, g === 'nerves' || g === 'ligaments' ? 'hidden' : 'shown']),
) as Record<Group, GroupState>
export const defaultGroups = (): Record<Group, GroupState> => ({ ...DEFAULT_GROUP_STATES })

/** Nothing selected: the structure and its part go together. */
const NO_SELECTION = { selected: null, selectedPart: null } as const

/** The selection a structure or part id makes, or null for a part no bone has. */
export function selectionOf(
  id: AnyStructureId | PartId | null,
): Pick<SelectionSlice, 'selected' | 'selectedPart'> | null {
  if (id === null) return NO_SELECTION
  if (!id.includes('/')) return { selected: id as AnyStructureId, selectedPart: null }
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
  groups: defaultGroups(),
  beforeXray: null,
  // a change made by hand while x-ray is on is kept: x-ray is then simply off, with nothing to put back
  setGroup: (group, state) => set((s) => ({ groups: { ...s.groups, [group]: state }, beforeXray: null })),
  isolate: (group) =>
    set((s) => {
      const groups = { ...s.groups }
      if ((REGIONS as readonly string[]).includes(group)) for (const r of REGIONS) groups[r] = 'hidden'
      else {
        for (const r of REGIONS) groups[r] = 'shown'
        for (const l of LAYERS) groups[l] = 'hidden'
      }
      groups[group] = 'shown'
      return { groups, beforeXray: null }
    }),
  showAll: () => set({ groups: defaultGroups(), beforeXray: null }),
  setPreset: (preset) =>
    set((s) => {
      if (preset === 'normal') return s.beforeXray ? { groups: s.beforeXray, beforeXray: null } : {}
      if (s.beforeXray) return {}
      return { groups: { ...s.groups, bones: 'ghosted', nerves: 'shown' }, beforeXray: s.groups }
    }),
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
  // patient view keeps to the plain words, whichever switch is pressed
  setMoreDetail: (moreDetail) => set((s) => (s.viewMode === 'patient' ? {} : { moreDetail })),
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

export const createPinsSlice: StateCreator<FacetState, [], [], PinsSlice> = (set, get) => ({
  pins: [],
  addPin: (id, raw) => {
    const target = parsePinTarget(id)
    if (!target) return 'unknown-target'
    const text = cleanPinText(raw)
    const problem = pinTextProblem(text)
    if (problem) return problem
    const pins = get().pins
    const at = pins.findIndex((p) => p.target === target)
    if (at < 0 && pins.length >= PINS_MAX) return 'too-many'
    set({ pins: at < 0 ? [...pins, { target, text }] : pins.map((p, i) => (i === at ? { target, text } : p)) })
    return null
  },
  removePin: (target) => {
    const pins = get().pins
    if (!pins.some((p) => p.target === target)) return false
    set({ pins: pins.filter((p) => p.target !== target) })
    return true
  },
  clearPins: () => set({ pins: [] }),
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
    ...createLangSlice(...a),
    ...createCompareSlice(...a),
    ...createConditionSlice(...a),
    ...createPinsSlice(...a),
  }))

export type FacetStore = ReturnType<typeof createFacetStore>

/** How a structure is drawn (its regions, its layer; a nerve also for a note, the selection or a condition). */
export { neuralDisplay, questionWaits, shownConditionRoots, structureDisplay } from './display'

/** Whether x-ray is on: the bones ghosted by it and not changed by hand since. */
export const xrayOn = (s: Pick<VisibilitySlice, 'beforeXray'>): boolean => s.beforeXray !== null

/** How near (mm) to the selection other structures are drawn at full detail in a close-up. */
export const CLOSE_UP_RADIUS = 80
