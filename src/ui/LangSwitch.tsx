import { LANG_NAMES, LANGS } from '../i18n/lang'
import { useFacetStore, useRuntime } from '../runtime/react'
import { useT } from './i18n'

/**
 * English / Español. Each language is named in itself (and marked so for screen readers), so a reader finds
 * their own whatever language is on. The page changes once the language's texts have arrived.
 */
export function LangSwitch() {
  const lang = useFacetStore((s) => s.lang)
  const { store } = useRuntime()
  const t = useT()
  return (
    <fieldset className="lang-switch">
      <legend className="sr-only">{t('lang.label')}</legend>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          data-lang={l}
          onClick={() =>
            void store
              .getState()
              .setLang(l)
              .catch(() => store.getState().notify(t('app.languageLoadFailed'), 'warning'))
          }
        >
          {LANG_NAMES[l]}
        </button>
      ))}
    </fieldset>
  )
}
