import { Box3, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { NEURAL_IDS, type NeuralId } from '../../src/anatomy/neural'
import { createNeuralGeometry } from '../../src/geometry/neural'
import { farIndex } from '../../src/geometry/neuralFar'
import { buildNeuralPack, decodeNeuralPack, NEURAL_LAYER_PACKED, NEURAL_PACKED } from '../../src/geometry/neuralPack'
import { SurfacePackError } from '../../src/geometry/surfacePack'
import { type GeometryArrays, toArrays } from '../../src/geometry/transfer'
import { canonicalTriangles } from './triangles'

const buffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer

/** Each of `ids` read from `pack` is as the worker builds it: the same triangles, vertices within 0.05 mm, its far level and a box around it. */
async function expectAsBuilt(pack: Map<NeuralId, GeometryArrays>, ids: readonly NeuralId[]): Promise<void> {
  for (const id of ids) {
    const built = toArrays(createNeuralGeometry(id, 0))
    const read = pack.get(id)!
    // nothing the built geometry carries is lost on the way
    expect(built.structureIndex, id).toBeUndefined()
    expect(canonicalTriangles(read.index), id).toEqual(canonicalTriangles(built.index))
    expect(read.position.length, id).toBe(built.position.length)
    let worst = 0
    for (let i = 0; i < built.position.length; i++) {
      worst = Math.max(worst, Math.abs(read.position[i]! - built.position[i]!))
    }
    expect(worst, `${id}: largest position error, mm`).toBeLessThan(0.05)
    let worstNormal = 1
    for (let i = 0; i < built.normal.length; i += 3) {
      const dot =
        read.normal[i]! * built.normal[i]! +
        read.normal[i + 1]! * built.normal[i + 1]! +
        read.normal[i + 2]! * built.normal[i + 2]!
      worstNormal = Math.min(worstNormal, dot)
    }
    expect(Math.acos(Math.min(1, worstNormal)) * (180 / Math.PI), `${id}: largest normal error, °`).toBeLessThan(3)
    expect(canonicalTriangles(read.farIndex!), id).toEqual(canonicalTriangles(await farIndex(built)))
    expect(read.farIndex!.length, id).toBeLessThan(read.index.length)
    // the box given with it holds every vertex, tightly
    const [x0, y0, z0, x1, y1, z1] = read.bounds!.box
    const box = new Box3().setFromArray(read.position)
    expect(box.min.distanceTo(new Vector3(x0, y0, z0)), id).toBeLessThan(1e-6)
    expect(box.max.distanceTo(new Vector3(x1, y1, z1)), id).toBeLessThan(1e-6)
    const [cx, cy, cz, r] = read.bounds!.sphere
    const centre = new Vector3(cx, cy, cz)
    for (let i = 0; i < read.position.length; i += 3) {
      const d = centre.distanceTo(new Vector3(read.position[i], read.position[i + 1], read.position[i + 2]))
      expect(d).toBeLessThanOrEqual(r + 1e-4)
    }
  }
}

describe("the build's packs of the neural structures", () => {
  it('gives the joints and bones shown at start (the median atlanto-axial joint, the skull’s base, the sacroiliac joints, the ilia) as the worker builds them: the same triangles, vertices within 0.05 mm, its far level and a box around it', async () => {
    const bytes = await buildNeuralPack()
    const pack = await decodeNeuralPack(buffer(bytes))
    expect([...pack.keys()].sort()).toEqual([...NEURAL_PACKED].sort())
    expect([...pack.keys()].sort()).toEqual([
      'ilium:left',
      'ilium:right',
      'median-atlanto-axial',
      'occiput',
      'si-joint:left',
      'si-joint:right',
    ])
    await expectAsBuilt(pack, NEURAL_PACKED)
  })

  it('gives the rest of the layer in a second pack, the cord, cauda equina, roots and ligaments as the worker builds them', async () => {
    // every structure is in one pack or the other, never both
    expect([...NEURAL_PACKED, ...NEURAL_LAYER_PACKED].sort()).toEqual([...NEURAL_IDS].sort())
    const firstOfEach = ['cord', 'cauda-equina', 'nerve:', 'ligament:'].map(
      (kind) => NEURAL_LAYER_PACKED.find((id) => id.startsWith(kind))!,
    )
    // the whole layer reads back (a ligament too small to keep any triangles from afar once made the file unreadable)
    const pack = await decodeNeuralPack(buffer(await buildNeuralPack(NEURAL_LAYER_PACKED)))
    expect([...pack.keys()]).toEqual([...NEURAL_LAYER_PACKED])
    await expectAsBuilt(pack, firstOfEach)
  })

  it('refuses a damaged pack (the worker then builds the structures)', async () => {
    const bytes = await buildNeuralPack()
    const truncated = bytes.slice(0, Math.floor(bytes.length / 2))
    await expect(decodeNeuralPack(buffer(truncated))).rejects.toBeInstanceOf(SurfacePackError)
    await expect(decodeNeuralPack(buffer(new Uint8Array(bytes.length).fill(7)))).rejects.toBeInstanceOf(
      SurfacePackError,
    )
  })
})
