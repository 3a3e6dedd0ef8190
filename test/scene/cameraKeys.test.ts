import { describe, expect, it } from 'vitest'
import { cameraKeyMove, TURN_STEP_DEG } from '../../src/scene/cameraKeys'

describe('the 3D view’s keys', () => {
  it('turns by a step each way, so left then right comes back', () => {
    const left = cameraKeyMove('ArrowLeft')
    const right = cameraKeyMove('ArrowRight')
    expect(left).toEqual({ kind: 'rotate', azimuth: (TURN_STEP_DEG * Math.PI) / 180, polar: 0 })
    expect(right).toEqual({ kind: 'rotate', azimuth: -(TURN_STEP_DEG * Math.PI) / 180, polar: 0 })
    const up = cameraKeyMove('ArrowUp')
    const down = cameraKeyMove('ArrowDown')
    expect(up?.kind === 'rotate' && down?.kind === 'rotate' && up.polar + down.polar).toBe(0)
    // 24 presses go once round
    expect((360 / TURN_STEP_DEG) % 1).toBe(0)
  })

  it('zooms in with + (or =) and back out to the same distance with − (or _)', () => {
    const closer = (key: string) => {
      const m = cameraKeyMove(key)
      if (m?.kind !== 'dolly') throw new Error(key)
      return m.closer
    }
    expect(closer('+')).toBe(closer('='))
    expect(closer('-')).toBe(closer('_'))
    // a distance d becomes d(1 − in), then that times (1 − out): back to d
    expect((1 - closer('+')) * (1 - closer('-'))).toBeCloseTo(1, 12)
    expect(closer('+')).toBeGreaterThan(0)
  })

  it('leaves every other key to the page', () => {
    for (const key of ['Tab', 'Enter', ' ', 'h', 'l', 'Escape', 'PageDown']) expect(cameraKeyMove(key), key).toBeNull()
  })
})
