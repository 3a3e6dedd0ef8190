// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import type { MessageId } from '../../src/i18n/en'
import { ES_MESSAGES } from '../../src/i18n/es/messages'
import { applySpanishShell, SHELL_ES } from '../../src/i18n/es/shell'
import { visitIsSpanish } from '../../src/i18n/visitLang'

/** What the page's first script (src/boot.ts) does: the Spanish words when the visit will be in Spanish. */
function localizeShell(
  doc: Document,
  search: string,
  remembered: () => string | null,
  browser: readonly string[],
  hash = '',
) {
  if (visitIsSpanish(search, remembered, browser, hash)) applySpanishShell(doc)
}

import { startLang } from '../../src/i18n/lang'
import { parseUrlView } from '../../src/url'

/** The catalog's ids of the Spanish words of the first screen (what the app shows there once it runs). */
const IDS: Record<string, readonly (MessageId | null)[]> = {
  '.tagline': ['app.tagline'],
  '.patient-toggle': ['patient.toggle'],
  '.views legend': ['toolbar.views'],
  '.views button': ['toolbar.home', 'toolbar.front', 'toolbar.back', 'toolbar.left', 'toolbar.labels'],
  '.layers summary': ['toolbar.regionsAndLayers'],
  '.lang-switch legend': ['lang.label'],
  '.reading button': [
    'app.testYourself',
    'flashcards.title',
    'app.whyBacksCrack',
    'conditions.menuButton',
    'redFlags.button',
    'app.sources',
  ],
  '.tree': ['tree.label'],
  '.search span': ['tree.find'],
  '.search input': ['tree.placeholder'],
  // a line only the first screen has
  '.tree>p': [null],
  '.stage-progress': ['app.drawingSpine'],
  aside: ['common.selection'],
  '.hint-pointer': ['common.hint'],
  '.hint-touch': ['common.hintTouch'],
  '.hint-patient': ['common.hintPatient'],
}

const PAGE = readFileSync('index.html', 'utf8')
const load = () => {
  document.documentElement.innerHTML = new DOMParser().parseFromString(PAGE, 'text/html').documentElement.innerHTML
  document.documentElement.lang = 'en'
}
const words = () => ({
  views: document.querySelector('.views button')?.textContent,
  progress: document.querySelector('.stage-progress')?.textContent?.trim(),
  lang: document.documentElement.lang,
})

describe('the first screen in Spanish', () => {
  beforeEach(load)

  it('has the Spanish catalog’s words for every English word it replaces, each on an element of the page', () => {
    expect(SHELL_ES.map(([selector]) => selector).sort()).toEqual(Object.keys(IDS).sort())
    for (const [selector, words] of SHELL_ES) {
      const ids = IDS[selector] ?? []
      expect(document.querySelectorAll(selector).length, selector).toBe(ids.length)
      words.split('|').forEach((text, i) => {
        const id = ids[i]
        if (id) expect(text, `${selector} ${i}`).toBe(ES_MESSAGES[id])
      })
    }
  })

  it('speaks Spanish from ?lang=es: the words, the attributes, the title and <html lang>', () => {
    localizeShell(document, '?lang=es', () => null, ['en-US'])
    expect(words()).toEqual({ views: 'Inicio', progress: 'Dibujando la columna…', lang: 'es' })
    expect(document.querySelector('.search input')?.getAttribute('placeholder')).toBe(ES_MESSAGES['tree.placeholder'])
    expect(document.querySelector('nav.tree')?.getAttribute('aria-label')).toBe('Partes de la columna')
    expect(document.querySelector('.red-flags-button')?.textContent).toBe('⚠ Signos de alarma')
    expect(document.title).toBe(ES_MESSAGES['app.title'])
    // the progress line keeps its moving bar
    expect(document.querySelector('.stage-progress .stage-progress-line')).not.toBeNull()
  })

  it('follows the app’s rule: the link, then the language kept from an earlier visit, then the browser’s', () => {
    localizeShell(document, '', () => 'es', ['en-US'])
    expect(words().lang).toBe('es')
    load()
    localizeShell(document, '?lang=en', () => 'es', ['es-MX'])
    expect(words()).toEqual({ views: 'Home', progress: 'Drawing the spine…', lang: 'en' })
    localizeShell(document, '', () => null, ['es-MX', 'en'])
    expect(words().lang).toBe('es')
  })

  it('picks the language as the app does, whatever the link, the kept choice and the browser say', () => {
    // a name in capitals and a language after '#' too: the first screen read them otherwise (s38)
    const links = ['', '?lang=es', '?lang=en', '?lang=fr', '?lang=es-MX', '?lang=ES', '?lang=en_GB', '?LANG=es']
    for (const link of [...links, '#lang=es', '?s=L4#Lang=es', '?lang=en#lang=es'])
      for (const kept of [null, 'es', 'en', 'de', 'es-AR'])
        for (const browser of [[], ['es-MX'], ['fr', 'en-US'], ['de', 'es']]) {
          load()
          const [search = '', hash = ''] = link.split('#')
          localizeShell(document, search, () => kept, browser, hash)
          // the link's language as the app reads it (url.ts)
          const app = startLang(parseUrlView(search, hash).lang ?? null, kept, browser)
          expect(document.documentElement.lang, `${link} ${kept} ${browser}`).toBe(app)
        }
  })

  it('stays English for an English visit, and where storage is refused it goes by the browser', () => {
    localizeShell(document, '?lang=fr', () => null, ['en-GB'])
    expect(words()).toEqual({ views: 'Home', progress: 'Drawing the spine…', lang: 'en' })
    localizeShell(
      document,
      '',
      () => {
        throw new Error('SecurityError')
      },
      ['es'],
    )
    expect(words().views).toBe('Inicio')
  })
})
