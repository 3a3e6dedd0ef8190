import { Vector3 } from 'three'
import {
  type FacetJointId,
  GROUPS,
  type Group,
  parseStructureId,
  type Region,
  regionOf,
  STRUCTURE_IDS,
  type StructureId,
  type StructureKind,
} from '../anatomy/ids'
import { structureName } from '../anatomy/names'
import { STRETCHES } from '../content/stretches'
import { structureGeometry } from '../geometry/cache'
import type { CavitationPhase } from '../physics/playback'
import { makeQuiz, QUIZ_LENGTH } from '../quiz/questions'
import { structureWorldCentre } from '../scene/world'
import { cameraState, facetStore, type GroupState, type ViewPreset } from '../store'
import {
  type CavitationSnapshot,
  cavitationRuntime,
  IDLE_CAVITATION,
  requestCavitation,
} from '../store/cavitationBridge'
import { playStretch, stretchSnapshot } from '../store/stretchRuntime'

/** The automation and embedding API, published as `window.facet`. Documented in the README. */
export interface FacetApi {
  readonly version: string
  /** Resolves once the first frame with the spine has been drawn. */
  readonly ready: Promise<void>
  select(id: string): boolean
  clearSelection(): void
  getState(): FacetApiState
  listStructures(): { id: StructureId; name: string; kind: StructureKind; region: Region }[]
  /**
   * Where the structure's centre is on screen (CSS pixels), whether it is within the view, and a point
   * where a click would actually land on it (null when it is hidden behind other structures).
   */
  screenPosition(id: string): ScreenPosition | null
  boundingBox(id: string): {
    leftRight: number
    frontBack: number
    upDown: number
    min: [number, number, number]
    max: [number, number, number]
  } | null
  setGroup(group: string, state: GroupState): boolean
  setView(preset: ViewPreset): void
  /** Opens the cavitation close-up of a facet joint and plays it; false for anything but a facet joint. */
  playCavitation(id: string): boolean
  /** The stretch cards, optionally for one region. */
  listStretches(region?: string): { id: string; name: string; region: Region; moves: boolean }[]
  /** Opens a stretch card and plays it on the spine; false for an unknown id or advice with no movement. */
  playStretch(stretchId: string): boolean
}

export interface ScreenPosition {
  x: number
  y: number
  onScreen: boolean
  clickable: { x: number; y: number } | null
}

export interface FacetApiState {
  selection: StructureId | null
  regions: Record<Group, GroupState>
  labels: boolean
  /** `atRest` is false while the camera eases toward a selection or view, or is being dragged. */
  camera: { position: [number, number, number]; target: [number, number, number]; fov: number; atRest: boolean }
  cavitation: {
    joint: FacetJointId | null
    phase: CavitationPhase
    playing: boolean
    speed: number
  } & CavitationSnapshot
  stretch: ReturnType<typeof stretchSnapshot>
  /** The self-test, when running: question number (from 0), score, prompt and the last answer. */
  quiz: {
    index: number
    score: number
    prompt: string | null
    answered: { right: boolean; answer: StructureId } | null
  } | null
}

/** What the scene lends the API: projection of a world point to CSS pixels in the page. */
export interface SceneBridge {
  project(world: Vector3): { x: number; y: number; onScreen: boolean }
  visiblePoint(id: StructureId): { x: number; y: number } | null
}

let bridge: SceneBridge | null = null
export const setSceneBridge = (b: SceneBridge | null) => {
  bridge = b
}

let resolveReady: () => void = () => {}
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve
})
let isReady = false
/** Whether the first spine frame has been drawn. */
export const isAppReady = (): boolean => isReady

export function markReady(): void {
  if (isReady) return
  isReady = true
  resolveReady()
  window.dispatchEvent(new Event('facet:ready'))
}

const scratch = new Vector3()

export function createFacetApi(): FacetApi {
  return {
    version: '1',
    ready,
    select(id) {
      const parsed = parseStructureId(id)
      if (!parsed) return false
      facetStore.getState().select(parsed.id)
      return true
    },
    clearSelection: () => facetStore.getState().select(null),
    getState() {
      const s = facetStore.getState()
      return {
        selection: s.selected,
        regions: { ...s.groups },
        labels: s.labels,
        camera: {
          position: [...cameraState.position],
          target: [...cameraState.target],
          fov: cameraState.fov,
          atRest: cameraState.atRest,
        },
        cavitation: {
          joint: s.closeUpJoint,
          phase: s.phase,
          playing: s.playing,
          speed: s.speed,
          ...(cavitationRuntime()?.snapshot(s.closeUpJoint) ?? IDLE_CAVITATION),
        },
        stretch: stretchSnapshot(),
        quiz: s.quiz
          ? {
              index: s.quiz.index,
              score: s.quiz.score,
              prompt: makeQuiz(s.quiz.seed, QUIZ_LENGTH)[s.quiz.index]?.prompt ?? null,
              answered: s.quiz.answered,
            }
          : null,
      }
    },
    listStructures: () =>
      STRUCTURE_IDS.map((id) => {
        const p = parseStructureId(id)
        if (!p) throw new Error(id)
        return { id, name: structureName(id), kind: p.kind, region: regionOf(p) }
      }),
    screenPosition(id) {
      const parsed = parseStructureId(id)
      if (!parsed || !bridge) return null
      const centre = bridge.project(structureWorldCentre(parsed.id, scratch))
      return { ...centre, clickable: bridge.visiblePoint(parsed.id) }
    },
    boundingBox(id) {
      const parsed = parseStructureId(id)
      if (!parsed) return null
      const box = structureGeometry(parsed.id, 0).boundingBox
      if (!box) return null
      return {
        leftRight: box.max.x - box.min.x,
        frontBack: box.max.z - box.min.z,
        upDown: box.max.y - box.min.y,
        min: box.min.toArray(),
        max: box.max.toArray(),
      }
    },
    setGroup(group, state) {
      if (!(GROUPS as readonly string[]).includes(group)) return false
      facetStore.getState().setGroup(group as Group, state)
      return true
    },
    setView: (preset) => facetStore.getState().requestView(preset),
    listStretches: (region) =>
      STRETCHES.filter((c) => region === undefined || c.region === region).map((c) => ({
        id: c.id,
        name: c.name,
        region: c.region,
        moves: c.motion !== null,
      })),
    playStretch: (stretchId) => playStretch(stretchId),
    playCavitation(id) {
      const parsed = parseStructureId(id)
      if (parsed?.kind !== 'facet') return false
      facetStore.getState().select(parsed.id)
      requestCavitation(parsed.id)
      return true
    },
  }
}

declare global {
  interface Window {
    /** Whether this visit's files are saved for offline use (set once saved). */
    facetOffline?: { saved: boolean }
    facet?: FacetApi
  }
}
