import { Html } from '@react-three/drei/web/Html.js'
import { useMemo } from 'react'
import { BONE_IDS, type StructureId } from '../anatomy/ids'
import { shortLabel } from '../anatomy/names'
import { structureDisplay, useFacetStore } from '../store'
import { useAfterFirstFrame } from './SpineModel'
import { structureWorldCentre } from './world'

function Label({ id, emphasis }: { id: StructureId; emphasis: boolean }) {
  const position = useMemo(() => structureWorldCentre(id).toArray(), [id])
  const shown = useFacetStore((s) => structureDisplay(s.groups, id) !== 'hidden')
  if (!shown) return null
  return (
    <Html position={position} center zIndexRange={[10, 0]} style={{ pointerEvents: 'none' }}>
      <span className={emphasis ? 'label label-selected' : 'label'}>{shortLabel(id)}</span>
    </Html>
  )
}

/** Level labels beside every bone (toggleable), and always one on the selected structure. */
export function Labels() {
  const labelsOn = useFacetStore((s) => s.labels)
  const afterFirstFrame = useAfterFirstFrame()
  // labels sit at rest positions, so they step aside while a stretch moves the spine
  const stretching = useFacetStore((s) => s.stretchPlaying)
  const on = labelsOn && afterFirstFrame && !stretching
  const selected = useFacetStore((s) => s.selected)
  return (
    <group name="labels">
      {on && BONE_IDS.filter((id) => id !== selected).map((id) => <Label key={id} id={id} emphasis={false} />)}
      {selected && <Label key={`sel-${selected}`} id={selected} emphasis />}
    </group>
  )
}
