import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// enableOffline only acts in a production build; each test gets a fresh module (and a fresh state).
async function load() {
  vi.resetModules()
  return import('../src/offline')
}

describe('enableOffline', () => {
  beforeEach(() => {
    vi.stubEnv('PROD', true)
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it('reports saved once an active worker controls the page', async () => {
    const register = vi.fn(async () => ({}))
    vi.stubGlobal('navigator', { serviceWorker: { register, ready: Promise.resolve({}), controller: {} } })
    const { enableOffline, offlineState } = await load()
    await enableOffline(async () => undefined)
    expect(register).toHaveBeenCalledWith('./sw.js')
    expect(offlineState.saved).toBe(true)
  })

  it('registers only after the files the page is loading have arrived, even if one failed', async () => {
    const order: string[] = []
    const register = vi.fn(async () => order.push('register'))
    vi.stubGlobal('navigator', { serviceWorker: { register, ready: Promise.resolve({}), controller: {} } })
    const { enableOffline } = await load()
    await enableOffline(async () => {
      order.push('settled')
      throw new Error('chunk failed')
    })
    expect(order).toEqual(['settled', 'register'])
  })

  it('never throws and leaves saved false when registration is refused', async () => {
    const register = vi.fn(async () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    vi.stubGlobal('navigator', { serviceWorker: { register, ready: new Promise(() => {}), controller: null } })
    const { enableOffline, offlineState } = await load()
    await expect(enableOffline(async () => undefined)).resolves.toBeUndefined()
    expect(offlineState.saved).toBe(false)
  })

  it('does nothing where there are no service workers', async () => {
    vi.stubGlobal('navigator', {})
    const { enableOffline, offlineState } = await load()
    await expect(enableOffline(async () => undefined)).resolves.toBeUndefined()
    expect(offlineState.saved).toBe(false)
  })
})
