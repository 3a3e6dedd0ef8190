import { FACET_JOINT_IDS, type FacetJointId, parseStructureId, regionOf } from '../anatomy/ids'
import { type Movement, poseSpine, type Rigid } from '../anatomy/motion'
import { CAVITATION } from './constants'

/** Seconds: ease into the stretch, hold, ease back. A cycling movement (cat–camel) swings both ways. */
export const STRETCH_TIMING = { easeIn: 2, hold: 2.5, easeOut: 2 } as const
export const STRETCH_DURATION = STRETCH_TIMING.easeIn + STRETCH_TIMING.hold + STRETCH_TIMING.easeOut
const KEYFRAMES = 48

export interface StretchMotion {
  flexion: number
  rotation: number
  sideBend: number
  regions: Movement['regions']
  cycle: boolean
}

/** How far into the movement (−1…1 of the card's motion) the spine is at time t seconds. */
export function envelope(t: number, cycle: boolean): number {
  const { easeIn, hold } = STRETCH_TIMING
  if (t <= 0 || t >= STRETCH_DURATION) return 0
  if (cycle) return Math.sin((2 * Math.PI * t) / STRETCH_DURATION)
  const smooth = (x: number) => x * x * (3 - 2 * x)
  if (t < easeIn) return smooth(t / easeIn)
  if (t < easeIn + hold) return 1
  return smooth(1 - (t - easeIn - hold) / STRETCH_TIMING.easeOut)
}

export interface Keyframe {
  amount: number
  bones: Map<string, Rigid>
  segments: Map<string, Rigid>
  opening: Map<FacetJointId, number>
  separation: Map<FacetJointId, number>
  /** Joints outside the neck gapped, at this keyframe, as far as the mean of joints that cracked (see below). */
  openAsCracked: ReadonlySet<FacetJointId>
}

/**
 * Joints that may be marked: low-back joints only. The gap figure was measured in lumbar joints, so it says
 * nothing about the chest or the neck; and a pop in the neck is not something to chase (the neck cards
 * say so instead).
 */
const MARKABLE = FACET_JOINT_IDS.filter((id) => {
  const parsed = parseStructureId(id)
  return parsed !== null && regionOf(parsed) === 'lumbar'
})

/**
 * A stretch played on the spine: poses are computed once, at keyframes across the movement's range,
 * so the frame loop only looks them up. `mightPop` lists the low-back joints whose surfaces
 * separate at least 0.56 mm: the mean gap, on MRI, of lumbar joints that cracked during clinicians'
 * manipulation in Cramer 2012 (0.22 mm in those that did not). That is a group mean, not a threshold a
 * joint must pass to crack, so the list means "opens as far as joints that cracked in that study".
 */
export class StretchPlayback {
  readonly keyframes: Keyframe[]
  readonly mightPop: FacetJointId[]
  time = 0
  playing = false

  constructor(readonly motion: StretchMotion) {
    const amounts = motion.cycle
      ? Array.from({ length: KEYFRAMES + 1 }, (_, i) => -1 + (2 * i) / KEYFRAMES)
      : Array.from({ length: KEYFRAMES + 1 }, (_, i) => i / KEYFRAMES)
    const crackedGap = CAVITATION.onsetGap.value
    this.keyframes = amounts.map((amount) => {
      const pose = poseSpine({
        flexion: motion.flexion * amount,
        rotation: motion.rotation * amount,
        sideBend: motion.sideBend * amount,
        regions: motion.regions,
      })
      return {
        amount,
        bones: pose.bones,
        segments: pose.segments,
        opening: pose.facetOpening,
        separation: pose.facetSeparation,
        openAsCracked: new Set(MARKABLE.filter((id) => (pose.facetSeparation.get(id) ?? 0) >= crackedGap)),
      }
    })
    this.mightPop = MARKABLE.filter((id) => this.keyframes.some((k) => k.openAsCracked.has(id)))
  }

  get progress(): number {
    return Math.min(1, this.time / STRETCH_DURATION)
  }

  /** The keyframe nearest to the current moment. */
  current(): Keyframe {
    const amount = envelope(this.time, this.motion.cycle)
    const first = this.keyframes[0]?.amount ?? 0
    const last = this.keyframes.at(-1)?.amount ?? 1
    const i = Math.round(((amount - first) / (last - first)) * (this.keyframes.length - 1))
    return this.keyframes[Math.max(0, Math.min(this.keyframes.length - 1, i))] as Keyframe
  }

  play(): void {
    if (this.time >= STRETCH_DURATION) this.time = 0
    this.playing = true
  }

  advance(deltaSeconds: number): void {
    if (!this.playing) return
    this.time = Math.min(STRETCH_DURATION, this.time + deltaSeconds)
    if (this.time >= STRETCH_DURATION) this.playing = false
  }
}
