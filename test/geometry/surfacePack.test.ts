import { describe, expect, it } from 'vitest'
import type { BoneId } from '../../src/anatomy/ids'
import { buildCloseUpSurfacePack, createBoneOverviewSurface, createBoneSurface } from '../../src/geometry/boneSurface'
import { createStructureGeometry, overviewTriangleTarget } from '../../src/geometry/cache'
import { cacheFriendlyTriangles } from '../../src/geometry/simplify'
import { isManifold, type SurfaceArrays } from '../../src/geometry/surface'
import {
  decodeSurfacePack,
  encodeSurfacePack,
  type PackedSurface,
  SurfacePackError,
} from '../../src/geometry/surfacePack'
import { canonicalTriangles } from './triangles'

const overviewOf = async (bone: BoneId): Promise<PackedSurface> => {
  const triangles = overviewTriangleTarget(createStructureGeometry(bone, 0))
  return { bone, triangles, surface: await createBoneOverviewSurface(bone, triangles) }
}

const largest = (a: Float32Array, b: Float32Array) =>
  a.reduce((m, x, i) => Math.max(m, Math.abs(x - (b[i] as number))), 0)
const buffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer

describe('the build’s pack of overview surfaces', { timeout: 30_000 }, () => {
  it('gives back every bone as built: the same triangles and parts, positions within 0.01 mm, normals within 2°, colours within 1%', async () => {
    const made = [await overviewOf('C2'), await overviewOf('coccyx')]
    const bytes = await encodeSurfacePack(made)
    const raw = made.reduce((n, { surface: s }) => n + s.positions.byteLength * 3 + s.indices.byteLength, 0)
    // what the file is for: several times smaller than the arrays it carries
    expect(bytes.length).toBeLessThan(raw / 2.5)
    const read = await decodeSurfacePack(buffer(bytes))
    expect([...read.keys()]).toEqual(['C2', 'coccyx'])
    for (const { bone, triangles, surface } of made) {
      const back = read.get(bone) as PackedSurface
      expect(back.triangles).toBe(triangles)
      const s: SurfaceArrays = back.surface
      // the same triangles in the same order and winding (the index codec may start a triangle at another corner)
      expect(canonicalTriangles(s.indices)).toEqual(canonicalTriangles(surface.indices))
      // and the moving camera's lighter level with them
      expect(s.motionIndices?.length).toBeGreaterThan(0)
      expect(canonicalTriangles(s.motionIndices as Uint32Array)).toEqual(
        canonicalTriangles(surface.motionIndices as Uint32Array),
      )
      expect(isManifold(s.indices)).toBe(true)
      expect(s.parts).toEqual(surface.parts)
      expect(largest(s.positions, surface.positions)).toBeLessThan(0.01)
      expect(largest(s.colors, surface.colors)).toBeLessThan(0.01)
      let worst = 1
      for (let v = 0; v < s.normals.length; v += 3) {
        const dot =
          (s.normals[v] as number) * (surface.normals[v] as number) +
          (s.normals[v + 1] as number) * (surface.normals[v + 1] as number) +
          (s.normals[v + 2] as number) * (surface.normals[v + 2] as number)
        worst = Math.min(worst, dot)
      }
      expect(worst).toBeGreaterThan(Math.cos((2 * Math.PI) / 180))
    }
  })

  it('refuses a file that is not a pack, is cut short, or is damaged, so the worker builds the bones instead', async () => {
    const good = await encodeSurfacePack([await overviewOf('coccyx')])
    const refused = (bytes: Uint8Array) => expect(decodeSurfacePack(buffer(bytes))).rejects.toThrow(SurfacePackError)
    // an error page served in its place
    await refused(new TextEncoder().encode('<!doctype html><title>Not found</title>'))
    await refused(new Uint8Array(0))
    // cut short: in the header, and in the streams
    await refused(good.subarray(0, 40))
    await refused(good.subarray(0, good.length - 200))
    // a header that is not JSON
    const garbled = good.slice()
    garbled.fill(0x7b, 8, 20)
    await refused(garbled)
    // streams overwritten with noise: the decoder fails, or an index points past the vertices
    const noisy = good.slice()
    const headerEnd = 8 + new DataView(noisy.buffer).getUint32(4, true)
    for (let i = headerEnd; i < noisy.length; i++) noisy[i] = (i * 131) % 251
    await refused(noisy)
  })

  it('gives a bone’s close-up surface, in a file of its own, as the worker would build it', async () => {
    const built = createBoneSurface('C2')
    built.indices = await cacheFriendlyTriangles(built.indices)
    const bytes = await buildCloseUpSurfacePack('C2')
    expect(bytes.length).toBeLessThan((built.positions.byteLength * 3 + built.indices.byteLength) / 2.5)
    const read = await decodeSurfacePack(buffer(bytes))
    expect([...read.keys()]).toEqual(['C2'])
    const s = (read.get('C2') as PackedSurface).surface
    // the same closed skin, so it draws, picks and prints (STL) as a built one does
    expect(canonicalTriangles(s.indices)).toEqual(canonicalTriangles(built.indices))
    expect(isManifold(s.indices)).toBe(true)
    expect(s.parts).toEqual(built.parts)
    expect(largest(s.positions, built.positions)).toBeLessThan(0.01)
  })
})
