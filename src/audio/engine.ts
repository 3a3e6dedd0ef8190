/**
 * Plays synthesised sounds with the Web Audio API. No audio files. The context is created lazily and
 * resumed on a user gesture (autoplay rules); when audio is missing or blocked, `play` returns false and
 * the captions and flash carry the moment instead. Mute and volume are remembered between visits.
 */
export interface AudioSettings {
  muted: boolean
  /** 0–1 */
  volume: number
}

const STORAGE_KEY = 'facet:audio'
/** Two booleans' worth of JSON is a few dozen characters; anything much longer was not written by us. */
const MAX_SAVED_LENGTH = 200
export const DEFAULT_AUDIO: AudioSettings = { muted: false, volume: 0.8 }

/** Reads saved settings; anything missing or corrupt falls back to the defaults (and says so). */
export function loadAudioSettings(storage: Pick<Storage, 'getItem'> | undefined): {
  settings: AudioSettings
  corrupt: boolean
} {
  try {
    const raw = storage?.getItem(STORAGE_KEY)
    if (raw == null) return { settings: DEFAULT_AUDIO, corrupt: false }
    if (raw.length > MAX_SAVED_LENGTH) return { settings: DEFAULT_AUDIO, corrupt: true }
    const parsed = JSON.parse(raw) as unknown
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as AudioSettings).muted === 'boolean' &&
      typeof (parsed as AudioSettings).volume === 'number' &&
      (parsed as AudioSettings).volume >= 0 &&
      (parsed as AudioSettings).volume <= 1
    ) {
      return {
        settings: { muted: (parsed as AudioSettings).muted, volume: (parsed as AudioSettings).volume },
        corrupt: false,
      }
    }
    return { settings: DEFAULT_AUDIO, corrupt: true }
  } catch {
    return { settings: DEFAULT_AUDIO, corrupt: true }
  }
}

export function saveAudioSettings(storage: Pick<Storage, 'setItem'> | undefined, settings: AudioSettings): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(settings))
  } catch {
    // private mode or full storage: the setting lasts for this visit only
  }
}

export class SoundEngine {
  private context: AudioContext | null = null
  private gain: GainNode | null = null
  private settings: AudioSettings

  constructor(settings: AudioSettings) {
    this.settings = settings
  }

  /** Call from a user gesture (click, key): creates or resumes the context so later sounds may start. */
  unlock(): void {
    try {
      const Ctor =
        window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext
      if (!Ctor) return
      if (!this.context) {
        this.context = new Ctor({ latencyHint: 'interactive' })
        this.gain = this.context.createGain()
        this.gain.connect(this.context.destination)
        this.applySettings()
      }
      // a refused resume (autoplay policy, a device taken away) leaves the context suspended: the crack is then
      // counted as blocked and its caption says so; the refusal itself is not an error to report
      if (this.context.state === 'suspended') this.context.resume().catch(() => undefined)
    } catch {
      this.context = null
    }
  }

  get available(): boolean {
    return this.context !== null && this.context.state === 'running'
  }

  /** Cancels a sound scheduled but not yet heard (the user paused just before the crack). */
  cancelScheduled(): void {
    try {
      this.scheduled?.stop()
    } catch {
      // already ended
    }
    this.scheduled = null
  }

  setSettings(settings: AudioSettings): void {
    this.settings = settings
    this.applySettings()
  }

  private applySettings(): void {
    if (this.gain) this.gain.gain.value = this.settings.muted ? 0 : this.settings.volume
  }

  private scheduled: AudioBufferSourceNode | null = null

  /**
   * Starts the samples after `delaySeconds` on the audio clock (0 = now). Returns false (and plays
   * nothing) when muted, unavailable or blocked.
   */
  play(samples: Float32Array, rate: number, delaySeconds = 0): boolean {
    const ctx = this.context
    if (!ctx || !this.gain || ctx.state !== 'running' || this.settings.muted || samples.length === 0) return false
    try {
      const buffer = ctx.createBuffer(1, samples.length, rate)
      buffer.copyToChannel(samples as Float32Array<ArrayBuffer>, 0)
      const node = ctx.createBufferSource()
      node.buffer = buffer
      node.connect(this.gain)
      node.start(ctx.currentTime + Math.max(0, delaySeconds))
      this.scheduled = node
      node.onended = () => {
        if (this.scheduled === node) this.scheduled = null
      }
      return true
    } catch {
      return false
    }
  }
}
