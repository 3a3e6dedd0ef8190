import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { Region } from '../anatomy/ids'
import { stretchById } from '../content/stretches'
import { useRuntime } from '../runtime/react'
import { useSpineResources } from './SpineResourcesProvider'

function highlightedRegions(stretchId: string | null): Region[] {
  const card = stretchId ? stretchById(stretchId) : undefined
  if (!card) return []
  return [...new Set<Region>([card.region, ...(card.motion?.regions ?? [])])]
}

/**
 * Plays the active stretch on the spine: each frame advances it, moves every structure to the
 * nearest precomputed keyframe and colours the facet joints by how they open or close.
 */
export function StretchDriver() {
  const invalidate = useThree((s) => s.invalidate)
  const { store, stretch: stretches, clock } = useRuntime()
  const { applyKeyframe, applyTints } = useSpineResources()

  // at rest (no stretch, or one just stopped or ended): the spine back in place, the card's region tinted
  useEffect(() => {
    const refresh = (stretchId: string | null) => {
      if (!stretches.active()) {
        applyKeyframe(null)
        applyTints(null, highlightedRegions(stretchId))
      }
      invalidate()
    }
    refresh(store.getState().openStretchId)
    return store.subscribe((s, p) => {
      if (s.openStretchId !== p.openStretchId || s.stretchPlaying !== p.stretchPlaying) refresh(s.openStretchId)
    })
  }, [invalidate, store, stretches, applyKeyframe, applyTints])

  // while a stretch plays, on the clock's frames (the stretch holds the clock until it stops)
  useEffect(
    () =>
      clock.onFrame((_, delta) => {
        const stretch = stretches.active()
        if (!stretch) return
        stretch.advance(delta)
        const frame = stretch.current()
        applyKeyframe(frame)
        applyTints(frame, [])
        invalidate()
        if (!stretch.playing) stretches.stop()
      }),
    [clock, stretches, applyKeyframe, applyTints, invalidate],
  )
  return null
}
