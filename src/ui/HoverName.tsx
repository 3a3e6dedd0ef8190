import { selectionName } from '../anatomy/boneLinks'
import { isNeuralId } from '../anatomy/neural'
import { anyStructureName } from '../anatomy/structures'
import { useFacetStore } from '../runtime/react'

/**
 * The name of whatever is under the pointer: on a bone, the part of it ('Left bony bridge of L4 (pedicle)',
 * or 'Left pedicle of L4' with More detail on), elsewhere the structure ('Left L5 nerve root', or 'Left L5
 * spinal nerve root' with More detail on). While a self-test question waits for its answer only the
 * structure is named: the parts are what it asks to find.
 */
export function HoverName() {
  const hovered = useFacetStore((s) =>
    s.quiz !== null && s.quiz.answered === null ? s.hovered : (s.hoveredPart ?? s.hovered),
  )
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const name =
    hovered === null
      ? ''
      : isNeuralId(hovered)
        ? anyStructureName(hovered, moreDetail)
        : selectionName(hovered, moreDetail)
  return <div className="hover-name">{name}</div>
}
