import { useCallback, useEffect, useSyncExternalStore } from 'react'
import type { StructureId } from '../anatomy/ids'
import type { Detail } from '../geometry/builder'
import { useRuntime } from '../runtime/react'

/**
 * Borrows a structure's cached geometry for as long as the mesh shows it, so the bounded full-detail
 * cache never frees a geometry still on screen and frees the others once the close-up moves on. A bone
 * shown at full detail first gets its parts' shells, then re-renders with its continuous surface once
 * the worker has built it; at overview detail, its shells until every bone's overview surface is here.
 */
export function useStructureGeometry(id: StructureId, detail: Detail) {
  const { geometries } = useRuntime()
  // only this structure's own change re-renders it (every surface's arrival calls every listener)
  const refined = useSyncExternalStore(
    geometries.subscribe,
    useCallback(() => (detail !== 0 ? geometries.refined(id) : geometries.overviewRefined()), [geometries, id, detail]),
  )
  const geometry = geometries.structure(id, detail)
  useEffect(() => {
    geometries.retain(id, detail, geometry)
    return () => geometries.release(id, detail, geometry)
  }, [geometries, id, detail, geometry])
  void refined
  return geometry
}
