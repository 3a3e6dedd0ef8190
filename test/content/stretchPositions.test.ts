import { describe, expect, it } from 'vitest'
import { BODY_POSITIONS, type BodyPosition } from '../../src/anatomy/bodySegments'
import { STRETCHES } from '../../src/content/stretches'

/**
 * What a card's steps say about how to place the body, in this test's own words: the first step that names a
 * position decides it. A card whose steps name none (a towel round the neck) is done sitting.
 */
const SAYS: readonly [BodyPosition, RegExp][] = [
  ['supine', /\blie on your back\b/i],
  ['prone', /\blie (flat )?on your front\b/i],
  ['hands-and-knees', /\b(hands and knees|all fours)\b/i],
  ['half-kneeling', /\bkneel on one knee\b/i],
  ['sitting', /\bsit\b/i],
  ['standing', /\bstand\b|\bstep\b/i],
]
function positionInSteps(steps: readonly string[]): BodyPosition | null {
  for (const step of steps) for (const [position, says] of SAYS) if (says.test(step)) return position
  return null
}

describe('stretch body positions', () => {
  const moving = STRETCHES.filter((s) => s.motion !== null)

  it.each(moving.map((s) => [s.id, s] as const))('gives the moving card %s a known body position', (_id, s) => {
    expect(BODY_POSITIONS).toContain(s.position)
  })

  it.each(moving.map((s) => [s.id, s] as const))('places %s as its own steps say', (_id, s) => {
    expect(s.position).toBe(positionInSteps(s.steps) ?? 'sitting')
  })

  it('has cards lying, sitting and standing, so the figure is seen in each', () => {
    const used = new Set(moving.map((s) => s.position))
    for (const p of ['supine', 'sitting', 'standing'] as const) expect(used).toContain(p)
  })
})
