import { type Box3, Vector3 } from 'three'
import { CONDITION_IDS, isConditionId } from '../anatomy/conditionModels'
import {
  type AnyStructureId,
  type BoneId,
  type FacetJointId,
  GROUPS,
  type Group,
  isStructureId,
  parseStructureId,
  REGIONS,
  type Region,
} from '../anatomy/ids'
import { listParts, type PartId, parsePartId } from '../anatomy/parts'
import {
  ANY_STRUCTURE_IDS,
  type AnyStructureKind,
  anyKindOf,
  anyLayerOf,
  anyRegionOf,
  anyRegionsOf,
  anyStructureName,
  type ParsedAnyStructure,
  parseAnyStructureId,
} from '../anatomy/structures'
import { CONDITION_NAMES } from '../content/conditionNames'
import { STRETCHES, stretchById } from '../content/stretches'
import { structureBox, structureWorldBox, structureWorldCentre } from '../geometry/world'
import type { CavitationPhase } from '../physics/playback'
import { makeQuiz, QUIZ_LENGTH } from '../quiz/questions'
import { boneStlBytes } from '../runtime/boneStl'
import type { CavitationSnapshot } from '../runtime/cavitation'
import { partWorldCentre } from '../runtime/partGeometry'
import { partPicker } from '../runtime/partPicking'
import type { FacetRuntime } from '../runtime/runtime'
import type { StretchSnapshot } from '../runtime/stretch'
import {
  type GroupState,
  LAYER_PRESETS,
  type LayerPreset,
  VIEW_MODES,
  type ViewMode,
  type ViewPreset,
  xrayOn,
} from '../store'
import { COMPARE_MAX, COMPARE_MIN, parseCompareIds } from '../store/compareSlice'
import { PIN_TEXT_MAX, PINS_MAX } from '../store/pins'

/** The automation and embedding API, published as `window.facet`. Documented in the README. */
export interface FacetApi {
  readonly version: string
  /** Resolves once the first frame with the spine has been drawn. */
  readonly ready: Promise<void>
  /**
   * Selects a structure (a bone, disc or joint, or the cord, a nerve root, a ligament, a sacroiliac joint or
   * an ilium: 'nerve:L5:left'), or a named part of a bone ('L4/pedicle:left': its bone becomes the
   * selection and the part is shown); false (and a console warning) for anything that is neither.
   */
  select(id: string): boolean
  clearSelection(): void
  getState(): FacetApiState
  /**
   * Every structure: the spine model's, then the cord, cauda equina, nerve roots, ligaments, sacroiliac joints
   * and ilia; with its name (the anatomical one), kind, first region (`regions` has all of those it spans)
   * and layer.
   */
  listStructures(): {
    id: AnyStructureId
    name: string
    kind: AnyStructureKind
    region: Region
    regions: Region[]
    layer: Group
  }[]
  /**
   * Where the structure's (or a bone's part's) centre is on screen (CSS pixels), whether it is within the
   * view, and a point where a click would actually land on it (null when it is hidden behind other
   * structures; always null for an opening such as a foramen, which has no surface to click).
   */
  screenPosition(id: string): ScreenPosition | null
  /**
   * The named parts of a bone, front to back and top to bottom, left before right, with their anatomical
   * names; [] for a disc or joint (they have no named parts); null (and a warning) for an unknown id.
   */
  listParts(boneId: string): { id: PartId; name: string }[] | null
  /**
   * A bone as a binary STL file at real size in millimetres (for 3D printing): the whole bone at full
   * detail, its continuous surface once built. Null (and a warning) for an unknown id, and for a disc or a
   * facet joint (soft tissue, and not one closed solid: only bones are exported).
   */
  exportSTL(id: string): ArrayBuffer | null
  /**
   * The structure's box in mm: by default in its own frame (a bone's, disc's or joint's; the cord and the
   * rest have none and give their world box); with 'world', in the standing spine's world frame (x to the
   * subject's left, y up, z forward; origin at the centre of the S1 upper endplate).
   */
  boundingBox(
    id: string,
    frame?: 'own' | 'world',
  ): {
    leftRight: number
    frontBack: number
    upDown: number
    min: [number, number, number]
    max: [number, number, number]
  } | null
  /** Shows, ghosts or hides a region or layer; false for an unknown group or state. */
  setGroup(group: string, state: GroupState): boolean
  /**
   * 'xray' ghosts the bones and shows the cord and nerve roots (as the X-ray button does); 'normal' puts the
   * layers back as they were. False for an unknown preset.
   */
  setPreset(preset: LayerPreset): boolean
  /** Eases the camera to a preset view; false for an unknown preset. */
  setView(preset: ViewPreset): boolean
  /** Opens the cavitation close-up of a facet joint and plays it; false for anything but a facet joint. */
  playCavitation(id: string): boolean
  /** The stretch cards, optionally for one region; null for an unknown region. */
  listStretches(region?: string): { id: string; name: string; region: Region; moves: boolean }[] | null
  /** Opens a stretch card and plays it on the spine; false for an unknown id or advice with no movement. */
  playStretch(stretchId: string): boolean
  // ——— compare levels ———
  /**
   * Shows two or three bones side by side at the same scale ('C5', 'T6', 'L4'), in place of the spine, with
   * their key dimensions in a table; false (and a warning) for anything else: fewer than two, more than
   * three, a repeat, or anything that is not a bone.
   */
  compare(ids: readonly string[]): boolean
  /** Ends comparing: the spine comes back with the selection, labels and camera it had. */
  endCompare(): void
  // ——— conditions (issue 12) ———
  /** The conditions that can be shown on the spine, with their clinical names. */
  listConditions(): { id: string; name: string }[]
  /**
   * Shows a condition on the spine (its level selected and framed, the structures it involves changed, a
   * root it presses on highlighted); false (and a warning) for an unknown id.
   */
  showCondition(id: string): boolean
  /** Back to the normal spine, with the layers and selection there were before the condition. */
  clearCondition(): void
  // exam: the patient view and pinned notes
  /** 'patient' turns the page toward a patient (large plain text, the study tools put away); 'explore' back. */
  setMode(mode: ViewMode): boolean
  /**
   * Pins a short note (plain text, at most PIN_TEXT_MAX = 80 characters, shown as text) on a structure or a
   * bone's part, replacing its note; false (and a warning) for an unknown place, an empty or too long note,
   * or more than PINS_MAX (3) pins. Pins live in the link only: never stored or sent.
   */
  addPin(id: string, text: string): boolean
  /** Removes the note on a structure or part (or the pin at an index of getState().pins); false if none. */
  removePin(idOrIndex: string | number): boolean
}

export interface ScreenPosition {
  x: number
  y: number
  onScreen: boolean
  clickable: { x: number; y: number } | null
}

export interface FacetApiState {
  selection: AnyStructureId | null
  /** The selected part of the selected bone ('L4/pedicle:left'), if one is selected. */
  part: PartId | null
  regions: Record<Group, GroupState>
  /** X-ray is on: the bones ghosted and the nerves shown by it, and nothing changed by hand since. */
  xray: boolean
  /**
   * The cord, roots, ligaments, sacroiliac joints and ilia: how many are being built by their worker (those
   * shown, or selected, are asked for), and how many are built and drawn when shown.
   */
  neural: { building: number; built: number }
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
  /** 'explore' or 'patient' (exam). */
  mode: ViewMode
  /** The pinned notes, in the order pinned (exam). */
  pins: { target: AnyStructureId | PartId; text: string }[]
  /** The self-test, when running: question number (from 0), score, prompt and the last answer. */
  quiz: {
    index: number
    score: number
    prompt: string | null
    /** The answer given: a structure, or a part for a question about a part. */
    answered: { right: boolean; answer: AnyStructureId | PartId } | null
  } | null
  /**
   * The bones compared side by side, in order, or null when the spine is shown; one bone when the panel's
   * "See it alone" shows it by itself (which `compare` itself does not take).
   */
  compare: readonly BoneId[] | null
  /** The condition shown on the spine and every structure it involves, by id ('nerve:L5:left'); null when none. */
  condition: { id: string; involves: string[] } | null
}

const GROUP_STATES: readonly GroupState[] = ['shown', 'ghosted', 'hidden']
const VIEW_PRESETS: readonly ViewPreset[] = ['home', 'front', 'back', 'left', 'right']
const FRAMES = ['own', 'world'] as const
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

/** A structure of either family an argument names, or null after a warning. */
function anyStructureArgument(method: string, value: unknown): ParsedAnyStructure | null {
  if (typeof value !== 'string')
    return refuse(method, `expected a structure id such as "L4", got ${quote(value)}`, null)
  const parsed = value.length <= MAX_ARGUMENT_LENGTH ? parseAnyStructureId(value) : null
  return parsed ?? refuse(method, `unknown structure ${quote(value)} (see listStructures())`, null)
}

/** The structure of the spine model an argument names, or null after a warning. */
function structureArgument(method: string, value: unknown): ReturnType<typeof parseStructureId> {
  if (typeof value !== 'string')
    return refuse(method, `expected a structure id such as "L4", got ${quote(value)}`, null)
  const parsed = value.length <= MAX_ARGUMENT_LENGTH ? parseStructureId(value) : null
  return parsed ?? refuse(method, `unknown structure ${quote(value)} (see listStructures())`, null)
}

/** The structure or bone part an argument names ('L4', 'L4/pedicle:left'), or null after a warning. */
function selectionArgument(method: string, value: unknown): { id: AnyStructureId | PartId; part: boolean } | null {
  if (typeof value === 'string' && value.includes('/')) {
    const part = value.length <= MAX_ARGUMENT_LENGTH ? parsePartId(value) : null
    if (part) return { id: part.id, part: true }
    return refuse(method, `unknown part ${quote(value)} (see listParts(boneId))`, null)
  }
  const parsed = anyStructureArgument(method, value)
  return parsed ? { id: parsed.id, part: false } : null
}

const isBone = (kind: AnyStructureKind) => kind === 'vertebra' || kind === 'sacrum' || kind === 'coccyx'

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
      const chosen = selectionArgument('select', id)
      if (!chosen) return false
      store.getState().select(chosen.id)
      return true
    }),
    clearSelection: guarded('clearSelection', undefined, () => store.getState().select(null)),
    getState() {
      const s = store.getState()
      return {
        selection: s.selected,
        part: s.selectedPart,
        regions: { ...s.groups },
        xray: xrayOn(s),
        neural: { building: runtime.neural.pending(), built: runtime.neural.builtCount() },
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
        compare: s.compareLevels ? [...s.compareLevels] : null,
        condition: s.condition ? { id: s.condition.id, involves: [...s.condition.involves] } : null,
        mode: s.viewMode,
        pins: s.pins.map((p) => ({ ...p })),
      }
    },
    listStructures: () =>
      ANY_STRUCTURE_IDS.map((id) => {
        const p = parseAnyStructureId(id)
        if (!p) throw new Error(id)
        return {
          id,
          name: anyStructureName(id, true),
          kind: anyKindOf(p),
          region: anyRegionOf(p),
          regions: [...anyRegionsOf(p)],
          layer: anyLayerOf(p),
        }
      }),
    screenPosition: guarded('screenPosition', null, (id: unknown) => {
      const chosen = selectionArgument('screenPosition', id)
      if (!chosen) return null
      // no 3D view (no WebGL, or not drawn yet): nothing is on screen, which is not a caller's mistake
      const bridge = runtime.scene.current()
      if (!bridge) return null
      if (chosen.part) {
        const part = chosen.id as PartId
        const world = partWorldCentre(runtime.geometries, part, scratch)
        if (!world) return null
        return { ...bridge.project(world), clickable: partPicker(runtime.scene)?.visiblePoint(part) ?? null }
      }
      const structure = chosen.id as AnyStructureId
      if (isStructureId(structure))
        return {
          ...bridge.project(structureWorldCentre(structure, scratch)),
          clickable: bridge.visiblePoint(structure),
        }
      // the cord and the rest are on screen once built (shown, or selected): before that, nowhere
      const box = runtime.neural.box(structure)
      if (!box) return null
      return {
        ...bridge.project(box.getCenter(scratch)),
        clickable: runtime.neural.picker()?.visiblePoint(structure) ?? null,
      }
    }),
    listParts: guarded('listParts', null, (boneId: unknown) => {
      const any = anyStructureArgument('listParts', boneId)
      if (!any) return null
      // the cord, roots, ligaments and the rest have no named parts, as discs and joints have none
      const parsed = any.family === 'spine' ? any.parsed : null
      if (!parsed) return []
      return listParts(parsed.id).map((p) => ({ id: p.id, name: p.name.detailed }))
    }),
    exportSTL: guarded('exportSTL', null, (id: unknown) => {
      const any = anyStructureArgument('exportSTL', id)
      if (!any) return null
      if (any.family === 'neural')
        return refuse('exportSTL', `${quote(id)} is not a bone; only bones are exported`, null)
      const parsed = any.parsed
      if (!isBone(parsed.kind))
        return refuse(
          'exportSTL',
          `${quote(id)} is a ${parsed.kind === 'disc' ? 'disc' : 'joint'}; only bones are exported`,
          null,
        )
      return boneStlBytes(runtime.geometries, parsed.id as BoneId)
    }),
    boundingBox: guarded('boundingBox', null, (id: unknown, frame: unknown = 'own') => {
      const parsed = anyStructureArgument('boundingBox', id)
      if (!parsed) return null
      const which = oneOf('boundingBox', 'frame', frame, FRAMES)
      if (!which) return null
      let box: Readonly<Box3>
      if (parsed.family === 'spine') box = which === 'world' ? structureWorldBox(parsed.id) : structureBox(parsed.id)
      else {
        // built in the world frame, by the neural worker: its box is known once it is built
        const built = runtime.neural.box(parsed.id)
        if (!built) {
          runtime.neural.want([parsed.id])
          return refuse(
            'boundingBox',
            `${quote(id)} is still being built; ask again once getState().neural.building is 0`,
            null,
          )
        }
        box = built
      }
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
    setPreset: guarded('setPreset', false, (preset: unknown) => {
      const chosen = oneOf('setPreset', 'preset', preset, LAYER_PRESETS)
      if (!chosen) return false
      store.getState().setPreset(chosen)
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
    // exam: the patient view and pinned notes
    setMode: guarded('setMode', false, (mode: unknown) => {
      const chosen = oneOf('setMode', 'mode', mode, VIEW_MODES)
      if (!chosen) return false
      store.getState().setViewMode(chosen)
      return true
    }),
    addPin: guarded('addPin', false, (id: unknown, text: unknown) => {
      if (typeof id !== 'string') return refuse('addPin', `expected a structure or part id, got ${quote(id)}`, false)
      if (typeof text !== 'string') return refuse('addPin', `expected the note as a string, got ${quote(text)}`, false)
      const problem = store.getState().addPin(id, text)
      if (problem === null) return true
      const why = {
        'unknown-target': `unknown structure or part ${quote(id)} (see listStructures(), listParts(boneId))`,
        empty: 'the note is empty',
        'too-long': `the note is longer than ${PIN_TEXT_MAX} characters`,
        'too-many': `there are already ${PINS_MAX} pins; remove one first`,
      }[problem]
      return refuse('addPin', why, false)
    }),
    removePin: guarded('removePin', false, (idOrIndex: unknown) => {
      const pins = store.getState().pins
      const target =
        typeof idOrIndex === 'number' && Number.isInteger(idOrIndex)
          ? pins[idOrIndex]?.target
          : typeof idOrIndex === 'string'
            ? idOrIndex
            : undefined
      if (target !== undefined && store.getState().removePin(target)) return true
      return refuse('removePin', `no pin at ${quote(idOrIndex)} (see getState().pins)`, false)
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
    // ——— compare levels ———
    compare: guarded('compare', false, (ids: unknown) => {
      if (!Array.isArray(ids) || ids.length > 8)
        return refuse(
          'compare',
          `expected a list of two or three bone ids such as ["C5", "L4"], got ${quote(ids)}`,
          false,
        )
      if (!parseCompareIds(ids))
        return refuse(
          'compare',
          `can compare ${COMPARE_MIN} or ${COMPARE_MAX} different bones (see listStructures()), not ${ids.map(quote).join(', ')}`,
          false,
        )
      return store.getState().startCompare(ids as string[])
    }),
    endCompare: guarded('endCompare', undefined, () => store.getState().endCompare()),
    // ——— conditions (issue 12) ———
    listConditions: () => CONDITION_IDS.map((id) => ({ id, name: CONDITION_NAMES[id].detailed })),
    showCondition: guarded('showCondition', false, (id: unknown) => {
      if (!isConditionId(id))
        return refuse('showCondition', `unknown condition ${quote(id)} (see listConditions())`, false)
      store.getState().showCondition(id)
      return true
    }),
    clearCondition: guarded('clearCondition', undefined, () => store.getState().clearCondition()),
  }
}

declare global {
  interface Window {
    /** Whether this visit's files are saved for offline use (set once saved). */
    facetOffline?: { saved: boolean }
    facet?: FacetApi
  }
}
