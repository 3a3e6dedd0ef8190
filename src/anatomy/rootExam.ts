import { isNeckRoot, type NerveRoot, type NeuralFact, type NeuralSourceKey, type TextPair } from './neural'

/*
 * What each nerve root serves, the way a clinician examines it: the point where the feeling it carries is
 * tested, the muscle that tests its strength and the tendon tap that tests its reflex, and what a squeezed
 * root gives. A student asks it of every root; a patient with leg pain recognises their own map in it.
 *
 * - Test points and key muscles: the International Standards for Neurological Classification of Spinal Cord
 *   Injury (ISNCSCI, revised 2011), the spinal cord injury examination's chart and the usual reference for
 *   where each root is tested (a clinician examining back or neck pain tests whole areas). Its key sensory points cover
 *   C2 to S4–5 (S4 and S5 are one point); C1 and the coccygeal root have none. Its ten key muscles cover
 *   C5–T1 and L2–S1.
 * - Reflexes and the squeezed root: the radiculopathy tables already behind the conditions, Kang 2020 for
 *   C5–C8 and Harrison's Manual of Medicine (after Engstrom & Deyo) for L2–S1. A root with no reflex in its
 *   table claims none. Harrison's footnote (the muscle gets most, not all, of its nerves from the root) is
 *   behind the line that a muscle has more than one root; Kang's column of look-alikes behind the line that
 *   other nerve problems in the arm feel the same.
 * - Skin areas overlap and vary from person to person (Lee 2008's review of the dermatome maps), so the texts
 *   speak of where a root is tested, not of a sharp border.
 *
 * Kept as data so the Spanish (src/i18n/es/rootExam.ts) words the same facts root by root, and the tests
 * can compare both with the sources' tables.
 */

/** One language's words for what each root serves; the structure is the facts', identical in every language. */
export interface RootExamWords {
  /** Where the feeling the root carries is tested: its key sensory point. */
  readonly skin: Partial<Record<NerveRoot, TextPair>>
  /** The thoracic roots' skin is a band round the trunk: said once, after their test point. */
  readonly band: TextPair
  /** What the key muscle does, as a request to the patient ("lift your big toe"), and its terms. */
  readonly muscle: Partial<Record<NerveRoot, TextPair>>
  /** The tendon tap that tests the root. */
  readonly reflex: Partial<Record<NerveRoot, TextPair>>
  /** Skin areas overlap and differ between people. */
  readonly overlap: TextPair
  /** Pain, numbness and weakness from a squeezed root, where a radiculopathy table gives them. */
  readonly squeezed: Partial<Record<NerveRoot, TextPair>>
}

/** Roots whose skin is a band round the trunk (tested at the front of the chest or belly). */
export const BAND_ROOTS: readonly NerveRoot[] = ['T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']

const ISNCSCI: NeuralSourceKey = 'kirshblum2011'
const DERMATOME_MAPS: NeuralSourceKey = 'lee2008dermatomes'
const NECK_TABLE: NeuralSourceKey = 'kang2020'
const LOW_BACK_TABLE: NeuralSourceKey = 'engstrom2015'

/**
 * A reflex a teaching guide gives to one more root than its table: the knee jerk, which the low back table
 * gives to L4 alone and McGraw-Hill's physical examination guide to roots L2 to L4. L3 is the root many texts
 * pair with L4 ("L3–L4"), and the quadriceps is its key muscle, so its panel says so and the quiz takes it as
 * right; L2, which fewer sources give, is not added.
 */
export const GUIDE_REFLEX: {
  /** The root the guide adds. */
  readonly root: NerveRoot
  /** The root whose words in the table name the reflex and its tap. */
  readonly tableRoot: NerveRoot
  /** The roots the guide gives, as a span. */
  readonly span: string
  readonly source: NeuralSourceKey
} = { root: 'L3', tableRoot: 'L4', span: 'L2–L4', source: 'mhReflexes' }

/** The table that gives a root's reflex and what a squeezed root does: the neck's or the low back's. */
export function radiculopathyTable(root: NerveRoot): NeuralSourceKey {
  return isNeckRoot(root) ? NECK_TABLE : LOW_BACK_TABLE
}

const p = (plain: string, detailed: string): TextPair => ({ plain, detailed })

export const ROOT_EXAM_EN: RootExamWords = {
  skin: {
    C2: p(
      'the back of the head, beside the bump at the base of the skull',
      'at least 1 cm lateral to the external occipital protuberance (or 3 cm behind the ear)',
    ),
    C3: p('the dip above the collarbone', 'the supraclavicular fossa at the midclavicular line'),
    C4: p('the top of the shoulder', 'over the acromioclavicular joint'),
    C5: p(
      'the outer side of the elbow crease',
      'the lateral (radial) side of the antecubital fossa, just proximal to the elbow',
    ),
    C6: p('the back of the thumb', 'the dorsal surface of the proximal phalanx of the thumb'),
    C7: p('the back of the middle finger', 'the dorsal surface of the proximal phalanx of the middle finger'),
    C8: p('the back of the little finger', 'the dorsal surface of the proximal phalanx of the little finger'),
    T1: p(
      'the inner side of the elbow crease',
      'the medial (ulnar) side of the antecubital fossa, just proximal to the medial epicondyle',
    ),
    T2: p('the top of the armpit', 'the apex of the axilla'),
    T3: p(
      'the chest, in line with the nipple, between the third and fourth ribs',
      'the third intercostal space at the midclavicular line',
    ),
    T4: p(
      'the chest, level with the nipple',
      'the fourth intercostal space at the midclavicular line, at nipple level',
    ),
    T5: p(
      'the chest, in line with the nipple, halfway down to the tip of the breastbone',
      'the fifth intercostal space at the midclavicular line, midway between the T4 and T6 points',
    ),
    T6: p(
      'the chest, in line with the nipple, level with the tip of the breastbone',
      'the midclavicular line at the level of the xiphisternum',
    ),
    T7: p(
      'the belly, in line with the nipple, a bit below the tip of the breastbone',
      'the midclavicular line, a quarter of the way from the level of the xiphisternum (T6) to that of the umbilicus (T10)',
    ),
    T8: p(
      'the belly, in line with the nipple, halfway down to the belly button',
      'the midclavicular line, midway between the levels of the xiphisternum (T6) and the umbilicus (T10)',
    ),
    T9: p(
      'the belly, in line with the nipple, a bit above the belly button',
      'the midclavicular line, three quarters of the way from the level of the xiphisternum (T6) to that of the umbilicus (T10)',
    ),
    T10: p(
      'the belly, in line with the nipple, level with the belly button',
      'the midclavicular line at the level of the umbilicus',
    ),
    T11: p(
      'the low belly, in line with the nipple, halfway down to the groin',
      'the midclavicular line, midway between the levels of the umbilicus (T10) and the midpoint of the inguinal ligament (T12)',
    ),
    T12: p('the middle of the crease of the groin', 'the midpoint of the inguinal ligament'),
    L1: p('high on the front of the thigh, below the groin', 'midway between the T12 and L2 points'),
    L2: p(
      'the front of the thigh, halfway down',
      'the anteromedial thigh, midway between the midpoint of the inguinal ligament and the medial femoral condyle',
    ),
    L3: p('the inner side of the thigh, just above the knee', 'the medial femoral condyle, above the knee'),
    L4: p('the bony bump on the inner side of the ankle', 'the medial malleolus'),
    L5: p(
      'the top of the foot, near the base of the third toe',
      'the dorsum of the foot at the third metatarsophalangeal joint',
    ),
    S1: p('the outer side of the heel', 'the lateral heel (calcaneus)'),
    S2: p('the back of the knee', 'the popliteal fossa, in the midline'),
    S3: p('the sitting bone', 'the ischial tuberosity (or the infragluteal fold)'),
    S4: p(
      'the skin around the anus (one test for S4 and S5)',
      'the perianal area, less than 1 cm lateral to the mucocutaneous junction (S4 and S5 are one point)',
    ),
    S5: p(
      'the skin around the anus (one test for S4 and S5)',
      'the perianal area, less than 1 cm lateral to the mucocutaneous junction (S4 and S5 are one point)',
    ),
  },
  band: p(
    'The skin it serves is a band round one side of the body, from the spine to the front.',
    'Its dermatome is a band round one side of the trunk, from the posterior to the anterior midline.',
  ),
  muscle: {
    C5: p('bend the elbow', 'elbow flexors (biceps, brachialis)'),
    C6: p('bend the wrist back', 'wrist extensors (extensor carpi radialis longus and brevis)'),
    C7: p('straighten the elbow', 'elbow extensors (triceps)'),
    C8: p('bend the tip of the middle finger', 'finger flexors (flexor digitorum profundus to the middle finger)'),
    T1: p('spread the little finger out', 'small finger abductors (abductor digiti minimi)'),
    L2: p('lift the knee up toward the chest', 'hip flexors (iliopsoas)'),
    L3: p('straighten the knee', 'knee extensors (quadriceps)'),
    L4: p('pull the foot up', 'ankle dorsiflexors (tibialis anterior)'),
    L5: p('lift the big toe', 'long toe extensors (extensor hallucis longus)'),
    S1: p('push the foot down, as on a pedal', 'ankle plantar flexors (gastrocnemius, soleus)'),
  },
  reflex: {
    C5: p('a tap on the tendon at the front of the elbow', 'the biceps reflex'),
    C6: p(
      'a tap at the front of the elbow, or on the forearm near the wrist on the thumb side',
      'the biceps and brachioradialis reflexes',
    ),
    C7: p('a tap on the tendon just above the back of the elbow', 'the triceps reflex'),
    L4: p('a tap just below the kneecap, which makes the leg kick', 'the knee (quadriceps) reflex'),
    S1: p('a tap on the Achilles tendon at the back of the ankle', 'the ankle (gastrocnemius–soleus) reflex'),
  },
  overlap: p(
    'Each root’s patch of skin overlaps the next one. It also differs from person to person.',
    'Dermatomes overlap and vary between individuals; these are the points where the spinal cord injury examination (ISNCSCI) tests each one.',
  ),
  squeezed: {
    C5: p(
      'When this root is squeezed, pain may spread from the neck over the shoulder blade to the outer upper arm. Lifting the arm out to the side and bending the elbow may be weak.',
      'C5 radiculopathy: pain in the neck, the suprascapular region and the lateral upper arm to the elbow; weak shoulder abduction, external rotation and elbow flexion; biceps reflex changes.',
    ),
    C6: p(
      'When this root is squeezed, pain may spread from the neck down the outer forearm to the thumb and index finger. Bending the elbow and bending the wrist back may be weak.',
      'C6 radiculopathy: pain in the neck, the lateral forearm, the thumb and index finger; weak elbow flexion, forearm supination and wrist extension; biceps and brachioradialis reflex changes.',
    ),
    C7: p(
      'When this root is squeezed, pain may be felt in the low neck and between the shoulder blades. It may run down the back of the forearm to the middle finger. Straightening the elbow and fingers may be weak.',
      'C7 radiculopathy: pain in the lower neck, interscapular region, posterior forearm and middle finger; weak elbow extension, forearm pronation, wrist flexion and finger extension; triceps reflex changes.',
    ),
    C8: p(
      'When this root is squeezed, pain may be felt between the shoulder blades. It may run down the inner forearm to the ring and little fingers. The small muscles of the hand and bending the fingers may be weak.',
      'C8 radiculopathy: pain in the inter- and infrascapular region, the medial forearm and the fourth and fifth fingers; weak intrinsic hand muscles and finger flexion; no reflex change in the table.',
    ),
    L2: p(
      'When this root is squeezed, pain may spread to the front of the thigh. The upper front of the thigh may feel numb. Lifting the thigh may be weak.',
      'L2 radiculopathy: anterior thigh pain; sensory loss over the upper anterior thigh; weak hip flexion (psoas); no reflex in the table.',
    ),
    L3: p(
      'When this root is squeezed, pain may spread to the front of the thigh and the knee. The lower front of the thigh and the front of the knee may feel numb. Straightening the knee may be weak.',
      'L3 radiculopathy: pain in the anterior thigh and knee; sensory loss over the lower anterior thigh and anterior knee; weak hip flexion, knee extension and thigh adduction; no reflex in the table.',
    ),
    L4: p(
      'When this root is squeezed, pain may spread to the front and outer thigh, the knee and the inner calf. The inner calf may feel numb. Straightening the knee may be weak, and the knee jerk may be weaker.',
      'L4 radiculopathy: pain in the anterolateral thigh, knee and medial calf; sensory loss over the medial calf; weak knee extension and thigh adduction; reduced knee reflex.',
    ),
    L5: p(
      'When this root is squeezed, pain may spread from the buttock down the back and side of the thigh. It may run down the outer calf to the top of the foot. The top of the foot and the outer calf may feel numb. Lifting the foot and toes may be weak.',
      'L5 radiculopathy: pain in the buttock, posterolateral thigh, lateral calf and dorsal foot; sensory loss over the dorsal foot and lateral calf; weak foot eversion and dorsiflexion, toe dorsiflexion and hip abduction; no reflex in the table.',
    ),
    S1: p(
      'When this root is squeezed, pain may spread from the buttock down the back of the thigh and calf to the sole. The sole and the outer edge of the foot may feel numb. Pushing the foot down may be weak, and the ankle jerk may be weaker.',
      'S1 radiculopathy: pain in the buttock, posterior thigh, posterior calf and sole; sensory loss over the sole and lateral foot; weak plantar flexion, toe flexion and hip extension; reduced ankle reflex.',
    ),
  },
}

/**
 * What a root serves, as the panel's facts: where its feeling, strength and reflex are tested, and what a
 * squeezed root gives. None for C1 and the coccygeal root, which the standard examination does not test.
 */
export function rootExamFacts(
  root: NerveRoot,
  words: RootExamWords,
  sentences: RootExamSentences,
): { serves: NeuralFact | null; squeezed: NeuralFact | null } {
  const squeezedWords = words.squeezed[root]
  const lookAlike = isNeckRoot(root) ? sentences.lookAlike.arm : sentences.lookAlike.leg
  const squeezed = squeezedWords
    ? {
        plain: `${squeezedWords.plain} ${lookAlike.plain}`,
        detailed: `${squeezedWords.detailed} ${lookAlike.detailed}`,
        // the neck's table (Kang) also has the arm's look-alikes beside its roots
        sources: [radiculopathyTable(root)],
      }
    : null
  const skin = words.skin[root]
  if (!skin) return { serves: null, squeezed }
  const muscle = words.muscle[root]
  const reflex = words.reflex[root]
  const band = BAND_ROOTS.includes(root)
  const tabled = TABLED_ROOTS.includes(root)
  // the reflex a teaching guide adds to this root (L3's knee jerk), in the words of the table's root for it
  const guideReflex = root === GUIDE_REFLEX.root ? words.reflex[GUIDE_REFLEX.tableRoot] : undefined
  // the table that gives the reflex (or none); the low back's footnote, for muscles shared between roots
  const tables = new Set<NeuralSourceKey>([
    ...(tabled ? [radiculopathyTable(root)] : []),
    ...(muscle ? [LOW_BACK_TABLE] : []),
    ...(guideReflex ? [GUIDE_REFLEX.source] : []),
  ])
  const sources: NeuralSourceKey[] = [ISNCSCI, DERMATOME_MAPS, ...tables]
  const plain = [
    sentences.skin(skin.plain),
    ...(band ? [words.band.plain] : []),
    ...(muscle ? [sentences.muscle(muscle.plain), sentences.sharedMuscle.plain] : []),
    ...(reflex ? [sentences.reflex(reflex.plain)] : []),
    ...(guideReflex ? [sentences.guideReflex(guideReflex.plain)] : []),
    words.overlap.plain,
  ]
  const detailed = [
    sentences.skinTerms(root, skin.detailed),
    ...(band ? [words.band.detailed] : []),
    ...(muscle ? [sentences.muscleTerms(muscle.detailed), sentences.sharedMuscle.detailed] : []),
    ...(muscle && FOOT_UP_ROOTS.includes(root) ? [sentences.footUpTwoTables] : []),
    ...(reflex ? [sentences.reflexTerms(reflex.detailed)] : tabled ? [sentences.noReflexInTable] : []),
    ...(guideReflex ? [sentences.guideReflexTerms(guideReflex.detailed, GUIDE_REFLEX.span, root)] : []),
    words.overlap.detailed,
  ]
  return { serves: { plain: plain.join(' '), detailed: detailed.join(' '), sources }, squeezed }
}

/** How one language joins the words into sentences. */
export interface RootExamSentences {
  skin(where: string): string
  muscle(action: string): string
  reflex(tap: string): string
  skinTerms(root: NerveRoot, where: string): string
  muscleTerms(muscles: string): string
  reflexTerms(reflex: string): string
  /** Muscles have more than one root: the key muscle is the main test, not the only one. */
  readonly sharedMuscle: TextPair
  /**
   * Said only of the roots that pulling the foot up is put at by one table or the other (L4 in the chart, L5 in
   * the low back's): an aside on every root's muscle read as if it were about that root (student review).
   */
  readonly footUpTwoTables: string
  /** Other nerve problems can feel like a squeezed root: said after it, cervical (Kang's look-alikes) or not. */
  readonly lookAlike: { readonly arm: TextPair; readonly leg: TextPair }
  /** Said of a root whose radiculopathy table gives no reflex. */
  readonly noReflexInTable: string
  /** A reflex a teaching guide gives this root as well (`GUIDE_REFLEX`), by its tap. */
  guideReflex(tap: string): string
  /** The same with terms: the reflex, the guide's span of roots, and this root. */
  guideReflexTerms(reflex: string, span: string, root: NerveRoot): string
}

/** The roots the two tables put pulling the foot up (tibialis anterior) at. */
export const FOOT_UP_ROOTS: readonly NerveRoot[] = ['L4', 'L5']

/** Roots with a row in a radiculopathy table (Kang 2020, Engstrom & Deyo): their reflex, or none, and what squeezing them gives. */
export const TABLED_ROOTS: readonly NerveRoot[] = ['C5', 'C6', 'C7', 'C8', 'L2', 'L3', 'L4', 'L5', 'S1']

export const ROOT_EXAM_SENTENCES_EN: RootExamSentences = {
  skin: (where) => `A doctor can check its feeling by touching ${where}.`,
  muscle: (action) => `To check its strength, they ask you to ${action}.`,
  reflex: (tap) => `They may also test its reflex with ${tap}.`,
  skinTerms: (root, where) => `Key sensory point of the ${root} dermatome (ISNCSCI): ${where}.`,
  muscleTerms: (muscles) => `Key muscle: ${muscles}.`,
  reflexTerms: (reflex) => `Tendon reflex: ${reflex}.`,
  sharedMuscle: {
    plain: 'Most muscles get nerves from more than one root, so this is the main test, not the only one.',
    detailed: 'Key muscles usually have two or more segments, so a weak one points to a root without proving it.',
  },
  footUpTwoTables: 'Tibialis anterior is put at L4 in ISNCSCI and at L5 in the lumbosacral table.',
  lookAlike: {
    arm: {
      plain: 'A nerve pinched at the elbow or wrist can feel the same. Only an exam can tell.',
      detailed:
        'Peripheral look-alikes (rotator cuff tear, carpal or cubital tunnel syndrome, posterior interosseous nerve syndrome) are told apart by examination and nerve studies.',
    },
    leg: {
      plain: 'Only an exam can tell what is causing it.',
      detailed: 'The pattern suggests the root; the cause is found by examination and, where needed, imaging.',
    },
  },
  noReflexInTable: 'The cited radiculopathy table lists no tendon reflex for this root.',
  guideReflex: (tap) => `A teaching guide says a doctor may also test this root with ${tap}.`,
  guideReflexTerms: (reflex, span, root) =>
    `A physical examination teaching guide, though, gives ${reflex} to roots ${span}, ${root} among them.`,
}

/**
 * A root's facts in the panel's order, the same in every language (the Spanish pairs with the English by
 * place): where it leaves, its ganglion, where it starts from the cord, what it serves, what the clinic says
 * of it, what a squeezed root gives, and last the warning signs, which `clinical` ends with.
 */
export function orderRootFacts<T>(
  facts: { exit: T; ganglion: T; segment: T | null; clinical: readonly T[] },
  exam: { serves: T | null; squeezed: T | null },
): T[] {
  return [
    facts.exit,
    facts.ganglion,
    ...(facts.segment ? [facts.segment] : []),
    ...(exam.serves ? [exam.serves] : []),
    ...facts.clinical.slice(0, -1),
    ...(exam.squeezed ? [exam.squeezed] : []),
    ...facts.clinical.slice(-1),
  ]
}
