import { type BoneId, type FacetJointId, type JointLevel, parseStructureId, type StructureId } from '../anatomy/ids'
import { posture } from '../anatomy/posture'
import type { JointTissue } from '../content/cavitation'
import { add, cross3, dot, length, normalize, rotateX, scale, sub, type Vec3 } from './vec3'

/**
 * How a facet joint is opened in place, in world millimetres: the joint's centre and frame, the plane
 * that cuts its tissues in half (the half on the camera's side is taken away), where the camera looks
 * from, and where each tissue's name is pinned.
 */
export interface FacetCutaway {
  readonly joint: FacetJointId
  /** The bone above the joint (null for the skull above C1, which is not modelled) and the one below. */
  readonly upperBone: BoneId | null
  readonly lowerBone: BoneId
  readonly centre: Vec3
  /** Unit normal of the lower bone's facet: from its surface across the joint space to the bone above. */
  readonly normal: Vec3
  /** Unit, in the joint's plane: the cut plane's normal; the camera looks from this side. */
  readonly across: Vec3
  /** Unit, in the joint's plane and in the cut plane. */
  readonly along: Vec3
  /** Facet size (mm). */
  readonly width: number
  readonly height: number
  /** Where the camera looks from and at. */
  readonly view: { readonly position: Vec3; readonly target: Vec3 }
  /** Where each tissue's name is pinned, in the cut plane. */
  readonly labels: readonly { readonly tissue: JointTissue; readonly at: Vec3 }[]
}

const POSTERIOR: Vec3 = [0, 0, -1]
const UP: Vec3 = [0, 1, 0]

/** The in-plane part of `v` (the plane with unit normal `n`). */
const inPlane = (v: Vec3, n: Vec3): Vec3 => sub(v, scale(n, dot(v, n)))

/**
 * The cut-away of one facet joint. The cut faces back and out where the joint's plane allows (lumbar
 * and cervical joints, seen from behind as on an axial scan), and out to the side where the plane is
 * nearly frontal (thoracic joints), so the camera never looks through the spinal canal or the body.
 */
export function facetCutaway(joint: FacetJointId): FacetCutaway {
  const parsed = parseStructureId(joint)
  const pose = posture().facets[joint]
  if (parsed?.kind !== 'facet' || !pose) throw new Error(`Unknown facet joint ${joint}`)
  const { upperBone, lowerBone } = jointBones(parsed.joint)

  const outward: Vec3 = [parsed.side === 'left' ? 1 : -1, 0, 0]
  const normal = normalize(rotateX(pose.normal, pose.tilt))
  let across = inPlane(add(POSTERIOR, scale(outward, 0.6)), normal)
  if (length(across) < 0.5) across = inPlane(outward, normal)
  across = normalize(across)
  const along = normalize(cross3(normal, across))
  const size = Math.max(pose.width, pose.height)
  const distance = Math.max(60, size * 4.5)
  const centre = pose.position
  const look = normalize(add(add(scale(across, 0.85), scale(normal, 0.3)), scale(UP, 0.3)))
  const side = Math.max(pose.width, pose.height) / 2
  // the names sit on the cut face, spread along it so they do not overlap
  const labels: FacetCutaway['labels'] = [
    { tissue: 'upperProcess', at: add(centre, add(scale(normal, 8), scale(along, -side * 0.3))) },
    { tissue: 'lowerProcess', at: add(centre, add(scale(normal, -8), scale(along, -side * 0.3))) },
    { tissue: 'cartilage', at: add(centre, add(scale(normal, -1), scale(along, side * 0.8))) },
    { tissue: 'fluid', at: add(centre, add(scale(normal, 1), scale(along, side * 0.35))) },
    { tissue: 'capsule', at: add(centre, scale(along, -(side + 1.5))) },
    { tissue: 'cavity', at: add(centre, scale(along, -side * 0.35)) },
  ]
  return {
    joint,
    upperBone,
    lowerBone,
    centre,
    normal,
    across,
    along,
    width: pose.width,
    height: pose.height,
    view: { position: add(centre, scale(look, distance)), target: centre },
    labels,
  }
}

/** A plane as three.js keeps one: the points p with normal·p + constant < 0 lie on its clipped side. */
export interface ClipPlane {
  readonly normal: Vec3
  readonly constant: number
}

/** How far the window in the bones reaches from the joint's centre beyond the facet's own half-size, mm. */
const WINDOW_MARGIN = 5
/** How deep the window reaches into each articular process, across the joint, mm. */
const WINDOW_DEPTH = 12

/**
 * The window cut into the joint's two bones: a box on the camera's side of the cut plane, as wide and
 * tall as the facet plus a margin and reaching into both articular processes, so the section shows the
 * joint and the bone round it while the rest of each bone stays whole. Clip with all of these planes
 * intersected (a point is taken away only when it is on the clipped side of every one).
 */
export function boneWindow(cut: FacetCutaway): readonly ClipPlane[] {
  const reach = Math.max(cut.width, cut.height) / 2 + WINDOW_MARGIN
  const bound = (direction: Vec3, distance: number): ClipPlane => ({
    normal: direction,
    constant: -dot(direction, cut.centre) - distance,
  })
  return [
    // the cut itself: the camera's side is clipped
    { normal: scale(cut.across, -1), constant: dot(cut.across, cut.centre) },
    bound(cut.along, reach),
    bound(scale(cut.along, -1), reach),
    bound(cut.normal, WINDOW_DEPTH),
    bound(scale(cut.normal, -1), WINDOW_DEPTH),
  ]
}

/** The bones either side of a joint level: the skull above C1 is not modelled, and S1 is the sacrum. */
export function jointBones({ upper, lower }: JointLevel): { upperBone: BoneId | null; lowerBone: BoneId } {
  return { upperBone: upper === 'C0' ? null : upper, lowerBone: lower === 'S1' ? 'sacrum' : lower }
}

/** What the opened joint replaces in the view while it is open: the joint itself and its two bones. */
export function openedStructures(joint: FacetJointId): readonly StructureId[] {
  const parsed = parseStructureId(joint)
  if (parsed?.kind !== 'facet') return []
  const { upperBone, lowerBone } = jointBones(parsed.joint)
  return upperBone ? [joint, upperBone, lowerBone] : [joint, lowerBone]
}
