import type { SourceKey } from '../anatomy/sources'
import { EN_MESSAGES, type MessageId } from '../i18n/en'

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
  /**
   * A `mailto:` link with the subject and body filled in, which the user opens and sends themselves; null
   * when no address is configured (src/config.ts).
   */
  readonly mailto: string | null
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

/** The report's own words (its labels and subject) by UI-string id, in the user's language. */
export type ReportWords = (id: Extract<MessageId, `report.${string}`>) => string

/** The words in English: the catalog's English strings. */
export const ENGLISH_REPORT_WORDS: ReportWords = (id) => EN_MESSAGES[id]

/**
 * A short report about one item for the user to send: the item's id, its text and sources, the app's
 * version and the page's address (see `reportLink`). Composed only from what the app showed, never from
 * anything the user typed; nothing is sent. Its labels are in the user's language (`words`); the item's id
 * and its source keys are written as they are, so whoever reads it finds the item whatever the language.
 */
export function composeReport(
  item: ReportItem,
  context: { readonly address: string | null; readonly version: string; readonly link: string },
  words: ReportWords = ENGLISH_REPORT_WORDS,
): Report {
  const id = SAFE_ID.test(item.id) ? item.id : 'unknown'
  const subject = `${words('report.subject')} ${id}`
  const body = [
    words('report.bodyIntro'),
    '',
    `${words('report.item')}: ${id}`,
    `${words('report.text')}: ${item.text}`,
    `${words('report.sources')}: ${item.sources.length > 0 ? item.sources.join(', ') : words('report.noSources')}`,
    `${words('report.version')}: ${context.version}`,
    `${words('report.page')}: ${context.link}`,
    '',
    words('report.whatIsWrong'),
    '',
  ].join('\n')
  const mailto =
    context.address === null
      ? null
      : `mailto:${context.address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
  return { subject, body, mailto }
}
