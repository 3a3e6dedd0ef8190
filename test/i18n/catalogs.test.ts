import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { checkImports } from '../../scripts/checkImports'
import { loadCatalog } from '../../src/i18n/catalog'
import { EN_MESSAGES, type MessageId } from '../../src/i18n/en'
import { ES_CATALOG } from '../../src/i18n/es'
import { ES_MESSAGES } from '../../src/i18n/es/messages'
import { formatMm, formatNumber, startLang } from '../../src/i18n/lang'
import { createFacetStore } from '../../src/store'
import { formatUrlView, parseUrlView } from '../../src/url'
import { expectFragmentEs, expectSentenceEs, isSentenceEs } from '../content/readabilityEs'
import { inEnglish } from './englishProblems'

const ids = (messages: Record<string, string>) => Object.keys(messages).sort()

/** The ICU arguments a message fills in ({name}, {n, plural, …}, in any branch), sorted. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>()
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if ('value' in e && e.type !== TYPE.literal) found.add(String(e.value))
      if ('options' in e) for (const option of Object.values(e.options)) walk(option.value)
    }
  }
  walk(parse(message))
  return [...found].sort()
}

/** Every source file under src/, its text. */
function sourceTexts(dir = 'src'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceTexts(path)
    return /\.(ts|tsx)$/.test(name) ? [readFileSync(path, 'utf8')] : []
  })
}

describe('the UI catalogs', () => {
  it('have the same ids in English and Spanish, both ways', () => {
    expect(ids(ES_MESSAGES)).toEqual(ids(EN_MESSAGES))
  })

  it('fill in the same arguments in both languages', () => {
    for (const id of Object.keys(EN_MESSAGES) as MessageId[]) {
      expect(argumentsOf(ES_MESSAGES[id]), id).toEqual(argumentsOf(EN_MESSAGES[id]))
    }
  })

  it('give every plural an `other` form', () => {
    for (const [id, text] of Object.entries({ ...EN_MESSAGES, ...ES_MESSAGES })) {
      if (/,\s*plural\s*,/.test(text)) expect(text, id).toMatch(/other\s*\{/)
    }
  })

  it('have no id that no component uses', () => {
    const code = sourceTexts()
      .filter((text) => !text.includes('export const EN_MESSAGES') && !text.includes('export const ES_MESSAGES'))
      .join('\n')
    const unused = Object.keys(EN_MESSAGES).filter((id) => !code.includes(`'${id}'`))
    expect(unused).toEqual([])
  })

  /**
   * A message that ends as a sentence does (. ! ?) is read as one; a label, a heading or a button is a
   * fragment, held to everyday words. Arguments are read as a short word.
   */
  it('read plainly in Spanish, string by string', () => {
    for (const [id, message] of Object.entries(ES_MESSAGES)) {
      const text = message.replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, 'algo')
      if (/[.!?]$/.test(text) && isSentenceEs(text)) expectSentenceEs(id, text)
      else expectFragmentEs(id, text)
    }
  })
})

describe('the Spanish catalog', () => {
  it('is fetched on its own: nothing imports it but the loader, and that only on demand', () => {
    const edges = checkImports('src').edges.filter((e) => e.to === 'i18n/es/index.ts' && e.kind !== 'type')
    expect(edges).toEqual([{ from: 'i18n/catalog.ts', to: 'i18n/es/index.ts', kind: 'dynamic' }])
  })

  it('is what the loader gives for Spanish; English comes without a fetch', async () => {
    expect(await loadCatalog('es')).toBe(ES_CATALOG)
    expect((await loadCatalog('en')).content).toBeNull()
  })
})

describe('numbers', () => {
  it('are written as each language writes them: 4.5 mm in English, 4,5 mm in Spanish', () => {
    expect(formatMm('en', 4.5)).toBe('4.5 mm')
    expect(formatMm('es', 4.5)).toBe('4,5 mm')
    expect(formatNumber('es', 0.56, 2)).toBe('0,56')
    expect(formatNumber('en', 7.5)).toBe('7.5')
  })
})

describe('the language at start', () => {
  it('is the link’s, then the remembered one, then the browser’s, then English', () => {
    expect(startLang('en', 'es', ['es-MX'])).toBe('en')
    expect(startLang(null, 'es', ['en-US'])).toBe('es')
    expect(startLang(null, null, ['fr-FR', 'es-419'])).toBe('es')
    expect(startLang(null, 'klingon', ['fr'])).toBe('en')
  })
})

describe('the language in the link', () => {
  it('survives a round trip, and is left out for English', () => {
    const view = parseUrlView('?s=L4&lang=es')
    expect(view.lang).toBe('es')
    expect(formatUrlView(view)).toBe('?s=L4&lang=es')
    expect(parseUrlView(formatUrlView(view))).toEqual(view)
    expect(formatUrlView({ ...view, lang: 'en' })).toBe('?s=L4')
    expect(parseUrlView('?s=L4').lang).toBeNull()
  })

  it('explains politely when it names a language Facet does not have', () => {
    const view = parseUrlView('?lang=fr')
    expect(view.lang).toBeNull()
    expect(view.problems).toHaveLength(1)
    expect(inEnglish(view.problems)[0]).toContain('“fr”')
  })
})

describe('the language in the store', () => {
  it('switches once the catalog has arrived, and back', async () => {
    const store = createFacetStore()
    expect(store.getState().lang).toBe('en')
    await store.getState().setLang('es')
    expect(store.getState().lang).toBe('es')
    expect(store.getState().catalog.messages['redFlags.title']).toBe('Signos de alarma')
    await store.getState().setLang('en')
    expect(store.getState().catalog.messages['redFlags.title']).toBe('Warning signs')
  })

  it('ends on the last language asked for when two switches overlap', async () => {
    const store = createFacetStore()
    const spanish = store.getState().setLang('es')
    await store.getState().setLang('en')
    await spanish
    expect(store.getState().lang).toBe('en')
  })
})
