import { describe, expect, it } from 'vitest'
import { BODY_FRACTIONS, BODY_POSITIONS, bodyScale, isUpright } from '../../src/anatomy/bodySegments'
import { apply } from '../../src/anatomy/motion'
import { posture } from '../../src/anatomy/posture'
import { dot, length, sub } from '../../src/anatomy/vec'
import { figureActionFor } from '../../src/content/figureActions'
import { STRETCHES } from '../../src/content/stretches'
import {
  createMannequinGeometries,
  FIGURE_SEGMENTS,
  figureDimensions,
  figurePoser,
  reach,
  segmentLowest,
  segmentShapes,
} from '../../src/geometry/mannequin'
import { StretchPlayback } from '../../src/physics/stretchPlayback'

const d = figureDimensions()
const shapes = segmentShapes(d)
const bones = posture().bones
const moving = STRETCHES.filter((s) => s.motion !== null)
const playback = (id: string) => {
  const card = STRETCHES.find((s) => s.id === id)
  if (!card?.motion) throw new Error(id)
  return new StretchPlayback(card.motion)
}

describe('body proportions', () => {
  it('makes the figure an adult whose hip-to-shoulder span is the spine’s', () => {
    const { height, hipY, shoulderY } = bodyScale()
    expect(height).toBeGreaterThan(1500)
    expect(height).toBeLessThan(2100)
    const span = BODY_FRACTIONS.shoulderHeight.value - BODY_FRACTIONS.hipHeight.value
    expect((shoulderY - hipY) / height).toBeCloseTo(span, 6)
    // the spine from S1 to C1 fits between the hips and the top of the head
    expect(hipY).toBeLessThan(0)
    expect(hipY + (1 - BODY_FRACTIONS.hipHeight.value) * height).toBeGreaterThan(bones.C1.position[1])
  })

  it('gives each limb segment its fraction of body height', () => {
    const f = BODY_FRACTIONS
    const pairs: [string, number][] = [
      ['upperArm:left', f.upperArm.value],
      ['forearm:right', f.forearm.value],
      ['thigh:left', f.thigh.value],
      ['shank:right', f.shank.value],
    ]
    for (const [id, fraction] of pairs) {
      const shape = shapes[id as keyof typeof shapes]
      expect(shape.kind).toBe('capsule')
      if (shape.kind === 'capsule') expect(shape.length / d.H, id).toBeCloseTo(fraction, 6)
    }
    expect(d.head / d.H).toBeCloseTo(f.head.value, 6)
    // the shoulders are wider than the hips, as in the table
    expect(d.shoulderHalfWidth).toBeGreaterThan(d.hipHalfWidth)
  })

  it('gives the head a nose on the side the body faces, so a turn of the head can be seen', () => {
    const g = createMannequinGeometries(d)
    g.segments.head.computeBoundingBox()
    const box = g.segments.head.boundingBox!
    // the unit head: the back of the skull at -1, the tip of the nose past the face at +1
    expect(box.min.z).toBeCloseTo(-1, 3)
    expect(box.max.z).toBeGreaterThan(1.1)
    // only the head: the other ellipsoids stay plain
    g.segments.chest.computeBoundingBox()
    expect(g.segments.chest.boundingBox!.max.z).toBeCloseTo(1, 3)
    g.dispose()
  })

  it('stays a few thousand triangles, so the orbit keeps its frame rate', () => {
    const g = createMannequinGeometries(d)
    let triangles = 0
    for (const id of FIGURE_SEGMENTS) {
      const geometry = g.segments[id]
      triangles += (geometry.index?.count ?? geometry.getAttribute('position').count) / 3
    }
    g.dispose()
    expect(triangles).toBeLessThan(6000)
  })
})

describe('reach (two-bone)', () => {
  it('puts the end on a target within reach, keeping both lengths, bending toward the pole', () => {
    const [mid, end] = reach([0, 0, 0], [0, -500, 100], 300, 300, [0, 0, 1])
    expect(length(sub(end, [0, -500, 100]))).toBeLessThan(1e-6)
    expect(length(mid)).toBeCloseTo(300, 6)
    expect(length(sub(end, mid))).toBeCloseTo(300, 6)
    expect(mid[2]).toBeGreaterThan(50)
  })
  it('stretches straight toward a target out of reach', () => {
    const [, end] = reach([0, 0, 0], [0, -1000, 0], 300, 300, [0, 0, 1])
    expect(length(end)).toBeCloseTo(600, 2)
  })
})

describe.each(BODY_POSITIONS.map((p) => [p]))('the figure %s', (position) => {
  // each card's figure is prepared for its own keyframes (the rest pose when no card is done this way)
  const cards = moving.filter((s) => s.position === position)
  const posed = cards.length
    ? cards.map((s) => {
        const frames = playback(s.id).keyframes
        return {
          id: s.id,
          pose: figurePoser(position, frames, figureActionFor(s.id)),
          frames,
          action: figureActionFor(s.id),
        }
      })
    : [{ id: 'rest', pose: figurePoser(position), frames: [], action: {} }]

  it('keeps the pelvis on the sacrum and the head over C1 in every keyframe', () => {
    for (const { pose, frames } of posed) {
      const rest = pose(null)
      const restHeadFromC1 = sub(rest.points.head, bones.C1.position)
      for (const frame of frames) {
        const p = pose(frame)
        expect(p.points.pelvis).toEqual(rest.points.pelvis)
        const c1 = frame.bones.get('C1')
        if (!c1) throw new Error('no C1')
        const c1At = apply(c1, bones.C1.position)
        expect(length(sub(p.points.head, c1At))).toBeCloseTo(length(restHeadFromC1), 6)
      }
    }
  })

  it('never makes a NaN', () => {
    for (const { pose, frames } of posed)
      for (const frame of [null, ...frames]) {
        const p = pose(frame)
        const bad = FIGURE_SEGMENTS.filter((id) => !p.matrices[id].elements.every(Number.isFinite))
        expect(bad).toEqual([])
      }
  })

  it('rests its hands, knees or feet on the floor, and nothing of the body under it', () => {
    for (const { id, pose, frames } of posed)
      for (const frame of [null, ...frames]) {
        const p = pose(frame)
        const { up, level } = p.floor
        const lowest = Math.min(...FIGURE_SEGMENTS.map((id) => segmentLowest(shapes[id], p.matrices[id], up)))
        const under = FIGURE_SEGMENTS.filter((s) => segmentLowest(shapes[s], p.matrices[s], up) - level < -25)
        expect(under, `${id} at ${frame?.amount ?? 'rest'}`).toEqual([])
        // the lowest point touches the floor (within a finger's width)
        expect(lowest - level, id).toBeLessThan(25)
      }
  })

  it.runIf(!isUpright(position))('lies or kneels with hands and feet (or knees) on the floor in every keyframe', () => {
    for (const { id, pose, frames, action } of posed)
      for (const frame of [null, ...frames]) {
        const p = pose(frame)
        const { up, level } = p.floor
        for (const side of ['left', 'right'] as const) {
          // a foot stays on the floor unless the card lifts that leg (then it starts there) or crosses it
          const legs = action.legs
          const stays = legs === undefined || legs === 'kneesRoll' || (legs === 'leftKneeToChest' && side === 'right')
          const startsThere = legs === 'kneesToChest' || legs === 'leftKneeToChest'
          const footHeight = dot(p.points.feet[side], up) - level
          if (stays || (startsThere && (frame?.amount ?? 0) === 0))
            expect(footHeight, `${id}: ${side} foot at ${frame?.amount ?? 'rest'}`).toBeLessThan(d.ankleHeight + 40)
          // on all fours the model's pelvis stays still, so letting the back sag lifts the shoulders further
          // than the arms reach: the hands are checked where the back is level or rounds up
          const handsBusy = action.arms !== undefined && action.arms !== 'reachForward'
          if (!handsBusy && (position !== 'hands-and-knees' || (frame?.amount ?? 0) >= 0)) {
            const handHeight = dot(p.points.hands[side], up) - level
            expect(handHeight, `${id}: ${side} hand at ${frame?.amount ?? 'rest'}`).toBeLessThan(60)
          }
        }
      }
  })

  it.runIf(isUpright(position))('stands or sits on a level floor below the feet', () => {
    const p = figurePoser(position)(null)
    expect(p.floor.up).toEqual([0, 1, 0])
    for (const side of ['left', 'right'] as const)
      expect(p.points.feet[side][1] - p.floor.level).toBeLessThan(d.ankleHeight + 30)
  })
})

describe('the seat', () => {
  it('is under the pelvis when sitting, and absent otherwise', () => {
    const seated = figurePoser('sitting')(null)
    expect(seated.seat).not.toBeNull()
    if (seated.seat) {
      const top = seated.seat.centre[1] + seated.seat.size[1] / 2
      expect(top).toBeLessThan(seated.points.pelvis[1])
      expect(top).toBeGreaterThan(seated.points.pelvis[1] - 250)
    }
    expect(figurePoser('standing')(null).seat).toBeNull()
  })
})

describe('what the limbs do in a card', () => {
  const played = (id: string) => {
    const card = STRETCHES.find((s) => s.id === id)
    if (!card?.motion) throw new Error(id)
    const frames = new StretchPlayback(card.motion).keyframes
    const pose = figurePoser(card.position, frames, figureActionFor(id))
    const full = frames.reduce((a, b) => ((b.amount ?? 0) > (a.amount ?? 0) ? b : a))
    return { start: pose(frames[0] ?? null), full: pose(full) }
  }
  const gap = (a: readonly number[], b: readonly number[]) => length(sub(a as never, b as never))

  it('draws both knees to the chest, hands holding them, in double knee to chest', () => {
    const { start, full } = played('double-knee-to-chest')
    for (const side of ['left', 'right'] as const) {
      expect(gap(full.points.knees[side], full.points.chest)).toBeLessThan(
        gap(start.points.knees[side], start.points.chest) - 150,
      )
      expect(gap(full.points.wrists[side], full.points.knees[side])).toBeLessThan(150)
    }
  })

  it('draws only the left knee up in single knee to chest, the right foot staying on the floor', () => {
    const { start, full } = played('single-knee-to-chest')
    expect(gap(full.points.knees.left, full.points.chest)).toBeLessThan(
      gap(start.points.knees.left, start.points.chest) - 150,
    )
    expect(gap(full.points.feet.right, start.points.feet.right)).toBeLessThan(1)
  })

  it('rolls both knees to one side in knee rolls, the feet staying put', () => {
    const { start, full } = played('knee-rolls')
    for (const side of ['left', 'right'] as const) {
      expect(start.points.knees[side][0] - full.points.knees[side][0]).toBeGreaterThan(150)
      expect(gap(full.points.feet[side], start.points.feet[side])).toBeLessThan(120)
    }
  })

  it('crosses the arms on the chest in the standing and seated turns, each hand on the far side', () => {
    for (const id of ['standing-rotation', 'seated-rotation']) {
      const { full } = played(id)
      expect(full.points.hands.left[0], id).toBeLessThan(full.points.chest[0])
      expect(full.points.hands.right[0], id).toBeGreaterThan(full.points.chest[0])
    }
  })

  it('holds the hands behind the head over the chair and the foam roll', () => {
    for (const id of ['chair-extension', 'foam-roller-extension']) {
      const { full } = played(id)
      for (const side of ['left', 'right'] as const)
        expect(gap(full.points.wrists[side], full.points.head), id).toBeLessThan(180)
    }
  })

  it('puts a foam roll under the upper back only for the foam roll card', () => {
    expect(played('foam-roller-extension').start.roller).not.toBeNull()
    expect(played('knee-rolls').start.roller).toBeNull()
  })
})
