/**
 * How Facet reads the names in a link, in one place with nothing imported: the page's first script (boot.ts:
 * the patient view, the language, whether the poster draws) reads them before the app is fetched, and the
 * app (url.ts) reads them the same way after. When the two read differently, `?LANG=es` showed an English
 * first screen before the Spanish app, and `#s=L3` let the poster draw the home view before the app selected
 * L3 (a review, s38).
 */

/** The names a link to a view may carry (url.ts writes and reads them), besides `lang`. */
export const VIEW_PARAMS: ReadonlySet<string> = new Set([
  's',
  'show',
  'hide',
  'ghost',
  'labels',
  'cam',
  'view',
  'mode',
  'pins',
  'stretch',
  // a view's own: a link made without them has none, whatever the page's address says (a condition closed a
  // moment ago, before the address was written again, stayed in the handout's QR code)
  'condition',
  'cs',
  'compare',
  'read',
])

const KNOWN_PARAMS: ReadonlySet<string> = new Set([...VIEW_PARAMS, 'lang'])

/**
 * What other sites and apps add to a link they pass on (campaign tags, click ids): not the sender's mistake,
 * so they are left out without a note.
 */
const FOREIGN_PARAM = /^(utm_.*|fbclid|gclid|dclid|msclkid|igshid|mc_cid|mc_eid|_ga|ref)$/i

export interface LinkNames {
  /** Facet's names, in lower case, each with the first value the link gives it. */
  params: URLSearchParams
  /** Names Facet does not use, as written (`sel=L4`), for a note: a typo is not dropped in silence. */
  unknown: string[]
}

/**
 * The link's names as Facet reads them: in any case (`S=L4`), and a view written after '#' as if it were the
 * query (`#s=L4`, as some people type a link) where the query does not say. The fragment's other names are the
 * page's own anchors (#main), not mistakes; its `pins` are read by url.ts from the fragment itself.
 */
export function readLinkNames(search: string, hash = ''): LinkNames {
  const params = new URLSearchParams()
  const unknown: string[] = []
  for (const [key, value] of new URLSearchParams(search)) {
    const name = key.toLowerCase()
    if (KNOWN_PARAMS.has(name)) {
      if (!params.has(name)) params.set(name, value)
    } else if (key !== '' && !FOREIGN_PARAM.test(key)) unknown.push(value ? `${key}=${value}` : key)
  }
  for (const [key, value] of new URLSearchParams(hash.replace(/^#/, ''))) {
    const name = key.toLowerCase()
    if (name !== 'pins' && KNOWN_PARAMS.has(name) && !params.has(name)) params.set(name, value)
  }
  return { params, unknown }
}

/** One of Facet's names in a link, read as `readLinkNames` reads it, or null. */
export const linkParam = (search: string, hash: string, name: string): string | null =>
  readLinkNames(search, hash).params.get(name)
