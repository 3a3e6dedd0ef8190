import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'

/**
 * How long a lost WebGL context may stay lost before we stop waiting (ms). Browsers restore a context
 * lost to a GPU reset or a driver update within a second or two when they restore it at all; five
 * seconds covers a slow, busy machine, and is still short enough that someone looking at a blank view
 * gets an explanation and the list before they give up on the page.
 */
export const CONTEXT_RESTORE_TIMEOUT_MS = 5000

export interface ContextLossProps {
  /** Called when the context stayed lost for CONTEXT_RESTORE_TIMEOUT_MS; leave out to wait forever. */
  onGiveUp?: () => void
}

/**
 * Keeps a canvas alive across WebGL context loss. On loss it asks the browser for a restore (three
 * does too, but we must not depend on it); on restore three re-creates its GL state and re-uploads
 * geometries, textures and programs by itself, but with frameloop="demand" nothing would draw the
 * next frame until the pointer moved, so we invalidate. If no restore comes in time, `onGiveUp`.
 */
export function ContextLoss({ onGiveUp }: ContextLossProps) {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const canvas = gl.domElement
    let timer: ReturnType<typeof setTimeout> | undefined
    const lost = (event: Event) => {
      event.preventDefault()
      if (onGiveUp && timer === undefined) timer = setTimeout(onGiveUp, CONTEXT_RESTORE_TIMEOUT_MS)
    }
    const restored = () => {
      clearTimeout(timer)
      timer = undefined
      // three's own restore listener was added first, so its GL state is ready when this draws
      invalidate()
    }
    canvas.addEventListener('webglcontextlost', lost)
    canvas.addEventListener('webglcontextrestored', restored)
    return () => {
      clearTimeout(timer)
      canvas.removeEventListener('webglcontextlost', lost)
      canvas.removeEventListener('webglcontextrestored', restored)
    }
  }, [gl, invalidate, onGiveUp])
  return null
}
