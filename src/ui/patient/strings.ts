/** The patient view's words (English; moved into the i18n catalogs at merge). */
export const PATIENT_STRINGS = {
  toggle: 'Patient view',
  toggleTitleOn: 'Back to the full explorer',
  toggleTitleOff: 'Large, plain view to show a patient',
} as const
