import { type RefObject, useEffect } from 'react'
import { useRuntime } from '../runtime/react'

/**
 * While `active`, keeps the runtime told where a card lies over the 3D view (`camera.cardOver`), as it moves or
 * changes size, for the camera to frame what it shows clear of it (scene/CameraRig.tsx): the self-test's card,
 * the flashcards' panel while a card lights a part up.
 */
export function useCardOver(card: RefObject<HTMLElement | null>, active: boolean): void {
  const { camera } = useRuntime()
  useEffect(() => {
    const el = card.current
    if (!active || !el) return
    const report = () => {
      const r = el.getBoundingClientRect()
      camera.cardOver = { left: r.left, right: r.right, top: r.top, bottom: r.bottom }
    }
    report()
    const resized = new ResizeObserver(report)
    resized.observe(el)
    window.addEventListener('resize', report)
    window.addEventListener('scroll', report, { passive: true })
    return () => {
      resized.disconnect()
      window.removeEventListener('resize', report)
      window.removeEventListener('scroll', report)
      camera.cardOver = null
    }
  }, [active, camera, card])
}
