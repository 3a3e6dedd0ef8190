import type { SourceKey } from '../anatomy/sources'

export interface Explanation {
  readonly id: 'cavity-formation' | 'bubble-collapse' | 'partial-collapse'
  readonly title: string
  readonly who: string
  /** What this explanation says makes the sound. */
  readonly plain: string
  readonly detailed: string
  readonly evidence: string
  readonly sources: readonly SourceKey[]
}

/** The three explanations of the crack, side by side, each in plain words and in more detail. */
export const EXPLANATIONS: readonly Explanation[] = [
  {
    id: 'cavity-formation',
    title: 'A gas pocket suddenly forms',
    who: 'Kawchuk and colleagues, 2015',
    plain: 'The sound comes as the joint faces snap apart. A gas pocket forms in the fluid at that moment.',
    detailed:
      'Tribonucleation: adhesion of the lubricated surfaces holds the joint shut until the distracting load overcomes it; the abrupt separation nucleates the cavity, and the audible release coincides with cavity inception.',
    evidence: 'Real-time MRI of finger joints: the cavity appeared with the sound and was still there afterwards.',
    sources: ['kawchuk2015'],
  },
  {
    id: 'bubble-collapse',
    title: 'A bubble bursts',
    who: 'Unsworth, Dowson and Wright, 1971',
    plain: 'A bubble forms in the joint fluid, and the noise is it collapsing.',
    detailed:
      'Cavitation in the synovial fluid under tension, with the bubble as the effect of the process; the noise attributed to the collapse of vapour and gas cavities.',
    evidence:
      'Force and sound recordings of finger joints being pulled apart; explained why a joint cannot crack again for about 20 minutes.',
    sources: ['unsworth1971'],
  },
  {
    id: 'partial-collapse',
    title: 'The bubble only partly collapses',
    who: 'Chandran Suja and Barakat, 2018',
    plain:
      'The sound comes from the bubble shrinking part of the way, so some gas stays behind. This brings the two older ideas together.',
    detailed:
      'A Rayleigh–Plesset bubble model coupled to joint motion reproduces the measured sound level and frequency with only partial collapse, consistent with a cavity persisting afterwards.',
    evidence: 'A mathematical model checked against recorded knuckle cracks.',
    sources: ['chandranSuja2018'],
  },
]

/** What this model does, in plain words, for the caption at each phase. */
export const PHASE_CAPTIONS = {
  ready: 'Press play to pull the joint surfaces apart.',
  loading:
    'The surfaces are being pulled apart. The fluid film holds them, and the pressure inside the sealed capsule falls.',
  cavitation: 'Pop! The surfaces let go, a gas cavity forms in the fluid, and you hear the crack.',
  residual: 'The gas pocket stays. It shrinks only part of the way. The joint now sits a bit wider.',
  refractory:
    'No pop this time: gas is still in the joint and takes up the space, so the pressure never drops far enough. It dissolves back over about 20 minutes.',
} as const

export const DISC_NO_CRACK = {
  plain:
    'Discs do not crack. A disc is a pad of tough fibres with a soft centre, joined straight to the bones. It has no joint fluid and no sealed capsule, so no gas pocket can form.',
  detailed:
    'An intervertebral disc is a cartilaginous joint (symphysis): an annulus fibrosus around a nucleus pulposus, bonded to the endplates. Without a synovial cavity there is no fluid film to cavitate; the audible release comes from the synovial facet joints beside it.',
  sources: ['nucleus2014', 'kawchuk2015'] as readonly SourceKey[],
}
