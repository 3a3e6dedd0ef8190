import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_AUDIO, loadAudioSettings, saveAudioSettings } from '../../src/audio/engine'
import { createSettingsStorage } from '../../src/store/settingsStorage'

/** A Storage whose every method throws, as in Safari's private mode or with site data blocked. */
const refusing = (): Storage =>
  ({
    getItem: () => {
      throw new DOMException('denied', 'SecurityError')
    },
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError')
    },
  }) as unknown as Storage

const working = (): Storage => {
  const data = new Map<string, string>()
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  } as unknown as Storage
}

describe('settings storage', () => {
  it('keeps settings in memory and says so once when even opening storage throws', () => {
    const onUnavailable = vi.fn()
    const storage = createSettingsStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }, onUnavailable)
    expect(storage.getItem('facet:audio')).toBeNull()
    saveAudioSettings(storage, { muted: true, volume: 0.3 })
    expect(loadAudioSettings(storage).settings).toEqual({ muted: true, volume: 0.3 })
    expect(storage.persistent).toBe(false)
    expect(onUnavailable).toHaveBeenCalledTimes(1)
  })

  it('falls back to memory when reads and writes throw, telling the user once however often it is used', () => {
    const onUnavailable = vi.fn()
    const storage = createSettingsStorage(refusing, onUnavailable)
    expect(() => loadAudioSettings(storage)).not.toThrow()
    expect(loadAudioSettings(storage)).toEqual({ settings: DEFAULT_AUDIO, corrupt: false })
    for (let i = 0; i < 5; i++) saveAudioSettings(storage, { muted: false, volume: i / 10 })
    expect(loadAudioSettings(storage).settings.volume).toBe(0.4)
    expect(onUnavailable).toHaveBeenCalledTimes(1)
  })

  it('remembers settings between visits when storage works, without a message', () => {
    const onUnavailable = vi.fn()
    const browser = working()
    saveAudioSettings(
      createSettingsStorage(() => browser, onUnavailable),
      { muted: true, volume: 0.5 },
    )
    const nextVisit = createSettingsStorage(() => browser, onUnavailable)
    expect(loadAudioSettings(nextVisit).settings).toEqual({ muted: true, volume: 0.5 })
    expect(nextVisit.persistent).toBe(true)
    expect(onUnavailable).not.toHaveBeenCalled()
  })

  it('treats corrupt or oversized saved data as unreadable and uses the defaults', () => {
    const browser = working()
    const storage = createSettingsStorage(
      () => browser,
      () => {},
    )
    for (const bad of [
      '{',
      'null',
      '{"muted":"yes","volume":2}',
      `{"muted":true,"volume":0.5,"x":"${'a'.repeat(1e6)}"}`,
    ]) {
      browser.setItem('facet:audio', bad)
      expect(loadAudioSettings(storage)).toEqual({ settings: DEFAULT_AUDIO, corrupt: true })
    }
  })
})
