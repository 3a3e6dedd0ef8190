import { CameraControls } from '@react-three/drei/core/CameraControls.js'
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { Spherical, Vector3 } from 'three'
import { type AnyStructureId, type BoneId, type FacetJointId, isStructureId, parseStructureId } from '../anatomy/ids'
import { type PartId, parsePartId } from '../anatomy/parts'
import { facetCutaway } from '../geometry/cutaway'
import {
  backLigamentView,
  facetJointViewDirection,
  ligamentView,
  partKindAndSide,
  partViewDirection,
} from '../geometry/partView'
import { structureRadius, structureWorldCentre } from '../geometry/world'
import { partWorldCentre } from '../runtime/partGeometry'
import { partPicker } from '../runtime/partPicking'
import { useRuntime } from '../runtime/react'
import type { ViewPreset } from '../store'
import { cameraKeyMove } from './cameraKeys'
import { createMoveEnds, finishNearEnd, goTo } from './cameraMoves'
import { clearOfCardShift, viewRight } from './cardClearance'
import { HOME_TARGET, PRESET_DIRECTIONS, VIEW_LENS } from './homeView'
import { afterMove, prefersReducedMotion } from './reducedMotion'
import { fitTouchGestures, holdVerticalTouchStarts, scrollingPageQuery } from './touchGestures'

export { HOME_TARGET }

/** How near the camera may come (mm): a bone fills the view; in an opened joint, its tissues do. */
const MIN_DISTANCE = 40
/** How far out the user may zoom (mm): the spine; and, while the person doing a stretch shows, the whole body. */
const MAX_DISTANCE = 4000
const FIGURE_MAX_DISTANCE = 8000
const CLOSE_UP_MIN_DISTANCE = 12
/** How far from a facet joint the camera frames it (mm): the vertebrae above and below it in view. */
const FACET_JOINT_DISTANCE = 220
/** World up (y), for looking at a part a little from above. */
const UP = new Vector3(0, 1, 0)
export interface CameraRigProps {
  /** Camera to restore from a link, if any. */
  initial: { position: [number, number, number]; target: [number, number, number] } | null
  /** Preset to start from when there is no camera in the link. */
  initialPreset: ViewPreset
}

/**
 * Orbit, zoom and pan for mouse, trackpad and touch (camera-controls via drei), eased moves to the
 * selection and to preset views (jumps for a reader who asked their system for reduced motion), and the
 * camera pose mirrored into the runtime for links and the API.
 */
export function CameraRig({ initial, initialPreset }: CameraRigProps) {
  const controls = useRef<CameraControls>(null!)
  const invalidate = useThree((s) => s.invalidate)
  const setEvents = useThree((s) => s.setEvents)
  const canvas = useThree((s) => s.gl.domElement)
  const { store, camera, neural, stretch, geometries, scene: slot } = useRuntime()

  useEffect(() => {
    const c = controls.current
    c.minDistance = MIN_DISTANCE
    c.maxDistance = MAX_DISTANCE
    const scrollingPage = scrollingPageQuery(window)
    const stopFittingTouch = fitTouchGestures(c, scrollingPage)
    const stopHoldingTouches = holdVerticalTouchStarts(window, scrollingPage, () => document.querySelector('.stage'))
    const centre = new Vector3()
    const direction = new Vector3()
    const partCentre = new Vector3()
    const outward = new Vector3()
    const boneCentre = new Vector3()
    const atlasView = new Vector3()
    const keySpherical = new Spherical()
    const target = new Vector3()
    // runs on every camera update while moving: writes into the pose's arrays, allocating nothing
    const sync = () => {
      c.getPosition(direction).toArray(camera.position)
      c.getTarget(centre).toArray(camera.target)
    }
    /** A nerve root or ligament selected before its geometry came: framed when it comes. */
    let waitingFor: AnyStructureId | null = null
    /** Looks at `centre` from `distance` along `direction` (both set by the caller). */
    const lookAtCentre = (distance: number, animate: boolean) => {
      void c.setLookAt(
        centre.x + direction.x * distance,
        centre.y + direction.y * distance,
        centre.z + direction.z * distance,
        centre.x,
        centre.y,
        centre.z,
        animate,
      )
    }
    const regionEnd = new Vector3()
    const right = new Vector3()
    /**
     * Moves the look-at centre (set by the caller, seen along `direction` from `distance`) clear of a card over
     * the view's left side, which the card reports to the runtime (cardClearance.ts).
     */
    const clearOfCard = (distance: number) => {
      const shift = clearOfCardShift(canvas.getBoundingClientRect(), camera.cardOver, distance, VIEW_LENS.fov)
      if (shift !== 0) centre.addScaledVector(viewRight(UP, direction, right), shift)
    }
    /** The last `partSide` found an atlas view for its part (in `atlasView`), not only its outward side. */
    let partAtlas = false
    /**
     * Where a part of a bone is seen from: its atlas view in `atlasView` (`partAtlas`), and its outward side
     * from its bone's centre in `outward`, with the centres in `partCentre` and `boneCentre`. The camera's
     * `direction` picks the side of a midline part. False while the part's place is not known (its bone's
     * geometry not yet built).
     */
    const partSide = (part: PartId, bone: BoneId): boolean => {
      if (!partWorldCentre(geometries, part, partCentre)) return false
      const parsed = partKindAndSide(part)
      structureWorldCentre(bone, boneCentre)
      outward.subVectors(partCentre, boneCentre)
      // on the part's side, or for a midline part the side the camera is on
      const side = parsed.side === 'left' ? 1 : parsed.side === 'right' ? -1 : direction.x < 0 ? -1 : 1
      // where atlases show it from (geometry/partView.ts), for the kinds that have a view of their own
      partAtlas = partViewDirection(parsed.kind, side, atlasView)
      return true
    }
    /**
     * Frames a stretch of the spine from its first bone to its last, from the home view's side, or turned to
     * `facing`, a part of one of its bones, as `framePart` turns to it.
     */
    const frameRegion = (from: BoneId, to: BoneId, facing: PartId | null, animate: boolean) => {
      c.getPosition(direction).sub(c.getTarget(target)).normalize()
      const bone = facing === null ? undefined : parsePartId(facing)?.bone
      const turned = facing !== null && bone !== undefined && partSide(facing, bone)
      if (!turned) direction.set(...PRESET_DIRECTIONS.home).normalize()
      else if (partAtlas) direction.copy(atlasView)
      else direction.copy(outward).normalize().addScaledVector(UP, 0.35).normalize()
      structureWorldCentre(from, centre)
      structureWorldCentre(to, regionEnd)
      const half = centre.distanceTo(regionEnd) / 2 + Math.max(structureRadius(from), structureRadius(to))
      centre.add(regionEnd).multiplyScalar(0.5)
      const distance = (half / Math.tan((VIEW_LENS.fov * Math.PI) / 360)) * 1.05
      clearOfCard(distance)
      lookAtCentre(distance, animate)
    }
    /** Eases (or jumps) to the structure, keeping the direction the camera looks from. */
    const frame = (id: AnyStructureId, animate: boolean) => {
      waitingFor = null
      let radius: number
      if (isStructureId(id)) {
        structureWorldCentre(id, centre)
        radius = structureRadius(id)
      } else {
        // the cord and the rest are framed by their boxes, which come with their geometries from the neural
        // worker: working them out here would stall the page
        const box = neural.box(id)
        if (!box) {
          waitingFor = id
          neural.want([id])
          return
        }
        box.getCenter(centre)
        radius = box.getSize(target).length() / 2
      }
      c.getPosition(direction).sub(c.getTarget(target)).normalize()
      // the ligaments inside C1's ring are seen only from their own side, close
      const inside = ligamentView(id, direction)
      // a ligament at the back is turned to from behind (the bodies stood in front of it)
      if (inside === null && backLigamentView(id, direction, atlasView)) direction.copy(atlasView)
      // a facet joint seen from the front (more than 60° off its view from behind) is turned to, and framed
      // far enough out that the levels above and below show where in the back it is
      const facet = isStructureId(id) ? parseStructureId(id) : null
      if (facet?.kind === 'facet') {
        facetJointViewDirection(facet.side === 'left' ? 1 : -1, atlasView)
        if (direction.dot(atlasView) < 0.5) direction.copy(atlasView)
      }
      // a nerve root or a ligament is thin: framed alone it fills the view as a rod, so it gets at least the
      // distance that shows its own vertebrae round it
      const distance =
        inside ?? Math.max(facet?.kind === 'facet' ? FACET_JOINT_DISTANCE : isStructureId(id) ? 160 : 300, radius * 5.5)
      clearOfCard(distance)
      lookAtCentre(distance, animate)
    }
    /**
     * Turns to a bone's part when it faces away: a part chosen from the panel's list or a link (the right
     * lamina, the sacral hiatus) was left where the camera happened to be, often behind the body, its label
     * over the body. From the part's side of the bone (the way from the bone's centre to the part's, a little
     * from above), at the bone's framing distance; a part in sight, or near the bone's middle (the vertebral
     * foramen), keeps the view, or the bone's framing if the bone is new.
     */
    const framePart = (part: PartId, bone: BoneId, boneChanged: boolean, animate: boolean): boolean => {
      c.getPosition(direction).sub(c.getTarget(target)).normalize()
      if (!partSide(part, bone)) {
        if (boneChanged) frame(bone, animate)
        return boneChanged
      }
      centre.copy(boneCentre)
      const radius = structureRadius(bone)
      const atlas = partAtlas
      // a part under the pointer (just clicked) keeps the view. For a new bone, not yet framed: a part with an
      // atlas view is turned to, another one if its side faces away. For the bone in view: a part a click can
      // reach keeps it, unless it is seen from far off its atlas view (more than 60°), where a pedicle showed
      // as a pink sliver beside the body seen from the front
      const clicked = store.getState().hoveredPart === part
      const inSight =
        clicked ||
        (boneChanged
          ? !atlas && direction.dot(outward) > 0.25 * outward.length()
          : partPicker(slot)?.visiblePoint(part) != null && (!atlas || direction.dot(atlasView) > 0.5))
      const turn = (atlas || outward.length() > radius * 0.2) && !inSight
      outward.normalize()
      if (!turn) {
        if (boneChanged) frame(bone, animate)
        return boneChanged
      }
      if (atlas) direction.copy(atlasView)
      else direction.copy(outward).addScaledVector(UP, 0.35).normalize()
      const distance = Math.max(160, radius * 5.5)
      // clear of a card over the view's left (a quiz's answer was half under its card)
      clearOfCard(distance)
      lookAtCentre(distance, animate)
      return true
    }
    /** Flies into an opened joint, close enough to see its millimetre-thin tissues, or back out of it. */
    const enterJoint = (joint: FacetJointId, animate: boolean) => {
      const { view } = facetCutaway(joint)
      c.minDistance = CLOSE_UP_MIN_DISTANCE
      // the first pull waits for the camera to get there (runtime/cavitation.ts)
      void c
        .setLookAt(...view.position, ...view.target, animate)
        .then(() => store.getState().setCloseUpInPlace('arrived', joint))
    }
    const leaveJoint = () => {
      c.minDistance = MIN_DISTANCE
      const selected = store.getState().selected
      const ease = !prefersReducedMotion()
      if (selected) frame(selected, ease)
      else goTo(c, 'home', ease)
    }
    // a link with a camera restores it; a link with only a selection frames it, as a click would
    const { selected, selectedPart, closeUpJoint } = store.getState()
    if (initial) c.setLookAt(...initial.position, ...initial.target, false)
    else {
      goTo(c, initialPreset, false)
      if (selectedPart) framePart(selectedPart, selected as BoneId, true, false)
      else if (selected) frame(selected, false)
    }
    if (closeUpJoint) enterJoint(closeUpJoint, false)
    sync()
    c.addEventListener('update', sync)
    // "At rest" is what tests and the URL wait for: a transition or a drag wakes the camera, and it rests
    // when camera-controls says it has stopped ('sleep'). Not at its 'rest', when the motion has only died
    // down: the camera still creeps after that, each step a frame (4–8 of them a second or more after a drag
    // on a busy machine), and at rest nothing is drawn.
    const wake = () => {
      camera.atRest = false
    }
    const rest = () => {
      camera.atRest = true
      for (const listener of camera.rested) listener()
    }
    c.addEventListener('transitionstart', wake)
    c.addEventListener('wake', wake)
    c.addEventListener('sleep', rest)
    // While a hand turns the camera, what lies under the pointer changes with every event and means nothing:
    // the raycast over every structure, and the hover it writes (a re-render, the batch's colours), wait till
    // it lets go, and the level labels step aside (scene/Labels.tsx). On a 2-core machine with a software
    // renderer both held back an orbit's frames. The wheel sends 'control' without a start or an end, so
    // only a drag counts; a click that does not move the camera changes nothing.
    let dragging = false
    const dragStarts = () => {
      dragging = true
      camera.pressTurned = false
    }
    const dragMoves = () => {
      if (!dragging || camera.turning) return
      camera.turning = true
      camera.pressTurned = true
      setEvents({ enabled: false })
    }
    const dragEnds = () => {
      dragging = false
      if (!camera.turning) return
      camera.turning = false
      setEvents({ enabled: true })
      // the labels come back on the next frame, which a camera let go of at a standstill would not draw
      invalidate()
    }
    c.addEventListener('controlstart', dragStarts)
    c.addEventListener('control', dragMoves)
    c.addEventListener('controlend', dragEnds)
    invalidate()
    // after a move (reducedMotion.ts, afterMove): the frame that shows it, and a jump's pose not at rest till then
    const poseView = { invalidate, pose: camera }
    const stopWaiting = neural.subscribe(() => {
      if (waitingFor && !isStructureId(waitingFor) && neural.box(waitingFor)) {
        if (store.getState().selected === waitingFor) {
          const ease = !prefersReducedMotion()
          frame(waitingFor, ease)
          afterMove(poseView, ease)
        } else waitingFor = null
      }
    })
    // the arrow keys and + and − while the 3D view has focus (cameraKeys.ts): heard on the view's focusable
    // container (the canvas's), so keys pressed on the page or anything else are the page's
    const view = canvas.closest<HTMLElement>('[tabindex]')
    const keyMoves = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.altKey) return
      const move = cameraKeyMove(e.key)
      if (!move) return
      // arrows would scroll the page too
      e.preventDefault()
      const ease = !prefersReducedMotion()
      if (move.kind === 'rotate') void c.rotate(move.azimuth, move.polar, ease)
      // from where an eased move is going, so quick presses add up exactly and + then − comes back
      else void c.dollyTo(c.getSpherical(keySpherical, true).radius * (1 - move.closer), ease)
      afterMove(poseView, ease)
    }
    view?.addEventListener('keydown', keyMoves)
    const unsubscribe = store.subscribe((state, previous) => {
      const ease = !prefersReducedMotion()
      const view = state.viewRequest !== previous.viewRequest
      const joint = state.closeUpJoint !== previous.closeUpJoint
      // choosing the selection again frames it again, except in a joint's close-up, which keeps its place
      const selection =
        !joint &&
        state.selected !== null &&
        (state.selected !== previous.selected ||
          (state.frameRequest !== previous.frameRequest && state.closeUpJoint === null))
      const part = !joint && state.selectedPart !== previous.selectedPart && state.selectedPart !== null
      let moved = false
      if (view) goTo(c, state.viewRequest.preset, ease)
      const region = state.regionRequest !== previous.regionRequest ? state.regionRequest : null
      if (region) {
        frameRegion(region.from, region.to, region.facing, ease)
        moved = true
      }
      if (joint) {
        if (state.closeUpJoint) enterJoint(state.closeUpJoint, ease)
        else leaveJoint()
      } else if (part && state.selectedPart)
        moved = framePart(state.selectedPart, state.selected as BoneId, selection, ease)
      else if (selection && state.selected) {
        frame(state.selected, ease)
        moved = true
      }
      // an eased move asks for its own frames; a jump needs the one that applies it
      if (!ease && (view || joint || moved)) afterMove(poseView, false)
    })
    // a person lying or standing is far taller than the spine: zooming out to see all of them must not stop short
    const fitFigure = () => {
      c.maxDistance = stretch.figure().cardId !== null ? FIGURE_MAX_DISTANCE : MAX_DISTANCE
    }
    fitFigure()
    const stopFigure = stretch.onFigure(fitFigure)
    return () => {
      stopFittingTouch()
      stopHoldingTouches()
      stopWaiting()
      stopFigure()
      unsubscribe()
      view?.removeEventListener('keydown', keyMoves)
      c.removeEventListener('update', sync)
      c.removeEventListener('transitionstart', wake)
      c.removeEventListener('wake', wake)
      c.removeEventListener('sleep', rest)
      c.removeEventListener('controlstart', dragStarts)
      c.removeEventListener('control', dragMoves)
      c.removeEventListener('controlend', dragEnds)
      if (camera.turning) {
        camera.turning = false
        setEvents({ enabled: true })
      }
    }
  }, [initial, initialPreset, invalidate, setEvents, store, camera, neural, stretch, geometries, slot, canvas])

  // after camera-controls' own update (drei runs it at priority -1): an eased move nearly at its end ends there
  const ends = useMemo(() => createMoveEnds(), [])
  useFrame(() => finishNearEnd(controls.current, ends))

  return <CameraControls ref={controls} makeDefault smoothTime={0.35} />
}
