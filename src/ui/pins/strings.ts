import { PIN_TEXT_MAX } from '../../store/pins'

/** The pinned notes' words (English; moved into the i18n catalogs at merge). */
export const PIN_STRINGS = {
  formHeading: 'Pin a note here',
  fieldLabel: (place: string) => `Note on ${place}`,
  placeholder: 'Your sore spot',
  count: (n: number) => `${n} of ${PIN_TEXT_MAX} letters`,
  pin: 'Pin note',
  update: 'Change note',
  listHeading: 'Notes on the spine',
  remove: 'Remove',
  removeLabel: (place: string, text: string) => `Remove the note “${text}” on ${place}`,
  privacy: 'Notes stay in this page and its link. They are not saved or sent.',
  problems: {
    'unknown-target': 'This part cannot take a note.',
    empty: 'Write a few words first.',
    'too-long': `A note can have up to ${PIN_TEXT_MAX} letters.`,
    'too-many': 'That is the most notes at once. Remove one first.',
  },
  handoutHeading: 'Your notes',
} as const
