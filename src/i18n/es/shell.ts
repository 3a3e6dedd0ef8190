/**
 * The static first screen in Spanish for a visit that will be in Spanish (the link's language, else the one
 * kept from an earlier visit, else the browser's: the app's own rule, i18n/lang.ts), so the words do not
 * change from English when the app takes over. The words are the Spanish catalog's (test/i18n/shellEs.test.ts
 * holds them to it); the catalog itself is the app's to fetch. Each entry: an element of index.html's first
 * screen, its Spanish words, and the attribute they go in (its text without one).
 */
export const SHELL_ES: readonly (readonly [selector: string, text: string, attribute?: string])[] = [
  ['.tagline', 'columna en 3D'],
  ['.patient-toggle', 'Vista para pacientes'],
  ['.views legend', 'Vistas'],
  ['.views button:nth-of-type(1)', 'Inicio'],
  ['.views button:nth-of-type(2)', 'Frente'],
  ['.views button:nth-of-type(3)', 'Espalda'],
  ['.views button:nth-of-type(4)', 'Lado izquierdo'],
  ['.views button:nth-of-type(5)', 'Etiquetas'],
  ['.layers summary', 'Regiones y capas'],
  ['.lang-switch legend', 'Idioma'],
  ['.reading > button:nth-of-type(1)', 'Póngase a prueba'],
  ['.reading > button:nth-of-type(2)', 'Tarjetas de estudio'],
  ['.reading > button:nth-of-type(3)', 'Por qué cruje la espalda'],
  ['.conditions-menu button', 'Afecciones'],
  ['.red-flags-button', '⚠ Signos de alarma'],
  ['.reading > button:nth-of-type(5)', 'Fuentes'],
  ['nav.tree', 'Partes de la columna', 'aria-label'],
  ['.search .sr-only', 'Buscar una parte'],
  ['.search input', 'Buscar: L4, atlas, facet L5, dens…', 'placeholder'],
  ['nav.tree > p.sr-only', 'Cargando la lista.'],
  ['.stage-progress', 'Dibujando la columna…'],
  ['aside.info', 'Selección', 'aria-label'],
  [
    'aside.info .hint',
    'Pase el puntero por un hueso, disco, articulación o nervio para ver su nombre; haga clic en él, o elíjalo de la lista, para saber más.',
  ],
]

/**
 * Puts the Spanish words into the static first screen when the visit will be in Spanish, and sets
 * `<html lang>` and the title with them. Plain DOM, no React and no catalog: it runs from the page's first
 * script (boot.ts) before the app is fetched.
 */
export function localizeShell(
  doc: Document,
  search: string,
  remembered: () => string | null,
  browser: readonly string[],
) {
  const param = new URLSearchParams(search).get('lang')
  let kept: string | null = null
  try {
    kept = remembered()
  } catch {
    // storage refused (Safari private mode): the link and the browser decide
  }
  // the app's rule (lang.ts `startLang`), written out here so the page's first script stays a few bytes
  const link = param === 'en' || param === 'es' ? param : null
  const first = [link, kept, ...browser].map((tag) => (tag ?? '').toLowerCase().split(/[-_]/)[0])
  if (first.find((l) => l === 'en' || l === 'es') !== 'es') return
  doc.documentElement.lang = 'es'
  doc.title = 'Facet — la columna en 3D'
  for (const [selector, text, attribute] of SHELL_ES) {
    const element = doc.querySelector(selector)
    if (!element) continue
    if (attribute) element.setAttribute(attribute, text)
    // the words only: a child element (the progress line) stays
    else if (element.firstChild?.nodeType === 3 && element.childElementCount > 0)
      element.firstChild.textContent = `${text} `
    else element.textContent = text
  }
}
