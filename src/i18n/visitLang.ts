import { linkParam } from '../linkNames'

/**
 * Whether this visit will be in Spanish, by the app's own rule (lang.ts `startLang`): the link's language (its
 * names read as url.ts reads them, linkNames.ts),
 * else the one kept from an earlier visit, else the browser's. Written out here, with nothing imported, so
 * the page's first script (boot.ts) can decide before the app is fetched; test/i18n/shellEs.test.ts holds
 * it to `startLang`.
 */
export function visitIsSpanish(
  search: string,
  remembered: () => string | null,
  browser: readonly string[],
  hash = '',
): boolean {
  const param = linkParam(search, hash, 'lang')
  let kept: string | null = null
  try {
    kept = remembered()
  } catch {
    // storage refused (Safari private mode): the link and the browser decide
  }
  // the link's language as url.ts reads it: any case, with or without a region
  const code = param?.trim().toLowerCase().split(/[-_]/)[0] ?? null
  const link = code === 'en' || code === 'es' ? code : null
  const first = [link, kept, ...browser].map((tag) => (tag ?? '').toLowerCase().split(/[-_]/)[0])
  return first.find((l) => l === 'en' || l === 'es') === 'es'
}
