/** What compare levels says, in English (moved into the catalogues when the Spanish version lands). */
export const COMPARE_STRINGS = {
  title: (names: string) => `Comparing ${names}`,
  region: 'Compare levels',
  sameScale: 'Shown side by side at the same scale. Drag to turn them together.',
  caption: 'Key dimensions in this model',
  measure: 'Measure',
  none: '—',
  back: 'Back to the spine',
  compareWith: 'Compare with…',
  and: 'and',
  andOptional: 'and, if you like',
  nothing: 'nothing more',
  go: 'Compare',
  estimate: ' estimate',
  interpolated: ' interpolated',
  textbook: ' textbook',
  estimateTitle: 'No published per-level value was found; this is an estimate or an interpolation.',
} as const
