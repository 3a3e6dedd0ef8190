import { EN_MESSAGES, type MessageId } from './en'
import type { Lang } from './lang'
import type { SpanishContent } from './overlay'

/** Every UI string of one language, by id. Spanish must have exactly the English ids (see es/messages.ts). */
export type Messages = Readonly<Record<MessageId, string>>

/**
 * One language's texts: the UI strings, and (for a language other than English) its translation of the
 * content. The English content is the content itself, so English carries none.
 */
export interface Catalog {
  readonly lang: Lang
  readonly messages: Messages
  readonly content: SpanishContent | null
}

export const EN_CATALOG: Catalog = { lang: 'en', messages: EN_MESSAGES, content: null }

/**
 * A language's catalog. English is in the page from the start; Spanish is a chunk of its own, fetched only
 * when it is asked for, so an English visit never downloads it.
 */
export function loadCatalog(lang: Lang): Promise<Catalog> {
  if (lang === 'en') return Promise.resolve(EN_CATALOG)
  return import('./es').then((m) => m.ES_CATALOG)
}
