import { Vector3 } from 'three'
import {
  type FacetJointId,
  GROUPS,
  type Group,
  parseStructureId,
  REGIONS,
  type Region,
  regionOf,
  STRUCTURE_IDS,
  type StructureId,
  type StructureKind,
} from '../anatomy/ids'
import { structureName } from '../anatomy/names'
import { STRETCHES, stretchById } from '../content/stretches'
import { structureBox, structureWorldCentre } from '../geometry/world'
import type { CavitationPhase } from '../physics/playback'
import { makeQuiz, QUIZ_LENGTH } from '../quiz/questions'
import type { CavitationSnapshot } from '../runtime/cavitation'
import type { FacetRuntime } from '../runtime/runtime'
import type { StretchSnapshot } from '../runtime/stretch'
import type { GroupState, ViewPreset } from '../store'

/** The automation and embedding API, published as `window.facet`. Documented in the README. */
export interface FacetApi {
  readonly version: string
  /** Resolves once the first frame with the spine has been drawn. */
  readonly ready: Promise<void>
  /** Selects a structure; false (and a console warning) for anything that is not a structure id. */
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
  /** Shows, ghosts or hides a region or layer; false for an unknown group or state. */
  setGroup(group: string, state: GroupState): boolean
  /** Eases the camera to a preset view; false for an unknown preset. */
  setView(preset: ViewPreset): boolean
  /** Opens the cavitation close-up of a facet joint and plays it; false for anything but a facet joint. */
  playCavitation(id: string): boolean
  /** The stretch cards, optionally for one region; null for an unknown region. */
  listStretches(region?: string): { id: string; name: string; region: Region; moves: boolean }[] | null
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
  stretch: StretchSnapshot
  /**
   * Bones shown up close whose continuous surfaces are still being built (they show the shells of their
   * parts meanwhile); 0 once the view is fully refined.
   */
  refining: number
  /** The self-test, when running: question number (from 0), score, prompt and the last answer. */
  quiz: {
    index: number
    score: number
    prompt: string | null
    answered: { right: boolean; answer: StructureId } | null
  } | null
}

const GROUP_STATES: readonly GroupState[] = ['shown', 'ghosted', 'hidden']
const VIEW_PRESETS: readonly ViewPreset[] = ['home', 'front', 'back', 'left', 'right']
/** Ids and names longer than this are not ids: refuse them before parsing. */
const MAX_ARGUMENT_LENGTH = 64

/** How a bad argument is shown in a warning: short, and safe for any value (symbols, proxies, cycles). */
function quote(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
    if (value === null || value === undefined || typeof value !== 'object') return String(value)
    return Array.isArray(value) ? 'an array' : 'an object'
  } catch {
    return 'a value that cannot be shown'
  }
}

/**
 * Every API method checks its arguments at run time (it is called from the console, tests and
 * embedding pages, not only from typed code): bad input gets the method's documented failure value and
 * one console warning naming the problem, and nothing an argument does (a throwing getter, a proxy)
 * escapes as an exception.
 */
function refuse<T>(method: string, problem: string, failure: T): T {
  console.warn(`facet.${method}: ${problem}`)
  return failure
}

function guarded<A extends unknown[], R>(method: string, failure: R, body: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return body(...args)
    } catch (error) {
      return refuse(
        method,
        `failed (${String(error instanceof Error ? error.message : 'unknown error').slice(0, 80)})`,
        failure,
      )
    }
  }
}

/** The structure an argument names, or null after a warning. */
function structureArgument(method: string, value: unknown): ReturnType<typeof parseStructureId> {
  if (typeof value !== 'string')
    return refuse(method, `expected a structure id such as "L4", got ${quote(value)}`, null)
  const parsed = value.length <= MAX_ARGUMENT_LENGTH ? parseStructureId(value) : null
  return parsed ?? refuse(method, `unknown structure ${quote(value)} (see listStructures())`, null)
}

function oneOf<T extends string>(method: string, what: string, value: unknown, allowed: readonly T[]): T | null {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  return refuse(method, `unknown ${what} ${quote(value)}; expected one of ${allowed.join(', ')}`, null)
}

/** The automation API over one runtime: every call reads or acts on that runtime only. */
export function createFacetApi(runtime: FacetRuntime): FacetApi {
  const { store, camera } = runtime
  const scratch = new Vector3()
  return {
    version: '1',
    ready: runtime.ready.promise,
    select: guarded('select', false, (id: unknown) => {
      const parsed = structureArgument('select', id)
      if (!parsed) return false
      store.getState().select(parsed.id)
      return true
    }),
    clearSelection: guarded('clearSelection', undefined, () => store.getState().select(null)),
    getState() {
      const s = store.getState()
      return {
        selection: s.selected,
        regions: { ...s.groups },
        labels: s.labels,
        camera: {
          position: [...camera.position],
          target: [...camera.target],
          fov: camera.fov,
          atRest: camera.atRest,
        },
        cavitation: {
          joint: s.closeUpJoint,
          phase: s.phase,
          playing: s.playing,
          speed: s.speed,
          ...runtime.cavitation.snapshot(s.closeUpJoint),
        },
        stretch: runtime.stretch.snapshot(),
        refining: runtime.geometries.surfacesPending(),
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
    screenPosition: guarded('screenPosition', null, (id: unknown) => {
      const parsed = structureArgument('screenPosition', id)
      if (!parsed) return null
      // no 3D view (no WebGL, or not drawn yet): nothing is on screen, which is not a caller's mistake
      const bridge = runtime.scene.current()
      if (!bridge) return null
      const centre = bridge.project(structureWorldCentre(parsed.id, scratch))
      return { ...centre, clickable: bridge.visiblePoint(parsed.id) }
    }),
    boundingBox: guarded('boundingBox', null, (id: unknown) => {
      const parsed = structureArgument('boundingBox', id)
      if (!parsed) return null
      const box = structureBox(parsed.id)
      return {
        leftRight: box.max.x - box.min.x,
        frontBack: box.max.z - box.min.z,
        upDown: box.max.y - box.min.y,
        min: box.min.toArray(),
        max: box.max.toArray(),
      }
    }),
    setGroup: guarded('setGroup', false, (group: unknown, state: unknown) => {
      const g = oneOf('setGroup', 'group', group, GROUPS)
      if (!g) return false
      const st = oneOf('setGroup', 'state', state, GROUP_STATES)
      if (!st) return false
      store.getState().setGroup(g, st)
      return true
    }),
    setView: guarded('setView', false, (preset: unknown) => {
      const view = oneOf('setView', 'view', preset, VIEW_PRESETS)
      if (!view) return false
      store.getState().requestView(view)
      return true
    }),
    listStretches: guarded('listStretches', null, (region?: unknown) => {
      const wanted = region === undefined ? undefined : oneOf('listStretches', 'region', region, REGIONS)
      if (wanted === null) return null
      return STRETCHES.filter((c) => wanted === undefined || c.region === wanted).map((c) => ({
        id: c.id,
        name: c.name,
        region: c.region,
        moves: c.motion !== null,
      }))
    }),
    playStretch: guarded('playStretch', false, (stretchId: unknown) => {
      const card =
        typeof stretchId === 'string' && stretchId.length <= MAX_ARGUMENT_LENGTH ? stretchById(stretchId) : null
      if (!card) return refuse('playStretch', `unknown stretch ${quote(stretchId)} (see listStretches())`, false)
      if (!card.motion) return refuse('playStretch', `${quote(stretchId)} is advice with no movement to show`, false)
      return runtime.stretch.play(card.id)
    }),
    playCavitation: guarded('playCavitation', false, (id: unknown) => {
      const parsed = structureArgument('playCavitation', id)
      if (!parsed) return false
      if (parsed.kind !== 'facet')
        return refuse('playCavitation', `${quote(id)} is not a facet joint, so it cannot crack`, false)
      store.getState().select(parsed.id)
      runtime.cavitation.request(parsed.id)
      return true
    }),
  }
}

declare global {
  interface Window {
    /** Whether this visit's files are saved for offline use (set once saved). */
    facetOffline?: { saved: boolean }
    facet?: FacetApi
  }
}
