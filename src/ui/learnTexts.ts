import { useMemo } from 'react'
import { EVIDENCE_LABEL, FAQ } from '../content/faq'
import { CHECK_SIGNS, MYTHS, NORMAL_SIGNS, REPEATS_AT_ONCE, RISKS, SOUND_MECHANISMS } from '../content/sounds'
import { localizeClaims, localizeFaqEntry, localizeMyth, localizeSound } from '../i18n/overlay'
import { useFacetStore } from '../runtime/react'

/*
 * The texts of Why backs crack in the current language. Apart from ./i18n.tsx on purpose: they come with the
 * dialog's own chunk, after the first frame, and must not join the first screen's bytes.
 */

/** The questions people ask, and the evidence labels, in the current language. */
export function useFaq() {
  const overlay = useFacetStore((s) => s.catalog.content?.faq)
  return useMemo(
    () => ({
      entries: FAQ.map((entry) => localizeFaqEntry(entry, overlay)),
      evidenceLabels: overlay?.evidenceLabels ?? EVIDENCE_LABEL,
    }),
    [overlay],
  )
}

/** Why backs crack in the current language: the sound cards, the signs, the myths and the risks. */
export function useSounds() {
  const overlay = useFacetStore((s) => s.catalog.content?.sounds)
  return useMemo(
    () => ({
      mechanisms: SOUND_MECHANISMS.map((m) => localizeSound(m, overlay)),
      repeatsAtOnce: overlay?.repeatsAtOnce ?? REPEATS_AT_ONCE,
      normal: localizeClaims(NORMAL_SIGNS, overlay?.normal),
      check: localizeClaims(CHECK_SIGNS, overlay?.check),
      myths: MYTHS.map((m) => localizeMyth(m, overlay)),
      risks: localizeClaims(RISKS, overlay?.risks),
    }),
    [overlay],
  )
}
