import { describe, expect, it, vi } from 'vitest'
import { createNeuralGeometries } from '../../src/runtime/neuralGeometries'

/** Waits until the geometries have no structure left to build (each is built in a task of its own here). */
const settled = (neural: ReturnType<typeof createNeuralGeometries>) =>
  vi.waitFor(() => expect(neural.pending()).toBe(0), { timeout: 20_000 })

describe('the runtime’s neural geometries', () => {
  it('builds what is asked for, once, tells its listeners, and knows each box for the camera', async () => {
    // no worker here (Node): each structure is built on this thread, one per task
    const neural = createNeuralGeometries(null)
    const heard = vi.fn()
    neural.subscribe(heard)
    expect(neural.get('si-joint:left')).toBeNull()
    neural.want(['si-joint:left', 'ilium:left'])
    expect(neural.pending()).toBe(2)
    await settled(neural)
    expect(neural.builtCount()).toBe(2)
    const joint = neural.get('si-joint:left')
    expect(joint?.getAttribute('position').count).toBeGreaterThan(0)
    expect(neural.box('cord')).toBeNull()
    // the box of what was built, in the world frame: the left joint lies left of the midline (+x), reaching below S1's top
    const box = neural.box('si-joint:left')
    expect(box?.min.x).toBeGreaterThan(0)
    expect(box?.min.y).toBeLessThan(0)
    expect(heard).toHaveBeenCalled()
    // asked again: nothing is rebuilt, the same geometry is shared
    const version = neural.version()
    neural.want(['si-joint:left'])
    expect(neural.version()).toBe(version)
    expect(neural.get('si-joint:left')).toBe(joint)
    neural.dispose()
  })

  it('disposes what it built with the runtime, and builds nothing after', async () => {
    const neural = createNeuralGeometries(null)
    neural.want(['ilium:right'])
    await settled(neural)
    const geometry = neural.get('ilium:right')
    const dispose = vi.spyOn(geometry!, 'dispose')
    neural.dispose()
    expect(dispose).toHaveBeenCalledTimes(1)
    expect(neural.get('ilium:right')).toBeNull()
    neural.want(['cord'])
    expect(neural.builtCount()).toBe(0)
  })

  it('lends the view’s picker while it is mounted', () => {
    const neural = createNeuralGeometries(null)
    const picker = { visiblePoint: () => ({ x: 1, y: 2 }) }
    const takeBack = neural.lendPicker(picker)
    expect(neural.picker()).toBe(picker)
    takeBack()
    expect(neural.picker()).toBeNull()
  })
})
