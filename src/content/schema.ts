import { z } from 'zod'
import { SOURCES, type SourceKey } from '../anatomy/sources'

/** A key into the Sources list; an unknown key fails validation. */
export const sourceKey = z.custom<SourceKey>((v) => typeof v === 'string' && v in SOURCES, {
  message: 'unknown source key',
})

/** Everything users read comes in two versions: plain (grade 6 or below) and detailed (with the terms). */
export const textPair = z.object({ plain: z.string().min(3), detailed: z.string().min(3) })

/** A statement with the sources behind it. */
export const claim = textPair.extend({ id: z.string().min(1), sources: z.array(sourceKey).min(1) })
export type Claim = z.infer<typeof claim>

export const soundMechanism = z.object({
  id: z.string(),
  name: textPair,
  what: textPair,
  feelsLike: textPair,
  repeatsAtOnce: z.enum(['no', 'yes', 'unknown']),
  concern: textPair,
  evidenceThin: z.boolean(),
  sources: z.array(sourceKey).min(1),
})
export type SoundMechanism = z.infer<typeof soundMechanism>

export const myth = z.object({ id: z.string(), myth: textPair, truth: claim })
export type Myth = z.infer<typeof myth>

export const region = z.enum(['cervical', 'thoracic', 'lumbar', 'sacrum', 'coccyx'])

export const movement = z.object({
  flexion: z.number().min(-1).max(1),
  rotation: z.number().min(-1).max(1),
  sideBend: z.number().min(-1).max(1),
  regions: z.array(region).min(1),
})

export const dose = z.object({
  holdSeconds: z.number().positive(),
  reps: z.number().int().positive(),
  sets: z.number().int().positive(),
  perDay: z.number().positive(),
  /** Where the numbers come from; `general` when no source gave a dose for this stretch. */
  basis: z.enum(['specific', 'general']),
  note: z.string(),
  sources: z.array(sourceKey).min(1),
})

export const stretchCard = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  region,
  purpose: textPair,
  steps: z.array(z.string().min(3)).min(1),
  dose,
  shouldFeel: z.string(),
  shouldNotFeel: z.string(),
  stopIf: z.array(z.string()).min(1),
  skipIf: z.array(z.string()).min(1),
  sources: z.array(sourceKey).min(1),
  /** How it moves the 3D spine; null where the card is advice rather than a stretch (coccyx). */
  motion: movement.extend({ cycle: z.boolean() }).nullable(),
})
export type StretchCard = z.infer<typeof stretchCard>
