import { type ConditionId, isConditionId } from './anatomy/conditionModels'
import type { BoneId } from './anatomy/ids'
import { type AnyStructureId, GROUPS, type Group } from './anatomy/ids'
import { type PartId, parsePartId } from './anatomy/parts'
import { parseAnyStructureId } from './anatomy/structures'
import { stretchById } from './content/stretches'
import { isLang, type Lang } from './i18n/lang'
import { type LinkProblem, linkProblem } from './i18n/linkProblems'
import { readLinkNames, VIEW_PARAMS } from './linkNames'
import type { FacetState } from './store'
import {
  DEFAULT_GROUP_STATES,
  defaultGroups,
  type GroupState,
  VIEW_MODES,
  type ViewMode,
  type ViewPreset,
} from './store'
import { COMPARE_MAX, COMPARE_MIN_ALONE, parseCompareIds } from './store/compareSlice'
import { choiceInCondition } from './store/conditionSlice'
import { formatPins, type Pin, parsePins } from './store/pins'

/**
 * The view as URL query parameters, so a copied link reopens the same view:
 *   s=facet:L4-L5:left   selection (a structure id of either family, s=nerve:L5:left, or a part of a
 *                         bone: s=L4/pedicle:left)
 *   show=nerves           groups shown that start hidden (the nerves and the ligaments)
 *   hide=cervical,discs   hidden groups;  ghost=thoracic   ghosted groups
 *                         (only what differs from the start is written; a group not named keeps its start)
 *   labels=0              labels off
 *   cam=px,py,pz,tx,ty,tz camera position and target (mm);  view=back  a preset view instead
 *   lang=es               the language (written only when it is not English)
 *   compare=C5,T6,L4      two or three bones side by side (compare levels)
 *   condition=herniation-l4-l5-posterolateral   a condition shown on the spine (the other parameters are the
 *                         view it was shown over, which clearing it returns to)
 *   cs=nerve:L5:left      with a condition: what was chosen while it showed, when not its own level
 *   mode=patient          the patient view (explore, the default, is not written)
 *   #pins=L4~sore spot|…  notes pinned on structures or parts (format in store/pins.ts), in the link's
 *                         fragment: a browser never sends the part after # to a server, so a scanned QR code
 *                         or an opened link does not hand the clinician's notes to whoever serves the page
 *                         (a link from before, with pins= in its query, is still read)
 *   stretch=neck-turn     the stretch card open
 */
export interface UrlView {
  /** A structure, or a part of a bone (`store.select` takes either). */
  selected: AnyStructureId | PartId | null
  groups: Record<Group, GroupState>
  labels: boolean
  camera: { position: [number, number, number]; target: [number, number, number] } | null
  view: ViewPreset | null
  /** The language the link asks for; null when it names none (then the remembered one, or the browser's). */
  lang: Lang | null
  /** Bones compared side by side (two or three), if the link asks for that. */
  compare: readonly BoneId[] | null
  /** Which compared bone the panel reads about, when not the first (`read=T12`). */
  compareReading?: BoneId | null
  /** The condition shown on the spine, if any (absent means none). */
  condition?: ConditionId | null
  /** What was chosen while the condition showed, when not its own level (a root to pin a note on, say). */
  conditionSelected?: AnyStructureId | PartId | null
  mode: ViewMode
  pins: readonly Pin[]
  /** The open stretch card's id. */
  stretch: string | null
  /** Polite explanations of anything in the link that could not be used (message ids, put into words where shown). */
  problems: LinkProblem[]
}

const PRESETS: readonly ViewPreset[] = ['home', 'front', 'back', 'left', 'right']

/** How far from the spine's origin a linked camera may look at (mm): the standing spine is under a metre tall. */
const CAMERA_TARGET_REACH = 3000
/** How far a linked camera may stand from what it looks at (mm), about the view's furthest zoom-out. */
const CAMERA_DISTANCE_REACH = 10_000

/**
 * Whether a linked camera (position, then target, mm) shows the spine: it looks at a point near it, from a
 * distance the view could have been zoomed to. A finite but useless pose (a position of 1e300, a target far
 * away) gave an empty view with no word of why (a trust review, s37).
 */
function cameraInReach(n: readonly number[]): boolean {
  const [px = 0, py = 0, pz = 0, tx = 0, ty = 0, tz = 0] = n
  const distance = Math.hypot(px - tx, py - ty, pz - tz)
  return Math.hypot(tx, ty, tz) <= CAMERA_TARGET_REACH && distance > 0 && distance <= CAMERA_DISTANCE_REACH
}

/**
 * The link's parameters (linkNames.ts reads them as the page's first script does). A name Facet does not use
 * gets one note quoting it: a typo (`sel=L4`) used to be dropped without a word (a trust review, s37).
 */
function linkParams(search: string, hash: string, problems: LinkProblem[]): URLSearchParams {
  const { params, unknown } = readLinkNames(search, hash)
  if (unknown.length > 0) problems.push(linkProblem('link.unknownParam', { value: unknown.join(', ').slice(0, 40) }))
  return params
}

export function parseUrlView(search: string, hash = ''): UrlView {
  const fragment = new URLSearchParams(hash.replace(/^#/, ''))
  const problems: LinkProblem[] = []
  const params = linkParams(search, hash, problems)
  const groups = defaultGroups()
  for (const [key, state] of [
    ['show', 'shown'],
    ['ghost', 'ghosted'],
    ['hide', 'hidden'],
  ] as const) {
    const unknown: string[] = []
    for (const name of (params.get(key) ?? '').split(',').filter(Boolean)) {
      if ((GROUPS as readonly string[]).includes(name)) groups[name as Group] = state
      else unknown.push(name)
    }
    // one note for the parameter, quoting a short start of what it could not use (a link can be any length)
    if (unknown.length > 0)
      problems.push(linkProblem('link.unknownGroup', { action: key, name: unknown.join(', ').slice(0, 40) }))
  }
  /** A structure or a part of a bone named by a parameter, or null (with a note when it names nothing we have). */
  const selection = (key: 's' | 'cs'): AnyStructureId | PartId | null => {
    const value = params.get(key)
    if (value === null) return null
    // a part's id has its bone before a slash; anything else is a structure's
    const parsed = value.includes('/') ? parsePartId(value) : parseAnyStructureId(value)
    if (!parsed) problems.push(linkProblem('link.unknownStructure', { value: value.slice(0, 40) }))
    return parsed?.id ?? null
  }
  const selected = selection('s')
  let camera: UrlView['camera'] = null
  const cam = params.get('cam')
  if (cam !== null) {
    const n = cam.split(',').map(Number)
    if (n.length === 6 && n.every(Number.isFinite) && cameraInReach(n)) {
      camera = {
        position: [n[0], n[1], n[2]] as [number, number, number],
        target: [n[3], n[4], n[5]] as [number, number, number],
      }
    } else problems.push(linkProblem('link.badCamera'))
  }
  const v = params.get('view')
  const view = v !== null && (PRESETS as readonly string[]).includes(v) ? (v as ViewPreset) : null
  if (v !== null && !view) problems.push(linkProblem('link.unknownView', { value: v.slice(0, 20) }))
  // the language: one block (lang)
  const langParam = params.get('lang')
  // the language's own code in any case, with or without a region ('ES', 'es-MX', 'en_GB'): the way people
  // and other apps write it (they were refused, a trust review, s37)
  const langCode = langParam?.trim().toLowerCase().split(/[-_]/)[0] ?? null
  const lang = isLang(langCode) ? langCode : null
  if (langParam !== null && !lang) problems.push(linkProblem('link.unknownLang', { value: langParam.slice(0, 20) }))
  const compare = parseCompareParam(params.get('compare'), problems)
  const compareReading = parseReadParam(params.get('read'), compare, problems)
  // ——— conditions (issue 12) ———
  const c = params.get('condition')
  const condition = isConditionId(c) ? c : null
  if (c !== null && !condition) problems.push(linkProblem('link.unknownCondition', { value: c.slice(0, 40) }))
  // a choice within a condition means nothing without it
  const conditionSelected = condition ? selection('cs') : null
  // exam: the patient view and the pinned notes
  const m = params.get('mode')
  const mode = m !== null && (VIEW_MODES as readonly string[]).includes(m) ? (m as ViewMode) : 'explore'
  if (m !== null && mode !== m) problems.push(linkProblem('link.unknownMode', { value: m.slice(0, 20) }))
  const pinned = parsePins(fragment.get('pins') ?? params.get('pins') ?? '')
  problems.push(...pinned.problems)
  const st = params.get('stretch')
  const stretch = st !== null && stretchById(st) ? st : null
  if (st !== null && !stretch) problems.push(linkProblem('link.unknownStretch', { value: st.slice(0, 30) }))
  return {
    selected,
    groups,
    labels: params.get('labels') !== '0',
    camera,
    view,
    mode,
    pins: pinned.pins,
    stretch,
    lang,
    compare,
    compareReading,
    condition,
    conditionSelected,
    problems,
  }
}

// ——— compare levels: compare=C5,T6,L4 ———
function parseCompareParam(value: string | null, problems: LinkProblem[]): readonly BoneId[] | null {
  if (value === null) return null
  // a bone seen alone keeps its link too (compare=L4)
  const bones = parseCompareIds(value.split(','), COMPARE_MIN_ALONE)
  if (!bones) problems.push(linkProblem('link.badCompare', { value: value.slice(0, 40), max: COMPARE_MAX }))
  return bones
}
/** The compared bone the panel reads about (read=T12): one of the compared bones, else dropped with a note. */
function parseReadParam(value: string | null, compare: readonly BoneId[] | null, problems: LinkProblem[]) {
  if (value === null) return null
  const bone = compare?.find((id) => id === value) ?? null
  if (!bone) problems.push(linkProblem('link.badRead', { value: value.slice(0, 20) }))
  return bone
}
const formatCompareParam = (
  params: URLSearchParams,
  compare: readonly BoneId[] | null | undefined,
  reading: BoneId | null | undefined,
) => {
  if (!compare || compare.length === 0) return
  params.set('compare', compare.join(','))
  // the first bone is what a comparison opens on: only another is written
  if (reading && reading !== compare[0] && compare.includes(reading)) params.set('read', reading)
}
// ——— end compare levels ———

const round = (x: number) => Math.round(x * 10) / 10

/**
 * Puts what a link asks for into the store, in the order a reader sees it: labels, groups, the selection, a
 * condition and what was chosen in it, the patient view, pins, a stretch card, then a note for each part of the link not used.
 * `main.tsx` does it at start; tests do it to see what a link shows.
 */
export function applyUrlView(s: FacetState, view: UrlView): void {
  s.setLabels(view.labels)
  for (const group of GROUPS) s.setGroup(group, view.groups[group])
  // the selection beneath the condition (what clearing it returns to), the condition (which selects its level),
  // then what was chosen while it showed
  if (view.selected) s.select(view.selected)
  if (view.condition) s.showCondition(view.condition)
  if (view.condition && view.conditionSelected) s.select(view.conditionSelected)
  // exam: the patient view and the pinned notes a link carries (each pin was checked by parseUrlView)
  s.setViewMode(view.mode)
  for (const pin of view.pins) s.addPin(pin.target, pin.text)
  if (view.stretch) s.openStretch(view.stretch)
  for (const problem of view.problems) s.notify(problem, 'warning')
}

/** What `formatUrlView` writes: the view, less what only a link asks for (a preset view, problems). */
export type UrlViewState = Omit<UrlView, 'problems' | 'view' | 'mode' | 'pins' | 'stretch' | 'lang' | 'compare'> &
  Partial<Pick<UrlView, 'mode' | 'pins' | 'stretch' | 'lang' | 'compare'>>

export function formatUrlView(view: UrlViewState): string {
  const params = new URLSearchParams()
  if (view.selected) params.set('s', view.selected)
  const changed = GROUPS.filter((g) => view.groups[g] !== DEFAULT_GROUP_STATES[g])
  const shown = changed.filter((g) => view.groups[g] === 'shown')
  const hidden = changed.filter((g) => view.groups[g] === 'hidden')
  const ghosted = changed.filter((g) => view.groups[g] === 'ghosted')
  if (shown.length) params.set('show', shown.join(','))
  if (hidden.length) params.set('hide', hidden.join(','))
  if (ghosted.length) params.set('ghost', ghosted.join(','))
  if (!view.labels) params.set('labels', '0')
  if (view.condition) params.set('condition', view.condition)
  if (view.condition && view.conditionSelected) params.set('cs', view.conditionSelected)
  // while comparing, the camera frames the row by itself: the pose is not the spine's, so it is not written
  if (view.camera && !view.compare?.length)
    params.set('cam', [...view.camera.position, ...view.camera.target].map(round).join(','))
  if (view.lang && view.lang !== 'en') params.set('lang', view.lang)
  formatCompareParam(params, view.compare, view.compareReading)
  // exam: the patient view and the pinned notes
  if (view.mode && view.mode !== 'explore') params.set('mode', view.mode)
  if (view.stretch) params.set('stretch', view.stretch)
  const text = readable(params)
  // the notes go after '#': never sent to a server (see the list above)
  const notes = view.pins?.length ? `#${readable(new URLSearchParams({ pins: formatPins(view.pins) }))}` : ''
  return `${text ? `?${text}` : ''}${notes}`
}

/** ':', ',', a part's '/' and a pin's '~' may stand in a query or fragment as they are: links stay readable. */
const readable = (params: URLSearchParams): string =>
  params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%2F', '/').replaceAll('%7E', '~')

/**
 * A whole link that reopens a view (for the handout's QR code): `base` (origin and path) with the view's own
 * parameters, and every other parameter of the page's current query kept as it is (the language, and
 * whatever else describes the view that this file does not write).
 */
export function shareLink(base: string, view: UrlViewState, currentSearch: string): string {
  const written = formatUrlView(view)
  const at = written.indexOf('#')
  const own = at < 0 ? written : written.slice(0, at)
  const notes = at < 0 ? '' : written.slice(at)
  const params = new URLSearchParams(own)
  const kept = [...new URLSearchParams(currentSearch)].filter(
    ([k]) => !VIEW_PARAMS.has(k.toLowerCase()) && !params.has(k),
  )
  if (!kept.length) return `${base}${own}${notes}`
  const extra = new URLSearchParams(kept).toString()
  return `${base}${own ? `${own}&` : '?'}${extra}${notes}`
}

/**
 * What the link keeps of the selection: the selection, or, while bones are compared, the one there was
 * before; while a condition shows, the selection beneath it (what clearing it returns to) as `selected`, and
 * what was chosen in it (`choiceInCondition`) as `conditionSelected`.
 */
export function linkSelections(
  s: Pick<FacetState, 'selected' | 'selectedPart' | 'condition' | 'beforeCondition' | 'compareBefore'>,
): { selected: AnyStructureId | PartId | null; conditionSelected: AnyStructureId | PartId | null } {
  const beneath = s.compareBefore ?? (s.condition ? s.beforeCondition : s)
  return {
    selected: beneath ? (beneath.selectedPart ?? beneath.selected) : null,
    conditionSelected: s.compareBefore ? null : choiceInCondition(s),
  }
}
