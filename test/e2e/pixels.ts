import { inflateSync } from 'node:zlib'

/**
 * Reads a PNG screenshot (8-bit RGB or RGBA, not interlaced: what Chromium writes) into RGBA pixels,
 * so tests can ask what is drawn rather than whether two pictures differ at all.
 */
export function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  let offset = 8
  let width = 0
  let height = 0
  let channels = 4
  const data: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('ascii', offset + 4, offset + 8)
    const body = png.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]]
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error('unsupported PNG')
      channels = colour === 6 ? 4 : 3
    } else if (type === 'IDAT') data.push(body)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(data))
  const stride = width * channels
  const out = new Uint8Array(width * height * 4)
  const previous = new Uint8Array(stride)
  const line = new Uint8Array(stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? (line[i - channels] ?? 0) : 0
      const b = previous[i] ?? 0
      const c = i >= channels ? (previous[i - channels] ?? 0) : 0
      const x = src[i] ?? 0
      let value = x
      if (filter === 1) value = x + a
      else if (filter === 2) value = x + b
      else if (filter === 3) value = x + ((a + b) >> 1)
      else if (filter === 4) {
        const p = a + b - c
        const pa = Math.abs(p - a)
        const pb = Math.abs(p - b)
        const pc = Math.abs(p - c)
        value = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)
      }
      line[i] = value & 0xff
    }
    for (let px = 0; px < width; px++) {
      for (let k = 0; k < 3; k++) out[(y * width + px) * 4 + k] = line[px * channels + k] ?? 0
      out[(y * width + px) * 4 + 3] = channels === 4 ? (line[px * channels + 3] ?? 255) : 255
    }
    previous.set(line)
  }
  return { width, height, rgba: out }
}

/** Share of the picture drawn in light colours (bone, cartilage, labels) rather than the dark background. */
export function litFraction(png: Buffer): number {
  const { width, height, rgba } = decodePng(png)
  let lit = 0
  for (let i = 0; i < width * height; i++) {
    const luminance = 0.2126 * (rgba[i * 4] ?? 0) + 0.7152 * (rgba[i * 4 + 1] ?? 0) + 0.0722 * (rgba[i * 4 + 2] ?? 0)
    if (luminance > 90) lit++
  }
  return lit / (width * height)
}
