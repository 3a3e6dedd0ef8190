import { useFrame, useThree } from '@react-three/fiber'
import { useMemo, useSyncExternalStore } from 'react'
import { type AnyStructureId, isStructureId, type StructureId } from '../anatomy/ids'
import type { NeuralId } from '../anatomy/neural'
import { parsePartId } from '../anatomy/parts'
import { levelLabelPoint } from '../geometry/world'
import { partWorldCentre } from '../runtime/partGeometry'
import { useFacetStore, useRuntime } from '../runtime/react'
import { neuralDisplay, structureDisplay } from '../store'
import { type Pin as Label, usePinnedLabels } from './pinnedLabels'
import './PinLabels.css'

/**
 * The clinician's notes (store `pins`) beside the structures they are pinned to, through the same overlay
 * as the level labels: plain DOM text (a note is never read as markup), moved only on the canvas's own
 * frames, nothing drawn while the view is still. A note on the cord or a nerve root appears once that
 * structure is built. Like the labels, the notes sit at rest positions and step aside while a stretch plays.
 */
export function PinLabels() {
  const pins = useFacetStore((s) => s.pins)
  const stretching = useFacetStore((s) => s.stretchPlaying)
  const groups = useFacetStore((s) => s.groups)
  const selected = useFacetStore((s) => s.selected)
  const selectedPart = useFacetStore((s) => s.selectedPart)
  const closeUp = useFacetStore((s) => s.closeUpJoint !== null)
  const { geometries, neural } = useRuntime()
  const seen = useThree((s) => s.camera)
  // a note on the cord or a root finds its place when the worker delivers that structure
  const neuralBuilt = useSyncExternalStore(neural.subscribe, neural.builtCount)
  const labels = useMemo(() => {
    // read so a delivery recomputes the places (the boxes themselves are read from `neural`)
    if (stretching || neuralBuilt < 0) return { out: [], onStructures: [] }
    const out: Label[] = []
    // a note on a whole structure sits where its name does, on the face turned to the camera (Labels.tsx)
    const onStructures: { label: Label; id: StructureId }[] = []
    const state = { groups, selected, pins }
    for (const pin of pins) {
      const part = pin.target.includes('/') ? parsePartId(pin.target) : null
      const structure = part ? part.bone : (pin.target as AnyStructureId)
      const world = part
        ? partWorldCentre(geometries, part.id)
        : isStructureId(structure)
          ? levelLabelPoint(structure, seen.position)
          : (neural.labelPoint(structure as NeuralId)?.clone() ?? null)
      // a note on a nerve or ligament shows it even when its layer is hidden (see `neuralDisplay`)
      const display = isStructureId(structure) ? structureDisplay(groups, structure) : neuralDisplay(state, structure)
      if (!world || display === 'hidden') continue
      // on the selection itself, whose name is centred on the same point: under the name, not across it
      // (the opened joint names its own tissues instead of the selection: then the note keeps its own place)
      const onSelection = pin.target === selected && selectedPart === null && !closeUp
      const label: Label = {
        text: pin.text,
        className: onSelection ? 'label label-pin label-pin-on-selection' : 'label label-pin',
        world,
        shown: true,
      }
      out.push(label)
      if (!part && isStructureId(structure)) onStructures.push({ label, id: structure })
    }
    return { out, onStructures }
  }, [pins, stretching, groups, selected, selectedPart, closeUp, geometries, neural, neuralBuilt, seen])
  // registered before the overlay's own frame callback, so the notes are placed where this frame puts them
  useFrame(({ camera }) => {
    for (const { label, id } of labels.onStructures) levelLabelPoint(id, camera.position, label.world)
  })
  usePinnedLabels(labels.out, 'pin-layer', { stack: true })
  return null
}
