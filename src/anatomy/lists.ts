/** The languages the anatomy's words are written in. */
export type WordsLang = 'en' | 'es'

const formats = new Map<WordsLang, Intl.ListFormat>()
/**
 * Words joined as a sentence lists them: "back and up", "C5, C6 and C7"; "hacia atrás y hacia arriba". The
 * platform's list format (British English: no comma before the last "and", as the app's texts write it).
 */
export function listOf(words: readonly string[], lang: WordsLang): string {
  let format = formats.get(lang)
  if (!format) {
    format = new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'es', { type: 'conjunction' })
    formats.set(lang, format)
  }
  return format.format(words)
}
