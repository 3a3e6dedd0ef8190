import type { ConditionId } from '../anatomy/conditionModels'
import type { Region } from '../anatomy/ids'
import type { SourceKey } from '../anatomy/sources'
import type { Claim, StretchCard } from './schema'

const ACSM_GENERAL =
  'Our sources give no dose for this one, so we use the general guideline for stretching: hold 10–30 s and do it 2–4 times in a row, best every day.'
const general = (holdSeconds = 20, reps = 3): StretchCard['dose'] => ({
  holdSeconds,
  reps,
  sets: 1,
  perDay: 1,
  basis: 'general',
  note: ACSM_GENERAL,
  sources: ['acsm2021'],
})

/**
 * Who should not do any neck card: neck movement is not for someone with a known problem in the neck
 * arteries, a past stroke or a fresh neck injury (the schema checks every neck card carries these).
 */
export const NECK_SKIP: readonly string[] = [
  'A known problem with the arteries in your neck, or a past stroke',
  'You hurt your neck recently, in a fall, a crash or a sport',
]
/**
 * When to stop any neck card: the signs that blood flow to the back of the brain may be affected
 * (dizziness, double or blurred sight, slurred speech, trouble swallowing, a numb face), and a nerve sign.
 */
export const NECK_STOP: readonly string[] = [
  'You feel dizzy, faint or sick',
  'Your sight changes: you see double, or things blur',
  'Your speech changes, or your words slur',
  'It is hard to swallow',
  'Your face feels numb',
  'Pain or tingling spreads into an arm',
]
/** Sources for the neck lists: the signs of a neck-artery tear, the manipulation guideline, stroke signs. */
const NECK_SAFETY_SOURCES: readonly SourceKey[] = ['medscapeVad', 'osuCervicalCpg', 'strokeSigns']

/**
 * Under the stop lines of every neck card: stopping is not enough when the signs are those of a neck-artery
 * tear or a stroke; they need the emergency number, even if they pass (as in the warning signs).
 */
export const NECK_CALL_NOW: Claim = {
  id: 'neck-call-now',
  plain:
    'If your sight, speech, swallowing or face changes, or a bad headache comes on fast, stop and call 911, 112 or 999. Call even if it goes away.',
  detailed:
    'Visual disturbance, dysarthria, dysphagia, facial numbness or a sudden severe headache during neck movement may signal vertebral artery dissection or stroke: stop and call emergency services at once (911 US, 112 EU, 999 UK), even if symptoms resolve.',
  sources: ['medscapeVad', 'strokeSigns'],
}

/** Shown on every neck card instead of a list of joints that might pop. */
export const NECK_POP_NOTE: Claim = {
  id: 'neck-no-pop-chasing',
  plain:
    'Move slowly, and only as far as feels easy. Do not try to make your neck pop, and never force it. Stop if you feel dizzy, or your sight, speech or swallowing changes.',
  detailed:
    'Keep neck movement slow and within the comfortable range; do not seek or force cavitation. Clinicians interviewed on self-cracking warn that it may chase segments that already move freely, and a case report describes a vertebral artery dissection in a woman who habitually cracked her own neck. No neck joint is marked here: the cavitation gap figure comes from lumbar joints.',
  sources: ['selfCrackingExperts', 'mosby2011'],
}

/**
 * Shown above the joints a stretch opens as far as lumbar joints that cracked in Cramer 2012. The figure
 * is that study's mean gap, not a line a joint must pass to crack.
 */
export const MIGHT_POP_NOTE: Claim = {
  id: 'opens-as-far-as-cracked',
  plain:
    'In our model, these low back joints open about as far as joints that cracked in one study. Those had opened 0.56 mm, on average. In that study, clinicians did the moving. That is an average, not a line a joint must pass to crack. You do not need a pop. Do not push to get one.',
  detailed:
    'At some point in this movement our model (whose segmental ranges are partly textbook values and estimates) gaps these lumbar facet joints by at least 0.56 mm: the mean MRI gap of lumbar zygapophyseal joints that cavitated during side-posture manipulation by clinicians in healthy adults (0.22 mm in joints that did not; Cramer 2012). A group mean from one study, not a threshold a joint must pass to cavitate; neck joints are never marked. Do not seek or force cavitation: clinicians interviewed on self-cracking warn that it may chase segments that already move too much.',
  sources: ['cramer2012', 'selfCrackingExperts'],
}

const BACK_STOP = ['Pain spreads down a leg, or gets worse', 'You feel numb or tingly']
const NO_INJURY = 'You hurt this area in a recent fall or accident'
/**
 * Weak bones and very loose joints are precautions for spinal manipulation (the OSU guideline) and, in the
 * reference's suggested rule (an estimate), reasons not to prompt any stretch: on every card that bends the
 * back forward or twists it, and on the extension cards that listed weak bones already. Ask first, not never.
 */
const WEAK_BONES = 'Weak, thin bones (ask first)'
/** Hypermobility, or a connective-tissue condition (same sources as `WEAK_BONES`): on every back card. */
const LOOSE_JOINTS = 'Very loose, bendy joints (ask first)'
/** Rheumatoid or another inflammatory arthritis (plain: that makes joints swell): a precaution in the same guideline, for the card that pushes on C2. */
const INFLAMMATORY_ARTHRITIS = 'Arthritis that makes your joints swell (ask first)'
/**
 * The skip lines the warning signs' precautions also say, by the precaution's id: the printed handout, which
 * carries every precaution, prints them there once (the towel card's list ran a Spanish page onto a second).
 */
export const SKIPS_IN_PRECAUTIONS: Readonly<Record<string, string>> = {
  [WEAK_BONES]: 'bones',
  [LOOSE_JOINTS]: 'loose-joints',
  [INFLAMMATORY_ARTHRITIS]: 'inflammatory-arthritis',
}

/**
 * The stretch library, by region. Steps are in plain words. Each card's `motion` is what it asks of
 * the spine: fractions of the available range, played on the 3D model.
 */
/** A card with the body position its steps ask for: what the figure on the 3D view does it in. */

export const STRETCHES: readonly StretchCard[] = [
  {
    id: 'chin-tuck',
    position: 'sitting',
    name: 'Chin tuck',
    region: 'cervical',
    purpose: {
      plain: 'Eases a stiff neck and helps you hold your head back over your shoulders.',
      detailed:
        'Retraction of the head: flexion of the upper cervical segments with extension below, for forward-head posture and neck stiffness.',
    },
    steps: [
      'Sit or lie with your head straight.',
      'Slide your chin straight back, as if to make a double chin.',
      'Keep your eyes level. Do not tip your head down.',
      'Hold, then relax.',
    ],
    dose: {
      holdSeconds: 5,
      // the card is done sitting (its figure sits): 5 times sitting; the 10 are the lying-down programme's
      reps: 5,
      sets: 1,
      perDay: 3,
      basis: 'specific',
      note: 'Clinic programmes: hold 5 s, 5 times sitting (10 times lying down), 3–4 times a day.',
      sources: ['clinicChinTuck'],
    },
    shouldFeel: 'A gentle stretch at the back of the neck.',
    shouldNotFeel: 'Pain. Stop if you feel dizzy.',
    stopIf: [...NECK_STOP],
    skipIf: [...NECK_SKIP],
    sources: ['clinicChinTuck', ...NECK_SAFETY_SOURCES],
    motion: { flexion: 0.25, rotation: 0, sideBend: 0, regions: ['cervical'], cycle: false },
  },
  {
    id: 'neck-turn',
    position: 'sitting',
    name: 'Neck turn',
    region: 'cervical',
    purpose: {
      plain: 'Keeps your neck able to turn both ways.',
      detailed: 'Active axial rotation through the pain-free range.',
    },
    steps: [
      'Sit tall.',
      'Turn your head slowly to look over one shoulder.',
      'Hold, then come back to the middle.',
      'Do the same to the other side.',
    ],
    dose: {
      holdSeconds: 5,
      reps: 5,
      sets: 1,
      perDay: null,
      basis: 'specific',
      note: 'Hold 5 s, 5 times each side. The leaflet it comes from does not say how many times a day: ask your physio or doctor.',
      sources: ['versusArthritisNeck'],
    },
    shouldFeel: 'A mild stretch on the side of the neck.',
    shouldNotFeel: 'Sharp pain or dizziness.',
    stopIf: [...NECK_STOP],
    skipIf: [...NECK_SKIP],
    sources: ['versusArthritisNeck', ...NECK_SAFETY_SOURCES],
    motion: { flexion: 0, rotation: 0.7, sideBend: 0, regions: ['cervical'], cycle: false },
  },
  {
    id: 'neck-tilt',
    position: 'sitting',
    name: 'Neck side tilt',
    region: 'cervical',
    purpose: { plain: 'Stretches the sides of the neck.', detailed: 'Lateral flexion of the cervical spine.' },
    steps: [
      'Sit tall with your shoulders down.',
      'Tip your ear toward your shoulder. Do not lift the shoulder.',
      'Hold, then come back up.',
      'Do the other side.',
    ],
    dose: {
      holdSeconds: 5,
      reps: 5,
      sets: 1,
      perDay: null,
      basis: 'specific',
      note: 'Hold 5 s, 5 times each side. The leaflet it comes from does not say how many times a day: ask your physio or doctor.',
      sources: ['versusArthritisNeck'],
    },
    shouldFeel: 'A stretch on the side of the neck away from the tilt.',
    shouldNotFeel: 'Pain down the arm.',
    stopIf: [...NECK_STOP],
    skipIf: [...NECK_SKIP],
    sources: ['versusArthritisNeck', ...NECK_SAFETY_SOURCES],
    motion: { flexion: 0, rotation: 0, sideBend: 0.6, regions: ['cervical'], cycle: false },
  },
  {
    id: 'towel-neck-rotation',
    position: 'sitting',
    name: 'Towel-assisted neck turn',
    region: 'cervical',
    purpose: {
      plain: 'Helps a neck that is stiff turning to one side.',
      detailed: 'Self-SNAG (Mulligan): a towel glides C2 while the head rotates toward the restricted side.',
    },
    steps: [
      'Put a small towel behind your neck, just under the skull.',
      'Hold both ends. Pull the end on the stiff side toward your eye.',
      'Turn your head toward that side, following the towel.',
      'Hold at the end, then come back.',
    ],
    dose: {
      holdSeconds: 5,
      reps: 12,
      sets: 1,
      perDay: 2,
      basis: 'specific',
      note: 'Clinic guidance: 12 times, hold about 5 s, twice a day; must stay pain-free.',
      sources: ['clinicSelfSnag'],
    },
    shouldFeel: 'An easy turn with no pain at all.',
    shouldNotFeel: 'Any pain. This one must be pain-free.',
    stopIf: [...NECK_STOP, 'It hurts at all'],
    // the towel pushes on C2 itself: the guideline's precautions for a hands-on neck technique apply (weak bones,
    // loose joints, inflammatory arthritis, a cause of an unstable top of the neck; a content review, s38)
    skipIf: [...NECK_SKIP, WEAK_BONES, LOOSE_JOINTS, INFLAMMATORY_ARTHRITIS],
    sources: ['clinicSelfSnag', ...NECK_SAFETY_SOURCES],
    motion: { flexion: 0, rotation: 0.85, sideBend: 0, regions: ['cervical'], cycle: false },
  },
  {
    id: 'chair-extension',
    position: 'sitting',
    name: 'Back-of-chair extension',
    region: 'thoracic',
    purpose: {
      plain: 'Opens up a rounded upper back.',
      detailed: 'Thoracic extension over the chair back as a fulcrum.',
    },
    steps: [
      'Sit in a chair with a firm back that reaches your shoulder blades.',
      'Hold your hands behind your head.',
      'Lean back over the top of the chair.',
      'Pause, then sit up.',
    ],
    dose: {
      holdSeconds: 3,
      reps: 5,
      sets: 1,
      perDay: null,
      basis: 'specific',
      note: 'Clinic guidance: pause 2–3 s, 5 times. Our source does not say how many times a day: ask your physio or doctor.',
      sources: ['clinicThoracicExtension'],
    },
    shouldFeel: 'A stretch across the upper back and chest.',
    shouldNotFeel: 'Pinching in the low back or neck.',
    stopIf: BACK_STOP,
    skipIf: [NO_INJURY, WEAK_BONES, LOOSE_JOINTS],
    sources: ['clinicThoracicExtension', 'osuCervicalCpg'],
    motion: { flexion: -0.6, rotation: 0, sideBend: 0, regions: ['thoracic'], cycle: false },
  },
  {
    id: 'foam-roller-extension',
    position: 'supine',
    name: 'Foam-roller extension',
    region: 'thoracic',
    purpose: {
      plain: 'Loosens a stiff upper back.',
      detailed: 'Supine thoracic extension over a foam roller at several levels.',
    },
    steps: [
      'Lie on your back with a foam roll across your upper back.',
      'Bend your knees. Support your head with your hands.',
      'Let your upper back bend gently over the roll.',
      'Pause, then move the roll a little and repeat.',
    ],
    dose: {
      holdSeconds: 3,
      reps: 5,
      sets: 1,
      perDay: null,
      basis: 'specific',
      note: 'Clinic guidance: pause 2–3 s, 5 times at a few levels; build up over 6–8 weeks. Our source does not say how many times a day: ask your physio or doctor.',
      sources: ['clinicThoracicExtension'],
    },
    shouldFeel: 'Stretch and pressure in the upper back.',
    shouldNotFeel: 'Arching of the low back, or neck strain.',
    stopIf: BACK_STOP,
    skipIf: [
      NO_INJURY,
      WEAK_BONES,
      'You are more than three months pregnant (this one is done lying on your back)',
      LOOSE_JOINTS,
    ],
    sources: ['clinicThoracicExtension', 'acog2020', 'osuCervicalCpg'],
    motion: { flexion: -0.75, rotation: 0, sideBend: 0, regions: ['thoracic'], cycle: false },
  },
  {
    id: 'standing-rotation',
    position: 'standing',
    name: 'Standing spinal turn',
    region: 'thoracic',
    purpose: { plain: 'Keeps your back able to twist.', detailed: 'Active thoracolumbar axial rotation in standing.' },
    steps: [
      'Stand with your feet apart and your arms crossed.',
      'Keep your hips facing forward.',
      'Turn your upper body to one side.',
      'Hold, come back, then turn the other way.',
    ],
    dose: general(),
    shouldFeel: 'A twist through the middle of your back.',
    shouldNotFeel: 'Sharp pain.',
    stopIf: BACK_STOP,
    skipIf: [NO_INJURY, WEAK_BONES, LOOSE_JOINTS],
    sources: ['acsm2021', 'osuCervicalCpg'],
    motion: { flexion: 0, rotation: 0.7, sideBend: 0, regions: ['thoracic', 'lumbar'], cycle: false },
  },
  {
    id: 'cat-camel',
    position: 'hands-and-knees',
    name: 'Cat–camel',
    region: 'thoracic',
    purpose: {
      plain: 'Warms up the whole back with easy movement.',
      detailed:
        'Cyclic flexion–extension through the thoracic and lumbar spine, a mobiliser rather than a held stretch.',
    },
    steps: [
      'Get on your hands and knees.',
      'Round your back up toward the ceiling.',
      'Then let it sag gently the other way.',
      'Move slowly. Do not push hard at the ends.',
    ],
    dose: {
      holdSeconds: 4,
      reps: 6,
      sets: 1,
      perDay: null,
      basis: 'specific',
      note: '5–6 slow cycles, about 4 s each; little gain past 6–8 (McGill, as summarised). Our source does not say how many times a day: ask your physio or doctor.',
      sources: ['mcgillCatCamel'],
    },
    shouldFeel: 'Easy movement along your back.',
    shouldNotFeel: 'Pain at either end of the movement.',
    stopIf: BACK_STOP,
    skipIf: [NO_INJURY, 'Wrist or knee pain on all fours', WEAK_BONES, LOOSE_JOINTS],
    sources: ['mcgillCatCamel', 'osuCervicalCpg'],
    motion: { flexion: 0.5, rotation: 0, sideBend: 0, regions: ['thoracic', 'lumbar'], cycle: true },
  },
  {
    id: 'single-knee-to-chest',
    position: 'supine',
    name: 'Single knee to chest',
    region: 'lumbar',
    purpose: { plain: 'Eases a stiff lower back.', detailed: 'Lumbar flexion with hip flexion, one side.' },
    steps: [
      'Lie on your back with your knees bent.',
      'Bring one knee toward your chest. Hold it with your hands.',
      'Keep the other foot on the floor.',
      'Hold, then lower it and do the other side.',
    ],
    dose: {
      holdSeconds: 5,
      reps: 5,
      sets: 1,
      perDay: null,
      basis: 'specific',
      note: 'Hold 5 s, up to 5 times each side. The leaflet it comes from does not say how many times a day: ask your physio or doctor.',
      sources: ['csp'],
    },
    shouldFeel: 'A gentle stretch in the low back and buttock.',
    shouldNotFeel: 'Pain down the leg.',
    stopIf: BACK_STOP,
    skipIf: [
      NO_INJURY,
      'You are more than three months pregnant (this one is done lying on your back)',
      WEAK_BONES,
      LOOSE_JOINTS,
    ],
    sources: ['csp', 'acog2020', 'osuCervicalCpg'],
    motion: { flexion: 0.45, rotation: 0, sideBend: 0, regions: ['lumbar'], cycle: false },
  },
  {
    id: 'double-knee-to-chest',
    position: 'supine',
    name: 'Double knee to chest',
    region: 'lumbar',
    purpose: {
      plain: 'Gives a fuller stretch to the lower back.',
      detailed: 'Bilateral hip flexion drawing the lumbar spine into flexion.',
    },
    steps: [
      'Lie on your back with your knees bent.',
      'Bring both knees toward your chest.',
      'Hold behind your knees and hug them in.',
      'Hold, then lower your feet one at a time.',
    ],
    dose: general(),
    shouldFeel: 'A stretch across the low back.',
    shouldNotFeel: 'Pain or tingling in the legs.',
    stopIf: BACK_STOP,
    skipIf: [
      NO_INJURY,
      'You are more than three months pregnant (this one is done lying on your back)',
      WEAK_BONES,
      LOOSE_JOINTS,
    ],
    sources: ['acsm2021', 'acog2020', 'osuCervicalCpg'],
    motion: { flexion: 0.7, rotation: 0, sideBend: 0, regions: ['lumbar'], cycle: false },
  },
  {
    id: 'knee-rolls',
    position: 'supine',
    name: 'Knee rolls',
    region: 'lumbar',
    purpose: { plain: 'Gently twists the lower back.', detailed: 'Supine lumbar rotation with the knees together.' },
    steps: [
      'Lie on your back with your knees bent and together.',
      'Let both knees roll slowly to one side.',
      'Keep your shoulders on the floor.',
      'Hold, come back to the middle, then roll the other way.',
    ],
    dose: {
      holdSeconds: 2,
      reps: 5,
      sets: 1,
      perDay: 3,
      basis: 'specific',
      note: 'Hold 2 s, 5 times, 3 times a day; add 1–2 every few days.',
      sources: ['nhsInform'],
    },
    shouldFeel: 'A gentle twist in the low back.',
    shouldNotFeel: 'Sharp pain.',
    stopIf: BACK_STOP,
    skipIf: [
      NO_INJURY,
      'You are more than three months pregnant (this one is done lying on your back)',
      WEAK_BONES,
      LOOSE_JOINTS,
    ],
    sources: ['nhsInform', 'csp', 'acog2020', 'osuCervicalCpg'],
    motion: { flexion: 0.1, rotation: 0.85, sideBend: 0, regions: ['lumbar', 'thoracic'], cycle: false },
  },
  {
    id: 'seated-rotation',
    position: 'sitting',
    name: 'Seated turn',
    region: 'lumbar',
    purpose: { plain: 'Twists the back while you sit.', detailed: 'Seated thoracolumbar rotation.' },
    steps: [
      'Sit tall on a chair, feet flat.',
      'Cross your arms or hold the chair back.',
      'Turn your upper body to one side.',
      'Hold, then turn to the other side.',
    ],
    dose: general(),
    shouldFeel: 'A twist through the back.',
    shouldNotFeel: 'Sharp pain.',
    stopIf: BACK_STOP,
    skipIf: [NO_INJURY, WEAK_BONES, LOOSE_JOINTS],
    sources: ['acsm2021', 'osuCervicalCpg'],
    motion: { flexion: 0, rotation: 0.75, sideBend: 0, regions: ['lumbar', 'thoracic'], cycle: false },
  },
  {
    id: 'prone-press-up',
    position: 'prone',
    name: 'Lying press-up',
    region: 'lumbar',
    purpose: {
      plain: 'Bends the lower back backward, the other way from sitting.',
      detailed: 'Prone lumbar extension (McKenzie), progressed from prone lying and prone on elbows.',
    },
    steps: [
      'First, lie flat on your front for about 5 minutes.',
      'If that feels fine, prop yourself up on your elbows for about 5 minutes.',
      'If that feels fine too, put your hands under your shoulders.',
      'Keep your hips on the floor. Push up with your arms to lift your chest.',
      'Hold, then lower down slowly.',
    ],
    dose: {
      holdSeconds: 10,
      reps: 8,
      sets: 1,
      perDay: null,
      basis: 'specific',
      note: 'Build up: lie on your front, then on your elbows (about 5 min each), before the press-up. Go to the next step only if it feels fine and any leg pain does not spread further down. Press-up (NHS advice as reported): hold up to 10 s, 8–10 times. Our source does not say how many times a day: ask your physio or doctor.',
      sources: ['mckenzieExtension'],
    },
    shouldFeel: 'A stretch in the low back and belly.',
    shouldNotFeel: 'Leg pain that spreads further down.',
    stopIf: ['Leg pain spreads further down the leg', 'You feel numb or tingly'],
    skipIf: [NO_INJURY, 'Pregnancy', LOOSE_JOINTS],
    sources: ['mckenzieExtension', 'osuCervicalCpg'],
    motion: { flexion: -0.7, rotation: 0, sideBend: 0, regions: ['lumbar'], cycle: false },
  },
  {
    id: 'childs-pose',
    position: 'hands-and-knees',
    name: 'Child’s pose',
    region: 'lumbar',
    purpose: {
      plain: 'Rests and stretches the whole back.',
      detailed: 'Kneeling flexion of the lumbar and thoracic spine ("bottom to heels").',
    },
    steps: [
      'Kneel on all fours.',
      'Sit your bottom back toward your heels.',
      'Reach your arms forward on the floor.',
      'Take one deep breath, then come back up.',
    ],
    dose: {
      holdSeconds: 5,
      reps: 8,
      sets: 1,
      perDay: null,
      basis: 'specific',
      note: 'Hold for one deep breath, 8–10 times. Our source does not say how many times a day: ask your physio or doctor.',
      sources: ['nhsEngland'],
    },
    shouldFeel: 'A long stretch down the back.',
    shouldNotFeel: 'Knee pain. Don’t sit all the way back if your knees hurt.',
    stopIf: BACK_STOP,
    skipIf: [NO_INJURY, 'Knee pain when kneeling', WEAK_BONES, LOOSE_JOINTS],
    sources: ['nhsEngland', 'osuCervicalCpg'],
    motion: { flexion: 0.6, rotation: 0, sideBend: 0, regions: ['lumbar', 'thoracic'], cycle: false },
  },
  {
    id: 'warm-forward-fold',
    position: 'standing',
    name: 'Forward fold after a warm shower',
    region: 'lumbar',
    purpose: {
      plain: 'A gentle bend forward when your muscles are warm.',
      detailed: 'Standing lumbar flexion after warming the tissues.',
    },
    steps: [
      'After a warm shower, stand with your knees soft.',
      'Let your body hang forward slowly from the hips.',
      'Let your arms hang. Do not bounce.',
      'Hold, then roll up slowly.',
    ],
    dose: {
      holdSeconds: 20,
      reps: 1,
      sets: 1,
      perDay: null,
      basis: 'specific',
      note: 'Hang for 15–30 s after a warm shower (an orthopaedic surgeon, quoted in a magazine). How many times a day is not given.',
      sources: ['womensHealth2018'],
    },
    shouldFeel: 'A stretch along the back of the legs and low back.',
    shouldNotFeel: 'Dizziness when you come up.',
    stopIf: [...BACK_STOP, 'You feel dizzy'],
    skipIf: [NO_INJURY, WEAK_BONES, LOOSE_JOINTS],
    sources: ['womensHealth2018', 'osuCervicalCpg'],
    motion: { flexion: 0.8, rotation: 0, sideBend: 0, regions: ['lumbar', 'thoracic'], cycle: false },
  },
  {
    id: 'hip-flexor-lunge',
    position: 'half-kneeling',
    name: 'Hip-flexor lunge',
    region: 'sacrum',
    purpose: {
      plain: 'Stretches the front of the hip, which pulls on the low back.',
      detailed: 'Kneeling lunge stretching hip flexors (iliopsoas), with slight lumbar extension.',
    },
    steps: [
      'Kneel on one knee, the other foot in front.',
      'Keep your back straight.',
      'Shift your weight forward until you feel the front of the back hip stretch.',
      'Hold, then switch sides.',
    ],
    dose: {
      holdSeconds: 5,
      reps: 3,
      sets: 1,
      perDay: null,
      basis: 'specific',
      note: 'Hold 5 s, 3 times each side. Our source does not say how many times a day: ask your physio or doctor.',
      sources: ['csp'],
    },
    shouldFeel: 'A stretch at the front of the hip.',
    shouldNotFeel: 'Pain in the low back.',
    stopIf: BACK_STOP,
    skipIf: [NO_INJURY, 'Knee pain when kneeling', LOOSE_JOINTS],
    sources: ['csp', 'osuCervicalCpg'],
    motion: { flexion: -0.25, rotation: 0, sideBend: 0, regions: ['lumbar'], cycle: false },
  },
  {
    id: 'figure-4-piriformis',
    position: 'supine',
    name: 'Figure-4 stretch',
    region: 'sacrum',
    purpose: {
      plain: 'Stretches the deep muscle of the buttock.',
      detailed: 'Supine figure-4 stretch of the piriformis and hip external rotators.',
    },
    steps: [
      'Lie on your back with your knees bent.',
      'Cross one ankle over the other knee.',
      'Pull the lower thigh toward you.',
      'Hold, then switch sides.',
    ],
    dose: {
      holdSeconds: 30,
      // one clinic's 'about 30 s, 3 times a day': one hold each time
      reps: 1,
      sets: 1,
      perDay: 3,
      basis: 'specific',
      note: 'Clinic guidance: hold about 30 s, 3 times a day.',
      sources: ['clinicPiriformis'],
    },
    shouldFeel: 'A stretch deep in the buttock.',
    shouldNotFeel: 'Pinching in the hip or pain down the leg.',
    stopIf: ['Pain or pinching in the hip', ...BACK_STOP],
    skipIf: [
      NO_INJURY,
      'Hip replacement (ask first)',
      'You are more than three months pregnant (this one is done lying on your back)',
      LOOSE_JOINTS,
    ],
    sources: ['clinicPiriformis', 'acog2020', 'osuCervicalCpg'],
    motion: { flexion: 0.2, rotation: 0, sideBend: 0, regions: ['lumbar'], cycle: false },
  },
  {
    id: 'hamstring-fold',
    position: 'standing',
    name: 'Hamstring stretch',
    region: 'sacrum',
    purpose: {
      plain: 'Stretches the back of the thighs, which pull on the pelvis.',
      detailed: 'Static hamstring stretch (standing or seated fold).',
    },
    steps: [
      'Put one heel on a low step, leg straight.',
      'Keep your back straight.',
      'Lean forward from the hips until you feel the back of the thigh.',
      'Hold, then switch legs.',
    ],
    dose: {
      holdSeconds: 30,
      reps: 1,
      sets: 1,
      perDay: 1,
      basis: 'specific',
      note: '30 s once a day, 5 days a week, works as well as longer or more often.',
      sources: ['bandy1997'],
    },
    shouldFeel: 'A stretch behind the thigh.',
    shouldNotFeel: 'Pain behind the knee or down the leg.',
    stopIf: BACK_STOP,
    skipIf: [NO_INJURY, WEAK_BONES, LOOSE_JOINTS],
    sources: ['bandy1997', 'osuCervicalCpg'],
    motion: { flexion: 0.3, rotation: 0, sideBend: 0, regions: ['lumbar'], cycle: false },
  },
  {
    id: 'coccyx-offloading',
    position: 'standing',
    name: 'Easing the tailbone',
    region: 'coccyx',
    purpose: {
      plain: 'The tailbone does not stretch well. These steps take the load off it, after a fall too.',
      detailed:
        'Offloading for coccydynia rather than stretching. A fall onto the tailbone is a common cause; the same measures apply, with a clinical review (to look for a fracture or another cause) if the pain is severe or does not start to ease within a few weeks.',
    },
    steps: [
      'Had a fall? These steps still help. See a doctor if the pain is very bad, or if it does not ease in a few weeks.',
      'Don’t sit for long. Stand up often.',
      'When you sit, lean forward a little.',
      'Use a U-shaped or wedge cushion.',
      'Use a cold pack for up to 20 minutes, a few times a day.',
      'Stand and gently bend back and to the sides, a few times each hour.',
    ],
    dose: {
      holdSeconds: 5,
      reps: 3,
      sets: 1,
      perDay: 30,
      basis: 'specific',
      note: 'A few gentle standing bends, 2–3 times an hour while awake (about 30 times a day); the 5 s hold and 3 repeats are our suggestion, not the source’s. Cold pack up to 20 min.',
      sources: ['clinicCoccyx'],
    },
    shouldFeel: 'Less pressure on the tailbone.',
    shouldNotFeel: 'Sharp pain.',
    stopIf: [
      'Your skin goes numb around your bottom or between your legs. Or you can’t pee or poo as you should. Then go to the emergency room now',
      'Numbness or weakness in the legs',
      'Pain gets worse',
    ],
    skipIf: [
      'You have a fever, or bleeding from your bottom. See a doctor first.',
      'The pain spreads away from the tailbone. See a doctor first.',
    ],
    sources: ['clinicCoccyx'],
    motion: null,
  },
]

export function stretchesForRegion(region: Region): readonly StretchCard[] {
  return STRETCHES.filter((s) => s.region === region)
}

/**
 * Skip lines a condition meets by what it is: a bone squashed by osteoporosis means weak, thin bones. A clinician
 * reviewing the fracture's panel (s42) found it offering the forward bends whose own cards say to skip them then.
 */
const CONDITION_SKIPS: Readonly<Partial<Record<ConditionId, readonly string[]>>> = {
  'compression-fracture-l1': [WEAK_BONES],
}

/** The region's cards a condition leaves in (those whose skip lines it does not meet), and whether it left any out. */
export function stretchesForCondition(
  id: ConditionId,
  region: Region,
): { cards: readonly StretchCard[]; leftOut: boolean } {
  const skips = CONDITION_SKIPS[id] ?? []
  const all = stretchesForRegion(region)
  const cards = all.filter((card) => !card.skipIf.some((line) => skips.includes(line)))
  return { cards, leftOut: cards.length < all.length }
}

export const stretchById = (id: string): StretchCard | undefined => STRETCHES.find((s) => s.id === id)
