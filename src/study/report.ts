import type { SourceKey } from '../anatomy/sources'

/** What a report is about: the item's id, the text the user read, and its source keys. */
export interface ReportItem {
  /** The id of the fact, card or structure ('bone:C2', 'C2#fact-1', 'nerve:L5:left'). */
  readonly id: string
  readonly text: string
  readonly sources: readonly SourceKey[]
}

export interface Report {
  readonly subject: string
  readonly body: string
  /** A `mailto:` link with the subject and body filled in, which the user opens and sends themselves. */
  readonly mailto: string
}

/** Ids are ours ('bone:C2', 'L4/pedicle:left'): anything else is left out, never echoed into a report. */
const SAFE_ID = /^[A-Za-z0-9:/#_.-]{1,80}$/

/**
 * The page's address as a report names it: the page itself (no query, no fragment, so no pins, notes or
 * anything else the user typed or chose), plus the item's selection when the item is a structure or part.
 */
export function reportLink(pageUrl: string, selection: string | null): string {
  const url = new URL(pageUrl)
  const base = `${url.origin}${url.pathname}`
  return selection && SAFE_ID.test(selection) ? `${base}?s=${selection}` : base
}

/**
 * A short report about one item for the user to send: the item's id, its text and sources, the app's
 * version and the page's address (see `reportLink`). Composed only from what the app showed, never from
 * anything the user typed; nothing is sent.
 */
export function composeReport(
  item: ReportItem,
  context: { readonly address: string; readonly version: string; readonly link: string },
): Report {
  const id = SAFE_ID.test(item.id) ? item.id : 'unknown'
  const subject = `Facet: a problem with ${id}`
  const body = [
    'I think there is a problem with this item in Facet.',
    '',
    `Item: ${id}`,
    `Text: ${item.text}`,
    `Sources: ${item.sources.length > 0 ? item.sources.join(', ') : 'none'}`,
    `Facet version: ${context.version}`,
    `Page: ${context.link}`,
    '',
    'What seems wrong (optional):',
    '',
  ].join('\n')
  const mailto = `mailto:${context.address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
  return { subject, body, mailto }
}
