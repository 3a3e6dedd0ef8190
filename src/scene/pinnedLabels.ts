import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { Vector3 } from 'three'
import { declutterLabels, type LabelBox } from './labelDeclutter'

/** A name pinned to a point of the 3D view. `shown` may be flipped at any time (read on every frame). */
export interface Pin {
  readonly text: string
  readonly className: string
  readonly world: Vector3
  shown: boolean
  /**
   * Where labels are decluttered, which ones win a place first: higher first, then in the given order (the
   * selection's name before the level labels, a region's first and last levels before those between).
   */
  readonly priority?: number
  /**
   * The label sits centred on its point rather than beside it (`label-on-point`), as a bone's name does up
   * close, where its point is on the bone's own face: beside it, the name fell on the next bone (C1's from
   * above on C2's lamina). May be flipped at any time.
   */
  onPoint?: boolean
}

interface PlacedPin extends LabelBox {
  readonly pin: Pin
  readonly anchor: HTMLDivElement
  /** Last position written, CSS px, so a still camera writes nothing. */
  x: number
  y: number
  visible: boolean
  /** This frame's place before stacking (CSS px), and the label's size once measured (0 before). */
  wantX: number
  wantY: number
  /** Where the label's box sits from its anchor (its own CSS may move it), measured with its size. */
  offsetX: number
  offsetY: number
  /** Whether `label-on-point` is on the label now. */
  onPoint: boolean
}

/** Space kept clear round a decluttered label (CSS px). */
const DECLUTTER_GAP = 1

/** Space kept between two stacked labels (CSS px). */
const STACK_GAP = 4

const projected = new Vector3()

/**
 * Names pinned to points of the 3D view, as plain DOM nodes in one overlay beside the canvas, moved on
 * the canvas's frames by writing their transform (nothing is written while the camera is still).
 *
 * They were drei `Html` labels before: each one a React root of its own, whose unmount React 19 defers
 * while another root is committing. Changing the selection while labels came and went then removed
 * nodes twice ("Failed to execute 'removeChild'", an uncaught error).
 */
export function usePinnedLabels(
  pins: readonly Pin[],
  layerClass: string,
  {
    stack = false,
    declutter = false,
  }: {
    /**
     * Move a label down, below the one above it, where the two would overlap: for the clinician's notes, a few
     * lines each, pinned on neighbouring structures, every one of which must stay readable.
     */
    stack?: boolean
    /**
     * Leave out a label that would cover one with a better claim (see `Pin.priority`): for the level labels,
     * which crowd in the neck until the camera comes closer.
     */
    declutter?: boolean
  } = {},
): { readonly current: () => void } {
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
  /** The labels in screen order from the top, for stacking: reused every frame, sorted in place. */
  const order = useRef<PlacedPin[]>([])
  /** The labels by their claim to a place, for decluttering (fixed while the pins are). */
  const byPriority = useRef<PlacedPin[]>([])
  /** The view's size the labels were measured for: a new layout (patient view's larger type) measures again. */
  const measuredFor = useRef({ width: 0, height: 0 })
  useLayoutEffect(() => {
    placed.current = pins.map((pin) => {
      const anchor = document.createElement('div')
      Object.assign(anchor.style, { position: 'absolute', left: '0', top: '0', visibility: 'hidden' })
      const text = document.createElement('span')
      text.className = pin.className
      text.textContent = pin.text
      anchor.appendChild(text)
      return {
        pin,
        anchor,
        x: Number.NaN,
        y: Number.NaN,
        visible: false,
        wantX: 0,
        wantY: 0,
        offsetX: 0,
        offsetY: 0,
        centreX: 0,
        centreY: 0,
        width: 0,
        height: 0,
        inView: false,
        otherSideX: Number.NaN,
        kept: false,
        otherSide: false,
        onPoint: false,
      }
    })
    order.current = placed.current.slice()
    // sort is stable: equal claims keep the order they were given in
    byPriority.current = placed.current.slice().sort((a, b) => (b.pin.priority ?? 0) - (a.pin.priority ?? 0))
    overlay.replaceChildren(...placed.current.map((p) => p.anchor))
    invalidate()
  }, [pins, overlay, invalidate])

  const place = () => {
    for (const label of placed.current) {
      const onPoint = label.pin.onPoint === true
      if (onPoint !== label.onPoint) {
        label.onPoint = onPoint
        label.anchor.firstElementChild?.classList.toggle('label-on-point', onPoint)
        // its box moved against its anchor: measured again before it is decluttered
        label.height = 0
      }
      projected.copy(label.pin.world).project(camera)
      label.inView = label.pin.shown && projected.z < 1 && Math.abs(projected.x) <= 1.1 && Math.abs(projected.y) <= 1.1
      label.wantX = Math.round(((projected.x + 1) / 2) * size.width)
      label.wantY = Math.round(((1 - projected.y) / 2) * size.height)
    }
    if (declutter) {
      if (measuredFor.current.width !== size.width || measuredFor.current.height !== size.height) {
        measuredFor.current.width = size.width
        measuredFor.current.height = size.height
        for (const label of placed.current) label.height = 0
      }
      for (const label of placed.current) {
        if (label.inView && label.height === 0) measure(label)
        label.centreX = label.wantX + label.offsetX
        label.centreY = label.wantY + label.offsetY
        // a label drawn beside its point may go to the other side of it (mirrored about the point)
        label.otherSideX = label.offsetX === 0 ? Number.NaN : label.wantX - label.offsetX
      }
      declutterLabels(byPriority.current, DECLUTTER_GAP)
    }
    for (const label of placed.current) {
      const visible = declutter ? label.kept : label.inView
      if (visible !== label.visible) {
        label.visible = visible
        label.anchor.style.visibility = visible ? 'visible' : 'hidden'
      }
    }
    if (stack) stackApart(order.current, size.height)
    for (const label of placed.current) {
      if (!label.visible) continue
      // on the other side of its point: the anchor moves by twice the box's offset, which its CSS then adds
      const x = label.otherSide ? label.wantX - 2 * label.offsetX : label.wantX
      const y = label.wantY
      if (x === label.x && y === label.y) continue
      label.x = x
      label.y = y
      label.anchor.style.transform = `translate(${x}px, ${y}px) translate(-50%, -50%)`
    }
  }
  useFrame(place)
  // the latest placement, for a caller that changed which labels are shown while no frame is drawn
  const placeNow = useRef(place)
  placeNow.current = place
  return placeNow
}

/**
 * Moves each visible label below any label above it that it would overlap, top to bottom, then back up from the
 * bottom of the view where a stack runs past it. Where a label's box is drawn counts, not its anchor: a note
 * on the selection is drawn under the selection's name, below its anchor, and reckoned at its anchor it was
 * laid over the note beside it and ran off the view's bottom (a clinician's review, s36). A label's size is
 * measured once, when first seen. Sorts `order` in place; allocates nothing.
 */
function stackApart(order: PlacedPin[], bottom: number): void {
  for (const label of order) if (label.visible && label.height === 0) measure(label)
  // insertion sort by the box's height on screen: a handful of labels, nearly sorted from frame to frame
  for (let i = 1; i < order.length; i++) {
    const label = order[i] as PlacedPin
    let j = i - 1
    while (j >= 0 && boxY(order[j] as PlacedPin) > boxY(label)) {
      order[j + 1] = order[j] as PlacedPin
      j--
    }
    order[j + 1] = label
  }
  for (let i = 0; i < order.length; i++) {
    const label = order[i] as PlacedPin
    if (!label.visible) continue
    for (let k = 0; k < i; k++) {
      const above = order[k] as PlacedPin
      if (!above.visible) continue
      const apartX =
        Math.abs(above.wantX + above.offsetX - (label.wantX + label.offsetX)) >= (above.width + label.width) / 2
      const gapY = (above.height + label.height) / 2 + STACK_GAP
      if (!apartX && boxY(label) - boxY(above) < gapY) label.wantY = boxY(above) + gapY - label.offsetY
    }
  }
  // a stack that runs past the bottom of the view is pushed back up from it, bottom first
  let limit = bottom - STACK_GAP
  for (let i = order.length - 1; i >= 0; i--) {
    const label = order[i] as PlacedPin
    if (!label.visible) continue
    if (boxY(label) + label.height / 2 > limit) label.wantY = Math.round(limit - label.height / 2 - label.offsetY)
    limit = Math.min(limit, boxY(label) - label.height / 2 - STACK_GAP)
  }
}

/** The middle of a label's box on screen, up and down (CSS px): its anchor, moved as its own CSS moves it. */
const boxY = (label: PlacedPin) => label.wantY + label.offsetY

/**
 * A label's size, and where its box sits from its anchor: its CSS may move it aside (the level labels sit to
 * the right of their bone), which the anchor's own box does not show. Read once per layout, not per frame.
 */
function measure(label: PlacedPin): void {
  const box = (label.anchor.firstElementChild as HTMLElement | null) ?? label.anchor
  label.width = box.offsetWidth
  label.height = box.offsetHeight
  const anchor = label.anchor.getBoundingClientRect()
  const shown = box.getBoundingClientRect()
  label.offsetX = Math.round(shown.left + shown.width / 2 - (anchor.left + anchor.width / 2))
  label.offsetY = Math.round(shown.top + shown.height / 2 - (anchor.top + anchor.height / 2))
}
