import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'
import type { SurfaceArrays } from './surface'

/**
 * Bones' overview surfaces, made when the app is built and shipped as one file, so a visitor's browser does
 * not spend seconds of a core meshing and simplifying 26 bones it shows at arm's length (about 9 s on a
 * 2-core machine with a software GPU). The file is compressed with meshoptimizer's codecs, which the
 * simplifier already brings in: positions as 15-bit-mantissa floats shared per vertex (under 0.01 mm on a
 * bone of 100 mm), normals as 8-bit octahedral pairs (about 1°), colours as 8 bits per channel, indices
 * exactly. The same code makes the surfaces here and in the worker, so a build's file and a worker's
 * result differ only by that rounding.
 *
 * Layout: "FSP1", the header's length (u32, little-endian), the header (JSON, UTF-8), then each bone's
 * four encoded streams, each starting on a 4-byte boundary.
 */

/** One bone in a pack: the surface, and the triangle count it was simplified toward (the request's). */
export interface PackedSurface {
  bone: string
  triangles: number
  surface: SurfaceArrays
}

interface PackEntry {
  bone: string
  triangles: number
  vertices: number
  indices: number
  /** How many indices the moving-camera level has (0: none). */
  motionIndices: number
  parts: SurfaceArrays['parts']
  /**
   * Byte offset and length (after the header) of the encoded positions, normals, colours, indices and, if
   * any, the moving-camera level's indices.
   */
  streams: [number, number][]
}

const MAGIC = 'FSP1'
const FORMAT = 1

/** Encodes bones' surfaces as a pack (see the module's comment). */
export async function encodeSurfacePack(surfaces: readonly PackedSurface[]): Promise<Uint8Array> {
  await MeshoptEncoder.ready
  const blobs: Uint8Array[] = []
  let offset = 0
  const indexStream = (indices: Uint32Array) =>
    MeshoptEncoder.encodeIndexBuffer(
      new Uint8Array(indices.buffer, indices.byteOffset, indices.byteLength),
      indices.length,
      4,
    )
  const entries: PackEntry[] = surfaces.map(({ bone, triangles, surface }) => {
    const count = surface.positions.length / 3
    const normals = new Float32Array(count * 4)
    const colors = new Float32Array(count * 4)
    for (let v = 0; v < count; v++) {
      for (let c = 0; c < 3; c++) {
        normals[v * 4 + c] = surface.normals[v * 3 + c] as number
        colors[v * 4 + c] = surface.colors[v * 3 + c] as number
      }
      colors[v * 4 + 3] = 1
    }
    const streams = [
      MeshoptEncoder.encodeVertexBuffer(
        MeshoptEncoder.encodeFilterExp(surface.positions, count, 12, 15, 'SharedVector'),
        count,
        12,
      ),
      MeshoptEncoder.encodeVertexBuffer(MeshoptEncoder.encodeFilterOct(normals, count, 4, 8), count, 4),
      MeshoptEncoder.encodeVertexBuffer(MeshoptEncoder.encodeFilterColor(colors, count, 4, 8), count, 4),
      indexStream(surface.indices),
      ...(surface.motionIndices?.length ? [indexStream(surface.motionIndices)] : []),
    ].map((blob) => {
      const at: [number, number] = [offset, blob.length]
      blobs.push(blob)
      const padded = Math.ceil(blob.length / 4) * 4
      if (padded > blob.length) blobs.push(new Uint8Array(padded - blob.length))
      offset += padded
      return at
    })
    return {
      bone,
      triangles,
      vertices: count,
      indices: surface.indices.length,
      motionIndices: surface.motionIndices?.length ?? 0,
      parts: surface.parts,
      streams,
    }
  })
  const header = new TextEncoder().encode(JSON.stringify({ format: FORMAT, bones: entries }))
  const headerLength = Math.ceil(header.length / 4) * 4
  const out = new Uint8Array(8 + headerLength + offset)
  out.set(new TextEncoder().encode(MAGIC), 0)
  new DataView(out.buffer).setUint32(4, headerLength, true)
  out.set(header, 8)
  out.fill(0x20, 8 + header.length, 8 + headerLength) // spaces: still valid JSON
  let at = 8 + headerLength
  for (const blob of blobs) {
    out.set(blob, at)
    at += blob.length
  }
  return out
}

/**
 * A pack fetched and decoded; one that cannot be fetched or read counts as none (null): the worker then builds
 * what it would have held, and says so in the console, naming it as `instead` (e.g. "the bones' overview
 * surfaces").
 */
export function fetchPack<T>(
  url: string,
  decode: (bytes: ArrayBuffer) => Promise<T>,
  instead: string,
): Promise<T | null> {
  return fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
      return response.arrayBuffer()
    })
    .then(decode)
    .catch((error) => {
      console.warn(`Facet: building ${instead} here instead (the pack: ${String(error)})`)
      return null
    })
}

/**
 * A worker's packs, each fetched and decoded the first time its address is asked for and kept for the
 * structures asked for later; see `fetchPack`.
 */
export function packReader<T>(
  decode: (bytes: ArrayBuffer) => Promise<T>,
  instead: string,
): (url: string) => Promise<T | null> {
  const packs = new Map<string, Promise<T | null>>()
  return (url) => {
    let pack = packs.get(url)
    if (!pack) {
      pack = fetchPack(url, decode, instead)
      packs.set(url, pack)
    }
    return pack
  }
}

/** A pack that is not one, or is damaged: the worker then builds the bones itself. */
export class SurfacePackError extends Error {}

function isEntry(value: unknown): value is PackEntry {
  const e = value as PackEntry
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.bone === 'string' &&
    Number.isInteger(e.triangles) &&
    Number.isInteger(e.vertices) &&
    Number.isInteger(e.indices) &&
    e.indices % 3 === 0 &&
    Number.isInteger(e.motionIndices) &&
    e.motionIndices % 3 === 0 &&
    Array.isArray(e.parts) &&
    e.parts.every((p) => typeof p?.name === 'string' && Number.isInteger(p.start) && Number.isInteger(p.count)) &&
    Array.isArray(e.streams) &&
    e.streams.length === (e.motionIndices > 0 ? 5 : 4) &&
    e.streams.every((s) => Array.isArray(s) && s.length === 2 && s.every((n) => Number.isInteger(n) && n >= 0))
  )
}

/** Reads a pack; throws a SurfacePackError if it is not one, is truncated, or its streams do not decode. */
export async function decodeSurfacePack(bytes: ArrayBuffer): Promise<Map<string, PackedSurface>> {
  const all = new Uint8Array(bytes)
  if (all.length < 8 || new TextDecoder().decode(all.subarray(0, 4)) !== MAGIC) {
    throw new SurfacePackError('not a surface pack')
  }
  const headerLength = new DataView(bytes).getUint32(4, true)
  if (8 + headerLength > all.length) throw new SurfacePackError('the pack is truncated')
  let header: { format?: unknown; bones?: unknown }
  try {
    header = JSON.parse(new TextDecoder().decode(all.subarray(8, 8 + headerLength)))
  } catch {
    throw new SurfacePackError('the pack’s header is damaged')
  }
  if (header.format !== FORMAT || !Array.isArray(header.bones) || !header.bones.every(isEntry)) {
    throw new SurfacePackError('the pack’s header is not one this page reads')
  }
  await MeshoptDecoder.ready
  const body = all.subarray(8 + headerLength)
  const stream = (entry: PackEntry, which: number): Uint8Array => {
    const [offset, length] = entry.streams[which] as [number, number]
    if (offset + length > body.length) throw new SurfacePackError(`the pack is truncated at ${entry.bone}`)
    return body.subarray(offset, offset + length)
  }
  const out = new Map<string, PackedSurface>()
  for (const entry of header.bones as PackEntry[]) {
    const count = entry.vertices
    try {
      const positions = new Float32Array(count * 3)
      MeshoptDecoder.decodeVertexBuffer(new Uint8Array(positions.buffer), count, 12, stream(entry, 0), 'EXPONENTIAL')
      const octahedral = new Int8Array(count * 4)
      MeshoptDecoder.decodeVertexBuffer(new Uint8Array(octahedral.buffer), count, 4, stream(entry, 1), 'OCTAHEDRAL')
      const rgba = new Uint8Array(count * 4)
      MeshoptDecoder.decodeVertexBuffer(rgba, count, 4, stream(entry, 2), 'COLOR')
      const indices = new Uint32Array(entry.indices)
      MeshoptDecoder.decodeIndexBuffer(new Uint8Array(indices.buffer), entry.indices, 4, stream(entry, 3))
      let motionIndices: Uint32Array | undefined
      if (entry.motionIndices > 0) {
        motionIndices = new Uint32Array(entry.motionIndices)
        MeshoptDecoder.decodeIndexBuffer(new Uint8Array(motionIndices.buffer), entry.motionIndices, 4, stream(entry, 4))
      }
      const normals = new Float32Array(count * 3)
      const colors = new Float32Array(count * 3)
      for (let v = 0; v < count; v++) {
        const x = (octahedral[v * 4] as number) / 127
        const y = (octahedral[v * 4 + 1] as number) / 127
        const z = (octahedral[v * 4 + 2] as number) / 127
        const length = Math.hypot(x, y, z) || 1
        normals[v * 3] = x / length
        normals[v * 3 + 1] = y / length
        normals[v * 3 + 2] = z / length
        for (let c = 0; c < 3; c++) colors[v * 3 + c] = (rgba[v * 4 + c] as number) / 255
      }
      for (const list of [indices, motionIndices ?? indices]) {
        for (const index of list) if (index >= count) throw new SurfacePackError(`${entry.bone}: an index past the end`)
      }
      const surface: SurfaceArrays = { positions, normals, colors, indices, parts: entry.parts }
      if (motionIndices) surface.motionIndices = motionIndices
      out.set(entry.bone, { bone: entry.bone, triangles: entry.triangles, surface })
    } catch (error) {
      if (error instanceof SurfacePackError) throw error
      throw new SurfacePackError(`${entry.bone} does not decode: ${String(error)}`)
    }
  }
  return out
}
