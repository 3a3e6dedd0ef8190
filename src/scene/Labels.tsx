import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { Vector3 } from 'three'
import { BONE_IDS, type StructureId } from '../anatomy/ids'
import { shortLabel } from '../anatomy/names'
import { structureWorldCentre } from '../geometry/world'
import { useAfterFirstFrame, useFacetStore } from '../runtime/react'
import { structureDisplay } from '../store'

interface PlacedLabel {
  anchor: HTMLDivElement
  world: Vector3
  /** Last position written, CSS px, so a still camera writes nothing. */
  x: number
  y: number
  visible: boolean
}

const projected = new Vector3()

/**
 * Level labels beside every bone (toggleable), and always one on the selected structure.
 *
 * The labels are plain DOM nodes in one overlay, made and removed here and moved every frame by
 * writing their transform. They were drei `Html` labels before: each one a React root of its own,
 * whose unmount React 19 defers while another root is committing. Changing the selection while labels
 * came and went then removed nodes twice ("Failed to execute 'removeChild'", an uncaught error).
 */
export function Labels() {
  const labelsOn = useFacetStore((s) => s.labels)
  const afterFirstFrame = useAfterFirstFrame()
  // labels sit at rest positions, so they step aside while a stretch moves the spine
  const stretching = useFacetStore((s) => s.stretchPlaying)
  const selected = useFacetStore((s) => s.selected)
  const groups = useFacetStore((s) => s.groups)
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  const invalidate = useThree((s) => s.invalidate)

  const overlay = useMemo(() => {
    const div = document.createElement('div')
    div.className = 'label-layer'
    // hidden from assistive technology: the structure list names the same things, and is navigable
    div.setAttribute('aria-hidden', 'true')
    Object.assign(div.style, { position: 'absolute', inset: '0', pointerEvents: 'none', overflow: 'hidden' })
    return div
  }, [])
  useEffect(() => {
    gl.domElement.parentElement?.appendChild(overlay)
    return () => overlay.remove()
  }, [gl, overlay])

  const shown = useMemo(() => {
    const on = labelsOn && afterFirstFrame && !stretching
    const ids: { id: StructureId; emphasis: boolean }[] = []
    if (on) for (const id of BONE_IDS) if (id !== selected) ids.push({ id, emphasis: false })
    if (selected) ids.push({ id: selected, emphasis: true })
    return ids.filter(({ id }) => structureDisplay(groups, id) !== 'hidden')
  }, [labelsOn, afterFirstFrame, stretching, selected, groups])

  const placed = useRef<PlacedLabel[]>([])
  useLayoutEffect(() => {
    placed.current = shown.map(({ id, emphasis }) => {
      const anchor = document.createElement('div')
      Object.assign(anchor.style, { position: 'absolute', left: '0', top: '0', visibility: 'hidden' })
      const text = document.createElement('span')
      text.className = emphasis ? 'label label-selected' : 'label'
      text.textContent = shortLabel(id)
      anchor.appendChild(text)
      return { anchor, world: structureWorldCentre(id), x: Number.NaN, y: Number.NaN, visible: false }
    })
    overlay.replaceChildren(...placed.current.map((p) => p.anchor))
    invalidate()
  }, [shown, overlay, invalidate])

  useFrame(() => {
    for (const label of placed.current) {
      projected.copy(label.world).project(camera)
      const visible = projected.z < 1 && Math.abs(projected.x) <= 1.1 && Math.abs(projected.y) <= 1.1
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
  return null
}
