import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import type { Region } from '../anatomy/ids'
import { stretchById } from '../content/stretches'
import { useRuntime } from '../runtime/react'
import { applyKeyframe, applyTints } from './spineMotion'

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
  const moving = useRef(false)
  const { store, stretch: stretches } = useRuntime()

  useEffect(() => {
    const refresh = (stretchId: string | null) => {
      if (!stretches.active()) applyTints(null, highlightedRegions(stretchId))
      invalidate()
    }
    refresh(store.getState().openStretchId)
    return store.subscribe((s, p) => {
      if (s.openStretchId !== p.openStretchId || s.stretchPlaying !== p.stretchPlaying) refresh(s.openStretchId)
    })
  }, [invalidate, store, stretches])

  useFrame((_, delta) => {
    const stretch = stretches.active()
    if (!stretch) {
      if (moving.current) {
        moving.current = false
        applyKeyframe(null)
        applyTints(null, highlightedRegions(store.getState().openStretchId))
      }
      return
    }
    moving.current = true
    stretch.advance(Math.min(delta, 0.1))
    const frame = stretch.current()
    applyKeyframe(frame)
    applyTints(frame, [])
    if (stretch.playing) invalidate()
    else {
      stretches.stop()
      invalidate()
    }
  })
  return null
}
