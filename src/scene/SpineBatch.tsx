import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import type { BufferGeometry, EventDispatcher } from 'three'
import { MOTION_RANGE } from '../geometry/batch'
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
  const controls = useThree((s) => s.controls) as EventDispatcher<{ rest: object; sleep: object }> | null
  const { store, geometries, camera } = useRuntime()
  const { batchMaterial, writeStates, skippedCount } = useSpineResources()
  useEffect(() => lendDebug({ batchSkipped: skippedCount }), [skippedCount])
  const ownMeshesReady = useAfterFirstFrame()
  // Plain state, not Suspense: React throttles Suspense reveals, which would delay the first frame.
  const [shells, setShells] = useState<BufferGeometry | null>(null)
  // the bones' continuous surfaces take the shells' place once they have all arrived (geometry/cache.ts)
  const surfaces = useSyncExternalStore(geometries.subscribe, geometries.overviewBatch)
  const geometry = surfaces ?? shells
  useEffect(() => {
    let live = true
    void overviewGeometry().then((g) => {
      if (live) setShells(g)
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
        s.stretchPlaying !== p.stretchPlaying ||
        s.condition !== p.condition
      ) {
        writeStates(s, ownMeshesReady)
        invalidate()
      }
    })
    return unsubscribe
  }, [invalidate, store, writeStates, ownMeshesReady])
  useEffect(() => {
    if (!surfaces || !shells) return
    invalidate()
    // the shells' buffers are not drawn again: free them on the GPU (their arrays stay with the page's
    // overview, which the picking falls back to)
    shells.dispose()
  }, [surfaces, shells, invalidate])
  // While the camera moves, the bones' lighter triangles (a sixth of them, geometry/simplify.ts): orbiting
  // then keeps the display's rate on a software renderer. At rest, the full surfaces, drawn again as soon as
  // the camera rests if the last frame was a moving one.
  const drewMotion = useRef(false)
  useFrame(() => {
    const range = geometry?.userData[MOTION_RANGE] as { start: number; count: number } | undefined
    if (!geometry || !range) return
    drewMotion.current = !camera.atRest
    if (drewMotion.current) geometry.setDrawRange(range.start, range.count)
    else geometry.setDrawRange(0, range.start)
  })
  useEffect(() => {
    if (!controls) return
    const rested = () => {
      if (drewMotion.current) invalidate()
    }
    controls.addEventListener('rest', rested)
    controls.addEventListener('sleep', rested)
    return () => {
      controls.removeEventListener('rest', rested)
      controls.removeEventListener('sleep', rested)
    }
  }, [controls, invalidate])
  if (!geometry) return null
  return (
    <mesh name="spine-batch" geometry={geometry} material={batchMaterial} raycast={() => {}} frustumCulled={false} />
  )
}
