import { type BufferAttribute, BufferGeometry } from 'three'

/*
 * The compared bones' joint faces in two colours, so a student can tell the upper faces (superior articular
 * facets) from the lower ones (inferior articular facets) whichever way the row is turned: the grey-blue of
 * cartilage reads as a thin rim from above. No React here; the compare view memoises one copy per bone.
 */

/** Upper joint faces (superior articular facets): blue. The panel's key shows the same colour. */
export const UPPER_FACET_TINT: readonly [number, number, number] = [0.16, 0.47, 0.92]
/** Lower joint faces (inferior articular facets): orange, told from the blue by colour-blind readers too. */
export const LOWER_FACET_TINT: readonly [number, number, number] = [0.96, 0.55, 0.12]

/** Which tint a generator's vertex range takes: the facet pads of either side (`superior-facet-left`, …). */
export function facetTintOf(rangeName: string): readonly [number, number, number] | null {
  if (/^superior-facet-(left|right)$/.test(rangeName)) return UPPER_FACET_TINT
  if (/^inferior-facet-(left|right)$/.test(rangeName)) return LOWER_FACET_TINT
  return null
}

/**
 * A geometry that draws `shared` with its facets tinted: it shares `shared`'s index, positions and normals
 * (the cache's, never changed) and owns only a copy of its colours. Dispose it with `disposeTinted`, which
 * leaves the shared buffers alone.
 */
export function tintedFacetGeometry(shared: BufferGeometry): BufferGeometry {
  const tinted = new BufferGeometry()
  tinted.setIndex(shared.getIndex())
  for (const [name, attribute] of Object.entries(shared.attributes))
    if (name !== 'color') tinted.setAttribute(name, attribute)
  for (const group of shared.groups) tinted.addGroup(group.start, group.count, group.materialIndex)
  // the part ranges, read only (picking and labels read them from whichever geometry the mesh has)
  tinted.userData = shared.userData
  const colour = shared.getAttribute('color') as BufferAttribute | undefined
  if (!colour) return tinted
  const own = colour.clone()
  const ranges = (shared.userData.parts ?? []) as readonly { name: string; start: number; count: number }[]
  for (const range of ranges) {
    const tint = facetTintOf(range.name)
    if (!tint) continue
    for (let v = range.start; v < range.start + range.count; v++) own.setXYZ(v, tint[0], tint[1], tint[2])
  }
  tinted.setAttribute('color', own)
  return tinted
}

/**
 * Frees a tinted copy's own colours: the shared index and attributes are taken off first, since three frees
 * the GPU buffers of every attribute a disposed geometry still holds, and those belong to the cache.
 */
export function disposeTinted(tinted: BufferGeometry): void {
  for (const name of Object.keys(tinted.attributes)) if (name !== 'color') tinted.deleteAttribute(name)
  tinted.setIndex(null)
  tinted.dispose()
}
