import { afterEach, describe, expect, it, vi } from 'vitest'
import { moveCamera, moveFocalOffset } from '../../src/scene/reducedMotion'

/** camera-controls as a move sees it: records what it was asked and resolves at once. */
function fakeControls() {
  const calls: { kind: string; args: unknown[] }[] = []
  return {
    calls,
    setLookAt: (...args: unknown[]) => {
      calls.push({ kind: 'lookAt', args })
      return Promise.resolve()
    },
    setFocalOffset: (...args: unknown[]) => {
      calls.push({ kind: 'offset', args })
      return Promise.resolve()
    },
  }
}

const prefers = (reduce: boolean) =>
  vi.stubGlobal('window', { matchMedia: (q: string) => ({ matches: reduce && q.includes('reduce') }) })

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('camera moves (WCAG 2.3.3)', () => {
  it.each([
    ['ease the camera there for most readers', false],
    ['jump there for a reader who asked for less motion', true],
  ] as const)('%s, and ask for the frame that shows the move', async (_name, reduce) => {
    prefers(reduce)
    const controls = fakeControls()
    const invalidate = vi.fn()
    const pose = { atRest: true }
    await moveCamera(controls, [1, 2, 3], [4, 5, 6], { invalidate, pose })
    // a jump is not drawn yet: the pose the runtime mirrors is the old one, so not at rest; an eased move
    // leaves that to camera-controls, which wakes the camera as it starts
    expect(pose.atRest).toBe(!reduce)
    pose.atRest = true
    await moveFocalOffset(controls, [0, 7, 0], { invalidate, pose })
    expect(pose.atRest).toBe(!reduce)
    expect(controls.calls).toEqual([
      { kind: 'lookAt', args: [1, 2, 3, 4, 5, 6, !reduce] },
      { kind: 'offset', args: [0, 7, 0, !reduce] },
    ])
    expect(invalidate).toHaveBeenCalledTimes(2)
  })
})
