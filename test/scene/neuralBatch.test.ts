import { ShaderLib } from 'three'
import { describe, expect, it } from 'vitest'
import { createNeuralGeometry } from '../../src/geometry/neural'
import { drawOnly, mergeNeuralGeometries } from '../../src/geometry/neuralBatch'
import { farIndex } from '../../src/geometry/neuralFar'
import { toArrays } from '../../src/geometry/transfer'
import { NEURAL_STATE_ROWS, neuralBatchVertexShader } from '../../src/scene/neuralResources'

describe('the neural batch', () => {
  it('merges structures into one geometry, each vertex tagged with its structure, triangles intact', () => {
    const a = createNeuralGeometry('si-joint:left', 0)
    const b = createNeuralGeometry('ilium:left', 0)
    const { geometry: merged } = mergeNeuralGeometries([
      { index: 7, geometry: a },
      { index: 161, geometry: b },
    ])
    const countA = a.getAttribute('position').count
    const countB = b.getAttribute('position').count
    expect(merged.getAttribute('position').count).toBe(countA + countB)
    const tags = merged.getAttribute('structureIndex').array
    expect(tags[0]).toBe(7)
    expect(tags[countA - 1]).toBe(7)
    expect(tags[countA]).toBe(161)
    // the second structure's triangles point at its own vertices, moved past the first's
    const index = merged.getIndex()!.array
    const firstOfB = a.getIndex()!.count
    expect(index[firstOfB]).toBe((b.getIndex()!.array[0] ?? 0) + countA)
    expect(Math.max(...Array.from(index))).toBe(countA + countB - 1)
    b.computeBoundingBox()
    expect(merged.boundingBox!.containsBox(b.boundingBox!)).toBe(true)
  })

  it('draws only the structures shown: a hidden one costs no triangle, and shown again it is whole', () => {
    const a = createNeuralGeometry('si-joint:left', 0)
    const b = createNeuralGeometry('ilium:left', 0)
    const batch = mergeNeuralGeometries([
      { index: 7, geometry: a },
      { index: 161, geometry: b },
    ])
    const countA = a.getAttribute('position').count
    const drawn = () => {
      const { start, count } = batch.geometry.drawRange
      return Array.from(batch.geometry.getIndex()!.array.slice(start, start + Math.min(count, 1e9)))
    }
    expect(drawOnly(batch, (s) => s === 161)).toBe(b.getIndex()!.count)
    // every index drawn is one of the ilium's vertices, and all of its triangles are there
    expect(drawn().every((v) => v >= countA)).toBe(true)
    expect(drawn().length).toBe(b.getIndex()!.count)
    expect(drawOnly(batch, () => false)).toBe(0)
    expect(drawn()).toEqual([])
    // both again: the very triangles the merge made
    expect(drawOnly(batch, () => true)).toBe(a.getIndex()!.count + b.getIndex()!.count)
    expect(drawn()).toEqual(Array.from(batch.fullIndex))
  })

  it('draws the far triangles from afar, each structure’s own moved past the ones before it', () => {
    const a = createNeuralGeometry('si-joint:left', 0)
    const b = createNeuralGeometry('ilium:left', 0)
    // a far version of the ilium: its first two triangles
    b.userData.farIndex = Uint32Array.from(b.getIndex()!.array.slice(0, 6))
    const batch = mergeNeuralGeometries([
      { index: 7, geometry: a },
      { index: 161, geometry: b },
    ])
    const countA = a.getAttribute('position').count
    // the si joint has no far triangles of its own: afar it keeps all of them
    expect(drawOnly(batch, () => true, true)).toBe(a.getIndex()!.count + 6)
    expect(drawOnly(batch, (s) => s === 161, true)).toBe(6)
    const drawn = Array.from(batch.geometry.getIndex()!.array.slice(0, 6))
    expect(drawn).toEqual(Array.from(b.getIndex()!.array.slice(0, 6)).map((v) => Number(v) + countA))
    // near again: every triangle
    expect(drawOnly(batch, () => true, false)).toBe(a.getIndex()!.count + b.getIndex()!.count)
  })

  it('gives a nerve root about half its triangles for afar (L5: 116 of 228), over its own vertices', async () => {
    const root = createNeuralGeometry('nerve:L5:left', 0)
    const arrays = toArrays(root)
    const far = await farIndex(arrays)
    const triangles = root.getIndex()!.count / 3
    expect(far.length % 3).toBe(0)
    expect(far.length / 3).toBeGreaterThan(0)
    expect(far.length / 3).toBeLessThan(triangles * 0.6)
    expect(Math.max(...far)).toBeLessThan(root.getAttribute('position').count)
  })

  it('patches three’s real Lambert shader, and says so when a chunk it needs is gone', () => {
    const patched = neuralBatchVertexShader(ShaderLib.lambert.vertexShader)
    expect(patched).toContain('attribute float structureIndex;')
    expect(patched).toContain(`/ ${NEURAL_STATE_ROWS}.0`)
    // room for every structure: 162 of them
    expect(NEURAL_STATE_ROWS).toBeGreaterThanOrEqual(162)
    expect(() => neuralBatchVertexShader('void main() {}')).toThrow(/#include <common>/)
  })
})
