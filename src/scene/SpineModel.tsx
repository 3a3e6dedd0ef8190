import type { ThreeEvent } from '@react-three/fiber'
import { memo, useEffect, useMemo } from 'react'
import { Mesh, type Raycaster } from 'three'
import { parseStructureId, STRUCTURE_IDS, type StructureId } from '../anatomy/ids'
import type { Detail } from '../geometry/builder'
import { structurePose, structuresNear } from '../geometry/world'
import { useAfterFirstFrame, useFacetStore, useRuntime } from '../runtime/react'
import { CLOSE_UP_RADIUS, structureDisplay } from '../store'
import { SpineBatch } from './SpineBatch'
import { SpineResourcesProvider, useSpineResources } from './SpineResourcesProvider'
import { StretchDriver } from './StretchDriver'
import type { Highlight } from './spineResources'

/** Ghosted structures let clicks through to what lies behind them. */
const noRaycast = (_r: Raycaster, _i: unknown[]): void => {}
const DEG = Math.PI / 180

export interface StructureMeshProps {
  /** Which structure to draw. */
  id: StructureId
}

/** One structure: a cached geometry, a shared material for its state, pointer events bound to the store. */
export const StructureMesh = memo(function StructureMesh({ id }: StructureMeshProps) {
  const kind = useMemo(() => parseStructureId(id)?.kind ?? 'vertebra', [id])
  const display = useFacetStore((s) => structureDisplay(s.groups, id))
  const highlight: Highlight = useFacetStore((s) =>
    s.selected === id ? 'selected' : s.hovered === id ? 'hovered' : 'none',
  )
  // Full detail only where the user is looking closely; the overview uses the light meshes.
  // Full detail in the close-up round the selection; the batch draws the rest at overview detail.
  const closeUp = useFacetStore(
    (s) =>
      s.selected === id ||
      (s.selected !== null && !s.stretchPlaying && structuresNear(s.selected, CLOSE_UP_RADIUS, STRUCTURE_IDS).has(id)),
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
  const { store } = useRuntime()
  const ghosted = display === 'ghosted'
  return (
    <group ref={(g) => resources.registerMotionGroup(id, g)} matrixAutoUpdate={false}>
      <mesh
        name={id}
        geometry={geometry}
        material={material}
        position={pose.position as [number, number, number]}
        rotation-x={pose.tilt * DEG}
        visible={display !== 'hidden'}
        renderOrder={ghosted ? 1 : 0}
        raycast={ghosted ? noRaycast : Mesh.prototype.raycast}
        dispose={null}
        onPointerOver={(e: ThreeEvent<PointerEvent>) => {
          e.stopPropagation()
          hover(id)
        }}
        onPointerOut={() => {
          if (store.getState().hovered === id) hover(null)
        }}
        onClick={(e: ThreeEvent<MouseEvent>) => {
          e.stopPropagation()
          select(id)
        }}
      />
    </group>
  )
})

/**
 * Borrows a structure's cached geometry for as long as the mesh shows it, so the bounded full-detail
 * cache never frees a geometry still on screen and frees the others once the close-up moves on.
 */
function useStructureGeometry(id: StructureId, detail: Detail) {
  const { geometries } = useRuntime()
  const geometry = geometries.structure(id, detail)
  useEffect(() => {
    geometries.retain(id, detail, geometry)
    return () => geometries.release(id, detail)
  }, [geometries, id, detail, geometry])
  return geometry
}

/** Every structure of the spine, each a separate pickable mesh. */
export function SpineModel() {
  const interactive = useAfterFirstFrame()
  return (
    <SpineResourcesProvider>
      <group name="spine">
        <SpineBatch />
        <StretchDriver />
        {interactive && STRUCTURE_IDS.map((id) => <StructureMesh key={id} id={id} />)}
      </group>
    </SpineResourcesProvider>
  )
}
