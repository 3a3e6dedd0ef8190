import { DISC_LEVELS, type DiscId, discId } from './ids'
import { type Measure, measure } from './measure'

/**
 * Disc heights at the middle of the disc (mm). The disc's front/back wedge is not stored: it follows
 * the endplates of its neighbours, which the posture sets from the normative curves.
 */
export interface DiscMeasurements {
  readonly id: DiscId
  readonly middleHeight: Measure
  /** Nucleus size as a fraction of disc depth (L4/5 64 %, L5/S1 72 %). */
  readonly nucleusFraction: Measure
}

const middleHeights: Record<string, Measure> = {
  'C2-C3': measure(5.4, 'estimate', 'E'),
  'C3-C4': measure(5.6, 'estimate', 'E'),
  'C4-C5': measure(5.99, 'koken2014', 'P'),
  'C5-C6': measure(6.07, 'koken2014', 'P'),
  'C6-C7': measure(6.37, 'koken2014', 'P'),
  'C7-T1': measure(5.5, 'estimate', 'E'),
  'T1-T2': measure(4.5, 'estimate', 'E'),
  'T2-T3': measure(4.3, 'estimate', 'E'),
  'T3-T4': measure(4.1, 'estimate', 'E'),
  'T4-T5': measure(4.0, 'fletcher2015', 'E'),
  'T5-T6': measure(4.3, 'estimate', 'E'),
  'T6-T7': measure(4.6, 'estimate', 'E'),
  'T7-T8': measure(4.9, 'estimate', 'E'),
  'T8-T9': measure(5.2, 'estimate', 'E'),
  'T9-T10': measure(5.6, 'estimate', 'E'),
  'T10-T11': measure(6.0, 'estimate', 'E'),
  'T11-T12': measure(6.8, 'estimate', 'E'),
  'T12-L1': measure(9.3, 'busscher2010', 'S'),
  'L1-L2': measure(10.0, 'lumbarDiscMRI', 'P'),
  'L2-L3': measure(11.59, 'lumbarDiscMRI', 'P'),
  'L3-L4': measure(12.45, 'lumbarDiscMRI', 'P'),
  'L4-L5': measure(13.82, 'lumbarDiscMRI', 'P'),
  'L5-S1': measure(12.99, 'lumbarDiscMRI', 'P'),
}

/** Measured anterior minus posterior height of the lumbar discs (same MRI cohort): the shape of the lordosis. */
export const LUMBAR_DISC_WEDGE_MM: Readonly<Record<string, number>> = {
  'L1-L2': 10.82 - 7.31,
  'L2-L3': 13.09 - 8.58,
  'L3-L4': 15.21 - 9.08,
  'L4-L5': 18.14 - 10.14,
  'L5-S1': 18.71 - 8.51,
}

export const DISC_MEASUREMENTS: readonly DiscMeasurements[] = DISC_LEVELS.map((level) => {
  const key = `${level.upper}-${level.lower}`
  const middleHeight = middleHeights[key]
  if (!middleHeight) throw new Error(`no disc height for ${key}`)
  const nucleusFraction =
    key === 'L5-S1'
      ? measure(0.724, 'nucleus2014', 'P')
      : key === 'L4-L5'
        ? measure(0.64, 'nucleus2014', 'P')
        : measure(0.6, 'estimate', 'E')
  return { id: discId(level), middleHeight, nucleusFraction }
})

export const discMeasurements = (id: DiscId): DiscMeasurements => {
  const found = DISC_MEASUREMENTS.find((d) => d.id === id)
  if (!found) throw new Error(`unknown disc ${id}`)
  return found
}
