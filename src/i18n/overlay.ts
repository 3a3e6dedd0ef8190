/**
 * A language's translation of the content, laid over the English data by item id: the data (ids, order,
 * urgencies, doses, source keys) stays in src/content/ in English, and only the words change. Plain TS, no
 * React: the tests check every item and field has its translation.
 */
import type { ConditionId } from '../anatomy/conditionModels'
import { isStructureId, type StructureId, structure } from '../anatomy/ids'
import { NERVE_ROOTS, type NerveRoot, rootExit } from '../anatomy/neural'
import type { PartId } from '../anatomy/parts'
import type { Precaution, SignGroup, WarningSigns } from '../content/redFlags'
import type { Claim, EvidenceStrength, FaqEntry, Myth, SoundMechanism, StretchCard } from '../content/schema'
import type { Question } from '../quiz/questions'

/** What users read of an item, plain and detailed. */
export interface TextPair {
  readonly plain: string
  readonly detailed: string
}

export interface WarningSignsOverlay {
  readonly groups: Readonly<
    Record<
      string,
      { readonly heading: TextPair; readonly action: TextPair; readonly signs: Readonly<Record<string, TextPair>> }
    >
  >
  readonly precautions: Readonly<Record<string, { readonly who: TextPair; readonly advice: TextPair }>>
  readonly precautionsHeading: TextPair
  readonly precautionsIntro: TextPair
}

/** A stretch card's words; its dose numbers, motion and sources stay the English card's. */
export interface StretchOverlay {
  readonly name: string
  readonly purpose: TextPair
  readonly steps: readonly string[]
  readonly doseNote: string
  readonly shouldFeel: string
  readonly shouldNotFeel: string
  readonly stopIf: readonly string[]
  readonly skipIf: readonly string[]
}

export interface StretchesOverlay {
  readonly cards: Readonly<Record<string, StretchOverlay>>
  /** The notes every neck card (or a card that opens lumbar joints far) carries, by claim id. */
  readonly notes: Readonly<Record<string, TextPair>>
}

/** The questions people ask: each question and its answer's paragraphs, in the English order. */
export interface FaqOverlay {
  readonly evidenceLabels: Readonly<Record<EvidenceStrength, string>>
  readonly entries: Readonly<Record<string, { readonly question: TextPair; readonly answer: readonly TextPair[] }>>
}

/** Why backs crack: the sound cards, the normal and check signs, the myths and the risks, by id. */
export interface SoundsOverlay {
  readonly repeatsAtOnce: Readonly<Record<SoundMechanism['repeatsAtOnce'], TextPair>>
  readonly mechanisms: Readonly<
    Record<
      string,
      { readonly name: TextPair; readonly what: TextPair; readonly feelsLike: TextPair; readonly concern: TextPair }
    >
  >
  readonly normal: Readonly<Record<string, TextPair>>
  readonly check: Readonly<Record<string, TextPair>>
  readonly myths: Readonly<Record<string, { readonly myth: TextPair; readonly truth: TextPair }>>
  readonly risks: Readonly<Record<string, TextPair>>
}

/** The conditions' names (what the Conditions menu lists and the panel heads with), plain and detailed, by id. */
export type ConditionNamesOverlay = Readonly<Record<ConditionId, TextPair>>

/** Everything Spanish adds to the content. */
export interface SpanishContent {
  readonly warningSigns: WarningSignsOverlay
  readonly stretches: StretchesOverlay
  readonly faq: FaqOverlay
  readonly sounds: SoundsOverlay
  readonly conditionNames: ConditionNamesOverlay
  readonly quiz: QuizOverlay
}

/** Why a translation is missing is a bug, not something to hide: the English shows, and the tests fail. */
const pair = <T extends TextPair>(english: T, translated: TextPair | undefined): T =>
  translated ? { ...english, plain: translated.plain, detailed: translated.detailed } : english

/** The warning signs in the overlay's words (the English itself without one). */
export function localizeWarningSigns(data: WarningSigns, overlay: WarningSignsOverlay | undefined): WarningSigns {
  if (!overlay) return data
  return {
    groups: data.groups.map((g): SignGroup => {
      const o = overlay.groups[g.id]
      return {
        ...g,
        heading: pair(g.heading, o?.heading),
        action: pair(g.action, o?.action),
        signs: g.signs.map((s) => pair(s, o?.signs[s.id])),
      }
    }),
    precautions: data.precautions.map((p): Precaution => {
      const o = overlay.precautions[p.id]
      return { ...p, who: pair(p.who, o?.who), advice: pair(p.advice, o?.advice) }
    }),
  }
}

/** A stretch card in the overlay's words: the numbers, motion and sources are the English card's. */
export function localizeStretch<T extends StretchCard>(card: T, overlay: StretchesOverlay | undefined): T {
  const o = overlay?.cards[card.id]
  if (!o) return card
  return {
    ...card,
    name: o.name,
    purpose: pair(card.purpose, o.purpose),
    steps: [...o.steps],
    dose: { ...card.dose, note: o.doseNote },
    shouldFeel: o.shouldFeel,
    shouldNotFeel: o.shouldNotFeel,
    stopIf: [...o.stopIf],
    skipIf: [...o.skipIf],
  }
}

/** A card's note (the neck notes, the might-pop note) in the overlay's words. */
export const localizeClaim = (claim: Claim, overlay: StretchesOverlay | undefined): Claim =>
  pair(claim, overlay?.notes[claim.id])

/** A question and its answer in the overlay's words (paragraph by paragraph; the sources are the English ones). */
export function localizeFaqEntry(entry: FaqEntry, overlay: FaqOverlay | undefined): FaqEntry {
  const o = overlay?.entries[entry.id]
  if (!o) return entry
  return {
    ...entry,
    question: pair(entry.question, o.question),
    answer: entry.answer.map((paragraph, i) => pair(paragraph, o.answer[i])),
  }
}

/** A sound card in the overlay's words. */
export function localizeSound(m: SoundMechanism, overlay: SoundsOverlay | undefined): SoundMechanism {
  const o = overlay?.mechanisms[m.id]
  if (!o) return m
  return {
    ...m,
    name: pair(m.name, o.name),
    what: pair(m.what, o.what),
    feelsLike: pair(m.feelsLike, o.feelsLike),
    concern: pair(m.concern, o.concern),
  }
}

/** A myth and what the evidence says, in the overlay's words. */
export function localizeMyth(m: Myth, overlay: SoundsOverlay | undefined): Myth {
  const o = overlay?.myths[m.id]
  if (!o) return m
  return { ...m, myth: pair(m.myth, o.myth), truth: pair(m.truth, o.truth) }
}

/** A list of claims in the overlay's words, by id. */
export const localizeClaims = (claims: readonly Claim[], overlay: Readonly<Record<string, TextPair>> | undefined) =>
  claims.map((c) => pair(c, overlay?.[c.id]))

/** A condition's name in the overlay's words (the English name without one). */
export const localizeConditionName = (id: ConditionId, english: TextPair, overlay: ConditionNamesOverlay | undefined) =>
  overlay?.[id] ?? english

// ——— Test yourself (study2): the questions by id, and the generated ones from templates ———

/** A question's words. */
export interface QuestionText {
  readonly prompt: string
  readonly explanation: string
  readonly explanationPlain: string
}

/**
 * The quiz in another language. Questions written one by one (the level-specific features, the conditions)
 * by question id; the generated ones (by name, by part, by root) from templates whose {placeholders} are
 * filled here: {name} (a structure's or part's name, from the language's anatomy names: `QuizNames`),
 * {level}, {n}, {region}, {upper}, {lower}, {root}, {side}.
 */
export interface QuizOverlay {
  readonly questions: Readonly<Record<string, QuestionText>>
  /** Find a structure by name: the prompt and the detailed answer ({name}). */
  readonly byName: { readonly prompt: string; readonly explanation: string }
  /** The plain answer to a question by name, by kind of structure. */
  readonly plainAnswer: {
    readonly vertebra: string
    readonly sacrum: string
    readonly coccyx: string
    readonly disc: string
    readonly facet: string
    readonly facetSkull: string
  }
  /** The region a vertebra is in, as the plain answer names it ({region}). */
  readonly regions: { readonly C: string; readonly T: string; readonly L: string }
  /** A side, as the plain answer names it ({side}). */
  readonly sides: { readonly left: string; readonly right: string }
  /** Click a named part: {name} is the part's name, detailed in the prompt and the explanation, plain in the plain one. */
  readonly byPart: QuestionText
  /** Which root leaves at a level: above a neck vertebra, between two bones, between L5 and the sacrum. */
  readonly byRoot: {
    readonly promptAbove: string
    readonly promptBetween: string
    readonly promptSacrum: string
    readonly explanation: string
    readonly explanationPlain: string
  }
}

/** The names the quiz's sentences embed, in the overlay's language (the anatomy overlay provides them). */
export interface QuizNames {
  readonly structure: (id: StructureId) => string
  readonly part: (id: PartId, detailed: boolean) => string
}

const fill = (template: string, values: Readonly<Record<string, string | number>>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))

/** A name inside a sentence: its first letter lowered unless it starts with a level ('L4', 'C1–C2'). */
const inSentence = (name: string) =>
  /^[A-Z][a-z]/.test(name) || /^[ÁÉÍÓÚ]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name

/** The plain answer to a question asking for a structure by name, in the overlay's words. */
function plainAnswerOf(id: StructureId, o: QuizOverlay): string {
  const p = structure(id)
  switch (p.kind) {
    case 'vertebra':
      return fill(o.plainAnswer.vertebra, {
        level: p.level,
        n: Number(p.level.slice(1)),
        region: o.regions[p.level[0] as 'C' | 'T' | 'L'],
      })
    case 'sacrum':
      return o.plainAnswer.sacrum
    case 'coccyx':
      return o.plainAnswer.coccyx
    case 'disc':
      return fill(o.plainAnswer.disc, { upper: p.joint.upper, lower: p.joint.lower })
    case 'facet':
      return fill(p.joint.upper === 'C0' ? o.plainAnswer.facetSkull : o.plainAnswer.facet, {
        side: o.sides[p.side],
        upper: p.joint.upper,
        lower: p.joint.lower,
      })
  }
}

/**
 * A self-test question in the overlay's words, by its id: the answers, part, condition and sources are the
 * English question's. Without an overlay (English) the question itself.
 */
export function localizeQuestion(q: Question, overlay: QuizOverlay | undefined, names: QuizNames): Question {
  if (!overlay) return q
  const fixed = overlay.questions[q.id]
  if (fixed) return { ...q, ...fixed }
  const [kind, ...rest] = q.id.split(':')
  const key = rest.join(':')
  if (kind === 'name' && isStructureId(key)) {
    const name = inSentence(names.structure(key))
    return {
      ...q,
      prompt: fill(overlay.byName.prompt, { name }),
      explanation: fill(overlay.byName.explanation, { name }),
      explanationPlain: plainAnswerOf(key, overlay),
    }
  }
  if (kind === 'part' && q.part) {
    const detailed = inSentence(names.part(q.part, true))
    return {
      ...q,
      prompt: fill(overlay.byPart.prompt, { name: detailed }),
      explanation: fill(overlay.byPart.explanation, { name: detailed }),
      explanationPlain: fill(overlay.byPart.explanationPlain, { name: inSentence(names.part(q.part, false)) }),
    }
  }
  if (kind === 'root' && (NERVE_ROOTS as readonly string[]).includes(key)) {
    const root = key as NerveRoot
    const { exit, relation } = rootExit(root)
    if (exit.kind !== 'intervertebral') return q
    const prompt =
      relation === 'above'
        ? overlay.byRoot.promptAbove
        : exit.lower === 'S1'
          ? overlay.byRoot.promptSacrum
          : overlay.byRoot.promptBetween
    const values = { root, upper: exit.upper, lower: exit.lower }
    return {
      ...q,
      prompt: fill(prompt, values),
      explanation: fill(overlay.byRoot.explanation, values),
      explanationPlain: fill(overlay.byRoot.explanationPlain, values),
    }
  }
  return q
}
