import type { ThreeEvent } from '@react-three/fiber'
import { memo, useMemo } from 'react'
import { Mesh, type Raycaster, Vector3 } from 'three'
import { changedByCondition } from '../anatomy/conditionModels'
import { type BoneId, parseStructureId, STRUCTURE_IDS, type StructureId } from '../anatomy/ids'
import type { PartId } from '../anatomy/parts'
import { openedStructures } from '../geometry/cutaway'
import { structurePose, structuresNear } from '../geometry/world'
import { partAtHit } from '../runtime/partGeometry'
import { useAfterFirstFrame, useFacetStore, useRuntime } from '../runtime/react'
import { CLOSE_UP_RADIUS, structureDisplay } from '../store'
import { conditionInView } from '../store/conditionSlice'
import { PartHighlight } from './PartHighlight'
import { PartPicking } from './PartPicking'
import { isClickInPlace } from './pointerClick'
import { SpineBatch } from './SpineBatch'
import { SpineResourcesProvider, useSpineResources } from './SpineResourcesProvider'
import { StretchDriver } from './StretchDriver'
import { type Highlight, SEEN_THROUGH_ORDER, SELECTED_BONE_ORDER } from './spineResources'
import { useStructureGeometry } from './useStructureGeometry'

/** Ghosted structures let clicks through to what lies behind them. */
const noRaycast = (_r: Raycaster, _i: unknown[]): void => {}
const DEG = Math.PI / 180
const hitLocal = new Vector3()

/** The named part of a bone under the pointer, from the triangle the ray hit; null off a bone or a named part. */
function partUnder(bone: BoneId | null, e: ThreeEvent<PointerEvent | MouseEvent>): PartId | null {
  if (!bone || !e.face) return null
  const mesh = e.object as Mesh
  return partAtHit(bone, mesh.geometry, e.face, mesh.worldToLocal(hitLocal.copy(e.point)))
}

export interface StructureMeshProps {
  /** Which structure to draw. */
  id: StructureId
}

/**
 * One structure: a cached geometry, a shared material for its state, pointer events bound to the store.
 * On a bone the pointer names the part under it and a click selects that part; the selected part is
 * drawn highlighted over the bone.
 */
export const StructureMesh = memo(function StructureMesh({ id }: StructureMeshProps) {
  const kind = useMemo(() => parseStructureId(id)?.kind ?? 'vertebra', [id])
  const bone = kind === 'vertebra' || kind === 'sacrum' || kind === 'coccyx' ? (id as BoneId) : null
  const selectedPart = useFacetStore((s) => (bone !== null && s.selected === id ? s.selectedPart : null))
  // a flashcard's part to be named, lit up the same way while nothing else is chosen (study/deck.ts spotPartCards)
  const spottedPart = useFacetStore((s) =>
    bone !== null && s.selectedPart === null && s.spotted?.part.startsWith(`${id}/`) ? s.spotted.part : null,
  )
  const litPart = selectedPart ?? spottedPart
  const display = useFacetStore((s) => structureDisplay(s.groups, id))
  const highlight: Highlight = useFacetStore((s) =>
    s.selected === id ? 'selected' : s.hovered === id ? 'hovered' : 'none',
  )
  // Full detail in the close-up round the selection; the batch draws the rest at overview detail. An opened
  // joint draws itself and its two bones (hidden here), and nothing else is drawn at full detail meanwhile.
  const opened = useFacetStore((s) => s.closeUpJoint !== null && openedStructures(s.closeUpJoint).includes(id))
  // a condition shown draws this structure changed (scene/ConditionLayer.tsx) in its place
  const changed = useFacetStore((s) => conditionInView(s) && changedByCondition(s.condition?.id ?? null, id))
  const closeUp = useFacetStore(
    (s) =>
      s.closeUpJoint === null &&
      (s.selected === id ||
        (s.selected !== null &&
          !s.stretchPlaying &&
          structuresNear(s.selected, CLOSE_UP_RADIUS, STRUCTURE_IDS).has(id))),
  )
  const detail = closeUp ? 1 : 0
  const geometry = useStructureGeometry(id, detail)
  // Shown structures outside the close-up are drawn by the batch; this mesh then only answers the pointer.
  const ownDraw = closeUp || display === 'ghosted'
  const resources = useSpineResources()
  const material = ownDraw ? resources.material(kind, highlight, display) : resources.pickOnly
  const pose = structurePose(id)
  const select = useFacetStore((s) => s.select)
  const hover = useFacetStore((s) => s.hover)
  const { store, camera } = useRuntime()
  const ghosted = display === 'ghosted'
  // a whole bone selected, drawn by its own mesh, shows through whatever covers it (C2's dens behind C1's arch)
  const seenThrough =
    bone !== null && selectedPart === null && highlight === 'selected' && display === 'shown' && ownDraw
  return (
    <group ref={(g) => resources.registerMotionGroup(id, g)} matrixAutoUpdate={false}>
      <mesh
        name={id}
        geometry={geometry}
        material={material}
        position={pose.position as [number, number, number]}
        rotation-x={pose.tilt * DEG}
        visible={display !== 'hidden' && !opened && !changed}
        renderOrder={ghosted ? 1 : seenThrough ? SELECTED_BONE_ORDER : 0}
        raycast={ghosted ? noRaycast : Mesh.prototype.raycast}
        dispose={null}
        onPointerOver={(e: ThreeEvent<PointerEvent>) => {
          e.stopPropagation()
          hover(id, partUnder(bone, e))
        }}
        // the part under the pointer changes as it moves over a bone (written only when it does)
        {...(bone && {
          onPointerMove: (e: ThreeEvent<PointerEvent>) => {
            const part = partUnder(bone, e)
            const s = store.getState()
            if (s.hovered !== id || s.hoveredPart !== part) hover(id, part)
          },
        })}
        onPointerOut={() => {
          if (store.getState().hovered === id) hover(null)
        }}
        onClick={(e: ThreeEvent<MouseEvent>) => {
          e.stopPropagation()
          if (isClickInPlace(e, camera)) select(partUnder(bone, e) ?? id)
        }}
      >
        {litPart && <PartHighlight part={litPart} geometry={geometry} />}
        {seenThrough && (
          <mesh
            name={`${id}:seen-through`}
            geometry={geometry}
            material={resources.seenThroughBone}
            raycast={noRaycast}
            renderOrder={SEEN_THROUGH_ORDER}
            dispose={null}
          />
        )}
      </mesh>
    </group>
  )
})

/** Every structure of the spine, each a separate pickable mesh. */
export function SpineModel() {
  const interactive = useAfterFirstFrame()
  return (
    <SpineResourcesProvider>
      <group name="spine">
        <SpineBatch />
        <StretchDriver />
        {interactive && STRUCTURE_IDS.map((id) => <StructureMesh key={id} id={id} />)}
        {interactive && <PartPicking />}
      </group>
    </SpineResourcesProvider>
  )
}
