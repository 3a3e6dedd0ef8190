import type { ConditionId } from '../anatomy/conditionModels'
import {
  type AnyStructureId,
  BONE_IDS,
  type BoneId,
  isStructureId,
  type Region,
  regionOf,
  type StructureId,
  structure,
} from '../anatomy/ids'
import { hasOwnFacts, structureInfo } from '../anatomy/info'
import { shortLabel, structureName } from '../anatomy/names'
import { isNeuralId, NERVE_ROOTS, type NerveRoot, nerveId } from '../anatomy/neural'
import { neuralInfo } from '../anatomy/neuralInfo'
import { blankOut, listParts, type PartId, type PartInfo, type PartKind, termOf } from '../anatomy/parts'
import { ROOT_EXAM_EN } from '../anatomy/rootExam'
import type { SourceKey } from '../anatomy/sources'
import type { AnatomyOverlay, CardsOverlay } from '../i18n/overlay'
import { conditionCards } from './conditionCards'
import type { CardSchedule } from './scheduler'

/** Words in two versions: for patients (`plain`) and with the anatomical terms (`detailed`). */
export interface CardText {
  readonly plain: string
  readonly detailed: string
}

/** A flashcard: a name or a question on the front, the answer with its sources on the back. */
export interface Card {
  /** Stable across versions of the deck (progress is kept by it): 'bone:C2', 'part:L4/pedicle:left', 'root:L5'. */
  readonly id: string
  readonly kind: 'bone' | 'part' | 'root' | 'condition'
  readonly front: CardText
  readonly back: CardText
  readonly sources: readonly SourceKey[]
  /** What the card is about on the model: a bone, a part of a bone, or a nerve root (the one selected). */
  readonly target: AnyStructureId | PartId
  /** A condition's card: "show it on the model" shows this condition rather than selecting the target. */
  readonly condition?: ConditionId
  /** A card that lights this part up on the model, unnamed, and asks for its name ('spot-part:…'). */
  readonly spot?: PartId
}

/** What "show it on the model" does for a card: show its condition, or select its structure. */
export type ModelAction =
  | { readonly kind: 'show-condition'; readonly id: ConditionId }
  | { readonly kind: 'select'; readonly id: AnyStructureId | PartId }

export const modelAction = (card: Card): ModelAction =>
  card.condition ? { kind: 'show-condition', id: card.condition } : { kind: 'select', id: card.target }

/** Carries out a card's "show it on the model" on the store's actions (the flashcards' button calls this). */
export function showCardOnModel(
  actions: { select: (id: AnyStructureId | PartId) => void; showCondition: (id: ConditionId) => void },
  card: Card,
): void {
  const action = modelAction(card)
  if (action.kind === 'show-condition') actions.showCondition(action.id)
  else actions.select(action.id)
}

/** Bones whose parts are carded: one of each kind a student learns (atlas, axis, a typical vertebra of each region, sacrum). */
export const PART_CARD_BONES: readonly BoneId[] = ['C1', 'C2', 'C5', 'T6', 'L4', 'sacrum']
/**
 * The parts carded: the solid ones a student names first (as the self-test asks for), and the features of a
 * level an exam asks a student to find and name (the uncinate process and transverse foramen of a neck bone,
 * the rib facets of a thoracic one, the lumbar muscle knobs, the sacrum's landmarks: student review s38, M8).
 */
const PART_CARD_KINDS: ReadonlySet<PartKind> = new Set<PartKind>([
  'body',
  'pedicle',
  'lamina',
  'transverse-process',
  'spinous-process',
  'superior-articular-process',
  'inferior-articular-process',
  'dens',
  'anterior-arch',
  'posterior-arch',
  'lateral-mass',
  'ala',
  'anterior-tubercle',
  'facet-for-dens',
  'uncinate-process',
  'transverse-foramen',
  'costal-facet-upper',
  'costal-facet-lower',
  'transverse-costal-facet',
  'mammillary-process',
  'accessory-process',
  'vertebral-foramen',
  'promontory',
  'auricular-surface',
  'hiatus',
])

/**
 * Which of a bone's facts its card asks for: its first, unless that one is about how this model draws it (T11,
 * the model's transitional bone, is asked about its ribs).
 */
const cardFactIndex = (id: StructureId): number => structureInfo(id).facts.findIndex((f) => !f.aboutThisModel)

function boneCard(id: BoneId): Card | null {
  const fact = structureInfo(id).facts[cardFactIndex(id)]
  if (!fact || fact.sources.length === 0) return null
  const name = structureName(id)
  return {
    id: `bone:${id}`,
    kind: 'bone',
    // a bone with nothing of its own to say is asked about what it shares with its region, which its back says
    front: hasOwnFacts(id)
      ? {
          plain: `What is special about ${id === 'sacrum' || id === 'coccyx' ? `the ${id}` : shortLabel(id)}?`,
          detailed: `What is characteristic of the ${name.charAt(0).toLowerCase()}${name.slice(1)}?`,
        }
      : regionFront(id),
    back: { plain: fact.plain, detailed: fact.detailed },
    sources: fact.sources,
    target: id,
  }
}

/** A vertebral region's words, plain and anatomical (bones without facts of their own are all vertebrae). */
const REGION_WORDS: Record<Region, readonly [plain: string, anatomical: string]> = {
  cervical: ['neck', 'cervical'],
  thoracic: ['upper back', 'thoracic'],
  lumbar: ['low back', 'lumbar'],
  sacrum: ['sacral', 'sacral'],
  coccyx: ['tail', 'coccygeal'],
}

/** "What do T7 and the other upper back bones have in common?": for a vertebra whose facts are its region's. */
function regionFront(id: BoneId): CardText {
  const [plain, anatomical] = REGION_WORDS[regionOf(structure(id))]
  return {
    plain: `What do ${shortLabel(id)} and the other ${plain} bones have in common?`,
    detailed: `What do the ${anatomical} vertebrae, ${shortLabel(id)} among them, share?`,
  }
}

/** A bone's carded parts: one side of each pair (the left), each with a sourced description. */
const cardedParts = (bone: BoneId): readonly PartInfo[] =>
  listParts(bone).filter((p) => PART_CARD_KINDS.has(p.part) && p.side !== 'right' && p.what.sources.length > 0)

function partCards(bone: BoneId): Card[] {
  return cardedParts(bone).map((p) => ({
    id: `part:${p.id}`,
    kind: 'part' as const,
    front: {
      plain: `What is the ${lowerFirst(p.name.plain)}?`,
      detailed: `What is the ${lowerFirst(p.name.detailed)}?`,
    },
    back: { plain: p.what.plain, detailed: p.what.detailed },
    sources: p.what.sources,
    target: p.id,
  }))
}

/** Latin names a description may use for a part (its own term is blanked anyway). */
const LATIN_NAMES: Partial<Record<PartKind, string>> = { 'transverse-foramen': 'foramen transversarium' }

/**
 * The words that would give a part's name away: its term ('superior articular process'), the term without its
 * last word for a long one ('superior articular surfaces' on C2), and its other names ('odontoid process').
 */
function giveaways(p: PartInfo): string[] {
  const term = termOf(p.name.detailed)
  const words = term.split(' ')
  const other = /\(([^()]*)\)\s*$/.exec(p.name.detailed)?.[1]
  return [
    term,
    ...(words.length >= 3 ? [words.slice(0, -1).join(' ')] : []),
    ...(other ? [other] : []),
    ...(LATIN_NAMES[p.part] ? [LATIN_NAMES[p.part] as string] : []),
  ]
}

/** 'Left bony bridge of L4 (pedicle)' as 'Bony bridge of L4 (pedicle)': a card asks for the part, either side. */
const withoutSide = (name: string): string => {
  const rest = name.replace(/^(Left|Right) /, '')
  return rest.charAt(0).toUpperCase() + rest.slice(1)
}

/** 'L4', 'the sacrum': the bone in a card's question. */
const boneWords = (bone: BoneId): string => (bone === 'sacrum' || bone === 'coccyx' ? `the ${bone}` : bone)

/**
 * The part cards the other way round, as an exam asks: what a part is and does, and its name to be given (the
 * deck only ever gave a name and asked what it was: student review s38, M8). Its term is blanked out of the
 * description. Parts described in the same words on several bones (the pedicles of C2, C5 and L4) are asked
 * once, on the last of them (the typical L4 over C2).
 */
function namePartCards(): Card[] {
  const seen = new Set<string>()
  const cards: Card[] = []
  for (const bone of [...PART_CARD_BONES].reverse())
    for (const p of cardedParts(bone)) {
      if (seen.has(p.what.detailed)) continue
      seen.add(p.what.detailed)
      const hidden = giveaways(p)
      cards.push({
        id: `name-part:${p.id}`,
        kind: 'part',
        front: {
          plain: `Which part of ${boneWords(bone)} is this? ${blankOut(p.what.plain, hidden)}`,
          detailed: `Name this part of ${boneWords(bone)}: ${blankOut(p.what.detailed, hidden)}`,
        },
        back: {
          plain: `It is the ${lowerFirst(withoutSide(p.name.plain))}.`,
          detailed: `${withoutSide(p.name.detailed)}.`,
        },
        sources: p.what.sources,
        target: p.id,
      })
    }
  return cards.reverse()
}

function rootCard(root: NerveRoot): Card | null {
  const target = nerveId(root, 'left')
  const exit = neuralInfo(target).facts[0]
  if (!exit || exit.sources.length === 0) return null
  return {
    id: `root:${root}`,
    kind: 'root',
    front: {
      plain: `Where does the ${root} nerve root leave the spine?`,
      detailed: `Where does the ${root} spinal nerve root exit the vertebral column?`,
    },
    back: { plain: exit.plain, detailed: exit.detailed },
    sources: exit.sources,
    target,
  }
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/**
 * "How does a doctor check the L5 root?": where its feeling, strength and reflex are tested (the panel's
 * exam fact, src/anatomy/rootExam.ts), for the roots with a key muscle, the ones an examination of the
 * limbs tests.
 */
function rootExamCard(root: NerveRoot): Card | null {
  if (!ROOT_EXAM_EN.muscle[root]) return null
  const target = nerveId(root, 'left')
  const exam = neuralInfo(target).facts.find(isExamFact)
  if (!exam) return null
  return {
    id: `root-exam:${root}`,
    kind: 'root',
    front: {
      plain: `How does a doctor check the ${root} nerve root?`,
      detailed: `How is the ${root} root examined: key sensory point, key muscle and reflex?`,
    },
    back: { plain: exam.plain, detailed: exam.detailed },
    sources: exam.sources,
    target,
  }
}

/** A root's exam fact in the panel: the one that cites the ISNCSCI chart. */
const isExamFact = (fact: { sources: readonly string[] }) => fact.sources.includes('kirshblum2011')

/**
 * Keeps one of the bone and part cards that would give the same answer: the ten thoracic vertebrae
 * without facts of their own all answered with the region's, and the pedicle of C2, C5, T6 and L4 with the
 * same words, which made a session a run of one card. Roots keep theirs: S5 and the coccygeal root leave by
 * the same gap, two questions with one answer.
 */
function withoutRepeats(cards: readonly Card[], replaced: ReadonlyMap<string, string>): Card[] {
  return cards.filter((card) => !replaced.has(card.id))
}

/** The bone and part cards left out as repeats, each with the card kept in its place (same kind, same answer). */
function repeatsOf(cards: readonly Card[]): Map<string, string> {
  const kept = new Map<string, Card>()
  const replaced = new Map<string, string>()
  // a bone's first (C3 for the neck's shared facts), a part's last: the pedicle of L4, the typical one, over C2's
  const ordered = [...cards.filter((c) => c.kind === 'bone'), ...cards.filter((c) => c.kind === 'part').reverse()]
  for (const card of ordered) {
    // (of one sort: a part shown on the model and the same part from its description have the same answer, the
    // name, and are different questions)
    const answer = `${card.kind}|${card.id.split(':')[0]}|${card.back.detailed}`
    const keeper = kept.get(answer)
    if (keeper) replaced.set(card.id, keeper.id)
    else kept.set(answer, card)
  }
  return replaced
}

/** Every card (plain data, never changed), and which were left out as repeats: worked out once. */
let built: { readonly all: readonly Card[]; readonly replaced: ReadonlyMap<string, string> } | null = null
const everyCard = () => {
  if (!built) {
    const all = allCards()
    built = { all, replaced: repeatsOf(all) }
  }
  return built
}
/**
 * Progress saved before repeated cards were left out (or in a file from then) kept schedules under their
 * ids: each goes to the card kept in its place, unless that card has one of its own, so a student who had
 * learnt T7 keeps it as the thoracic card rather than meeting it again as new. Nothing is dropped silently:
 * a schedule with no card to go to stays in the saved progress, unused.
 */
export function carryOverRepeats<P extends Readonly<Record<string, CardSchedule>>>(progress: P): P {
  const repeats = everyCard().replaced
  let out: Record<string, CardSchedule> | null = null
  for (const [id, schedule] of Object.entries(progress)) {
    const keeper = repeats.get(id)
    if (!keeper || progress[keeper] || out?.[keeper]) continue
    out ??= { ...progress }
    out[keeper] = schedule
    delete out[id]
  }
  return (out as P | null) ?? progress
}

/**
 * Every card, in the order new cards are met: a bone, a part, a nerve root, a condition, then the next of
 * each, so a session's new cards mix the kinds (bones first, then parts, met the first root card on the
 * fourth day of twenty new cards: a student's review). Within the roots, where one leaves and how a doctor
 * checks one take turns.
 */
export function buildDeck(): Card[] {
  const { all, replaced } = everyCard()
  return inTurns(groupByKind(withoutRepeats(all, replaced)))
}

/** The cards of each kind, in their order, kinds in the order they first appear. */
function groupByKind(cards: readonly Card[]): Card[][] {
  const byKind = new Map<Card['kind'], Card[]>()
  for (const card of cards) {
    const list = byKind.get(card.kind)
    if (list) list.push(card)
    else byKind.set(card.kind, [card])
  }
  const groups = [...byKind.values()]
  // the roots: where each leaves and, for the ten with a key muscle, how a doctor checks it, in turns
  return groups.map((group) =>
    group[0]?.kind === 'root'
      ? inTurns([
          group.filter((c) => !c.id.startsWith('root-exam:')),
          group.filter((c) => c.id.startsWith('root-exam:')),
        ])
      : group,
  )
}

/** One from each list in turn, until every list is used up. */
function inTurns(lists: readonly (readonly Card[])[]): Card[] {
  const out: Card[] = []
  const longest = Math.max(0, ...lists.map((l) => l.length))
  for (let i = 0; i < longest; i++) for (const list of lists) if (i < list.length) out.push(list[i] as Card)
  return out
}

/**
 * The part cards as a lab exam asks them: a part lit up on the model, its name hidden everywhere, to be named
 * (student review s38, M8: "identify it"). The solid parts only, which the model draws (an opening would be a
 * marker in a hole), one side of each pair, every carded bone's own: a C2 pedicle looks nothing like an L4 one.
 */
function spotPartCards(): Card[] {
  return PART_CARD_BONES.flatMap((bone) =>
    cardedParts(bone)
      .filter((p) => p.form === 'solid')
      .map((p) => ({
        id: `spot-part:${p.id}`,
        kind: 'part' as const,
        front: {
          plain: `Which part of ${boneWords(bone)} is lit up in pink on the model?`,
          detailed: `Name the part of ${boneWords(bone)} shown in pink on the model.`,
        },
        back: {
          plain: `It is the ${lowerFirst(withoutSide(p.name.plain))}.`,
          detailed: `${withoutSide(p.name.detailed)}.`,
        },
        sources: p.what.sources,
        target: p.id,
        spot: p.id,
      })),
  )
}

/** Every card before the repeats are left out: bones, parts, nerve roots (where, then how checked), conditions. */
function allCards(): Card[] {
  return [
    ...BONE_IDS.map(boneCard).filter((c): c is Card => c !== null),
    ...inTurns([PART_CARD_BONES.flatMap(partCards), namePartCards(), spotPartCards()]),
    ...NERVE_ROOTS.map(rootCard).filter((c): c is Card => c !== null),
    ...NERVE_ROOTS.map(rootExamCard).filter((c): c is Card => c !== null),
    ...conditionCards(),
  ]
}

/** Which cards a session goes through: all, or one kind (the panel's choice). */
export type DeckFilter = 'all' | Card['kind']
export const DECK_FILTERS: readonly DeckFilter[] = ['all', 'bone', 'part', 'root', 'condition']

export const filterDeck = (deck: readonly Card[], filter: DeckFilter): readonly Card[] =>
  filter === 'all' ? deck : deck.filter((card) => card.kind === filter)

/**
 * A card in the overlay's words (the English card without one): its front from the overlay's sentences and
 * names, its back the Spanish of the fact the English back is, so the sources stay the card's.
 */
export function localizeCard(card: Card, overlay: AnatomyOverlay | undefined, cards?: CardsOverlay): Card {
  const words = cards?.[card.id]
  if (words) return { ...card, front: words.front, back: words.back }
  if (!overlay) return card
  const [kind, ...rest] = card.id.split(':')
  const key = rest.join(':')
  if (kind === 'bone' && isStructureId(key)) {
    const back = overlay.structureFacts(key)[cardFactIndex(key)]
    return back ? { ...card, front: overlay.deck.boneFront(key as BoneId, !hasOwnFacts(key)), back } : card
  }
  if (kind === 'part') {
    const back = overlay.part(key)?.what
    return back ? { ...card, front: overlay.deck.partFront(key), back } : card
  }
  if (kind === 'spot-part') {
    const words = overlay.deck.spotPart(key)
    return words ? { ...card, ...words } : card
  }
  if (kind === 'name-part') {
    const what = overlay.part(key)?.what
    const words = what ? overlay.deck.namePart(key, what) : null
    return words ? { ...card, ...words } : card
  }
  if (kind === 'root-exam' && isNeuralId(card.target)) {
    // the Spanish fact in the place the English exam fact has
    const at = neuralInfo(card.target).facts.findIndex(isExamFact)
    const back = overlay.neuralFacts(card.target)[at]
    return back ? { ...card, front: overlay.deck.rootExamFront(key as NerveRoot), back } : card
  }
  if (kind === 'root' && isNeuralId(card.target)) {
    const back = overlay.neuralFacts(card.target)[0]
    return back ? { ...card, front: overlay.deck.rootFront(key as NerveRoot), back } : card
  }
  return card
}
