/**
 * The static first screen in Spanish for a visit that will be in Spanish (the link's language, else the one
 * kept from an earlier visit, else the browser's: the app's own rule, i18n/lang.ts), so the words do not
 * change from English when the app takes over. The words are the Spanish catalog's (test/i18n/shellEs.test.ts
 * holds them to it); the catalog itself is the app's to fetch. Each entry: a selector of index.html's first
 * screen, the Spanish words of the elements it finds in order (separated by |), and the attribute they go in
 * (the element's words without one). Written tersely: a chunk the page's first script fetches.
 */
export const SHELL_ES: readonly (readonly [selector: string, words: string, attribute?: string])[] = [
  ['.tagline', 'columna en 3D'],
  ['.patient-toggle', 'Vista para pacientes'],
  ['.views legend', 'Vistas'],
  ['.views button', 'Inicio|Frente|Espalda|Lado izquierdo|Etiquetas'],
  ['.layers summary', 'Regiones y capas'],
  ['.lang-switch legend', 'Idioma'],
  [
    '.reading button',
    'Póngase a prueba|Tarjetas de estudio|Por qué cruje la espalda|Afecciones|⚠ Signos de alarma|Fuentes',
  ],
  ['.tree', 'Partes de la columna', 'aria-label'],
  ['.search span', 'Buscar una parte'],
  ['.search input', 'Buscar: L4, atlas, articulación L5, diente…', 'placeholder'],
  ['.tree>p', 'Cargando la lista.'],
  ['.stage-progress', 'Dibujando la columna…'],
  ['aside', 'Selección', 'aria-label'],
  [
    '.hint-pointer',
    'Pase el puntero por un hueso, disco, articulación o nervio para ver su nombre; haga clic en él, o elíjalo de la lista, para saber más.',
  ],
  ['.hint-touch', 'Toque un hueso, disco, articulación o nervio, o elíjalo de la lista, para saber más.'],
  ['.hint-patient', 'Toque o haga clic en un hueso, disco, articulación o nervio para saber más.'],
]

/**
 * Puts the Spanish words into the static first screen, and sets `<html lang>` and the title with them. Plain
 * DOM, no React and no catalog: the page's first script (boot.ts) fetches this module only for a visit that
 * will be in Spanish (i18n/visitLang.ts), so an English visit never downloads these words.
 */
export function applySpanishShell(doc: Document): void {
  doc.documentElement.lang = 'es'
  doc.title = 'Facet — la columna en 3D'
  for (const [selector, words, attribute] of SHELL_ES) {
    const texts = words.split('|')
    doc.querySelectorAll(selector).forEach((element, i) => {
      const text = texts[i] ?? ''
      if (attribute) element.setAttribute(attribute, text)
      // the words only: a child element (the progress line) stays
      else if (element.firstElementChild && element.firstChild?.nodeType === 3) element.firstChild.textContent = text
      else element.textContent = text
    })
  }
}
