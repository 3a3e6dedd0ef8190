import { ShaderLib } from 'three'
import { describe, expect, it } from 'vitest'
import { createNeuralGeometry } from '../../src/geometry/neural'
import { mergeNeuralGeometries } from '../../src/geometry/neuralBatch'
import { NEURAL_STATE_ROWS, neuralBatchVertexShader } from '../../src/scene/neuralResources'

describe('the neural batch', () => {
  it('merges structures into one geometry, each vertex tagged with its structure, triangles intact', () => {
    const a = createNeuralGeometry('si-joint:left', 0)
    const b = createNeuralGeometry('ilium:left', 0)
    const merged = mergeNeuralGeometries([
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

  it('patches three’s real Lambert shader, and says so when a chunk it needs is gone', () => {
    const patched = neuralBatchVertexShader(ShaderLib.lambert.vertexShader)
    expect(patched).toContain('attribute float structureIndex;')
    expect(patched).toContain(`/ ${NEURAL_STATE_ROWS}.0`)
    // room for every structure: 162 of them
    expect(NEURAL_STATE_ROWS).toBeGreaterThanOrEqual(162)
    expect(() => neuralBatchVertexShader('void main() {}')).toThrow(/#include <common>/)
  })
})
