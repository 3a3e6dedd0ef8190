import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import type { BufferGeometry } from 'three'
import { overviewGeometry } from '../geometry/overview'
import { useAfterFirstFrame, useRuntime } from '../runtime/react'
import { lendDebug } from './facetDebug'
import { checkOverviewShader } from './overviewShader'
import { useSpineResources } from './SpineResourcesProvider'

/** Draws every shown, unselected structure in one call. Picking stays with the per-structure meshes. */
export function SpineBatch() {
  // three patches the shader inside its frame loop, where an error would never reach the scene's error
  // boundary: check the chunks here, during render, so a three that renamed one shows the fallback
  useState(checkOverviewShader)
  const invalidate = useThree((s) => s.invalidate)
  const { store } = useRuntime()
  const { batchMaterial, writeStates, skippedCount } = useSpineResources()
  useEffect(() => lendDebug({ batchSkipped: skippedCount }), [skippedCount])
  const ownMeshesReady = useAfterFirstFrame()
  // Plain state, not Suspense: React throttles Suspense reveals, which would delay the first frame.
  const [geometry, setGeometry] = useState<BufferGeometry | null>(null)
  useEffect(() => {
    let live = true
    void overviewGeometry().then((g) => {
      if (live) setGeometry(g)
    })
    return () => {
      live = false
    }
  }, [])
  useEffect(() => {
    writeStates(store.getState(), ownMeshesReady)
    invalidate()
    const unsubscribe = store.subscribe((s, p) => {
      if (
        s.groups !== p.groups ||
        s.selected !== p.selected ||
        s.closeUpJoint !== p.closeUpJoint ||
        s.hovered !== p.hovered ||
        s.stretchPlaying !== p.stretchPlaying
      ) {
        writeStates(s, ownMeshesReady)
        invalidate()
      }
    })
    return unsubscribe
  }, [invalidate, store, writeStates, ownMeshesReady])
  if (!geometry) return null
  return (
    <mesh name="spine-batch" geometry={geometry} material={batchMaterial} raycast={() => {}} frustumCulled={false} />
  )
}
