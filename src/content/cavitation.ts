import type { BoneId } from '../anatomy/ids'
import type { SourceKey } from '../anatomy/sources'
import { CAVITATION } from '../physics/constants'

/** One text as patients read it (plain, grade 6 or below) and with the clinical terms (detailed). */
export interface TextPair {
  readonly plain: string
  readonly detailed: string
}

export interface Explanation {
  readonly id: 'cavity-formation' | 'bubble-collapse' | 'partial-collapse'
  readonly title: TextPair
  readonly who: string
  /** What this explanation says makes the sound. */
  readonly plain: string
  readonly detailed: string
  /** What the explanation rests on, and how much of it there is. */
  readonly evidence: TextPair
  readonly sources: readonly SourceKey[]
}

/** The three explanations of the crack, side by side, each in plain words and in more detail. */
export const EXPLANATIONS: readonly Explanation[] = [
  {
    id: 'cavity-formation',
    title: { plain: 'A gas pocket suddenly forms', detailed: 'Cavity formation (tribonucleation)' },
    who: 'Kawchuk and colleagues, 2015',
    plain: 'The sound comes as the joint faces snap apart. A gas pocket forms in the fluid at that moment.',
    detailed:
      'Tribonucleation: adhesion of the lubricated surfaces holds the joint shut until the distracting load overcomes it; the abrupt separation nucleates the cavity, and the audible release coincides with cavity inception.',
    evidence: {
      plain:
        'Scans of ten finger joints as they were pulled. The gas pocket showed up with the sound and was still there after. It is one small study.',
      detailed:
        'Real-time cine MRI (3.2 frames/s) of 10 metacarpophalangeal joints under traction: the cavity appeared at the moment of separation and sound, and persisted afterwards. A single small imaging study.',
    },
    sources: ['kawchuk2015'],
  },
  {
    id: 'bubble-collapse',
    title: { plain: 'A bubble bursts', detailed: 'Bubble collapse' },
    who: 'Unsworth, Dowson and Wright, 1971',
    plain: 'A bubble forms in the joint fluid, and the noise is it collapsing.',
    detailed:
      'Cavitation in the synovial fluid under tension, with the bubble as the effect of the process; the noise attributed to the collapse of vapour and gas cavities.',
    evidence: {
      plain:
        'Tests that pulled on finger joints and recorded the force and the sound. They found that a knuckle can’t crack again for about 20 minutes.',
      detailed:
        'Force and acoustic recordings of metacarpophalangeal joints under distraction; the same knuckle could not be cracked again for about 20 minutes (the refractory period).',
    },
    sources: ['unsworth1971'],
  },
  {
    id: 'partial-collapse',
    title: { plain: 'The bubble only shrinks part way', detailed: 'Partial bubble collapse' },
    who: 'Chandran Suja and Barakat, 2018',
    plain:
      'The sound comes from the bubble shrinking part of the way, so some gas stays behind. This brings the two older ideas together.',
    detailed:
      'A Rayleigh–Plesset bubble model coupled to joint motion reproduces the measured sound level and frequency with only partial collapse, consistent with a cavity persisting afterwards.',
    evidence: {
      plain:
        'A math model of a bubble in joint fluid. Its sound matched how loud real knuckle cracks are, and their pitch. It is a model, not a new test on people.',
      detailed:
        'A mathematical model checked against the magnitude and dominant frequency of recorded knuckle cracks; a model, not a new measurement.',
    },
    sources: ['chandranSuja2018'],
  },
]

/**
 * What this model does, in plain words, for the caption at each phase: in the words of the tissues' names pinned
 * on the opened joint (JOINT_TISSUES below: joint faces, joint fluid, joint sac, gas pocket), so the two read as one.
 */
export const PHASE_CAPTIONS = {
  ready: 'Press play to pull the joint faces apart.',
  loading:
    'The joint faces are being pulled apart. The joint fluid holds them, and the pressure inside the joint sac falls.',
  // the two ideas of where the sound comes from are both told beside the animation (EXPLANATIONS): the caption
  // takes neither side (content review, s42)
  cavitation:
    'Pop! The joint faces let go, and a gas pocket forms in the fluid. Does the sound come as it forms, or as it shrinks a bit? Experts still argue.',
  residual: 'The gas pocket stays. It shrinks only part of the way. The joint now sits a bit wider.',
  refractory:
    'No pop this time. Gas is still in the joint, so the pressure can’t drop far enough. In knuckles this gas takes about 20 minutes to go, and this model uses that time.',
} as const

/**
 * The model's wait before the same joint can crack again is the knuckle figure; spinal joints have
 * cavitated more than once within one manipulation (Cramer 2011). The clock calls it the knuckle figure;
 * this note, beside the explanations, says why.
 */
export const REFRACTORY_NOTE = {
  plain:
    'The 20-minute wait was found in knuckles, and this model uses it for the spine too. In real backs, a joint has been seen to pop more than once in one treatment.',
  detailed:
    'The 20-minute refractory period comes from knuckle (metacarpophalangeal) studies and is borrowed here for the facet joints. During lumbar side-posture manipulation (two quick thrusts), 8 of 46 cavitating joints cavitated more than once.',
  sources: ['unsworth1971', 'cramer2011'] as readonly SourceKey[],
}

/** Why the model's joint lets go at 0.56 mm: it is calibrated on a group mean, not a published threshold. */
export const ONSET_GAP_NOTE = {
  plain: `In a scan study, the low back joints that popped had opened by ${CAVITATION.onsetGap.value} mm on average. That is an average, not a fixed point. This model is set up so its joint lets go at that gap.`,
  detailed: `${CAVITATION.onsetGap.value} mm is the mean gapping of the lumbar zygapophyseal joints that cavitated on MRI (${CAVITATION.noCavitationGap.value} mm in those that did not), not a threshold; the model is calibrated so its joint lets go at that mean gap.`,
  sources: ['cramer2012'] as readonly SourceKey[],
}

/** Shown for a disc instead of the crack. The pop comes from synovial joints; worn discs can still hold gas. */
export const DISC_NO_CRACK = {
  plain:
    'Discs don’t pop the way the small joints beside them do. A disc is a pad of tough fibres with a soft centre, joined straight to the bones. It has no joint fluid and no sealed sac for a pop to start in. Still, worn discs often hold some gas that shows up on scans. In one scan study, about half of people over 60 had it.',
  detailed:
    'An intervertebral disc is a cartilaginous joint (symphysis): an annulus fibrosus around a nucleus pulposus, bonded to the endplates. With no synovial cavity or capsule it does not cavitate like a facet joint; the audible release of spinal manipulation is recorded from the synovial facet joints. Degenerated discs often contain gas on CT (the vacuum phenomenon), seen in 50.3 % of people over 60 in one CT study.',
  sources: ['kawchuk2015', 'cramer2011', 'cawley2024'] as readonly SourceKey[],
}

/** The tissues named on the opened joint, outside in (the 3D view pins the names; the panel explains them). */
export type JointTissue = 'upperProcess' | 'lowerProcess' | 'cartilage' | 'fluid' | 'capsule' | 'cavity'

export interface TissueText {
  readonly id: JointTissue
  /** Its name, given the bones either side (upper: null for the skull above C1). */
  readonly name: (upper: BoneId | null, lower: BoneId) => TextPair
  readonly plain: string
  readonly detailed: string
  readonly sources: readonly SourceKey[]
}

/** A bone as the names of its parts say it: levels by their labels, "the sacrum" in words. */
const boneName = (bone: BoneId): string => (bone === 'sacrum' || bone === 'coccyx' ? `the ${bone}` : bone)

/** What each part of the opened joint is, in the order the panel lists them. */
export const JOINT_TISSUES: readonly TissueText[] = [
  {
    id: 'upperProcess',
    name: (upper) =>
      upper
        ? { plain: `Knob of ${upper}`, detailed: `Inferior articular process of ${upper}` }
        : { plain: 'Base of the skull', detailed: 'Occipital condyle of the skull' },
    plain: 'A knob of bone reaches down from the bone above. Here it is cut open.',
    detailed: 'The inferior articular process of the vertebra above, cut through to show its bone in section.',
    sources: ['grays2020'],
  },
  {
    id: 'lowerProcess',
    name: (_upper, lower) => ({
      plain: `Knob of ${boneName(lower)}`,
      detailed: `Superior articular process of ${boneName(lower)}`,
    }),
    plain: 'A knob of bone reaches up from the bone below to meet it.',
    detailed: 'The superior articular process of the bone below, which carries the lower joint face.',
    sources: ['grays2020'],
  },
  {
    id: 'cartilage',
    name: () => ({ plain: 'Smooth lining', detailed: 'Articular cartilage' }),
    plain: 'A smooth, slick layer covers each of the two joint faces.',
    detailed:
      'Hyaline cartilage covers both articular surfaces. Its thickness here (1.2 mm) is our estimate, not a measured value.',
    sources: ['grays2020', 'estimate'],
  },
  {
    id: 'fluid',
    name: () => ({ plain: 'Joint fluid', detailed: 'Synovial fluid' }),
    plain:
      'A thin film of fluid lets the faces glide. Blue means normal pressure; purple means the pressure has dropped.',
    detailed:
      'A thin film of synovial fluid between the cartilage surfaces, tinted by the model’s fluid pressure: blue near atmospheric, purple as it falls during the pull.',
    sources: ['grays2020', 'chandranSuja2018'],
  },
  {
    id: 'capsule',
    name: () => ({ plain: 'Joint sac', detailed: 'Joint capsule' }),
    plain: 'A tough sac wraps the joint and seals the fluid in.',
    detailed: 'The fibrous joint capsule encloses the joint and seals in the synovial fluid.',
    sources: ['grays2020'],
  },
  {
    id: 'cavity',
    name: () => ({ plain: 'Gas pocket', detailed: 'Gas cavity' }),
    plain: 'At the pop, a gas pocket forms in the fluid. It is still there after the sound.',
    detailed:
      'The cavity that forms in the synovial fluid when the surfaces separate; on imaging it persisted after the sound.',
    sources: ['kawchuk2015'],
  },
]

/** One plot of the close-up: its title, the unit of its values, and a caption saying what to look for. */
export interface PlotText {
  readonly title: TextPair
  /** Unit of the value axis, as printed above its ticks and after the live value. */
  readonly unit: string
  readonly caption: TextPair
  /** What the caption's claims rest on. */
  readonly sources: readonly SourceKey[]
}

const gap = CAVITATION.onsetGap.value
const rest = CAVITATION.ambientPressure.value
// printed with a true minus sign, like the plots' ticks
const letGo = String(CAVITATION.tensileThreshold.value).replace('-', '−')

/**
 * The four plots under the close-up. The sound is a share of its own peak: the model's level in pascals
 * rests on estimated tissue constants and no published sound level was found, so no pascals are shown.
 */
export const PLOT_TEXTS = {
  separation: {
    title: { plain: 'Gap between the joint faces', detailed: 'Joint separation (facet gap)' },
    unit: 'mm',
    caption: {
      plain: `The faces hold, then part at ${gap} mm: the average gap of joints that popped in scans.`,
      detailed: `Facet gap under the pull. The model lets go at ${gap} mm, the mean gapping of lumbar facet joints that cavitated on MRI (a group mean, not a threshold).`,
    },
    sources: ['cramer2012'],
  },
  pressure: {
    title: { plain: 'Pressure in the joint fluid', detailed: 'Synovial fluid pressure (absolute)' },
    unit: 'kPa',
    caption: {
      plain: `About ${Math.round(rest)} at rest, the same as the air around you. Below 0 the fluid is being stretched, like water in a syringe pulled with its tip shut.`,
      detailed: `Absolute capsule pressure: ${rest} kPa at rest (ambient), down to ${letGo} kPa of tension when the film lets go, then back up as the capsule recoils. Model estimates.`,
    },
    sources: ['estimate'],
  },
  radius: {
    title: { plain: 'Size of the gas pocket', detailed: 'Cavity radius' },
    unit: 'mm',
    caption: {
      plain: 'It grows fast at the crack, then shrinks part way. Some gas stays.',
      detailed:
        'Cavity radius: rapid growth at separation, then a partial, gas-cushioned collapse that leaves a residual cavity.',
    },
    sources: ['chandranSuja2018'],
  },
  sound: {
    title: { plain: 'Sound at the skin', detailed: 'Acoustic pressure at the skin (normalised)' },
    unit: '%',
    caption: {
      plain: 'A share of its loudest point. The model can’t tell how loud a real pop is.',
      detailed:
        'Skin-level pressure as a percentage of this run’s peak (−100 to 100 %). Its size in pascals rests on estimated tissue constants, and no published sound level was found, so none is shown.',
    },
    sources: ['estimate'],
  },
} as const satisfies Record<'separation' | 'pressure' | 'radius' | 'sound', PlotText>

/** The sound plot's caption for a run with no pop (the joint is still refractory): the line stays at 0. */
export const PLOT_SILENT: TextPair = {
  plain: 'No pop this time, so there is no sound. The line stays at 0.',
  detailed: 'No cavitation in this run, so no acoustic signal: the trace stays at 0.',
}

/** The shared time axis and the crack marker, under the plots. */
export const PLOT_TIME = {
  unit: 'ms',
  note: {
    plain: 'Time in ms (thousandths of a second) since the pull began. Red line: the faces let go.',
    detailed: 'Time since the start of the thrust, ms. Dashed red line: the moment of separation and cavity inception.',
  },
} as const

/** Numbers of one run that the plot summaries speak about, already in each plot's unit and rounding. */
export interface PlotSummaryNumbers {
  /** Length of the run, ms. */
  readonly duration: string
  /** When the faces let go, ms; null when there was no pop. */
  readonly onset: string | null
  readonly first: string
  readonly lowest: string
  readonly highest: string
  readonly last: string
  /** Length of the audible pop, ms (sound only). */
  readonly pop?: string
}

/**
 * What each plot shows, in words, for people who cannot see it (its accessible name). Made from the run's
 * own numbers; plain and detailed like every other text.
 */
export function plotSummary(key: keyof typeof PLOT_TEXTS, n: PlotSummaryNumbers, detailed: boolean): string {
  const crack = n.onset !== null
  switch (key) {
    case 'separation':
      return detailed
        ? `Joint separation over ${n.duration} ms: from ${n.first} to ${n.last} mm${crack ? `; the surfaces separate at ${n.onset} ms` : '; no separation event'}.`
        : `Gap between the joint faces over ${n.duration} ms. It grows from ${n.first} to ${n.last} mm. ${crack ? `The faces let go at ${n.onset} ms.` : 'No pop this time.'}`
    case 'pressure':
      return detailed
        ? `Fluid pressure over ${n.duration} ms: from ${n.first} kPa down to ${n.lowest} kPa, ending at ${n.last} kPa.`
        : `Pressure in the joint fluid over ${n.duration} ms. It starts at ${n.first} kPa and drops to ${n.lowest} kPa. It ends at ${n.last} kPa.`
    case 'radius':
      return detailed
        ? `Cavity radius over ${n.duration} ms: peak ${n.highest} mm, residual ${n.last} mm.`
        : `Size of the gas pocket over ${n.duration} ms. At most it is ${n.highest} mm. At the end it is ${n.last} mm.`
    case 'sound':
      if (!crack)
        return detailed
          ? `Acoustic pressure at the skin over ${n.duration} ms: silent, no cavitation in this run.`
          : `Sound at the skin over ${n.duration} ms. There is no sound, as there was no pop.`
      return detailed
        ? `Acoustic pressure at the skin, percent of its peak (−100 to 100), over ${n.duration} ms: silent until ${n.onset} ms, then a pop of about ${n.pop} ms.`
        : `Sound at the skin over ${n.duration} ms, as a share of its loudest point. It is quiet until ${n.onset} ms. Then a short pop lasts about ${n.pop} ms.`
  }
}
