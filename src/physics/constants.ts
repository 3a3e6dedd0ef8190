import { type Measure, measure } from '../anatomy/measure'

/**
 * Every constant of the cavitation model with its source and confidence. Values tagged E are
 * estimates (standard physics or a calibration of ours), never to be shown as published.
 */
export const CAVITATION = {
  /** Synovial fluid treated as water-like. */
  density: measure(1000, 'estimate', 'E'), // kg/m³
  /** Effective viscosity for a fast collapse of a shear-thinning fluid (0.01–0.1 Pa·s in the brief). */
  viscosity: measure(0.05, 'estimate', 'E'), // Pa·s
  surfaceTension: measure(0.06, 'estimate', 'E'), // N/m
  vapourPressure: measure(6.3, 'estimate', 'E'), // kPa, water at 37 °C
  polytropicExponent: measure(1.4, 'estimate', 'E'),
  ambientPressure: measure(101.3, 'estimate', 'E'), // kPa
  /** Tension the fluid film holds before the surfaces let go (tribonucleation). */
  tensileThreshold: measure(-50, 'estimate', 'E'), // kPa
  /** Effective thickness of synovial fluid and recesses: joint volume = facet area × this. */
  effectiveFluidThickness: measure(2, 'estimate', 'E'), // mm
  /**
   * Mean gap of the lumbar facet joints that cavitated on MRI (0.22 mm in those that did not): a group
   * mean, not a threshold. The model is calibrated so its joint lets go at this mean gap.
   */
  onsetGap: measure(0.56, 'cramer2012', 'P'), // mm
  noCavitationGap: measure(0.22, 'cramer2012', 'P'), // mm
  /** Released gas as a share of joint volume. */
  gasFraction: measure(0.15, 'brodeur1995', 'P'),
  /** Thrust duration of a high-velocity manipulation: the loading phase. */
  loadingTime: measure(120, 'rosner', 'S'), // ms
  /** Capsule elastic recoil after the surfaces let go. */
  recoilTime: measure(0.8, 'estimate', 'E'), // ms
  /** Gas coming out of solution into the new cavity. */
  gasReleaseTime: measure(0.3, 'estimate', 'E'), // ms
  /** Depth of a facet joint below the skin, for the acoustic path. */
  skinDepth: measure(40, 'estimate', 'E'), // mm
  /** Resonance of the tissue between joint and skin microphone, and its damping ratio. */
  tissueResonance: measure(280, 'estimate', 'E'), // Hz
  tissueDamping: measure(0.26, 'estimate', 'E'),
  /** Soft tissue absorbs high frequencies: a low-pass corner on the path to the skin. */
  tissueLowPass: measure(450, 'estimate', 'E'), // Hz
  /** Published targets the model is checked against. */
  popDuration: measure(5.66, 'dunning2013', 'P'), // ms
  peakFrequencyMean: measure(333, 'reggars1996', 'P'), // Hz
  peakFrequencyMode: measure(215, 'reggars1996', 'P'), // Hz
  peakFrequencyMin: measure(86, 'reggars1996', 'P'), // Hz
  peakFrequencyMax: measure(1830, 'reggars1996', 'P'), // Hz
  /**
   * Wait before the same joint can crack again, measured in knuckles (metacarpophalangeal joints). The
   * model borrows it for the facet joints, though spinal joints have cavitated more than once within one
   * manipulation (Cramer 2011), so it is the knuckle figure, not a spinal one.
   */
  refractoryPeriod: measure(20, 'unsworth1971', 'P'), // min
  /** Below this share of its gas the residual bubble counts as dissolved. */
  dissolvedBelow: measure(0.05, 'estimate', 'E'),
} as const satisfies Record<string, Measure>

/** How each constant is shown to users: a label and a unit. */
export const CAVITATION_LABELS: Record<keyof typeof CAVITATION, readonly [string, string]> = {
  density: ['Fluid density', 'kg/m³'],
  viscosity: ['Fluid viscosity (effective)', 'Pa·s'],
  surfaceTension: ['Surface tension', 'N/m'],
  vapourPressure: ['Vapour pressure at 37 °C', 'kPa'],
  polytropicExponent: ['Gas polytropic exponent', ''],
  ambientPressure: ['Resting joint pressure', 'kPa'],
  tensileThreshold: ['Tension at which the film lets go', 'kPa'],
  effectiveFluidThickness: ['Effective fluid thickness', 'mm'],
  onsetGap: ['Mean gap of joints that cracked (the model lets go here)', 'mm'],
  noCavitationGap: ['Mean gap of joints that did not crack', 'mm'],
  gasFraction: ['Released gas, share of joint volume', ''],
  loadingTime: ['Duration of the pull (thrust)', 'ms'],
  recoilTime: ['Capsule recoil time', 'ms'],
  gasReleaseTime: ['Gas release time', 'ms'],
  skinDepth: ['Joint depth below the skin', 'mm'],
  tissueResonance: ['Tissue resonance', 'Hz'],
  tissueDamping: ['Tissue damping ratio', ''],
  tissueLowPass: ['Tissue high-frequency cut', 'Hz'],
  popDuration: ['Length of a pop', 'ms'],
  peakFrequencyMean: ['Peak frequency, mean', 'Hz'],
  peakFrequencyMode: ['Peak frequency, most common', 'Hz'],
  peakFrequencyMin: ['Peak frequency, lowest seen', 'Hz'],
  peakFrequencyMax: ['Peak frequency, highest seen', 'Hz'],
  refractoryPeriod: ['Time before a knuckle can crack again (borrowed for the spine)', 'min'],
  dissolvedBelow: ['Gas share counted as dissolved', ''],
}
