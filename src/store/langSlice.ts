import type { StateCreator } from 'zustand/vanilla'
import { type Catalog, EN_CATALOG, loadCatalog } from '../i18n/catalog'
import type { Lang } from '../i18n/lang'
import type { FacetState } from './index'

export interface LangSlice {
  /** The language the page is shown in: its catalog has arrived. */
  lang: Lang
  /** That language's texts (English is there from the start; another is fetched when asked for). */
  catalog: Catalog
  /**
   * Switches language once its catalog has arrived (the page never shows a half-loaded language). When
   * two switches overlap, the last one asked for wins.
   */
  setLang: (lang: Lang) => Promise<void>
}

export const createLangSlice: StateCreator<FacetState, [], [], LangSlice> = (set) => {
  // the language last asked for, per store: an earlier request that arrives later must not win
  let wanted: Lang = 'en'
  return {
    lang: 'en',
    catalog: EN_CATALOG,
    setLang: async (lang) => {
      wanted = lang
      const catalog = await loadCatalog(lang)
      if (wanted === lang) set({ lang, catalog })
    },
  }
}
