import type { FacetJointId } from '../anatomy/ids'
import { posture } from '../anatomy/posture'

/** Articular surface area of a facet joint, mm², as an ellipse of the table's facet width and height. */
export function facetArea(id: FacetJointId): number {
  const pose = posture().facets[id]
  if (!pose) throw new Error(`Unknown joint ${id}`)
  return (Math.PI / 4) * pose.width * pose.height
}
