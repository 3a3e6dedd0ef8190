import { describe, expect, it } from 'vitest'
import type { FigureAction } from '../../src/anatomy/bodySegments'
import { FIGURE_ACTIONS, figureActionFor } from '../../src/content/figureActions'
import { STRETCHES } from '../../src/content/stretches'

/** What a card's steps must say for each thing the person does, in this test's own words. */
const SAYS: readonly [keyof FigureAction, string, RegExp][] = [
  ['arms', 'crossed', /\bcross your arms\b|\barms crossed\b/i],
  ['arms', 'behindHead', /\b(hands behind your head|support your head with your hands)\b/i],
  ['arms', 'reachForward', /\breach your arms forward\b/i],
  ['legs', 'kneesToChest', /\bbring both knees toward your chest\b/i],
  ['legs', 'leftKneeToChest', /\bbring one knee toward your chest\b/i],
  ['legs', 'kneesRoll', /\bknees roll\b/i],
  ['legs', 'figureFour', /\bcross one ankle over the other knee\b/i],
  ['roller', 'true', /\bfoam roll\b/i],
]

describe('what the person does in each card', () => {
  it('names only moving cards', () => {
    const moving = new Set(STRETCHES.filter((s) => s.motion !== null).map((s) => s.id))
    for (const id of Object.keys(FIGURE_ACTIONS)) expect(moving.has(id), id).toBe(true)
  })

  it.each(SAYS.map(([key, value, says]) => [`${key} ${value}`, key, value, says] as const))(
    'shows %s exactly where the steps ask for it',
    (_name, key, value, says) => {
      for (const card of STRETCHES.filter((s) => s.motion !== null)) {
        const asked = card.steps.some((step) => says.test(step))
        const shown = String(figureActionFor(card.id)[key]) === value
        expect(shown, card.id).toBe(asked)
      }
    },
  )
})
