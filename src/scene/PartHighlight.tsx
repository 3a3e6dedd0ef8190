import { useEffect, useMemo } from 'react'
import {
  type BufferGeometry,
  GreaterDepth,
  MeshBasicMaterial,
  MeshStandardMaterial,
  type Raycaster,
  SphereGeometry,
} from 'three'
import type { PartId } from '../anatomy/parts'
import { partHighlightGeometry, partLocalCentre } from '../runtime/partGeometry'

/** The highlight takes no clicks: the bone under it answers the pointer (and the API's picking sees the bone). */
const noRaycast = (_r: Raycaster, _i: unknown[]): void => {}

/**
 * A pink that stands apart from everything else the view colours: bone, the selection's blue glow, the
 * hover's, the cartilage's amber, and the teal, orange and yellow of a stretch.
 */
export const PART_COLOUR = '#ff4fb0'
/**
 * How strongly the selected part shows through whatever covers it (a neighbour's process, a joint's capsule,
 * its own bone): enough to find, faint enough to read as behind.
 */
export const SEEN_THROUGH_OPACITY = 0.45
/** The marker of an opening, in mm: a foramen has no surface of its own to light. */
const MARKER_RADIUS = 2.5

/**
 * The selected part drawn over its bone: its own triangles, copied from the bone's geometry, in pink
 * with a soft edge, pulled toward the camera in depth (polygon offset) so they win over the bone's
 * identical ones.
 * Where something covers it, it shows through, fainter: C5's upper joint face under C4's lower process, L4's
 * mammillary process behind the L3–L4 joint were selected with nothing on the model to show it (a student's
 * review, s38). That second pass draws only where the part lies behind what is already drawn (depth test
 * 'greater'), so a part in plain sight looks as before.
 * A part with no triangles (an opening such as a foramen, an area the geometry does not build) gets a
 * small marker at its anchor instead, drawn over the bone so it shows from inside a hole. Rendered as a
 * child of the bone's mesh, so it shares its pose and motion; rebuilt when the part or the bone's
 * geometry changes (the shells give way to the continuous surface) and disposed with it.
 */
export function PartHighlight({ part, geometry }: { part: PartId; geometry: BufferGeometry }) {
  const overlay = useMemo(() => partHighlightGeometry(part, geometry), [part, geometry])
  useEffect(() => () => overlay?.dispose(), [overlay])
  const anchor = useMemo(() => (overlay ? null : partLocalCentre(part, geometry)), [overlay, part, geometry])
  const surface = useMemo(
    () =>
      new MeshStandardMaterial({
        color: PART_COLOUR,
        emissive: PART_COLOUR,
        emissiveIntensity: 0.35,
        roughness: 0.6,
        metalness: 0,
        // the corners' alpha fades the edge (see partHighlightGeometry); seen through, it writes no depth
        vertexColors: true,
        transparent: true,
        depthWrite: false,
        polygonOffset: true,
        polygonOffsetFactor: -2,
        polygonOffsetUnits: -4,
      }),
    [],
  )
  const seenThrough = useMemo(
    () =>
      new MeshBasicMaterial({
        color: PART_COLOUR,
        vertexColors: true,
        transparent: true,
        opacity: SEEN_THROUGH_OPACITY,
        depthWrite: false,
        depthFunc: GreaterDepth,
      }),
    [],
  )
  const marker = useMemo(
    () => ({
      geometry: new SphereGeometry(MARKER_RADIUS, 16, 12),
      material: new MeshBasicMaterial({ color: PART_COLOUR, depthTest: false, transparent: true, opacity: 0.9 }),
    }),
    [],
  )
  useEffect(
    () => () => {
      surface.dispose()
      seenThrough.dispose()
      marker.geometry.dispose()
      marker.material.dispose()
    },
    [surface, seenThrough, marker],
  )
  if (overlay)
    return (
      <mesh name={`part:${part}`} geometry={overlay} material={surface} raycast={noRaycast} renderOrder={2}>
        <mesh
          name={`part:${part}:seen-through`}
          geometry={overlay}
          material={seenThrough}
          raycast={noRaycast}
          renderOrder={3}
        />
      </mesh>
    )
  if (!anchor) return null
  return (
    <mesh
      name={`part:${part}`}
      geometry={marker.geometry}
      material={marker.material}
      position={anchor}
      raycast={noRaycast}
      renderOrder={3}
    />
  )
}
