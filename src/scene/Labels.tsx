import { useMemo } from 'react'
import { BONE_IDS, isStructureId, type StructureId } from '../anatomy/ids'
import { shortLabel } from '../anatomy/names'
import { partName } from '../anatomy/parts'
import { structureWorldCentre } from '../geometry/world'
import { partWorldCentre } from '../runtime/partGeometry'
import { useAfterFirstFrame, useFacetStore, useRuntime } from '../runtime/react'
import { structureDisplay } from '../store'
import { type Pin, usePinnedLabels } from './pinnedLabels'
import './Labels.css'

/**
 * Level labels beside every bone (toggleable), and always one on the selection: on the selected structure,
 * or, when a part of a bone is selected, on that part, naming it.
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
  const { geometries } = useRuntime()

  const pins = useMemo(() => {
    const ids: { id: StructureId; emphasis: boolean }[] = []
    if (closeUp) return []
    if (labelsOn && afterFirstFrame && !stretching)
      for (const id of BONE_IDS) if (id !== selected) ids.push({ id, emphasis: false })
    if (selected && isStructureId(selected)) ids.push({ id: selected, emphasis: true })
    const part = selectedPart ? partWorldCentre(geometries, selectedPart) : null
    return ids
      .filter(({ id }) => structureDisplay(groups, id) !== 'hidden')
      .map(({ id, emphasis }): Pin => {
        if (emphasis && part && selectedPart)
          return {
            text: partName(selectedPart, moreDetail) ?? shortLabel(id),
            className: 'label label-selected label-part',
            world: part,
            shown: true,
          }
        return {
          text: shortLabel(id),
          className: emphasis ? 'label label-selected' : 'label',
          world: structureWorldCentre(id),
          shown: true,
        }
      })
  }, [labelsOn, afterFirstFrame, stretching, selected, selectedPart, moreDetail, groups, closeUp, geometries])
  usePinnedLabels(pins, 'label-layer')
  return null
}
