/**
 * Where Facet keeps the few settings it remembers (today only mute and volume). Browsers can refuse
 * site storage outright: Safari's private mode, blocked site data, a sandboxed frame. There even reading
 * `window.localStorage` throws. This wrapper never throws: when the browser's storage cannot be used it
 * keeps the settings in memory for this visit and calls `onUnavailable` once, so the app can say so.
 */
export interface SettingsStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  /** False once the browser's storage has refused us: settings now last for this visit only. */
  readonly persistent: boolean
}

export function createSettingsStorage(
  openBrowserStorage: () => Storage | undefined,
  onUnavailable: () => void,
): SettingsStorage {
  const memory = new Map<string, string>()
  let browser: Storage | undefined
  let persistent = true
  const giveUp = () => {
    if (!persistent) return
    persistent = false
    browser = undefined
    onUnavailable()
  }
  try {
    browser = openBrowserStorage()
    if (!browser) giveUp()
  } catch {
    giveUp()
  }
  return {
    get persistent() {
      return persistent
    },
    getItem(key) {
      if (memory.has(key)) return memory.get(key) ?? null
      if (!browser) return null
      try {
        return browser.getItem(key)
      } catch {
        giveUp()
        return null
      }
    },
    setItem(key, value) {
      // memory first, so a refused write still lasts for the visit
      memory.set(key, value)
      if (!browser) return
      try {
        browser.setItem(key, value)
      } catch {
        giveUp()
      }
    },
  }
}
