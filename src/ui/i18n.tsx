import { type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react'
import { createIntl, IntlContext, IntlProvider } from 'react-intl'
import type { ConditionId } from '../anatomy/conditionModels'
import type { StructureId } from '../anatomy/ids'
import { structureInfo } from '../anatomy/info'
import { commonName } from '../anatomy/names'
import { type PartInfo, partInfo } from '../anatomy/parts'
import { CONDITION_NAMES } from '../content/conditionNames'
import type { ConditionContent } from '../content/conditions'
import { WARNING_SIGNS, type WarningSigns } from '../content/redFlags'
import type { Claim, StretchCard } from '../content/schema'
import { EN_MESSAGES, type MessageId } from '../i18n/en'
import { formatMm, formatNumber, type Lang } from '../i18n/lang'
import {
  localizeClaim,
  localizeCondition,
  localizeConditionName,
  localizePartInfo,
  localizeShortLabel,
  localizeStretch,
  localizeStructureInfo,
  localizeStructureName,
  localizeWarningSigns,
  type TextPair,
} from '../i18n/overlay'
import { useFacetStore } from '../runtime/react'

declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId
    }
  }
}

/**
 * Hands the store's language to everything below (react-intl), and makes `<html lang>` follow it, so screen
 * readers, hyphenation and the browser's translate offer all know the language.
 */
export function LangProvider({ children }: { children: ReactNode }) {
  const catalog = useFacetStore((s) => s.catalog)
  useEffect(() => {
    document.documentElement.lang = catalog.lang
    document.title = catalog.messages['app.title']
  }, [catalog])
  return (
    <IntlProvider locale={catalog.lang} defaultLocale="en" messages={catalog.messages}>
      {children}
    </IntlProvider>
  )
}

export type Translate = (id: MessageId, values?: Record<string, string | number>) => string

/** English without React: what a component shows outside the provider, and what tests of the words read. */
const EN_INTL = createIntl({ locale: 'en', messages: EN_MESSAGES })
export const translateEnglish: Translate = (id, values) => EN_INTL.formatMessage({ id }, values)

/**
 * The UI string with this id in the current language, its {placeholders} filled in. A component rendered
 * without the provider (a unit test of one panel) speaks English.
 */
export function useT(): Translate {
  const intl = useContext(IntlContext) ?? EN_INTL
  return useCallback<Translate>((id, values) => intl.formatMessage({ id }, values), [intl])
}

export const useLang = (): Lang => useFacetStore((s) => s.lang)

/** Lengths and plain numbers written as the current language writes them (4,5 mm in Spanish). */
export function useNumbers(): {
  mm: (value: number, digits?: number) => string
  num: (value: number, digits?: number) => string
  fixed: (value: number, digits: number) => string
} {
  const lang = useLang()
  return useMemo(
    () => ({
      mm: (value, digits) => formatMm(lang, value, digits),
      num: (value, digits) => formatNumber(lang, value, digits),
      fixed: (value, digits) => formatNumber(lang, value, digits, digits),
    }),
    [lang],
  )
}

/** The warning signs in the current language. */
export function useWarningSigns(): WarningSigns {
  const overlay = useFacetStore((s) => s.catalog.content?.warningSigns)
  return useMemo(() => localizeWarningSigns(WARNING_SIGNS, overlay), [overlay])
}

/** A stretch card in the current language (numbers, motion and sources unchanged). */
export function useStretch<T extends StretchCard>(card: T): T
export function useStretch<T extends StretchCard>(card: T | undefined): T | undefined
export function useStretch<T extends StretchCard>(card: T | undefined): T | undefined {
  const overlay = useFacetStore((s) => s.catalog.content?.stretches)
  return useMemo(() => (card ? localizeStretch(card, overlay) : card), [card, overlay])
}

/** A card's note in the current language. */
export function useClaim(claim: Claim): Claim {
  const overlay = useFacetStore((s) => s.catalog.content?.stretches)
  return useMemo(() => localizeClaim(claim, overlay), [claim, overlay])
}

/** The stretches overlay itself, for lists of cards (their names). */
export const useStretchesOverlay = () => useFacetStore((s) => s.catalog.content?.stretches)

/** The conditions' names in the current language: a name for each condition id, plain and detailed. */
export function useConditionName(): (id: ConditionId) => TextPair {
  const overlay = useFacetStore((s) => s.catalog.content?.conditionNames)
  return useCallback((id) => localizeConditionName(id, CONDITION_NAMES[id], overlay), [overlay])
}

/** The anatomy overlay of the current language (undefined in English), for modules that localize with it. */
export const useAnatomyOverlay = () => useFacetStore((s) => s.catalog.content?.anatomy)

/**
 * The anatomy in the current language: any id's name (a structure, a part, the cord and the rest; plain, or
 * the terms when `detailed`), the 3D view's short labels, a bone's facts and dimensions, a part's texts, and
 * a search that finds by the names of the current language first and the English ones too.
 */
export function useAnatomy() {
  const overlay = useAnatomyOverlay()
  return useMemo(
    () => ({
      name: (id: string, detailed = false): string => localizeStructureName(id, detailed, overlay) ?? id,
      short: (id: string): string => localizeShortLabel(id, overlay) ?? id,
      common: (id: StructureId): string | undefined => (overlay ? overlay.commonName(id) : commonName(id)),
      structureInfo: (id: StructureId) => localizeStructureInfo(id, structureInfo(id), overlay),
      partInfo: (id: string): PartInfo | null => {
        const info = partInfo(id)
        return info ? localizePartInfo(info, overlay) : null
      },
      dimensionLabel: (english: string): string => overlay?.dimensionLabel(english) ?? english,
      search: <T extends string>(query: string, english: readonly T[]): T[] =>
        overlay ? [...new Set([...(overlay.search(query) as T[]), ...english])] : [...english],
    }),
    [overlay],
  )
}
// ——— the crack close-up, the conditions and the link problems (esc) ———

/** A condition's texts in the current language (its id, signs, root id and sources unchanged). */
export function useConditionContent(c: ConditionContent | undefined): ConditionContent | undefined {
  const overlay = useFacetStore((s) => s.catalog.content?.conditions)
  return useMemo(() => (c ? localizeCondition(c, overlay) : c), [c, overlay])
}

/** The close-up's overlay in the current language, if any (ui/cavitationTexts.ts lays it over the English). */
export const useCavitationOverlay = () => useFacetStore((s) => s.catalog.content?.closeUp)
