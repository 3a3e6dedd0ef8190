import type { BufferGeometry } from 'three'
import { parseStructureId, type StructureId } from '../anatomy/ids'
import type { Detail } from './builder'
import { createDiscGeometry, createFacetJointGeometry } from './joints'
import { createCoccyxGeometry, createSacrumGeometry } from './pelvicBones'
import { createVertebraGeometry } from './vertebra'

/** Builds the geometry of any structure in its own anatomical frame (mm). */
export function createStructureGeometry(id: StructureId, detail: Detail): BufferGeometry {
  const parsed = parseStructureId(id)
  if (!parsed) throw new Error(`Unknown structure ${id}`)
  switch (parsed.kind) {
    case 'vertebra':
      return createVertebraGeometry(parsed.level, detail)
    case 'sacrum':
      return createSacrumGeometry(detail)
    case 'coccyx':
      return createCoccyxGeometry(detail)
    case 'disc':
      return createDiscGeometry(parsed.id, detail)
    case 'facet':
      return createFacetJointGeometry(parsed.id, detail)
  }
}

const cache = new Map<string, BufferGeometry>()

const pending = new Map<string, () => BufferGeometry>()

/** One shared geometry per structure and detail; scene components borrow it and never dispose it. */
export function structureGeometry(id: StructureId, detail: Detail): BufferGeometry {
  const key = `${id}#${detail}`
  let geometry = cache.get(key)
  if (!geometry) {
    geometry = pending.get(key)?.() ?? createStructureGeometry(id, detail)
    pending.delete(key)
    cache.set(key, geometry)
  }
  return geometry
}

/**
 * Offers a geometry made elsewhere (by the overview worker); it is wrapped only when first asked for,
 * so the work stays off the path to the first frame.
 */
export function seedStructureGeometry(id: StructureId, detail: Detail, make: () => BufferGeometry): void {
  const key = `${id}#${detail}`
  if (!cache.has(key)) pending.set(key, make)
}

/** Frees every cached geometry (on teardown of the viewer). */
export function disposeAllGeometries(): void {
  for (const geometry of cache.values()) geometry.dispose()
  cache.clear()
}
