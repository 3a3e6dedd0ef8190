/**
 * A language's translation of the content, laid over the English data by item id: the data (ids, order,
 * urgencies, doses, source keys) stays in src/content/ in English, and only the words change. Plain TS, no
 * React: the tests check every item and field has its translation.
 */
import type { ConditionId } from '../anatomy/conditionModels'
import { type BoneId, isStructureId, type StructureId, structure } from '../anatomy/ids'
import type { StructureInfo } from '../anatomy/info'
import { shortLabel, structureName } from '../anatomy/names'
import { isNeckRoot, isNeuralId, NERVE_ROOTS, type NerveRoot, type NeuralId, rootExit } from '../anatomy/neural'
import type { NeuralInfo } from '../anatomy/neuralInfo'
import { neuralName, neuralShortLabel } from '../anatomy/neuralNames'
import { type PartId, type PartInfo, partInfo } from '../anatomy/parts'
import type { SourceKey } from '../anatomy/sources'
import type {
  Explanation,
  JointTissue,
  PHASE_CAPTIONS,
  PLOT_TEXTS,
  plotSummary,
  TissueText,
} from '../content/cavitation'
import type { ConditionContent } from '../content/conditions'
import type { Precaution, SignGroup, WarningSigns } from '../content/redFlags'
import type { Claim, EvidenceStrength, FaqEntry, Myth, SoundMechanism, StretchCard } from '../content/schema'
import type { CAVITATION_LABELS } from '../physics/constants'
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

/**
 * The Sources list's own words in another language: each source's note (how the value was obtained) by its
 * key, and the team-estimate entry's citation. The citations themselves (authors, titles) stay as published.
 */
export interface SourcesOverlay {
  readonly notes: Readonly<Record<string, string>>
  readonly estimateCitation: string
}

/** A source as the Sources list shows it in the overlay's language: the estimate's citation and every note. */
export function localizeSource<S extends { readonly citation: string; readonly note?: string }>(
  key: string,
  source: S,
  overlay: SourcesOverlay | undefined,
): S {
  if (!overlay) return source
  const citation = key === 'estimate' ? overlay.estimateCitation : source.citation
  const note = source.note === undefined ? undefined : (overlay.notes[key] ?? source.note)
  return { ...source, citation, ...(note === undefined ? {} : { note }) }
}

/** Everything Spanish adds to the content. */
export interface SpanishContent {
  readonly warningSigns: WarningSignsOverlay
  readonly stretches: StretchesOverlay
  readonly faq: FaqOverlay
  readonly sounds: SoundsOverlay
  readonly conditionNames: ConditionNamesOverlay
  readonly anatomy: AnatomyOverlay
  readonly closeUp: CavitationOverlay
  readonly conditions: ConditionsOverlay
  readonly quiz: QuizOverlay
  readonly cards: CardsOverlay
  readonly sources: SourcesOverlay
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

// ——— the anatomy (structure, part and neural names; facts, parts, dimension labels; the flashcards' frames) ———

/**
 * The anatomy in another language. Names are generated from small tables (level × side × kind), so the
 * overlay is a set of functions; free texts follow the English generators case by case (by kind, part kind
 * and level group) and come back in the English order, so each fact lines up with its sources.
 */
export interface AnatomyOverlay {
  /** 'Cuarta vértebra lumbar (L4)', 'Articulación facetaria L4–L5 izquierda'. */
  readonly structureName: (id: StructureId) => string
  /** The 3D view's label: 'L4', 'L4–L5 izq.', 'Sacro'. */
  readonly shortLabel: (id: StructureId) => string
  readonly commonName: (id: StructureId) => string | undefined
  /** A part's name, plain and detailed ('Pedículo izquierdo de L4'); null for an unknown id. */
  readonly partName: (id: string) => TextPair | null
  readonly neuralName: (id: NeuralId) => TextPair
  readonly neuralShortLabel: (id: NeuralId) => string
  /** The info panel's facts, in `structureInfo`'s order. */
  readonly structureFacts: (id: StructureId) => readonly TextPair[]
  /** What a part is and what lies next to it. */
  readonly part: (id: string) => { readonly what: TextPair; readonly nextTo: TextPair } | null
  /** The facts about the cord and the rest, in `neuralInfo`'s order. */
  readonly neuralFacts: (id: NeuralId) => readonly TextPair[]
  /**
   * A dimension row's label (or plain label) in this language, by the English label: labels are short terms
   * shared across structures, so they are one dictionary (levels inside a label are read out of it).
   */
  readonly dimensionLabel: (english: string) => string | undefined
  /** Structure, neural and part ids whose names in this language hold every word of the query (accents optional). */
  readonly search: (query: string) => readonly string[]
  /** The flashcards' own sentences around a name. */
  readonly deck: {
    /** `regional`: the bone's facts are its region's (asked as what it shares with the region's other bones). */
    readonly boneFront: (bone: BoneId, regional: boolean) => TextPair
    readonly partFront: (id: string) => TextPair
    /** A part card the other way round: its description with the name blanked out, and the name. */
    readonly namePart: (id: string, what: TextPair) => { front: TextPair; back: TextPair } | null
    /** A part lit up on the model, to be named: the question and the name. */
    readonly spotPart: (id: string) => { front: TextPair; back: TextPair } | null
    readonly rootFront: (root: NerveRoot) => TextPair
    /** "How does a doctor check the L5 root?" */
    readonly rootExamFront: (root: NerveRoot) => TextPair
  }
}

/** The info panel's facts and dimension labels in the overlay's words (sources and measures the English ones). */
export function localizeStructureInfo(id: StructureId, info: StructureInfo, overlay: AnatomyOverlay | undefined) {
  if (!overlay) return info
  const facts = overlay.structureFacts(id)
  return {
    facts: info.facts.map((f, i) => pair(f, facts[i])),
    dimensions: info.dimensions.map((d) => ({ ...d, label: overlay.dimensionLabel(d.label) ?? d.label })),
  }
}

/** A part's name, what it is, what lies next to it and its dimension labels, in the overlay's words. */
export function localizePartInfo(info: PartInfo, overlay: AnatomyOverlay | undefined): PartInfo {
  if (!overlay) return info
  const o = overlay.part(info.id)
  const name = overlay.partName(info.id)
  if (!o || !name) return info
  return {
    ...info,
    name,
    what: pair(info.what, o.what),
    nextTo: pair(info.nextTo, o.nextTo),
    dimensions: info.dimensions.map((d) => ({
      ...d,
      label: overlay.dimensionLabel(d.label) ?? d.label,
      plainLabel: overlay.dimensionLabel(d.plainLabel) ?? d.plainLabel,
    })),
  }
}

/** The cord's, a root's, a ligament's, a joint's or an ilium's name, facts and dimension labels, in the overlay's words. */
export function localizeNeuralInfo(id: NeuralId, info: NeuralInfo, overlay: AnatomyOverlay | undefined): NeuralInfo {
  if (!overlay) return info
  const facts = overlay.neuralFacts(id)
  return {
    name: overlay.neuralName(id),
    facts: info.facts.map((f, i) => pair(f, facts[i])),
    dimensions: info.dimensions.map((d) => ({
      ...d,
      label: overlay.dimensionLabel(d.label) ?? d.label,
      plainLabel: overlay.dimensionLabel(d.plainLabel) ?? d.plainLabel,
    })),
  }
}

/**
 * Any selectable thing's name in the overlay's words: a bone, disc or joint (one name), a part or a neural
 * structure (plain, or the terms when `detailed`). The English name without an overlay; null for an unknown id.
 * For the quiz and anything else that names what it asks about.
 */
export function localizeStructureName(
  id: string,
  detailed: boolean,
  overlay: AnatomyOverlay | undefined,
): string | null {
  if (id.includes('/')) {
    const name = overlay?.partName(id) ?? partInfo(id)?.name
    return name ? (detailed ? name.detailed : name.plain) : null
  }
  if (isStructureId(id)) return overlay ? overlay.structureName(id) : structureName(id)
  if (isNeuralId(id)) {
    const name = overlay ? overlay.neuralName(id) : neuralName(id)
    return detailed ? name.detailed : name.plain
  }
  return null
}

/** The 3D view's short label for a bone, disc or joint, or a neural structure, in the overlay's words. */
export function localizeShortLabel(id: string, overlay: AnatomyOverlay | undefined): string | null {
  if (isStructureId(id)) return overlay ? overlay.shortLabel(id) : shortLabel(id)
  if (isNeuralId(id)) return overlay ? overlay.neuralShortLabel(id) : neuralShortLabel(id)
  return null
}
// ——— the crack close-up and the conditions' texts (esc) ———

/** The close-up's words, by the English ids: the numbers, the model and the sources stay the English ones. */
export interface CavitationOverlay {
  readonly explanations: Readonly<
    Record<
      Explanation['id'],
      { readonly title: TextPair; readonly who: string; readonly text: TextPair; readonly evidence: TextPair }
    >
  >
  readonly phases: Readonly<Record<keyof typeof PHASE_CAPTIONS, string>>
  readonly refractoryNote: TextPair
  readonly onsetGapNote: TextPair
  readonly discNoCrack: TextPair
  readonly tissues: Readonly<
    Record<JointTissue, { readonly name: TissueText['name']; readonly plain: string; readonly detailed: string }>
  >
  readonly plots: Readonly<Record<keyof typeof PLOT_TEXTS, { readonly title: TextPair; readonly caption: TextPair }>>
  readonly plotSilent: TextPair
  readonly plotTimeNote: TextPair
  /** The plots' spoken summaries, from the run's numbers already written in the language. */
  readonly plotSummary: typeof plotSummary
  /** The labels of the model's numbers (their units are the same in every language). */
  readonly modelLabels: Readonly<Record<keyof typeof CAVITATION_LABELS, string>>
}

/** The close-up's texts in one language: the English content itself, or the overlay's words over it. */
export interface CavitationTexts {
  readonly explanations: readonly Explanation[]
  readonly phases: Readonly<Record<keyof typeof PHASE_CAPTIONS, string>>
  readonly refractoryNote: TextPair
  readonly onsetGapNote: TextPair
  /** Why a disc cannot crack, with the English note's sources. */
  readonly discNoCrack: TextPair & { readonly sources: readonly SourceKey[] }
  readonly tissues: readonly TissueText[]
  readonly plots: Readonly<Record<keyof typeof PLOT_TEXTS, { readonly title: TextPair; readonly caption: TextPair }>>
  readonly plotSilent: TextPair
  readonly plotTimeNote: TextPair
  readonly plotSummary: typeof plotSummary
  readonly modelLabel: (key: keyof typeof CAVITATION_LABELS) => string
}

/** The close-up's texts in the overlay's words (the English without one); sources and ids are the English. */
export function localizeCavitation(english: CavitationTexts, overlay: CavitationOverlay | undefined): CavitationTexts {
  if (!overlay) return english
  return {
    explanations: english.explanations.map((e) => {
      const o = overlay.explanations[e.id]
      return o
        ? {
            ...e,
            title: o.title,
            who: o.who,
            plain: o.text.plain,
            detailed: o.text.detailed,
            evidence: o.evidence,
          }
        : e
    }),
    phases: overlay.phases,
    refractoryNote: overlay.refractoryNote,
    onsetGapNote: overlay.onsetGapNote,
    discNoCrack: { ...english.discNoCrack, plain: overlay.discNoCrack.plain, detailed: overlay.discNoCrack.detailed },
    tissues: english.tissues.map((t) => {
      const o = overlay.tissues[t.id]
      return o ? { ...t, name: o.name, plain: o.plain, detailed: o.detailed } : t
    }),
    plots: overlay.plots,
    plotSilent: overlay.plotSilent,
    plotTimeNote: overlay.plotTimeNote,
    plotSummary: overlay.plotSummary,
    modelLabel: (key) => overlay.modelLabels[key] ?? english.modelLabel(key),
  }
}

/** One condition's words: its grade and root only where the English condition has them. */
export interface ConditionOverlay {
  readonly what: TextPair
  readonly shown: TextPair
  readonly feelsLike: TextPair
  readonly course: TextPair
  readonly helps: TextPair
  readonly warning: TextPair
  readonly grade?: TextPair
  readonly root?: { readonly name: string; readonly symptoms: TextPair }
}

export type ConditionsOverlay = Readonly<Record<ConditionId, ConditionOverlay>>

/** A condition in the overlay's words: its id, family, signs, root id and every source stay the English ones. */
export function localizeCondition(c: ConditionContent, overlay: ConditionsOverlay | undefined): ConditionContent {
  const o = overlay?.[c.id]
  if (!o) return c
  return {
    ...c,
    what: pair(c.what, o.what),
    shown: pair(c.shown, o.shown),
    feelsLike: pair(c.feelsLike, o.feelsLike),
    course: pair(c.course, o.course),
    helps: pair(c.helps, o.helps),
    warning: pair(c.warning, o.warning),
    ...(c.grade && { grade: pair(c.grade, o.grade) }),
    ...(c.root && {
      root: { ...c.root, name: o.root?.name ?? c.root.name, symptoms: pair(c.root.symptoms, o.root?.symptoms) },
    }),
  }
}

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
    /** The plain explanation for a root of the neck (C1–C7), for C8, and for a root from T1 down. */
    readonly explanationPlain: { readonly neck: string; readonly c8: string; readonly below: string }
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
      explanationPlain: fill(
        root === 'C8'
          ? overlay.byRoot.explanationPlain.c8
          : isNeckRoot(root)
            ? overlay.byRoot.explanationPlain.neck
            : overlay.byRoot.explanationPlain.below,
        values,
      ),
    }
  }
  return q
}

// ——— flashcards that are not the anatomy's (the conditions' cards) ———

/** Flashcards' words by card id, for the cards the anatomy overlay does not make (study/conditionCards.ts). */
export type CardsOverlay = Readonly<Record<string, { readonly front: TextPair; readonly back: TextPair }>>
