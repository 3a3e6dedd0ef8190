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
