import type { Matrix4 } from 'three'
import { FIGURE_SEGMENTS, type FigurePose, type SegmentShape, segmentShapes } from './mannequin'
import { cross3, dot, normalize, sub, type Vec3 } from './vec3'

/**
 * The person doing a stretch as a flat line drawing, for the printed handout: the same mannequin and poses as
 * the 3D figure (geometry/mannequin.ts), projected straight on (orthographic) onto a plane, each capsule a
 * thick round-capped line and each ellipsoid the exact ellipse it projects to. Plain data, drawn by the
 * handout as SVG; nothing here knows React or the DOM.
 */

export type FlatShape =
  | { kind: 'line'; a: [number, number]; b: [number, number]; width: number }
  | { kind: 'ellipse'; centre: [number, number]; rx: number; ry: number; degrees: number }

export interface FlatView {
  /** Screen axes in the spine's frame: `right` and `up` (SVG's y runs down, so points are drawn at -up). */
  right: Vec3
  up: Vec3
}

/**
 * The side view: looking at the person's left side with the floor level, whatever the body position (the
 * figure's frame has its floor upright for a lying card).
 */
export function sideView(pose: FigurePose): FlatView {
  const up = normalize(pose.floor.up)
  // the body's left-right axis is the spine frame's x in every position: look along it
  const right = normalize(cross3(up, [1, 0, 0]))
  return { right, up }
}

/** The end view: looking at the person from the front (or, lying, from the feet), the floor level. */
export function endView(pose: FigurePose): FlatView {
  const side = sideView(pose)
  // seen from where `side.right` points, the body's left is on screen left
  return { right: [-1, 0, 0], up: side.up }
}

const column = (m: Matrix4, i: number): Vec3 => {
  const e = m.elements
  return [e[4 * i] ?? 0, e[4 * i + 1] ?? 0, e[4 * i + 2] ?? 0]
}
const origin = (m: Matrix4): Vec3 => column(m, 3)

/** One posed segment flattened onto a view. */
function flatten(shape: SegmentShape, m: Matrix4, view: FlatView): FlatShape {
  const to2d = (p: Vec3): [number, number] => [dot(p, view.right), -dot(p, view.up)]
  if (shape.kind === 'capsule') {
    const axis = column(m, 1)
    const half = shape.length / 2
    const c = origin(m)
    return {
      kind: 'line',
      a: to2d(sub(c, [axis[0] * half, axis[1] * half, axis[2] * half])),
      b: to2d([c[0] + axis[0] * half, c[1] + axis[1] * half, c[2] + axis[2] * half]),
      width: 2 * shape.radius,
    }
  }
  // an ellipsoid is the unit sphere under the matrix's linear part L; its outline on screen is the ellipse
  // {A u : |u| = 1} with A = P L (P the 2×3 projection): its axes are the eigenvectors of A Aᵀ
  const a = [column(m, 0), column(m, 1), column(m, 2)].map(to2d)
  let sxx = 0
  let sxy = 0
  let syy = 0
  for (const [x, y] of a) {
    sxx += x * x
    sxy += x * y
    syy += y * y
  }
  const mean = (sxx + syy) / 2
  const spread = Math.sqrt(((sxx - syy) / 2) ** 2 + sxy ** 2)
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy)
  return {
    kind: 'ellipse',
    centre: to2d(origin(m)),
    rx: Math.sqrt(mean + spread),
    ry: Math.sqrt(Math.max(0, mean - spread)),
    degrees: (angle * 180) / Math.PI,
  }
}

/** Every segment of a pose flattened onto a view (no depth order: each pose is drawn in one flat colour). */
export function flattenPose(
  pose: FigurePose,
  view: FlatView,
  shapes: Record<string, SegmentShape> = segmentShapes(),
): FlatShape[] {
  return FIGURE_SEGMENTS.map((id) => flatten(shapes[id] as SegmentShape, pose.matrices[id], view))
}

/** The floor's height on a view (SVG y, running down). */
export function floorLine(pose: FigurePose, view: FlatView): number {
  return -(pose.floor.level * dot(normalize(pose.floor.up), view.up))
}

/** The box [minX, minY, maxX, maxY] round some flat shapes, with a margin. */
export function bounds(shapes: readonly FlatShape[], margin = 0): [number, number, number, number] {
  let box: [number, number, number, number] = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ]
  const grow = (x: number, y: number, hx: number, hy: number) => {
    box = [Math.min(box[0], x - hx), Math.min(box[1], y - hy), Math.max(box[2], x + hx), Math.max(box[3], y + hy)]
  }
  for (const s of shapes) {
    if (s.kind === 'line') {
      grow(...s.a, s.width / 2, s.width / 2)
      grow(...s.b, s.width / 2, s.width / 2)
    } else {
      // a turned ellipse's half extents along x and y
      const t = (s.degrees * Math.PI) / 180
      const [c, n] = [Math.cos(t), Math.sin(t)]
      grow(...s.centre, Math.hypot(s.rx * c, s.ry * n), Math.hypot(s.rx * n, s.ry * c))
    }
  }
  return [box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin]
}

/** A box's outline on a view: its left and right ends and its top (SVG y, running down). */
function boxOnView(centre: Vec3, size: Vec3, view: FlatView): { left: number; right: number; top: number } {
  const halfAcross = (axis: Vec3) =>
    (Math.abs(axis[0]) * size[0] + Math.abs(axis[1]) * size[1] + Math.abs(axis[2]) * size[2]) / 2
  const across = dot(centre, view.right)
  const half = halfAcross(view.right)
  return { left: across - half, right: across + half, top: -(dot(centre, view.up) + halfAcross(view.up)) }
}

/**
 * The chair of a seated pose as a few lines on a view, drawn behind the person: the seat's top and two legs,
 * and the back as one post seen from the side or as a frame above the seat seen from the front. The same seat
 * and back the 3D figure sits on (`FigurePose.seat`); none when the person does not sit. A seated person drawn
 * with nothing under them read as someone squatting in mid-air (a clinician's review, s36).
 */
export function chairLines(pose: FigurePose, view: FlatView, width = 16): FlatShape[] {
  if (!pose.seat) return []
  const floor = floorLine(pose, view)
  const seat = boxOnView(pose.seat.centre, pose.seat.size, view)
  const back = boxOnView(pose.seat.back.centre, pose.seat.back.size, view)
  const line = (a: [number, number], b: [number, number]): FlatShape => ({ kind: 'line', a, b, width })
  const inset = width / 2
  const lines = [
    line([seat.left + inset, seat.top], [seat.left + inset, floor]),
    line([seat.right - inset, seat.top], [seat.right - inset, floor]),
  ]
  if (back.right - back.left < 4 * width) {
    // seen from the side, the back is one post, and the seat reaches it (it stands a little behind the seat)
    const middle = (back.left + back.right) / 2
    lines.push(
      line([Math.min(seat.left, middle), seat.top], [Math.max(seat.right, middle), seat.top]),
      line([middle, back.top], [middle, floor]),
    )
  } else {
    lines.push(line([seat.left, seat.top], [seat.right, seat.top]))
    lines.push(
      line([back.left, back.top], [back.right, back.top]),
      line([back.left + inset, back.top], [back.left + inset, seat.top]),
      line([back.right - inset, back.top], [back.right - inset, seat.top]),
    )
  }
  return lines
}
