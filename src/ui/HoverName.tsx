import { structureName } from '../anatomy/names'
import { useFacetStore } from '../runtime/react'

/** The name of whatever is under the pointer. */
export function HoverName() {
  const hovered = useFacetStore((s) => s.hovered)
  return <div className="hover-name">{hovered ? structureName(hovered) : ''}</div>
}
