import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import type { Region } from '../anatomy/ids'
import { stretchById } from '../content/stretches'
import { facetStore } from '../store'
import { activeStretch, stopStretch } from '../store/stretchRuntime'
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

  useEffect(() => {
    const refresh = (stretchId: string | null) => {
      if (!activeStretch()) applyTints(null, highlightedRegions(stretchId))
      invalidate()
    }
    refresh(facetStore.getState().openStretchId)
    return facetStore.subscribe((s, p) => {
      if (s.openStretchId !== p.openStretchId || s.stretchPlaying !== p.stretchPlaying) refresh(s.openStretchId)
    })
  }, [invalidate])

  useFrame((_, delta) => {
    const stretch = activeStretch()
    if (!stretch) {
      if (moving.current) {
        moving.current = false
        applyKeyframe(null)
        applyTints(null, highlightedRegions(facetStore.getState().openStretchId))
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
      stopStretch()
      invalidate()
    }
  })
  return null
}
