import { lazy, Suspense, useEffect, useId } from 'react'
import type { BoneId } from '../anatomy/ids'
import type { MessageId } from '../i18n/en'
import { useFacetStore, useRuntime } from '../runtime/react'
import { COMPARE_VIEWS, type CompareView } from '../store/compareSlice'
import { useT } from './i18n'
import { ChunkBoundary } from './LazyFeature'
import './Compare.css'

/** Each view button's words, and the hint that says which joint faces it shows. */
const VIEW_BUTTONS: Readonly<Record<CompareView, { label: MessageId; hint: MessageId }>> = {
  above: { label: 'compare.view.above', hint: 'compare.viewHint.above' },
  below: { label: 'compare.view.below', hint: 'compare.viewHint.below' },
  front: { label: 'compare.view.front', hint: 'compare.viewHint.front' },
  back: { label: 'compare.view.back', hint: 'compare.viewHint.back' },
  side: { label: 'compare.view.side', hint: 'compare.viewHint.side' },
}

/** The table's code and the dimensions it reads come when comparing starts, not with the first screen. */
const CompareTable = lazy(() => import('./CompareTable'))

/**
 * Compare levels, over the 3D view: which bones are side by side, their features and key dimensions in one
 * table (a measure a level does not have is left blank), a button that folds the table away so that only its
 * title and hint cover the view (folded stays folded while the page is open; it is not kept in the link), and the
 * way back to the spine. It also starts a comparison the link asks for, once the spine has been drawn, and ends
 * comparing when something is selected (in the list, say): the selection is then what the user wants to see.
 */
export function ComparePanel({ initial, reading }: { initial: readonly BoneId[] | null; reading?: BoneId | null }) {
  const ids = useFacetStore((s) => s.compareLevels)
  const t = useT()
  const end = useFacetStore((s) => s.endCompare)
  const { store, ready } = useRuntime()
  // in the store, so the 3D row can take the room the table leaves (scene/CompareScene.tsx)
  const folded = useFacetStore((s) => s.compareTableFolded)
  const setFolded = useFacetStore((s) => s.setCompareTableFolded)
  const tableId = useId()
  const view = useFacetStore((s) => s.compareView?.view ?? null)
  const requestView = useFacetStore((s) => s.requestCompareView)
  useEffect(() => {
    if (!initial) return
    let live = true
    void ready.promise.then(() => {
      // on the bone the link's reader was reading about (read=T12)
      if (live) store.getState().startCompare(initial, reading)
    })
    return () => {
      live = false
    }
  }, [initial, reading, ready, store])
  useEffect(
    () =>
      store.subscribe((s, p) => {
        if (s.compareLevels && p.compareLevels && s.selected !== null && s.selected !== p.selected) {
          const { selected, selectedPart, compareLevels: levels, compareReading: reading } = s
          s.endCompare()
          store.getState().select(selectedPart ?? selected)
          // the way back is offered beside the spine (CompareReturn.tsx) until the student moves on
          store.getState().setCompareLeft({ levels, reading })
        }
      }),
    [store],
  )
  if (!ids) return null
  return (
    <>
      {/* which colour is which joint face, in a corner of the view beside the bones */}
      <ul className="compare-key" aria-label={t('compare.key')} data-testid="compare-key">
        <li>
          <span className="swatch upper" aria-hidden="true" />
          {t('compare.key.upper')}
        </li>
        <li>
          <span className="swatch lower" aria-hidden="true" />
          {t('compare.key.lower')}
        </li>
      </ul>
      <section
        className={folded ? 'compare-panel folded' : 'compare-panel'}
        aria-label={t('compare.region')}
        data-testid="compare-panel"
      >
        <header>
          <h2>
            {t(ids.length === 1 ? 'compare.titleAlone' : 'compare.title', {
              names: ids.join(', ').replace('sacrum', t('group.sacrum')).replace('coccyx', t('group.coccyx')),
            })}
          </h2>
          <button type="button" aria-expanded={!folded} aria-controls={tableId} onClick={() => setFolded(!folded)}>
            {t(folded ? 'compare.showTable' : 'compare.hideTable')}
          </button>
          <button type="button" className="primary" onClick={end}>
            {t('compare.back')}
          </button>
        </header>
        {/* the views lined up with the midline; each one's hint names the joint faces it shows, so the key's
          colours are never the only cue */}
        <fieldset className="compare-views">
          <legend className="sr-only">{t('compare.views')}</legend>
          {COMPARE_VIEWS.map((v) => (
            <button type="button" key={v} data-view={v} aria-pressed={view === v} onClick={() => requestView(v)}>
              {t(VIEW_BUTTONS[v].label)}
            </button>
          ))}
        </fieldset>
        <p className="hint" aria-live="polite">
          {t(view ? VIEW_BUTTONS[view].hint : ids.length === 1 ? 'compare.aloneHint' : 'compare.sameScale')}
        </p>
        <div className="compare-scroll" id={tableId} hidden={folded}>
          <ChunkBoundary label={t('app.feature.compareTable')}>
            <Suspense fallback={null}>
              <CompareTable ids={ids} />
            </Suspense>
          </ChunkBoundary>
        </div>
      </section>
    </>
  )
}
