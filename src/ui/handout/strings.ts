/** The handout's new words (English; moved into the i18n catalogs at merge). */
export const HANDOUT_STRINGS = {
  qrCaption: 'Scan to see this again in Facet',
  qrLabel: 'QR code: a link that opens this stretch in Facet',
  qrLoading: 'Making the QR code…',
  figureLabel: (name: string) => `Drawing of a person doing ${name}: from the side and from the front`,
  figureCaption: 'Grey: where you start. Dark: the stretch.',
  figureCaptionStill: 'How to sit or lie for it.',
  notesHeading: 'Notes from your visit',
} as const
