import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react'
import { createSpineResources, type SpineResources } from './spineResources'

const SpineResourcesContext = createContext<SpineResources | null>(null)

/** Makes one 3D view's textures and materials for everything below it, and frees them when the view goes. */
export function SpineResourcesProvider({ children }: { children?: ReactNode }) {
  const resources = useMemo(createSpineResources, [])
  useEffect(() => () => resources.dispose(), [resources])
  return <SpineResourcesContext.Provider value={resources}>{children}</SpineResourcesContext.Provider>
}

export function useSpineResources(): SpineResources {
  const resources = useContext(SpineResourcesContext)
  if (!resources) throw new Error('useSpineResources: no SpineResourcesProvider above this component')
  return resources
}
