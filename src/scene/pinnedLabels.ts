import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { Vector3 } from 'three'

/** A name pinned to a point of the 3D view. `shown` may be flipped at any time (read on every frame). */
export interface Pin {
  readonly text: string
  readonly className: string
  readonly world: Vector3
  shown: boolean
}

interface PlacedPin {
  readonly pin: Pin
  readonly anchor: HTMLDivElement
  /** Last position written, CSS px, so a still camera writes nothing. */
  x: number
  y: number
  visible: boolean
}

const projected = new Vector3()

/**
 * Names pinned to points of the 3D view, as plain DOM nodes in one overlay beside the canvas, moved on
 * the canvas's frames by writing their transform (nothing is written while the camera is still).
 *
 * They were drei `Html` labels before: each one a React root of its own, whose unmount React 19 defers
 * while another root is committing. Changing the selection while labels came and went then removed
 * nodes twice ("Failed to execute 'removeChild'", an uncaught error).
 */
export function usePinnedLabels(pins: readonly Pin[], layerClass: string): void {
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  const invalidate = useThree((s) => s.invalidate)

  const overlay = useMemo(() => {
    const div = document.createElement('div')
    div.className = layerClass
    // hidden from assistive technology: the structure list and the panels name the same things
    div.setAttribute('aria-hidden', 'true')
    Object.assign(div.style, { position: 'absolute', inset: '0', pointerEvents: 'none', overflow: 'hidden' })
    return div
  }, [layerClass])
  useEffect(() => {
    gl.domElement.parentElement?.appendChild(overlay)
    return () => overlay.remove()
  }, [gl, overlay])

  const placed = useRef<PlacedPin[]>([])
  useLayoutEffect(() => {
    placed.current = pins.map((pin) => {
      const anchor = document.createElement('div')
      Object.assign(anchor.style, { position: 'absolute', left: '0', top: '0', visibility: 'hidden' })
      const text = document.createElement('span')
      text.className = pin.className
      text.textContent = pin.text
      anchor.appendChild(text)
      return { pin, anchor, x: Number.NaN, y: Number.NaN, visible: false }
    })
    overlay.replaceChildren(...placed.current.map((p) => p.anchor))
    invalidate()
  }, [pins, overlay, invalidate])

  useFrame(() => {
    for (const label of placed.current) {
      projected.copy(label.pin.world).project(camera)
      const visible = label.pin.shown && projected.z < 1 && Math.abs(projected.x) <= 1.1 && Math.abs(projected.y) <= 1.1
      if (visible !== label.visible) {
        label.visible = visible
        label.anchor.style.visibility = visible ? 'visible' : 'hidden'
      }
      if (!visible) continue
      const x = Math.round(((projected.x + 1) / 2) * size.width)
      const y = Math.round(((1 - projected.y) / 2) * size.height)
      if (x === label.x && y === label.y) continue
      label.x = x
      label.y = y
      label.anchor.style.transform = `translate(${x}px, ${y}px) translate(-50%, -50%)`
    }
  })
}
