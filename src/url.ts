import { type ConditionId, isConditionId } from './anatomy/conditionModels'
import { type AnyStructureId, GROUPS, type Group } from './anatomy/ids'
import { type PartId, parsePartId } from './anatomy/parts'
import { parseAnyStructureId } from './anatomy/structures'
import { DEFAULT_GROUP_STATES, defaultGroups, type GroupState, type ViewPreset } from './store'

/**
 * The view as URL query parameters, so a copied link reopens the same view:
 *   s=facet:L4-L5:left   selection (a structure id of either family, s=nerve:L5:left, or a part of a
 *                         bone: s=L4/pedicle:left)
 *   show=nerves           groups shown that start hidden (the nerves and the ligaments)
 *   hide=cervical,discs   hidden groups;  ghost=thoracic   ghosted groups
 *                         (only what differs from the start is written; a group not named keeps its start)
 *   labels=0              labels off
 *   cam=px,py,pz,tx,ty,tz camera position and target (mm);  view=back  a preset view instead
 *   condition=herniation-l4-l5-posterolateral   a condition shown on the spine (the other parameters are the
 *                         view it was shown over, which clearing it returns to)
 */
export interface UrlView {
  /** A structure, or a part of a bone (`store.select` takes either). */
  selected: AnyStructureId | PartId | null
  groups: Record<Group, GroupState>
  labels: boolean
  camera: { position: [number, number, number]; target: [number, number, number] } | null
  view: ViewPreset | null
  /** The condition shown on the spine, if any (absent means none). */
  condition?: ConditionId | null
  /** Polite explanations of anything in the link that could not be used. */
  problems: string[]
}

const PRESETS: readonly ViewPreset[] = ['home', 'front', 'back', 'left', 'right']

export function parseUrlView(search: string): UrlView {
  const params = new URLSearchParams(search)
  const problems: string[] = []
  const groups = defaultGroups()
  for (const [key, state] of [
    ['show', 'shown'],
    ['ghost', 'ghosted'],
    ['hide', 'hidden'],
  ] as const) {
    for (const name of (params.get(key) ?? '').split(',').filter(Boolean)) {
      if ((GROUPS as readonly string[]).includes(name)) groups[name as Group] = state
      else
        problems.push(
          `The link asks to ${key} “${name}”, which is not a part of the spine we know, so it was left as it is.`,
        )
    }
  }
  let selected: AnyStructureId | PartId | null = null
  const s = params.get('s')
  if (s !== null) {
    // a part's id has its bone before a slash; anything else is a structure's
    const parsed = s.includes('/') ? parsePartId(s) : parseAnyStructureId(s)
    if (parsed) selected = parsed.id
    else
      problems.push(
        `The link names a structure we could not find (“${s.slice(0, 40)}”). Here is the whole spine instead.`,
      )
  }
  let camera: UrlView['camera'] = null
  const cam = params.get('cam')
  if (cam !== null) {
    const n = cam.split(',').map(Number)
    if (n.length === 6 && n.every(Number.isFinite) && (n[0] !== n[3] || n[1] !== n[4] || n[2] !== n[5])) {
      camera = {
        position: [n[0], n[1], n[2]] as [number, number, number],
        target: [n[3], n[4], n[5]] as [number, number, number],
      }
    } else problems.push('The camera position in the link was not readable, so the standard view is shown.')
  }
  const v = params.get('view')
  const view = v !== null && (PRESETS as readonly string[]).includes(v) ? (v as ViewPreset) : null
  if (v !== null && !view) problems.push(`“${v.slice(0, 20)}” is not a view we know; showing the standard view.`)
  // ——— conditions (issue 12) ———
  const c = params.get('condition')
  const condition = isConditionId(c) ? c : null
  if (c !== null && !condition)
    problems.push(
      `The link names a condition we don’t have (“${c.slice(0, 40)}”), so the normal spine is shown. The Conditions menu lists the ones we have.`,
    )
  return { selected, groups, labels: params.get('labels') !== '0', camera, view, condition, problems }
}

const round = (x: number) => Math.round(x * 10) / 10

export function formatUrlView(view: Omit<UrlView, 'problems' | 'view'>): string {
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
  if (view.camera) params.set('cam', [...view.camera.position, ...view.camera.target].map(round).join(','))
  // ':', ',' and a part's '/' may stand in a query as they are, which keeps links readable
  const text = params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%2F', '/')
  return text ? `?${text}` : ''
}
