import { applySpanishShell } from './i18n/es/shell'

// An entry of its own, run only for a visit that will be in Spanish: the page's first script (boot.ts)
// adds it to the page then, so an English visit never downloads these words. It puts the Spanish words into
// the static first screen as soon as that screen is parsed.
if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', () => applySpanishShell(document), { once: true })
else applySpanishShell(document)
