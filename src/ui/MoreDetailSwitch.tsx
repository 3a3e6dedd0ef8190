import { useFacetStore } from '../runtime/react'
import { useT } from './i18n'

/**
 * The one switch between plain words (the default) and the anatomical terms: pressed, every panel, the quiz and
 * the flashcards word themselves with the terms; the choice is the store's and is kept for the visit. The same
 * button wherever it appears, so a student finds it in the study tools too, not only beside a selection (a
 * student's review, s38). None in the patient view, which keeps to plain words (the store ignores the switch there).
 */
export function MoreDetailSwitch() {
  const t = useT()
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const setMoreDetail = useFacetStore((s) => s.setMoreDetail)
  const patient = useFacetStore((s) => s.viewMode === 'patient')
  if (patient) return null
  return (
    <button type="button" aria-pressed={moreDetail} onClick={() => setMoreDetail(!moreDetail)}>
      {t('common.moreDetail')}
    </button>
  )
}
