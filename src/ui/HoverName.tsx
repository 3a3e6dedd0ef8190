import { useFacetStore } from '../runtime/react'
import { useAnatomy } from './i18n'

/**
 * The name of whatever is under the pointer: on a bone, the part of it ('Left bony bridge of L4 (pedicle)',
 * or 'Left pedicle of L4' with More detail on), elsewhere the structure ('Left L5 nerve root', or 'Left L5
 * spinal nerve root' with More detail on). While a self-test question waits for its answer, names would give
 * it away ("Find L4", "Which root leaves between T5 and T6?"): only the structure already chosen is named, as
 * a whole (a question about a part names its bone, which choosing does not answer; the part is the answer). So
 * while a flashcard lights a part up to be named.
 */
export function HoverName() {
  const hovered = useFacetStore((s) => {
    // a flashcard lighting a part up to be named: its bone is named, the part not until the card is turned
    if (s.spotted && !s.spotted.named) return s.hovered
    if (s.quiz === null || s.quiz.answered !== null) return s.hoveredPart ?? s.hovered
    return s.hovered !== null && s.hovered === s.selected ? s.hovered : null
  })
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const anatomy = useAnatomy()
  // a bone, disc or joint has one name; a part or the cord and the rest are plain unless the terms are asked for
  const name = hovered === null ? '' : anatomy.name(hovered, moreDetail)
  return <div className="hover-name">{name}</div>
}
