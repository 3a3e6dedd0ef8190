import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { NEURAL_IDS, type NeuralId } from '../../src/anatomy/neural'
import { createFacetApi, type FacetApi } from '../../src/api/facetApi'
import { createFacetRuntime, type FacetRuntime } from '../../src/runtime/runtime'

describe('window.facet and the cord, nerve roots and ligaments', () => {
  let api: FacetApi
  let runtime: FacetRuntime
  let warn: MockInstance<(...args: unknown[]) => void>
  beforeEach(() => {
    runtime = createFacetRuntime()
    api = createFacetApi(runtime)
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => {
    expect(warn).not.toHaveBeenCalled()
    warn.mockRestore()
    runtime.dispose()
  })

  /** Builds the structures (here on this thread, one per task; in the app in the neural worker). */
  const built = async (...ids: NeuralId[]) => {
    runtime.neural.want(ids)
    await vi.waitFor(() => expect(runtime.neural.pending()).toBe(0), { timeout: 20_000 })
  }

  it('gives the cord a world box from above C1 to between T12 and L2, once it is built', async () => {
    expect(api.boundingBox('cord', 'world')).toBeNull()
    expect(String(warn.mock.calls[0]?.[0])).toContain('still being built')
    warn.mockClear()
    await built('cord')
    const cord = api.boundingBox('cord', 'world')
    const c1 = api.boundingBox('C1', 'world')
    const t12 = api.boundingBox('T12', 'world')
    const l2 = api.boundingBox('L2', 'world')
    if (!cord || !c1 || !t12 || !l2) throw new Error('a box is missing')
    // it starts at the foramen magnum, above the atlas, and ends at the conus between T12 and L2
    expect(cord.max[1]).toBeGreaterThan(c1.max[1])
    expect(cord.min[1]).toBeLessThan(t12.max[1])
    expect(cord.min[1]).toBeGreaterThan(l2.min[1])
    // a cable inside the canal: far longer than it is wide
    expect(cord.upDown).toBeGreaterThan(380)
    expect(cord.leftRight).toBeLessThan(20)
  })

  it('gives a bone its box turned into place in the world frame, and its own box by default', async () => {
    const own = api.boundingBox('L4')
    const world = api.boundingBox('L4', 'world')
    const sacrum = api.boundingBox('sacrum', 'world')
    if (!own || !world || !sacrum) throw new Error('a box is missing')
    // the same bone, about the same size (turned a little by the lordosis), standing above the sacrum
    expect(world.leftRight).toBeCloseTo(own.leftRight, 3)
    expect(world.upDown).toBeGreaterThan(own.upDown * 0.9)
    expect(world.min[1]).toBeGreaterThan(sacrum.max[1] - 30)
    expect(own.min[1]).toBeLessThan(0)
    expect(world.min[1]).toBeGreaterThan(0)
    // a tilted bone's world box is round the bone, not round its turned own box: L1, tilted about 20° back
    // where the lordosis begins, stands 56–62 mm tall (the box round its turned box stood 79 mm)
    const l1 = api.boundingBox('L1', 'world')
    if (!l1) throw new Error('no L1 box')
    expect(l1.upDown).toBeGreaterThan(56)
    expect(l1.upDown).toBeLessThan(62)
    // the left L5 root lies on the subject's left (+x), at the level of the lowest lumbar bones
    await built('nerve:L5:left')
    const root = api.boundingBox('nerve:L5:left', 'world')
    if (!root) throw new Error('no root box')
    expect(root.max[0]).toBeGreaterThan(10)
    expect(root.min[1]).toBeLessThan(world.max[1])
  }, 30_000)

  it('lists every structure of both families with kind, regions and layer', () => {
    const all = api.listStructures()
    for (const id of NEURAL_IDS) expect(all.some((s) => s.id === id)).toBe(true)
    expect(all.find((s) => s.id === 'nerve:L5:left')).toEqual({
      id: 'nerve:L5:left',
      name: 'Left L5 spinal nerve root',
      kind: 'nerve',
      region: 'lumbar',
      regions: ['lumbar'],
      layer: 'nerves',
    })
    expect(all.find((s) => s.id === 'cord')?.regions).toEqual(['cervical', 'thoracic', 'lumbar'])
    expect(all.find((s) => s.id === 'si-joint:left')?.layer).toBe('facets')
    expect(all.find((s) => s.id === 'L4')?.layer).toBe('bones')
  })

  it('selects a nerve root, and turns x-ray on and off', () => {
    expect(api.select('nerve:l5:LEFT')).toBe(true)
    expect(api.getState().selection).toBe('nerve:L5:left')
    expect(api.setPreset('xray')).toBe(true)
    expect(api.getState()).toMatchObject({ xray: true, regions: { bones: 'ghosted', nerves: 'shown' } })
    expect(api.setPreset('normal')).toBe(true)
    expect(api.getState()).toMatchObject({ xray: false, regions: { bones: 'shown', nerves: 'hidden' } })
    // no parts, no printable file: not a bone
    expect(api.listParts('cord')).toEqual([])
    warn.mockClear()
    expect(api.exportSTL('cord')).toBeNull()
    expect(String(warn.mock.calls[0]?.[0])).toContain('not a bone')
    warn.mockClear()
  })
})
