import { useMemo } from 'react'
import {
  DISC_NO_CRACK,
  EXPLANATIONS,
  JOINT_TISSUES,
  ONSET_GAP_NOTE,
  PHASE_CAPTIONS,
  PLOT_SILENT,
  PLOT_TEXTS,
  PLOT_TIME,
  plotSummary,
  REFRACTORY_NOTE,
} from '../content/cavitation'
import { type CavitationTexts, localizeCavitation } from '../i18n/overlay'
import { CAVITATION_LABELS } from '../physics/constants'
import { useCavitationOverlay } from './i18n'

/** The close-up's texts as the English content has them; the sources stay on the content's own objects. */
export const ENGLISH_CAVITATION_TEXTS: CavitationTexts = {
  explanations: EXPLANATIONS,
  phases: PHASE_CAPTIONS,
  refractoryNote: REFRACTORY_NOTE,
  onsetGapNote: ONSET_GAP_NOTE,
  discNoCrack: DISC_NO_CRACK,
  tissues: JOINT_TISSUES,
  plots: PLOT_TEXTS,
  plotSilent: PLOT_SILENT,
  plotTimeNote: PLOT_TIME.note,
  plotSummary,
  modelLabel: (key) => CAVITATION_LABELS[key][0],
}

/**
 * The close-up's texts in the current language: the explanations, phase captions, notes, tissues, plots
 * and the model's numbers' labels (the disc's no-crack note too, for the selection panel).
 */
export function useCavitationTexts(): CavitationTexts {
  const overlay = useCavitationOverlay()
  return useMemo(() => localizeCavitation(ENGLISH_CAVITATION_TEXTS, overlay), [overlay])
}
