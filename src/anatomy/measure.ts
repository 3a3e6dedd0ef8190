import type { SourceKey } from './sources'

/**
 * How sure we are of a number, following the reference brief:
 * P read from the primary work; S a secondary transcription; U a recalled textbook value;
 * E an estimate of ours; I interpolated between neighbouring published levels.
 */
export type Confidence = 'P' | 'S' | 'U' | 'E' | 'I'

/** A measurement in millimetres or degrees with where it came from. */
export interface Measure {
  readonly value: number
  readonly source: SourceKey
  readonly confidence: Confidence
}

export const measure = (value: number, source: SourceKey, confidence: Confidence): Measure => ({
  value,
  source,
  confidence,
})

/** True when the number may be presented as published (primary or secondary), not as an estimate. */
export const isPublished = (m: Measure): boolean => m.confidence === 'P' || m.confidence === 'S'

/** What a value that is not a published per-level one is: the brief's confidence tags I, U and E. */
export type ValueMark = 'interpolated' | 'textbook' | 'reading' | 'estimate'

/**
 * The mark of a value that is not published (see `isPublished`). An E value with a source of its own is our
 * reading of that source (a range's ends put at levels, a pooled mean put at one level), not a figure made up
 * for want of one: the L5 facet's 33.7° from the coronal plane, cited to Masharawi 2004, was explained as
 * "no published value was found".
 */
export const valueMark = (m: Measure): ValueMark =>
  m.confidence === 'I'
    ? 'interpolated'
    : m.confidence === 'U'
      ? 'textbook'
      : m.source === 'estimate'
        ? 'estimate'
        : 'reading'
