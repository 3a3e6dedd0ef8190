import { useT } from './i18n'

/**
 * The selection panel with nothing selected: what index.html shows before the app runs, and what the app
 * shows until the panel's own code (ui/InfoPanel.tsx, loaded after the first frame) has arrived.
 */
export function InfoHint() {
  const t = useT()
  return (
    <aside className="info" aria-label={t('common.selection')}>
      <p className="hint">{t('common.hint')}</p>
    </aside>
  )
}
