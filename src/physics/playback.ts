import { type CavitationResult, isRefractory, residualGasAfter, simulateCavitation } from './cavitation'
import { CAVITATION } from './constants'

export type CavitationPhase = 'ready' | 'loading' | 'cavitation' | 'residual' | 'refractory'
export const SPEEDS = [1, 0.1, 0.01] as const
export type PlaybackSpeed = (typeof SPEEDS)[number]

/** Simulated runs kept for replay: the current joint with and without gas, and the last few joints. */
const RESULTS_KEPT = 4

/** How long the "cavitation" phase is shown after the surfaces let go: ms of event time… */
const CRACK_WINDOW = 6
/** …and at least this much wall time, so a crack at full speed is still seen (seconds). */
const CRACK_HOLD = 0.4

const MS_PER_MINUTE = 60_000

/**
 * The close-up's timeline, free of React and of the browser: event time advances with `advance`,
 * the crack is reported on the step that crosses the cavity's onset, and a simulated clock (minutes)
 * tracks when each joint last cracked so it stays refractory while its gas dissolves.
 *
 * The simulated clock is read from timestamps, not ticked: it is the wall time since the playback was
 * made plus the minutes fast-forwarded, so nothing has to run for simulated time to pass.
 */
export class CavitationPlayback {
  result: CavitationResult | null = null
  /** Event time, ms since the pull began. */
  time = 0
  playing = false
  speed: PlaybackSpeed = 1
  private joint: string | null = null
  private hold = 0
  /** Wall-clock anchor (ms) of the running playback, so event time follows real time from the click. */
  private anchorWall = 0
  private anchorTime = 0
  private lastWall = 0
  /** Simulated minutes of each joint's last crack, on `clock`. */
  private readonly crackedAt = new Map<string, number>()
  private readonly cache = new Map<string, CavitationResult>()
  /** Wall time (ms) the simulated clock starts from, and the minutes fast-forwarded since. */
  private readonly startedAt: number
  private forwarded = 0

  constructor(
    private readonly areaOf: (joint: string) => number,
    /** Wall-clock time in ms (performance.now() in the app; tests pass their own). */
    private readonly now: () => number = () => performance.now(),
  ) {
    this.startedAt = now()
  }

  /** Simulated minutes since the playback was made: wall minutes plus the minutes fast-forwarded. */
  get clock(): number {
    return (this.now() - this.startedAt) / MS_PER_MINUTE + this.forwarded
  }

  minutesSinceCrack(joint: string): number | null {
    const at = this.crackedAt.get(joint)
    return at === undefined ? null : this.clock - at
  }

  refractory(joint: string | null = this.joint): boolean {
    return joint !== null && isRefractory(this.minutesSinceCrack(joint))
  }

  /** Simulated minutes until the joint can crack again: 0 when it can (or never cracked). */
  minutesUntilReady(joint: string): number {
    const since = this.minutesSinceCrack(joint)
    return since === null || !isRefractory(since) ? 0 : Math.max(0, CAVITATION.refractoryPeriod.value - since)
  }

  /** Prepares a run for the joint: with gas still present the model gives no pop. */
  load(joint: string): CavitationResult {
    this.joint = joint
    const since = this.minutesSinceCrack(joint)
    const gas = since === null ? 0 : residualGasAfter(since)
    const key = `${joint}|${gas > 0.05 ? gas.toFixed(3) : '0'}`
    let result = this.cache.get(key)
    if (result) this.cache.delete(key)
    else result = simulateCavitation({ facetArea: this.areaOf(joint), residualGas: gas })
    // most recent last; a few runs (~130 kB each) are kept, not one per joint and gas level ever played
    this.cache.set(key, result)
    for (const old of this.cache.keys()) {
      if (this.cache.size <= RESULTS_KEPT) break
      this.cache.delete(old)
    }
    this.result = result
    this.time = 0
    this.playing = false
    this.hold = 0
    return result
  }

  /** @param nowMs wall-clock time of the request (performance.now()), the moment event time starts running */
  play(nowMs = 0): void {
    if (!this.result) return
    if (this.time >= this.result.duration) this.time = 0
    this.playing = true
    this.anchorWall = nowMs
    this.anchorTime = this.time
    this.lastWall = nowMs
  }

  setSpeed(speed: PlaybackSpeed, nowMs = 0): void {
    this.anchorTime = this.time
    this.anchorWall = nowMs
    this.speed = speed
  }

  /** Advances to the wall-clock time `nowMs`; same contract as `advance`. */
  advanceTo(nowMs: number): boolean {
    const wallDelta = Math.max(0, (nowMs - this.lastWall) / 1000)
    this.lastWall = nowMs
    if (!this.playing) {
      this.hold = Math.max(0, this.hold - wallDelta)
      return false
    }
    const target = this.anchorTime + (nowMs - this.anchorWall) * this.speed
    return this.advance(Math.max(0, (target - this.time) / (1000 * this.speed)), wallDelta)
  }

  pause(): void {
    this.playing = false
  }

  /**
   * Wall-clock milliseconds until the cavity forms, if that is within `horizonMs` of now and the run
   * is playing; otherwise null. Lets the sound be scheduled on the frame just before the crack.
   */
  crackDueWithin(horizonMs: number): number | null {
    const onset = this.result?.onset
    if (!this.playing || onset === null || onset === undefined || this.time >= onset) return null
    const wall = (onset - this.time) / this.speed
    return wall <= horizonMs ? wall : null
  }

  /** Moves to an event time without playing sound (scrubbing). */
  seek(time: number): void {
    if (!this.result) return
    this.time = Math.max(0, Math.min(this.result.duration, time))
  }

  /**
   * Advances by `deltaSeconds` of wall time. Returns true exactly on the step where the cavity forms,
   * which is when the sound must start.
   */
  advance(deltaSeconds: number, wallSeconds = deltaSeconds): boolean {
    this.hold = Math.max(0, this.hold - wallSeconds)
    const result = this.result
    if (!result || !this.playing) return false
    const before = this.time
    this.time = Math.min(result.duration, before + deltaSeconds * 1000 * this.speed)
    if (this.time >= result.duration) this.playing = false
    const crossed = result.onset !== null && before < result.onset && this.time >= result.onset
    if (crossed && this.joint) this.crackedAt.set(this.joint, this.clock)
    if (crossed) this.hold = CRACK_HOLD
    return crossed
  }

  /** Advances the simulated clock by minutes (fast-forward). */
  forward(minutes: number): void {
    this.forwarded += minutes
  }

  phase(): CavitationPhase {
    const result = this.result
    if (!result) return 'ready'
    if (result.onset === null) return this.time > 0 ? 'refractory' : this.refractory() ? 'refractory' : 'ready'
    if (this.time === 0 && !this.playing) return 'ready'
    if (this.time < result.onset) return 'loading'
    if (this.time < result.onset + CRACK_WINDOW || this.hold > 0) return 'cavitation'
    return 'residual'
  }
}
