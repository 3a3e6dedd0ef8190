import { useEffect } from 'react'
import { useFacetStore, useRuntime } from '../runtime/react'
import { useT } from './i18n'
import './Compare.css'

/**
 * The way back to a comparison that a choice in the panel ended (a joint or a part of a compared bone goes
 * to the spine with it selected): a note over the view with "Back to the comparison", which brings back the
 * same bones with the panel reading about the same one. It goes when the student moves on (another choice,
 * a condition, a stretch, a self-test, another comparison) or closes it.
 */
export function CompareReturn() {
  const left = useFacetStore((s) => (s.compareLevels === null ? s.compareLeft : null))
  const t = useT()
  const { store } = useRuntime()
  useEffect(
    () =>
      store.subscribe((s, p) => {
        if (!s.compareLeft || !p.compareLeft) return
        if (
          s.selected !== p.selected ||
          s.selectedPart !== p.selectedPart ||
          s.condition !== p.condition ||
          s.openStretchId !== p.openStretchId ||
          (s.quiz !== null && p.quiz === null)
        )
          s.setCompareLeft(null)
      }),
    [store],
  )
  if (!left) return null
  const back = () => store.getState().startCompare(left.levels, left.reading)
  return (
    <section className="compare-return" aria-label={t('compare.region')} data-testid="compare-return">
      <p>{t('compare.left', { names: left.levels.join(', ') })}</p>
      <button type="button" className="primary" onClick={back}>
        {t('compare.return')}
      </button>
      <button
        type="button"
        className="close"
        aria-label={t('compare.dismissReturn')}
        onClick={() => store.getState().setCompareLeft(null)}
      >
        ×
      </button>
    </section>
  )
}
