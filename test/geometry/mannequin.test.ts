import { describe, expect, it } from 'vitest'
import { BODY_FRACTIONS, BODY_POSITIONS, bodyScale, isUpright } from '../../src/anatomy/bodySegments'
import { apply } from '../../src/anatomy/motion'
import { posture } from '../../src/anatomy/posture'
import { dot, length, sub } from '../../src/anatomy/vec'
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
        return { pose: figurePoser(position, frames), frames }
      })
    : [{ pose: figurePoser(position), frames: [] }]

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
    for (const { pose, frames } of posed)
      for (const frame of [null, ...frames]) {
        const p = pose(frame)
        const { up, level } = p.floor
        const lowest = Math.min(...FIGURE_SEGMENTS.map((id) => segmentLowest(shapes[id], p.matrices[id], up)))
        expect(lowest - level).toBeGreaterThan(-25)
        // the lowest point touches the floor (within a finger's width)
        expect(lowest - level).toBeLessThan(25)
      }
  })

  it.runIf(!isUpright(position))('lies or kneels with hands and feet (or knees) on the floor in every keyframe', () => {
    for (const { pose, frames } of posed)
      for (const frame of [null, ...frames]) {
        const p = pose(frame)
        const { up, level } = p.floor
        for (const side of ['left', 'right'] as const) {
          const footHeight = dot(p.points.feet[side], up) - level
          expect(footHeight, `${side} foot`).toBeLessThan(d.ankleHeight + 40)
          // on all fours the model's pelvis stays still, so letting the back sag lifts the shoulders further
          // than the arms reach: the hands are checked where the back is level or rounds up
          if (position !== 'hands-and-knees' || (frame?.amount ?? 0) >= 0) {
            const handHeight = dot(p.points.hands[side], up) - level
            expect(handHeight, `${side} hand at ${frame?.amount ?? 'rest'}`).toBeLessThan(60)
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
