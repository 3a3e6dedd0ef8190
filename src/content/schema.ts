import { z } from 'zod'
import { BODY_POSITIONS } from '../anatomy/bodySegments'
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
  /** How many times a day; null where the source gives a dose but not how often (shown as not given). */
  perDay: z.number().positive().nullable(),
  /** Where the numbers come from; `general` when no source gave a dose for this stretch. */
  basis: z.enum(['specific', 'general']),
  note: z.string(),
  sources: z.array(sourceKey).min(1),
})

/**
 * A safety line a card must carry, found by keywords: some line of the list must match every pattern
 * in `all`. Simple patterns on purpose: they say which words the line has to use, so a card whose line
 * is dropped or reworded past recognition fails to parse.
 */
export interface RequiredLine {
  what: string
  all: readonly RegExp[]
}

/**
 * What every neck (cervical) card must say, because neck movement can unmask a problem with the neck
 * arteries (the warning signs of a stroke at the back of the brain) and a fresh neck injury:
 * - skip it if: a known problem with the neck arteries, or a past stroke (/arter(y|ies)/ and /stroke/);
 *   a recent neck injury (/hurt|injur/ and /recent/);
 * - stop if: dizziness (/dizz/), a change in sight (/sight|vision|double|blur/), a change in speech
 *   (/speech|speak|slur/), trouble swallowing (/swallow/), a numb face (/face/ and /numb/).
 */
export const NECK_REQUIRED: { readonly skipIf: readonly RequiredLine[]; readonly stopIf: readonly RequiredLine[] } = {
  skipIf: [
    { what: 'a known problem with the neck arteries or a past stroke', all: [/\barter(y|ies)\b/i, /\bstroke\b/i] },
    { what: 'a recent neck injury', all: [/\b(hurt|injur)/i, /\brecent/i] },
  ],
  stopIf: [
    { what: 'dizziness', all: [/\bdizz/i] },
    { what: 'a change in sight', all: [/\b(sight|vision|double|blur)/i] },
    { what: 'a change in speech', all: [/\b(speech|speak|slur)/i] },
    { what: 'trouble swallowing', all: [/\bswallow/i] },
    { what: 'a numb face', all: [/\bface\b/i, /\bnumb/i] },
  ],
}

/** Text that calls pops or cracks normal (the cards say not to chase a pop instead). */
export const SAYS_POPS_ARE_NORMAL = /\b(pops?|popping|cracks?|cracking)\b[^.]*\bnormal\b/i

const hasLine = (lines: readonly string[], rule: RequiredLine): boolean =>
  lines.some((line) => rule.all.every((pattern) => pattern.test(line)))

/** Every text of a card a reader sees. */
export const cardTexts = (card: {
  purpose: { plain: string; detailed: string }
  steps: readonly string[]
  dose: { note: string }
  shouldFeel: string
  shouldNotFeel: string
  stopIf: readonly string[]
  skipIf: readonly string[]
}): string[] => [
  card.purpose.plain,
  card.purpose.detailed,
  ...card.steps,
  card.dose.note,
  card.shouldFeel,
  card.shouldNotFeel,
  ...card.stopIf,
  ...card.skipIf,
]

export const stretchCard = z
  .object({
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
    /** The body position the steps ask for: what the person on the 3D view (and the handout's drawing) does it in. */
    position: z.enum(BODY_POSITIONS),
  })
  .superRefine((card, ctx) => {
    if (cardTexts(card).some((text) => SAYS_POPS_ARE_NORMAL.test(text)))
      ctx.addIssue({ code: 'custom', message: 'a card must not say pops are normal', path: [] })
    if (card.region !== 'cervical') return
    for (const list of ['skipIf', 'stopIf'] as const) {
      for (const rule of NECK_REQUIRED[list]) {
        if (!hasLine(card[list], rule))
          ctx.addIssue({ code: 'custom', message: `a neck card's ${list} must name ${rule.what}`, path: [list] })
      }
    }
  })
export type StretchCard = z.infer<typeof stretchCard>

/**
 * How strong the evidence behind an answer is, shown to the reader in words so a weak answer never
 * looks as sure as a strong one.
 * - good: systematic reviews or large studies that agree;
 * - some: a few smaller studies, or studies that show a link but not a cause;
 * - thin: indirect data (another joint, one small study), mostly inference;
 * - expert-opinion: guidance or clinicians' views with no study of the question itself.
 */
export const evidenceStrength = z.enum(['good', 'some', 'thin', 'expert-opinion'])
export type EvidenceStrength = z.infer<typeof evidenceStrength>

/**
 * One paragraph of an answer. Each carries its own sources, so every claim sits next to the citation
 * that supports it rather than in a list at the end of the answer.
 */
export const faqParagraph = textPair.extend({ sources: z.array(sourceKey).min(1) })
export type FaqParagraph = z.infer<typeof faqParagraph>

export const faqEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  question: textPair,
  /** A few short paragraphs at most: a reader opening one question should not meet an essay. */
  answer: z.array(faqParagraph).min(1).max(4),
  evidence: evidenceStrength,
  /** True wherever the answer discusses cracking or stretching: the warning signs are then one tap away. */
  showWarningSigns: z.boolean(),
})
export type FaqEntry = z.infer<typeof faqEntry>
