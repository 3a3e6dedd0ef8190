import { useId, useState } from 'react'
import { BONE_IDS, type BoneId } from '../anatomy/ids'
import { shortLabel } from '../anatomy/names'
import { useFacetStore } from '../runtime/react'
import { useT } from './i18n'
import './Compare.css'

/** Two levels to compare a bone with first: one from each of the other regions, the typical textbook trio. */
export function compareSuggestions(bone: BoneId): [BoneId, BoneId | null] {
  const region = bone[0]
  if (bone === 'sacrum' || bone === 'coccyx') return ['L5', 'L4']
  if (region === 'C') return ['T6', 'L4']
  if (region === 'T') return ['C5', 'L4']
  return ['C5', 'T6']
}

/**
 * "Compare with…" in the selection panel of a bone: pick one or two other bones and see them side by side
 * with it. Folded away until asked for.
 */
export function CompareWith({ bone }: { bone: BoneId }) {
  const startCompare = useFacetStore((s) => s.startCompare)
  // the panel beside a bone already seen alone offers only to compare it
  const alone = useFacetStore((s) => s.compareLevels?.length === 1 && s.compareLevels[0] === bone)
  const t = useT()
  const [open, setOpen] = useState(false)
  const [first, second] = compareSuggestions(bone)
  const [a, setA] = useState<BoneId>(first)
  const [b, setB] = useState<BoneId | ''>(second ?? '')
  const idA = useId()
  const idB = useId()
  const others = BONE_IDS.filter((id) => id !== bone)
  if (!open)
    return (
      <div className="compare-with">
        {/* the bone alone, turned at will: its parts and facets from above, where the bone above covers them */}
        {!alone && (
          <button
            type="button"
            onClick={() => {
              // the button goes with the panel: focus to the view its hint says to turn with the arrow keys
              if (startCompare([bone])) document.querySelector<HTMLElement>('.stage-view')?.focus()
            }}
          >
            {t('compare.alone')}
          </button>
        )}
        <button type="button" onClick={() => setOpen(true)} aria-expanded={false}>
          {t('compare.compareWith')}
        </button>
      </div>
    )
  return (
    <form
      className="compare-with"
      onSubmit={(e) => {
        e.preventDefault()
        startCompare([bone, a, ...(b && b !== a ? [b] : [])])
      }}
    >
      <fieldset>
        <legend>{t('compare.legend', { bone: shortLabel(bone) })}</legend>
        <label htmlFor={idA}>
          {t('compare.and')}
          <select id={idA} value={a} onChange={(e) => setA(e.target.value as BoneId)}>
            {others.map((id) => (
              <option key={id} value={id}>
                {shortLabel(id)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={idB}>
          {t('compare.andOptional')}
          <select id={idB} value={b} onChange={(e) => setB(e.target.value as BoneId | '')}>
            <option value="">{t('compare.nothing')}</option>
            {others
              .filter((id) => id !== a)
              .map((id) => (
                <option key={id} value={id}>
                  {shortLabel(id)}
                </option>
              ))}
          </select>
        </label>
        <button type="submit" className="primary">
          {t('compare.go')}
        </button>
      </fieldset>
    </form>
  )
}
