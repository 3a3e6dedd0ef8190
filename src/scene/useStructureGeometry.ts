import { useEffect } from 'react'
import type { StructureId } from '../anatomy/ids'
import type { Detail } from '../geometry/builder'
import { useRuntime } from '../runtime/react'

/**
 * Borrows a structure's cached geometry for as long as the mesh shows it, so the bounded full-detail
 * cache never frees a geometry still on screen and frees the others once the close-up moves on.
 */
export function useStructureGeometry(id: StructureId, detail: Detail) {
  const { geometries } = useRuntime()
  const geometry = geometries.structure(id, detail)
  useEffect(() => {
    geometries.retain(id, detail, geometry)
    return () => geometries.release(id, detail)
  }, [geometries, id, detail, geometry])
  return geometry
}
