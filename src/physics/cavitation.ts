import { CAVITATION as C } from './constants'

/**
 * A small model of a facet joint cracking, deterministic for given inputs.
 *
 *  loading     the surfaces are pulled apart; the sealed capsule resists (its fluid cannot expand), so
 *              the pressure inside falls as the gap grows: p = p0 − B·ΔV/V0. The fluid film holds the
 *              surfaces ("sticks") until the pressure reaches the tension the film can bear.
 *  onset       the surfaces let go: the gap snaps wider and a cavity nucleates in the fluid.
 *  cavity      its radius follows the Rayleigh–Plesset equation (Leighton 1994), driven by the capsule
 *              pressure recovering as the capsule recoils, with gas (mostly CO₂) coming out of solution;
 *              the gas cushions the collapse, so it is only partial and a residual cavity persists
 *              (Chandran Suja & Barakat 2018; Kawchuk 2015).
 *  sound       the pressure radiated by the cavity's volume acceleration, filtered by the tissue between
 *              joint and skin (a damped resonance), as a skin microphone would record it.
 *  refractory  the residual gas dissolves back over about 20 minutes (Unsworth 1971); while any free gas
 *              remains it takes up the volume when the joint is pulled, so the pressure never drops far
 *              enough to pop again.
 *
 * Internally SI units; results in mm, kPa and ms.
 */

export interface CavitationInput {
  /** Facet surface area, mm². */
  facetArea: number
  /** How far the pull would open the joint if nothing held it back, mm. */
  pull?: number
  /** Share of the last crack's gas still free in the joint (0 = fully dissolved). */
  residualGas?: number
}

export interface CavitationResult {
  /** Uniform time axis of the plots, ms. */
  time: Float64Array
  separation: Float64Array
  pressure: Float64Array
  radius: Float64Array
  /** Pressure at the skin microphone, Pa, on the plot time axis. */
  sound: Float64Array
  /** The skin signal at the audio sample rate, starting at `soundStart` ms. */
  audio: Float32Array
  audioRate: number
  soundStart: number
  /** When the surfaces let go, ms (null: no crack). */
  onset: number | null
  onsetGap: number | null
  peakRadius: number
  residualRadius: number
  /** Length of the audible pop: envelope within 20 dB of its peak, ms. */
  popDuration: number
  /** Equivalent radius of all the released gas at ambient pressure, mm. */
  gasRadius: number
  duration: number
}

const PLOT_STEP = 0.05 // ms
const AUDIO_RATE = 48_000
const SUBSTEPS = 48 // integration steps per audio sample (≈0.43 µs)
const AFTER_ONSET = 45 // ms simulated after the crack
/** Extra damping from the cavity's confinement between cartilage and capsule, as an added viscosity. */
export const CONFINEMENT_VISCOSITY = 1.2 // Pa·s [E] — our estimate, lumps losses not in the spherical model

export function jointVolume(facetArea: number): number {
  return facetArea * C.effectiveFluidThickness.value
}

/** The capsule's bulk stiffness that makes the film let go at the tension threshold (a calibration). */
function capsuleStiffness(): number {
  return ((C.ambientPressure.value - C.tensileThreshold.value) * C.effectiveFluidThickness.value) / C.onsetGap.value
}

/** Capsule pressure (kPa) for a gap (mm), with any free gas taking up the added volume. */
export function capsulePressure(gap: number, facetArea: number, residualGas = 0): number {
  const v0 = jointVolume(facetArea)
  const added = facetArea * gap
  if (residualGas > C.dissolvedBelow.value) {
    const gas = residualGas * C.gasFraction.value * v0
    return C.ambientPressure.value * (gas / (gas + added)) ** C.polytropicExponent.value
  }
  return C.ambientPressure.value - (capsuleStiffness() * added) / v0
}

export function simulateCavitation(input: CavitationInput): CavitationResult {
  const area = input.facetArea
  const residualGas = input.residualGas ?? 0
  const onsetGap = C.onsetGap.value
  // When the surfaces let go they spring to where the pull holds them: the jump opens room for the gas.
  const jump = C.gasFraction.value * C.effectiveFluidThickness.value
  // by default the thrust pulls a little beyond the point where the film gives way
  const pull = input.pull ?? (onsetGap + jump) * 1.1
  const tLoad = C.loadingTime.value
  const stick = onsetGap / (onsetGap + jump) // share of the pull that becomes gap while the film holds
  const gapAt = (t: number) => Math.min(t / tLoad, 1) * pull * stick

  // Onset: the first moment the capsule pressure reaches the tension threshold.
  let onset: number | null = null
  for (let t = 0; t <= tLoad; t += PLOT_STEP / 4) {
    if (capsulePressure(gapAt(t), area, residualGas) <= C.tensileThreshold.value) {
      onset = t
      break
    }
  }
  const duration = (onset ?? tLoad) + AFTER_ONSET
  const n = Math.round(duration / PLOT_STEP) + 1
  const time = new Float64Array(n)
  const separation = new Float64Array(n)
  const pressure = new Float64Array(n)
  const radius = new Float64Array(n)
  const sound = new Float64Array(n)
  for (let i = 0; i < n; i++) time[i] = i * PLOT_STEP

  const v0 = jointVolume(area) * 1e-9 // m³
  const gasVolume = C.gasFraction.value * v0
  const gasRadius = Math.cbrt((3 * gasVolume) / (4 * Math.PI))
  // the parts of the result every run shares, filled in below
  const series = {
    time,
    separation,
    pressure,
    radius,
    sound,
    audioRate: AUDIO_RATE,
    onset,
    gasRadius: gasRadius * 1e3,
    duration,
  }
  const recoil = C.recoilTime.value

  if (onset === null) {
    // No crack: the gap follows the pull; with free gas present the bubble simply grows a little.
    const existing = residualGas > C.dissolvedBelow.value ? residualGas * gasVolume : 0
    for (let i = 0; i < n; i++) {
      const gap = gapAt(time[i] as number) / stick
      separation[i] = residualGas > C.dissolvedBelow.value ? gap : gapAt(time[i] as number)
      pressure[i] = capsulePressure(separation[i] as number, area, residualGas)
      radius[i] =
        existing > 0 ? Math.cbrt((3 * (existing + area * 1e-9 * (separation[i] as number))) / (4 * Math.PI)) * 1e3 : 0
    }
    const r = radius[n - 1] ?? 0
    return {
      ...series,
      audio: new Float32Array(0),
      soundStart: 0,
      onsetGap: null,
      peakRadius: r,
      residualRadius: r,
      popDuration: 0,
    }
  }

  // --- loading: before the crack
  const onsetIndex = Math.ceil(onset / PLOT_STEP)
  for (let i = 0; i < onsetIndex && i < n; i++) {
    separation[i] = gapAt(time[i] as number)
    pressure[i] = capsulePressure(separation[i] as number, area)
  }

  // --- the cavity: Rayleigh–Plesset with RK4, sampled for audio and plots
  const rho = C.density.value
  const mu = C.viscosity.value + CONFINEMENT_VISCOSITY
  const sigma = C.surfaceTension.value
  const pv = C.vapourPressure.value * 1e3
  const p0 = C.ambientPressure.value * 1e3
  const pCrit = C.tensileThreshold.value * 1e3
  const kappa = C.polytropicExponent.value
  const gasEq = p0 + (2 * sigma) / gasRadius - pv
  const liquidPressure = (ts: number) => p0 - (p0 - pCrit) * Math.exp(-ts / (recoil * 1e-3))
  const gasContent = (ts: number) => 1 - Math.exp(-ts / (C.gasReleaseTime.value * 1e-3))
  /** Acceleration without the viscous term, which is taken implicitly (it is stiff for small cavities). */
  // Gas content (share of the final amount) only rises, and diffuses in no faster than would lift the
  // cavity above ambient pressure: the gas comes from the liquid, where its partial pressure is at most ambient.
  let gas = 0
  const inviscid = (r: number, v: number, ts: number) => {
    const pGas = gas * gasEq * (gasRadius / r) ** (3 * kappa)
    return ((pGas + pv - (2 * sigma) / r - liquidPressure(ts)) / rho - 1.5 * v * v) / r
  }
  const dt = 1 / AUDIO_RATE / SUBSTEPS
  const samples = Math.round((AFTER_ONSET * 1e-3) / (dt * SUBSTEPS))
  const source = new Float64Array(samples)
  const radii = new Float64Array(samples)
  let r = 2e-5 // a 20 µm nucleus
  let v = 0
  let ts = 0
  let peak = r
  const distance = C.skinDepth.value * 1e-3
  for (let s = 0; s < samples; s++) {
    let acc = 0
    for (let k = 0; k < SUBSTEPS; k++) {
      // semi-implicit Euler: v' = (v + dt·a) / (1 + dt·4μ/(ρR²)), then R' = R + dt·v'
      gas = Math.max(gas, Math.min(gasContent(ts), (p0 / gasEq) * (r / gasRadius) ** (3 * kappa)))
      const next = (v + dt * inviscid(r, v, ts)) / (1 + (dt * 4 * mu) / (rho * r * r))
      const rAccel = (next - v) / dt
      v = next
      r = Math.max(r + dt * v, 1e-6)
      ts += dt
      // radiated pressure from the volume acceleration: ρ(R²R̈ + 2RṘ²)/d
      acc += (rho * (r * r * rAccel + 2 * r * v * v)) / distance
      if (r > peak) peak = r
    }
    source[s] = acc / SUBSTEPS
    radii[s] = r
  }
  const audio = tissueFilter(source, AUDIO_RATE)

  // --- plots after the crack: gap springs open with the recoil, pressure recovers, radius from the integration
  const skin = Float64Array.from(audio)
  for (let i = onsetIndex; i < n; i++) {
    const since = (time[i] as number) - onset
    const settle = 1 - Math.exp(-since / recoil)
    separation[i] = onsetGap + jump * settle
    pressure[i] = liquidPressure(since * 1e-3) / 1e3
    const s = Math.min(samples - 1, Math.max(0, Math.round((since * 1e-3 * AUDIO_RATE) | 0)))
    radius[i] = (radii[s] as number) * 1e3
    sound[i] = skin[s] as number
  }
  return {
    ...series,
    audio,
    soundStart: onset,
    onsetGap: gapAt(onset),
    peakRadius: peak * 1e3,
    residualRadius: (radii[samples - 1] as number) * 1e3,
    popDuration: envelopeDuration(audio, AUDIO_RATE),
  }
}

/**
 * The tissue between joint and skin: a damped resonance (RBJ band-pass biquad) followed by the
 * absorption of high frequencies (a second-order low-pass), applied to the radiated source.
 * @param dampingScale below 1 rings longer at the same pitch (used to stretch the sound in slow motion)
 */
export function tissueFilter(source: ArrayLike<number>, rate: number, dampingScale = 1): Float32Array {
  const resonance = biquad('bandpass', C.tissueResonance.value, 1 / (2 * C.tissueDamping.value * dampingScale), rate)
  const absorption = biquad('lowpass', C.tissueLowPass.value, Math.SQRT1_2, rate)
  const out = new Float32Array(source.length)
  for (let i = 0; i < source.length; i++) out[i] = absorption(resonance(source[i] as number))
  return out
}

/** A stateful second-order filter (Robert Bristow-Johnson's cookbook forms). */
function biquad(kind: 'bandpass' | 'lowpass', f0: number, q: number, rate: number): (x: number) => number {
  const w = (2 * Math.PI * f0) / rate
  const alpha = Math.sin(w) / (2 * q)
  const cos = Math.cos(w)
  const a0 = 1 + alpha
  const [b0, b1, b2] = kind === 'bandpass' ? [alpha, 0, -alpha] : [(1 - cos) / 2, 1 - cos, (1 - cos) / 2]
  const a1 = (-2 * cos) / a0
  const a2 = (1 - alpha) / a0
  let x1 = 0
  let x2 = 0
  let y1 = 0
  let y2 = 0
  return (x) => {
    const y = (b0 / a0) * x + (b1 / a0) * x1 + (b2 / a0) * x2 - a1 * y1 - a2 * y2
    x2 = x1
    x1 = x
    y2 = y1
    y1 = y
    return y
  }
}

/** Time from the first to the last moment the envelope is within 20 dB of its peak, ms. */
export function envelopeDuration(signal: ArrayLike<number>, rate: number): number {
  let peak = 0
  for (let i = 0; i < signal.length; i++) peak = Math.max(peak, Math.abs(signal[i] as number))
  if (peak === 0) return 0
  let first = -1
  let last = -1
  for (let i = 0; i < signal.length; i++) {
    if (Math.abs(signal[i] as number) >= peak * 0.1) {
      if (first < 0) first = i
      last = i
    }
  }
  return ((last - first) / rate) * 1000
}

/** Share of the released gas still free, minutes after a crack: it dissolves back over ~20 min. */
export function residualGasAfter(minutes: number): number {
  const tau = C.refractoryPeriod.value / Math.log(1 / C.dissolvedBelow.value)
  return Math.exp(-Math.max(0, minutes) / tau)
}

export const isRefractory = (minutesSinceCrack: number | null): boolean =>
  minutesSinceCrack !== null && residualGasAfter(minutesSinceCrack) > C.dissolvedBelow.value
