import type { AnyStructureId } from '../anatomy/ids'
import { useFacetStore } from '../runtime/react'
import { useAnatomy } from './i18n'

/** A list of structures, each one click from being selected: a bone's joints, a joint's bones, a root's gap. */
export function StructureButtons({ ids, testId }: { ids: readonly AnyStructureId[]; testId: string }) {
  const select = useFacetStore((s) => s.select)
  const anatomy = useAnatomy()
  return (
    <ul className="link-list" data-testid={testId}>
      {ids.map((id) => (
        <li key={id}>
          <button type="button" data-link={id} onClick={() => select(id)}>
            {anatomy.name(id)}
          </button>
        </li>
      ))}
    </ul>
  )
}
