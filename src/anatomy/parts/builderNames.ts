/** The geometry builder's names for its vertex ranges → part ids: what a picked vertex belongs to, and a part's ranges. */

import { type BoneId, parseStructureId, type Side } from '../ids'
import type { Vec3 } from '../vec'
import { partAnchor } from './anchors'
import { indexedPart, parsePartId, partsOf } from './catalog'
import { type PartId, type PartKind, partId, type Slot } from './ids'

// ——— picking: geometry part names → part ids ———

/** The generators' part names (without the side suffix) on a mobile vertebra, and the part each belongs to. */
const VERTEBRA_BUILDER: Readonly<Record<string, PartKind>> = {
  body: 'body',
  // C2's anterior-inferior lip is the front lower edge of its body
  'body-lip': 'body',
  dens: 'dens',
  'dens-anterior-facet': 'dens-facet',
  uncinate: 'uncinate-process',
  'costal-facet-upper': 'costal-facet-upper',
  'costal-facet-lower': 'costal-facet-lower',
  'costal-facet': 'costal-facet',
  pedicle: 'pedicle',
  transverse: 'transverse-process',
  'transverse-costal-facet': 'transverse-costal-facet',
  // a process and the root that joins it to the pillar are one part; its facet pad is the facet
  'superior-process': 'superior-articular-process',
  'superior-process-root': 'superior-articular-process',
  'superior-facet': 'superior-articular-facet',
  // the atlas's cupped superior facet is built as a middle and two turned-up ends
  'superior-facet-front': 'superior-articular-facet',
  'superior-facet-back': 'superior-articular-facet',
  mammillary: 'mammillary-process',
  accessory: 'accessory-process',
  'inferior-process': 'inferior-articular-process',
  'inferior-process-root': 'inferior-articular-process',
  'inferior-facet': 'inferior-articular-facet',
  lamina: 'lamina',
  spinous: 'spinous-process',
  'spinous-tubercle': 'spinous-tubercle',
  'anterior-arch': 'anterior-arch',
  'anterior-tubercle': 'anterior-tubercle',
  'dental-facet': 'facet-for-dens',
  'lateral-mass': 'lateral-mass',
  'lateral-mass-tubercle': 'lateral-mass',
  'posterior-arch': 'posterior-arch',
  'posterior-tubercle': 'posterior-tubercle',
}

const SACRUM_BUILDER: Readonly<Record<string, PartKind>> = {
  promontory: 'promontory',
  ala: 'ala',
  'lateral-part': 'lateral-part',
  // the flat-faced block under the auricular surface is the lateral part's side
  'lateral-face': 'lateral-part',
  'auricular-surface': 'auricular-surface',
  // the ear-shaped surface is built as its long lower limb and its short upper one
  'auricular-surface-upper': 'auricular-surface',
  'superior-process': 'superior-articular-process',
  'superior-process-root': 'superior-articular-process',
  'superior-facet': 'superior-articular-facet',
  cornu: 'cornu',
  hiatus: 'hiatus',
  // the S1 endplate pad is the top of the body of S1
  'S1-endplate': 'body-s1',
}

const COCCYX_BUILDER: Readonly<Record<string, PartKind>> = {
  cornu: 'cornu',
  transverse: 'transverse-process',
}

function builderSlot(bone: BoneId, builderName: string, point: Vec3 | undefined): Slot | null {
  const sided = /^(.+)-(left|right)$/.exec(builderName)
  const name = sided?.[1] ?? builderName
  const side = (sided?.[2] as Side | undefined) ?? null
  if (bone === 'sacrum') {
    const numbered = /^(body|ridge|bar|rim|posterior-rim|lateral-part|lamina|median-crest)-S([1-5])$/.exec(name)
    if (numbered) {
      const [, kind, s] = numbered
      // a transverse ridge is the line of fusion below the body of its number
      if (kind === 'body' || kind === 'ridge') return [`body-s${Number(s) as 1 | 2 | 3 | 4 | 5}`, side]
      // the rim of a foramen is bone of the lateral part (the fused costal and transverse elements)
      if (kind === 'lateral-part' || kind === 'rim' || kind === 'posterior-rim') return ['lateral-part', side]
      // the bars between the sacral foramina are the lateral part's costal elements; S1's is the ala
      if (kind === 'bar') return [s === '1' ? 'ala' : 'lateral-part', side]
      if (kind === 'lamina') return ['laminae', side]
      return ['median-crest', side]
    }
    const kind = SACRUM_BUILDER[name]
    return kind ? [kind, side] : null
  }
  if (bone === 'coccyx') {
    const segment = /^segment-Co([1-4])$/.exec(name)
    if (segment) return [`segment-co${Number(segment[1]) as 1 | 2 | 3 | 4}`, side]
    const kind = COCCYX_BUILDER[name]
    return kind ? [kind, side] : null
  }
  // the one-piece arch of laminae from pillar to pillar: its side is the side of the point (x > 0 is left)
  if (builderName === 'laminae') return point ? ['lamina', point[0] >= 0 ? 'left' : 'right'] : null
  // C1 has no articular processes: its facets sit on the lateral masses, and the blocks under them are mass
  if (bone === 'C1' && /^(inferior|superior)-process/.test(name)) return ['lateral-mass', side]
  const kind = VERTEBRA_BUILDER[name]
  return kind ? [kind, side] : null
}

/**
 * The part a vertex of a generated bone belongs to, from the name of its vertex range
 * (`geometry.userData.parts`), or null for a name this module does not know or a part the bone lacks.
 * Several ranges can name one part: a process and its root, the sacrum's bars and its lateral part. A
 * facet pad names the articular facet, not the process. A range that spans both sides (today's one-piece
 * 'laminae') needs the vertex's position in the bone's frame to tell left from right; without it, null.
 */
export function partIdForBuilderPart(boneId: string, builderName: string, point?: Vec3): PartId | null {
  const parsed = parseStructureId(boneId)
  if (!parsed || (parsed.kind !== 'vertebra' && parsed.kind !== 'sacrum' && parsed.kind !== 'coccyx')) return null
  const slot = builderSlot(parsed.id, builderName, point)
  if (!slot) return null
  partsOf(parsed.id)
  const id = partId(parsed.id, slot[0], slot[1])
  return indexedPart(id) ? id : null
}

/** A named vertex range of a generated geometry (the shape of builder.ts's PartRange). */
export interface PartRangeLike {
  readonly name: string
  readonly start: number
  readonly count: number
}

/**
 * The vertex ranges that show a part, to highlight it. A range that spans both sides is returned for
 * either side's part whole (it cannot be split).
 */
export function partRanges(id: string, ranges: readonly PartRangeLike[]): PartRangeLike[] {
  const p = parsePartId(id)
  if (!p) return []
  return ranges.filter((r) => {
    const whole = partIdForBuilderPart(p.bone, r.name)
    if (whole) return whole === p.id
    return (
      partIdForBuilderPart(p.bone, r.name, [1, 0, 0]) === p.id ||
      partIdForBuilderPart(p.bone, r.name, [-1, 0, 0]) === p.id
    )
  })
}

/**
 * Where a part's label goes, in the bone's frame: the centre of the box round its vertices when the
 * geometry has any (a two-sided range counts only its vertices on the part's side), else its anchor.
 * @param positions the geometry's position array (x, y, z per vertex)
 */
export function partCentre(id: string, positions: ArrayLike<number>, ranges: readonly PartRangeLike[]): Vec3 | null {
  const p = parsePartId(id)
  if (!p) return null
  const lo = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  const hi = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY]
  let found = false
  for (const r of partRanges(id, ranges)) {
    const whole = partIdForBuilderPart(p.bone, r.name) === p.id
    for (let v = r.start; v < r.start + r.count; v++) {
      const point: Vec3 = [positions[v * 3] ?? 0, positions[v * 3 + 1] ?? 0, positions[v * 3 + 2] ?? 0]
      if (!whole && partIdForBuilderPart(p.bone, r.name, point) !== p.id) continue
      found = true
      for (let k = 0; k < 3; k++) {
        lo[k] = Math.min(lo[k] ?? 0, point[k] ?? 0)
        hi[k] = Math.max(hi[k] ?? 0, point[k] ?? 0)
      }
    }
  }
  if (!found) return partAnchor(id)
  return [((lo[0] ?? 0) + (hi[0] ?? 0)) / 2, ((lo[1] ?? 0) + (hi[1] ?? 0)) / 2, ((lo[2] ?? 0) + (hi[2] ?? 0)) / 2]
}
