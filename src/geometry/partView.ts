import type { PartKind } from '../anatomy/parts'

/*
 * Where to look at a part of a bone from, the way atlases draw it, when the camera has to turn to it: a new
 * bone chosen by its part (from the list, search or a link), or a part out of sight. From the part's own
 * direction out of the bone's centre, a pedicle or a left lamina was seen end-on or through the bone in
 * front of it (a student's review: `L4/pedicle:left` after the dens showed a pink sliver behind the body).
 * Views straight down the column are left out: the bone above covers them.
 *
 * World frame as the scene's: +x the subject's left, +y up, +z forward. `x` here is toward the part's side
 * (the caller flips it for a part on the right, or for a midline part seen from the camera's side).
 */

type Direction = readonly [x: number, y: number, z: number]

const FRONT: Direction = [0.45, 0.3, 1]
const FRONT_HIGH: Direction = [0.35, 0.45, 1]
const SIDE: Direction = [1, 0.35, 0.2]
const SIDE_BEHIND: Direction = [1, 0.35, -0.6]
const BEHIND: Direction = [0.35, 0.35, -1]
const BEHIND_HIGH: Direction = [0.2, 0.8, -1]
const JOINT_FROM_BEHIND: Direction = [0.7, 0.45, -1]
const JOINT_FROM_BEHIND_LOW: Direction = [0.7, 0.15, -1]

const VIEWS: Partial<Record<PartKind, Direction>> = {
  body: FRONT,
  promontory: FRONT,
  'anterior-tubercle': FRONT,
  'anterior-arch': FRONT,
  'uncinate-process': FRONT,
  dens: FRONT_HIGH,
  'dens-facet': FRONT_HIGH,
  'facet-for-dens': BEHIND_HIGH,
  'costal-facet': SIDE,
  'costal-facet-upper': SIDE,
  'costal-facet-lower': SIDE,
  'lateral-mass': SIDE,
  ala: SIDE,
  'lateral-part': SIDE,
  'auricular-surface': SIDE,
  // a pedicle shows from the side, between the body and the articular processes, over its foramen
  pedicle: [1, 0.4, -0.25],
  'transverse-process': SIDE_BEHIND,
  'transverse-foramen': [1, 0.45, 0.4],
  'transverse-costal-facet': SIDE_BEHIND,
  'mammillary-process': SIDE_BEHIND,
  'accessory-process': SIDE_BEHIND,
  'superior-articular-process': JOINT_FROM_BEHIND,
  'superior-articular-facet': JOINT_FROM_BEHIND,
  'inferior-articular-process': JOINT_FROM_BEHIND_LOW,
  'inferior-articular-facet': JOINT_FROM_BEHIND_LOW,
  lamina: BEHIND,
  laminae: BEHIND,
  'spinous-process': BEHIND,
  'spinous-tubercle': BEHIND,
  'posterior-arch': BEHIND,
  'posterior-tubercle': BEHIND,
  'median-crest': BEHIND,
  hiatus: BEHIND,
  cornu: BEHIND,
  'vertebral-foramen': BEHIND_HIGH,
  canal: BEHIND_HIGH,
}

/**
 * A part id's kind and side, read from the id itself (`L4/pedicle:left`): the camera rig needs no more, and
 * the parts' catalog (their words) stays out of the page's first bundle.
 */
export function partKindAndSide(id: string): { kind: PartKind; side: 'left' | 'right' | null } {
  const [kind = '', side] = id.slice(id.indexOf('/') + 1).split(':')
  return { kind: kind as PartKind, side: side === 'left' || side === 'right' ? side : null }
}

/**
 * Writes into `out` the unit direction from a part toward the camera that shows it, and returns true; false
 * (and `out` unchanged) for a kind without one of its own, which the caller looks at from its outward side.
 * `side`: +1 where the part (or, for a midline part, the camera) is on the subject's left, −1 on the right.
 */
export function partViewDirection(
  kind: PartKind,
  side: 1 | -1,
  out: { set(x: number, y: number, z: number): unknown },
): boolean {
  const view = VIEWS[kind]
  if (!view) return false
  setSidedDirection(view, side, out)
  return true
}

/** Writes `view`, turned to `side` (its x flipped for the right) and made a unit vector, into `out`. */
function setSidedDirection(view: Direction, side: 1 | -1, out: { set(x: number, y: number, z: number): unknown }) {
  const [x, y, z] = view
  const length = Math.hypot(x, y, z)
  out.set((side * x) / length, y / length, z / length)
}

/**
 * Where a facet joint is seen from when the camera turns to it: from behind and its own side, a little from
 * above, as for its articular processes. From the front, the way a click from the home view left it, the
 * vertebral bodies stood in front of it and the joint was a faint oval behind its label (a clinician's review,
 * s36). `side` is 1 for a left joint, -1 for a right one.
 */
export function facetJointViewDirection(side: 1 | -1, out: { set(x: number, y: number, z: number): unknown }): void {
  setSidedDirection(JOINT_FROM_BEHIND, side, out)
}

/**
 * The ligaments that lie behind the vertebral bodies' line, between or over the arches and processes: seen
 * from behind, a little from above and their own side. Framed from the front, the way a click from the home
 * view left the camera, the bodies and the front band hid them (a student's review, s38).
 */
const LIGAMENT_FROM_BEHIND: Direction = [0.35, 0.3, -1]
const BACK_LIGAMENT = /^ligament:(interspinous|flavum|intertransverse|supraspinous|nuchae)(:|$)/

/**
 * For a ligament at the back seen from more than 60° off its view from behind, writes that view (on the
 * camera's side, or the ligament's own for an intertransverse one) into `out` and returns true; else false.
 */
export function backLigamentView(
  id: string,
  from: { readonly x: number; readonly y: number; readonly z: number },
  out: { set(x: number, y: number, z: number): unknown },
): boolean {
  if (!BACK_LIGAMENT.test(id)) return false
  const side = id.endsWith(':left') ? 1 : id.endsWith(':right') ? -1 : from.x < 0 ? -1 : 1
  const [x, y, z] = LIGAMENT_FROM_BEHIND
  const length = Math.hypot(x, y, z)
  const facing = (side * x * from.x + y * from.y + z * from.z) / length
  if (facing >= 0.5) return false
  setSidedDirection(LIGAMENT_FROM_BEHIND, side, out)
  return true
}

/**
 * Ligaments that lie inside C1's ring, where the camera's own direction sees only bone: the transverse
 * ligament of the atlas from above (the way atlases draw the ring, the dens in front of the band), the alar
 * pair from behind and above (the classic view with the back of the ring removed, a V from the dens tip).
 * With how close to come (mm): the neck's framing of a long band would leave them a few pixels wide.
 */
const INSIDE_RING: Readonly<Record<string, { direction: Direction; distance: number }>> = {
  'ligament:transverse-atlas': { direction: [0, 1, 0.5], distance: 130 },
  'ligament:alar': { direction: [0.1, 0.4, -1], distance: 120 },
  // the apical cord rises between the alar pair: seen the same way; the tectorial membrane, the sheet behind
  // them, from behind and above, the way it is drawn with the arches cut away
  'ligament:apical': { direction: [0.1, 0.4, -1], distance: 110 },
  // the pivot joint between the dens and the front arch: from above and a little to the side, the gap
  // between the two bones in plain view
  'median-atlanto-axial': { direction: [0, 1, 0.35], distance: 100 },
  'ligament:tectorial': { direction: [0, 0.6, -1], distance: 150 },
  // the skull's base: from the front, the side and a little above, so the ring of the foramen magnum reads as a
  // ring, with the clivus in front, the squama behind and the condyles on the joints on top of C1
  occiput: { direction: [0.6, 0.25, 0.75], distance: 180 },
  // the membranes between the skull and C1's arches: the front one from in front, the back one from behind
  'ligament:anterior-atlanto-occipital': { direction: [0.35, 0.2, 1], distance: 130 },
  'ligament:posterior-atlanto-occipital': { direction: [0.35, 0.3, -1], distance: 140 },
}

/**
 * Writes into `out` the unit direction from a ligament toward the camera that shows it and returns the
 * distance to stand at; null (and `out` unchanged) for one the camera's own direction shows.
 */
export function ligamentView(id: string, out: { set(x: number, y: number, z: number): unknown }): number | null {
  const view = INSIDE_RING[id]
  if (!view) return null
  const [x, y, z] = view.direction
  const length = Math.hypot(x, y, z)
  out.set(x / length, y / length, z / length)
  return view.distance
}
