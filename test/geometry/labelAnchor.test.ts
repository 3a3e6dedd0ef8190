import { BufferGeometry, Matrix4, PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import type { StructureId } from '../../src/anatomy/ids'
import { NEURAL_IDS, type NeuralId } from '../../src/anatomy/neural'
import { createStructureGeometry } from '../../src/geometry/cache'
import { labelAnchor, nearestVertex } from '../../src/geometry/labelAnchor'
import { createNeuralGeometry } from '../../src/geometry/neural'
import { levelLabelPoint, structureMatrix, structureWorldCentre } from '../../src/geometry/world'

/** Distance from `point` to the nearest vertex of `geometry` (mm), by a plain walk. */
function gap(id: NeuralId, point: Vector3): number {
  const position = createNeuralGeometry(id, 0).getAttribute('position')
  let best = Number.POSITIVE_INFINITY
  const v = new Vector3()
  for (let i = 0; i < position.count; i++) best = Math.min(best, v.fromBufferAttribute(position, i).distanceTo(point))
  return best
}

describe('where a selected cord, root or ligament is labelled', () => {
  it('sits on the structure itself, where the middle of its box would float off the long curved ones', () => {
    for (const id of [
      'cord',
      'cauda-equina',
      'ligament:anterior-longitudinal',
      'ligament:posterior-longitudinal',
    ] as const) {
      const g = createNeuralGeometry(id, 0)
      g.computeBoundingBox()
      const centre = g.boundingBox!.getCenter(new Vector3())
      // a label at the box's centre would float 2–3 cm off the cord or the long bands
      expect(gap(id, centre), id).toBeGreaterThan(10)
      const anchor = labelAnchor(g)!
      expect(gap(id, anchor), id).toBeLessThan(1e-6)
      expect(g.boundingBox!.containsPoint(anchor), id).toBe(true)
    }
  })

  it('has a place on every structure of the layers', () => {
    for (const id of NEURAL_IDS) expect(labelAnchor(createNeuralGeometry(id, 0)), id).not.toBeNull()
    expect(nearestVertex(new BufferGeometry(), new Vector3())).toBeNull()
    expect(labelAnchor(new BufferGeometry())).toBeNull()
  })
})

describe("where a bone's level label sits", () => {
  /** The camera 22 cm from `target`'s centre, `elevation` degrees above it, in front of or behind the spine. */
  function cameraAt(target: StructureId, elevation: number, side: 'front' | 'behind'): PerspectiveCamera {
    const c = structureWorldCentre(target)
    const camera = new PerspectiveCamera(30, 1.6, 5, 20000)
    const a = (elevation * Math.PI) / 180
    camera.position.set(c.x, c.y + 220 * Math.sin(a), c.z + (side === 'front' ? 1 : -1) * 220 * Math.cos(a))
    camera.lookAt(c)
    camera.updateMatrixWorld()
    return camera
  }
  /** The screen heights (NDC) the bone's face turned to the camera covers: its midline, 12 mm deep. */
  function faceSpan(id: StructureId, camera: PerspectiveCamera, side: 'front' | 'behind'): [number, number] {
    const g = createStructureGeometry(id, 0)
    const m = structureMatrix(id, new Matrix4())
    const position = g.getAttribute('position')
    const v = new Vector3()
    const points: Vector3[] = []
    for (let i = 0; i < position.count; i++) {
      v.fromBufferAttribute(position, i).applyMatrix4(m)
      if (Math.abs(v.x) <= 10) points.push(v.clone())
    }
    const edge = side === 'front' ? Math.max(...points.map((p) => p.z)) : Math.min(...points.map((p) => p.z))
    const heights = points.filter((p) => Math.abs(p.z - edge) <= 12).map((p) => p.project(camera).y)
    return [Math.min(...heights), Math.max(...heights)]
  }

  it('stays on its own bone seen close up from the front or behind, from a little below or above', () => {
    const views = [
      ['L4', -15, 'front', ['L3', 'L4', 'L5']],
      ['L4', 20, 'front', ['L3', 'L4', 'L5', 'sacrum']],
      ['sacrum', -10, 'front', ['L4', 'L5', 'sacrum']],
      ['T6', -10, 'front', ['T5', 'T6', 'T7']],
      ['C2', 10, 'front', ['C1', 'C2', 'C3']],
      ['L4', 15, 'behind', ['L3', 'L4', 'L5', 'sacrum']],
      ['T6', -10, 'behind', ['T6']],
    ] as const
    for (const [target, elevation, side, bones] of views) {
      const camera = cameraAt(target, elevation, side)
      for (const id of bones) {
        const [low, high] = faceSpan(id, camera, side)
        const y = levelLabelPoint(id, camera.position).project(camera).y
        expect(y, `${id} seen from ${side} at ${elevation}° round ${target}`).toSatisfy(
          (h: number) => h >= low && h <= high,
        )
      }
    }
  })
})
