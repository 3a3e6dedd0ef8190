/**
 * The languages Facet speaks, and how the one to start in is chosen. Plain TS: the store, the link and the
 * tests share it.
 */
export const LANGS = ['en', 'es'] as const
export type Lang = (typeof LANGS)[number]

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value)

/** Each language by its own name (the switch shows them so, whatever language is on). */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', es: 'Español' }

/**
 * Where the choice is remembered between visits. A language preference says nothing about the patient, so
 * it may be kept (the rule is that nothing about the patient is stored).
 */
export const LANG_STORAGE_KEY = 'facet.lang'

/** A BCP 47 tag ('es-MX', 'en-GB') to the language Facet speaks for it, if any. */
export function langOfTag(tag: string | null | undefined): Lang | null {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0]
  return isLang(base) ? base : null
}

/**
 * The language to start in: the link's, then the one remembered from a past visit, then the browser's
 * first language Facet speaks, then English.
 */
export function startLang(fromLink: Lang | null, remembered: string | null, browser: readonly string[] = []): Lang {
  if (fromLink) return fromLink
  const kept = langOfTag(remembered)
  if (kept) return kept
  for (const tag of browser) {
    const lang = langOfTag(tag)
    if (lang) return lang
  }
  return 'en'
}

/**
 * The locale numbers are written in: bare 'es' writes a decimal comma (4,5 mm), as the Spanish of Spain and
 * most of South America does.
 */
export const numberLocale = (lang: Lang): string => lang

/** A length in millimetres as the language writes it: '4.5 mm', '4,5 mm'. */
export function formatMm(lang: Lang, mm: number, fractionDigits = 1): string {
  return new Intl.NumberFormat(numberLocale(lang), {
    style: 'unit',
    unit: 'millimeter',
    maximumFractionDigits: fractionDigits,
  }).format(mm)
}

/** A plain number as the language writes it (decimal comma in Spanish), to at most (and at least) so many decimals. */
export function formatNumber(lang: Lang, value: number, fractionDigits = 1, minimumDigits = 0): string {
  return new Intl.NumberFormat(numberLocale(lang), {
    maximumFractionDigits: fractionDigits,
    minimumFractionDigits: Math.min(minimumDigits, fractionDigits),
  }).format(value)
}
