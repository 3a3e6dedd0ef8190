import type { ReactNode } from 'react'
import { useFacetStore } from '../runtime/react'
import { useT } from './i18n'

/** A finger has no pointer to hover with (a tablet in the exam room). */
const touchScreen = () => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches

/**
 * The selection panel with nothing selected: what index.html shows before the app runs, and what the app
 * shows until the panel's own code (ui/InfoPanel.tsx, loaded after the first frame) has arrived, which puts
 * its way in for a first visit (StartHere) under it.
 */
export function InfoHint({ children }: { children?: ReactNode }) {
  const t = useT()
  // the patient view has no list; a touch screen, no hovering
  const patient = useFacetStore((s) => s.viewMode === 'patient')
  const hint = patient ? 'common.hintPatient' : touchScreen() ? 'common.hintTouch' : 'common.hint'
  return (
    <aside className="info" aria-label={t('common.selection')}>
      <p className="hint">{t(hint)}</p>
      {children}
    </aside>
  )
}
