import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { type Camera, type Object3D, Quaternion, Vector3 } from 'three'
import { BONE_IDS, type BoneId, isStructureId, type StructureId } from '../anatomy/ids'
import { isNeuralId, type NeuralId } from '../anatomy/neural'
import type { PartId } from '../anatomy/parts'
import { levelLabelOnFace, levelLabelPoint, structureRadius, structureWorldCentre } from '../geometry/world'
import { localizeShortLabel, localizeStructureName } from '../i18n/overlay'
import { partView } from '../quiz/questionRegion'
import { partWorldCentre } from '../runtime/partGeometry'
import { askedPart } from '../runtime/quizSession'
import { useAfterFirstFrame, useFacetStore, useRuntime } from '../runtime/react'
import { type FacetState, structureDisplay } from '../store'
import { labelBeyondFocus, labelHidden, ownStructures } from './labelOcclusion'
import { type Pin, usePinnedLabels } from './pinnedLabels'
import './Labels.css'

/** A level label, what may stand in front of it without hiding it, and whether it is hidden at rest. */
interface LevelLabel {
  readonly pin: Pin
  readonly own: ReadonlySet<string>
  hidden: boolean
}

/** The part a question asks for, or a flashcard lights up to be named while its card is not yet turned. */
const partToFind = (s: FacetState): PartId | null =>
  askedPart(s) ?? (s.spotted && !s.spotted.named ? s.spotted.part : null)

const forward = new Vector3()
const centre = new Vector3()
const away = new Vector3()
/**
 * Puts a bone's name on the bone, on the far side of its middle from `part` as the screen shows them (to the
 * right, away from the quiz's card on the left, for a part seen at the bone's middle, or none), and not on the
 * part itself. Beside the bone there was no room: the question's view puts the bones between the card and the
 * view's edge.
 */
function placeAside(id: StructureId, part: Vector3 | null, seen: Camera, point: Vector3): void {
  forward.set(0, 0, -1).applyQuaternion(seen.quaternion)
  structureWorldCentre(id, centre)
  if (part) away.subVectors(centre, part)
  else away.set(0, 0, 0)
  away.addScaledVector(forward, -away.dot(forward))
  if (away.length() < ASIDE_MIDLINE) away.set(1, 0, 0).applyQuaternion(seen.quaternion)
  point.copy(centre).addScaledVector(away.normalize(), structureRadius(id) * ASIDE_REACH)
}
/** A part within this far (mm) of its bone's middle, across the screen, is seen at the middle. */
const ASIDE_MIDLINE = 3
/** How far from its bone's middle a name goes, as a share of the bone's radius: on the bone, off its middle. */
const ASIDE_REACH = 0.45

/** The selection's name always has its place; level labels that would cover it step aside. */
const SELECTION_PRIORITY = 2
/**
 * Where level labels crowd (the neck at the home zoom, everywhere on a phone), a region's first and last
 * levels keep theirs, so a reader can still count from them.
 */
/** The base of the skull, ghosted above C1, gets a level label of its own; only it stands in front of it. */
const SKULL_BASE = 'occiput' satisfies NeuralId
const SKULL_BASE_OWN: ReadonlySet<string> = new Set([SKULL_BASE])
/** How far up its box the skull's name sits: clear of C1's below, and of the view's top edge in the home view. */
const SKULL_LABEL_HEIGHT = 0.7
const REGION_ENDS: ReadonlySet<StructureId> = new Set(['C1', 'C7', 'T1', 'T12', 'L1', 'L5', 'sacrum', 'coccyx'])

/**
 * Level labels beside every bone (toggleable), and always one on the selection: on the selected structure,
 * or, when a part of a bone is selected, on that part, naming it; a selected cord, root or ligament is named
 * on itself once the worker has built it.
 */
export function Labels() {
  const labelsOn = useFacetStore((s) => s.labels)
  const afterFirstFrame = useAfterFirstFrame()
  // labels sit at rest positions, so they step aside while a stretch moves the spine
  const stretching = useFacetStore((s) => s.stretchPlaying)
  const selected = useFacetStore((s) => s.selected)
  const selectedPart = useFacetStore((s) => s.selectedPart)
  const moreDetail = useFacetStore((s) => s.moreDetail)
  // the opened joint names its own tissues instead
  const closeUp = useFacetStore((s) => s.closeUpJoint !== null)
  const groups = useFacetStore((s) => s.groups)
  // the labels speak the page's language (the Spanish overlay arrives with its catalog)
  const anatomy = useFacetStore((s) => s.catalog.content?.anatomy)
  const { geometries, camera, neural, stretch } = useRuntime()
  const seen = useThree((s) => s.camera)
  const focus = useMemo(() => new Vector3(), [])
  // while the person doing a stretch is in view, the camera is turned and far out: two dozen level labels
  // would pile up in one line over a small spine, so they step aside (the selection's stays)
  // (the figure's card is the open card once it has played, which only a card with a motion does)
  const figureInView = useSyncExternalStore(stretch.onFigure, stretch.figure).cardId !== null
  // the quiz hides the level labels; a question about a part names its bone and the two beside it, and they and
  // a flashcard's part to be named keep the names off the part
  const findPart = useFacetStore(partToFind)
  // a selected root's label finds its place when the worker delivers the root
  const neuralBuilt = useSyncExternalStore(neural.subscribe, neural.builtCount)
  /** The labels and the camera pose which level labels are hidden was last worked out for. */
  const checked = useMemo(() => ({ pins: null as unknown, at: new Vector3(), turn: new Quaternion() }), [])

  const pins = useMemo(() => {
    const ids: { id: StructureId; emphasis: boolean }[] = []
    if (closeUp) return { all: [], levels: [], onBones: [] }
    if (labelsOn && afterFirstFrame && !stretching && !figureInView)
      for (const id of BONE_IDS) if (id !== selected) ids.push({ id, emphasis: false })
    // A question about a part ('Click the spinous process of C4') shows its bone and the two beside it with the
    // level labels off: their names go on the bones, on the side away from the part, so a student knows
    // which bone is C4 and no name sits on the part asked for (a level's name sat on C4's spinous tip and on
    // C1's anterior tubercle: student review s38, L2).
    const view = findPart ? partView(findPart) : null
    const asked = view ? BONE_IDS.slice(BONE_IDS.indexOf(view.from), BONE_IDS.indexOf(view.to) + 1) : []
    const askedPartPoint = findPart ? partWorldCentre(geometries, findPart) : null
    if (!labelsOn && afterFirstFrame && !stretching && !figureInView)
      for (const id of asked) if (id !== selected) ids.push({ id, emphasis: false })
    // the selection's name too steps aside for the person: it sat on their pelvis (a clinician's review, s36)
    if (selected && isStructureId(selected) && !figureInView) ids.push({ id: selected, emphasis: true })
    const part = selectedPart ? partWorldCentre(geometries, selectedPart) : null
    const label = (id: StructureId) => localizeShortLabel(id, anatomy) ?? id
    // a bone's name sits on the face turned to the camera, moved there on every frame (see below)
    const onBones: { pin: Pin; id: StructureId; aside: boolean; awayFrom: Vector3 | null }[] = []
    // the level labels (not the selection's name), with what may stand in front of each without hiding it
    const levels: LevelLabel[] = []
    const all = ids
      .filter(({ id }) => structureDisplay(groups, id) !== 'hidden')
      .map(({ id, emphasis }): Pin => {
        if (emphasis && part && selectedPart)
          return {
            text: localizeStructureName(selectedPart, moreDetail, anatomy) ?? label(id),
            className: 'label label-selected label-part',
            world: part,
            shown: true,
            priority: SELECTION_PRIORITY,
          }
        const pin = {
          text: label(id),
          className: emphasis ? 'label label-selected' : 'label',
          world: levelLabelPoint(id, seen.position),
          shown: true,
          priority: emphasis ? SELECTION_PRIORITY : REGION_ENDS.has(id) ? 1 : 0,
        }
        const aside = asked.includes(id as BoneId)
        // (each of the three away from its own part of that name, so the three names line up: a C3 away from
        // C4's spinous process sat above it, a C5 below)
        const ownPart =
          aside && findPart ? partWorldCentre(geometries, `${id}/${findPart.split('/')[1]}` as PartId) : null
        onBones.push({ pin, id, aside, awayFrom: ownPart ?? askedPartPoint })
        // (the three names are wanted on their bones: no hiding behind bones, and they stay while the camera turns)
        if (!emphasis && !aside) levels.push({ pin, own: ownStructures(id as BoneId), hidden: false })
        return pin
      })
    // the base of the skull is named like a level above C1 once the worker has built it
    const skullBox =
      labelsOn &&
      afterFirstFrame &&
      !stretching &&
      !figureInView &&
      selected !== SKULL_BASE &&
      neuralBuilt > 0 &&
      structureDisplay(groups, SKULL_BASE) !== 'hidden'
        ? neural.box(SKULL_BASE)
        : null
    if (skullBox) {
      // in the bone's upper part: its middle lies just above C1, where C1's name is
      const pin = {
        text: localizeShortLabel(SKULL_BASE, anatomy) ?? SKULL_BASE,
        className: 'label',
        world: new Vector3(
          (skullBox.min.x + skullBox.max.x) / 2,
          skullBox.min.y + SKULL_LABEL_HEIGHT * (skullBox.max.y - skullBox.min.y),
          (skullBox.min.z + skullBox.max.z) / 2,
        ),
        shown: true,
        priority: 0,
      }
      all.push(pin)
      levels.push({ pin, own: SKULL_BASE_OWN, hidden: false })
    }
    // the nerves step aside while a stretch moves the spine, and their label with them
    const neuralPoint =
      selected && isNeuralId(selected) && !stretching && neuralBuilt > 0 ? neural.labelPoint(selected) : null
    if (selected && neuralPoint)
      all.push({
        // a patient reads the panel's plain name ('Yellow band between the arches, L4–L5'); with More detail,
        // the short term ('Lig. flavum L4–L5')
        text:
          (moreDetail ? localizeShortLabel(selected, anatomy) : localizeStructureName(selected, false, anatomy)) ??
          selected,
        // above its point, as a part's: on a small structure (a ligament at the dens, the pivot joint) the
        // name drawn over the point covered what it names
        className: 'label label-selected label-above',
        world: neuralPoint.clone(),
        shown: true,
        priority: SELECTION_PRIORITY,
      })
    return { all, levels, onBones }
  }, [
    labelsOn,
    afterFirstFrame,
    stretching,
    figureInView,
    selected,
    selectedPart,
    moreDetail,
    groups,
    closeUp,
    geometries,
    anatomy,
    neural,
    neuralBuilt,
    seen,
    findPart,
  ])
  /**
   * Which level labels are hidden, worked out once per resting pose: a bone behind others, or far behind what
   * the camera looks at (looked at from above, the whole spine's names piled up over the neck).
   */
  const findHidden = (seen: Camera, scene: Object3D) => {
    if (checked.pins === pins && checked.at.equals(seen.position) && checked.turn.equals(seen.quaternion)) return
    checked.pins = pins
    checked.at.copy(seen.position)
    checked.turn.copy(seen.quaternion)
    // meshes mounted since the last frame have their place only once the render has updated the matrices
    scene.updateMatrixWorld()
    focus.fromArray(camera.target)
    for (const level of pins.levels)
      level.hidden =
        labelBeyondFocus(seen, focus, level.pin.world) || labelHidden(seen, scene, level.pin.world, level.own)
  }
  // The level labels step aside while a hand turns the camera too: two dozen labels moved on every frame cost
  // a software renderer the orbit's smoothness (the selection's own label stays); at rest, the hidden ones.
  const showLevels = (resting: boolean) => {
    for (const { pin, hidden } of pins.levels) pin.shown = !camera.turning && !(resting && hidden)
  }
  // Each bone's name goes to the face of the bone turned to the camera: from the front, the body; from
  // behind, the arch (at the centre of its box, perspective put a name on the next bone's body up close).
  // Read before the labels are placed (same priority, registered first).
  useFrame(({ camera: seen, scene }) => {
    for (const { pin, id, aside, awayFrom } of pins.onBones) {
      levelLabelPoint(id, seen.position, pin.world)
      // on its face, the name is drawn on its point: beside it, it fell on the next bone
      pin.onPoint = levelLabelOnFace(id, seen.position)
      if (aside) placeAside(id, awayFrom, seen, pin.world)
    }
    const resting = camera.atRest && !camera.turning
    if (resting) findHidden(seen, scene)
    showLevels(resting)
  })
  // The camera comes to rest in its controls' update, which may run after this frame's labels were placed, and
  // no frame follows a still camera: the labels are checked and placed again just after, without drawing.
  const get = useThree((s) => s.get)
  const placeNow = usePinnedLabels(pins.all, 'label-layer', { declutter: true })
  useEffect(() => {
    let timer = 0
    const rested = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => {
        if (!camera.atRest || camera.turning) return
        const { camera: seen, scene } = get()
        findHidden(seen, scene)
        showLevels(true)
        placeNow.current()
      })
    }
    camera.rested.add(rested)
    return () => {
      camera.rested.delete(rested)
      window.clearTimeout(timer)
    }
  })
  return null
}
