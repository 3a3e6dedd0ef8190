import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { build } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'
import { offlinePrecache, type PrecacheManifest, precacheManifest, workerSource } from '../../scripts/offlinePlugin'

const TEMPLATE = readFileSync('src/sw.js', 'utf8')

describe('precacheManifest', () => {
  const files = new Map<string, string>([
    ['index.html', '<html>'],
    ['assets/index-D4MiiAtg.js', 'main'],
    ['robots.txt', 'User-agent: *'],
    ['sw.js', 'the worker'],
  ])

  it('lists every file but the worker, sorted', () => {
    expect(precacheManifest(files).files).toEqual(['assets/index-D4MiiAtg.js', 'index.html', 'robots.txt'])
  })

  it('leaves out the bones’ close-up surfaces, fetched only when a bone is shown up close', () => {
    const withCloseUps = new Map([
      ...files,
      ['assets/close-up-surface-L4-B6U7ICkt.bin', 'L4'],
      ['assets/overview-surfaces-DIyRL-q4.bin', 'all 26'],
    ])
    expect(precacheManifest(withCloseUps).files).toEqual([
      'assets/index-D4MiiAtg.js',
      'assets/overview-surfaces-DIyRL-q4.bin',
      'index.html',
      'robots.txt',
    ])
  })

  it('gives the same build the same version and a changed file a new one', () => {
    const same = precacheManifest(new Map(files))
    const changed = precacheManifest(new Map([...files, ['index.html', '<html lang="en">']]))
    expect(same.version).toBe(precacheManifest(files).version)
    expect(changed.version).not.toBe(same.version)
    // the worker's own bytes are not part of the version (it contains the version)
    expect(precacheManifest(new Map([...files, ['sw.js', 'other']])).version).toBe(same.version)
  })
})

describe('the offline plugin in a real vite build', () => {
  const root = mkdtempSync(join(tmpdir(), 'facet-offline-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  mkdirSync(join(root, 'public'))
  writeFileSync(join(root, 'public', 'robots.txt'), 'User-agent: *\nAllow: /\n')
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>',
  )
  writeFileSync(join(root, 'lazy.js'), 'export const lazy = 1\n')
  writeFileSync(join(root, 'job.js'), 'self.postMessage(1)\n')

  async function buildWith(main: string): Promise<PrecacheManifest> {
    writeFileSync(
      join(root, 'main.js'),
      `${main}\nimport('./lazy.js')\nnew Worker(new URL('./job.js', import.meta.url), { type: 'module' })\n`,
    )
    const outDir = join(root, 'dist')
    await build({
      root,
      base: './',
      logLevel: 'silent',
      configFile: false,
      build: { outDir, emptyOutDir: true },
      plugins: [offlinePrecache(join(process.cwd(), 'src/sw.js'))],
    })
    const sw = readFileSync(join(outDir, 'sw.js'), 'utf8')
    const manifest = JSON.parse(sw.slice(sw.indexOf('{'), sw.indexOf('\n'))) as PrecacheManifest
    expect(sw).toContain(TEMPLATE)
    return manifest
  }

  it('lists index.html, the entry, lazy and worker chunks and the public files, and changes version with the code', async () => {
    const first = await buildWith('console.log(1)')
    expect(first.files).toContain('index.html')
    expect(first.files).toContain('robots.txt')
    expect(first.files.filter((f) => /^assets\/index-.+\.js$/.test(f))).toHaveLength(1)
    expect(first.files.filter((f) => /^assets\/lazy-.+\.js$/.test(f))).toHaveLength(1)
    expect(first.files.filter((f) => /^assets\/job-.+\.js$/.test(f))).toHaveLength(1)
    expect(first.files).not.toContain('sw.js')
    const second = await buildWith('console.log(2)')
    expect(second.version).not.toBe(first.version)
  }, 60_000)
})

// ---- the worker itself, run in a sandbox with an in-memory CacheStorage and a recording fetch ----

type Listener = (event: Record<string, unknown>) => void

function workerSandbox(manifest: PrecacheManifest, existing: string[] = []) {
  const stores = new Map<string, Map<string, Response>>(existing.map((name) => [name, new Map()]))
  const fetched: { url: string; cache: string | undefined }[] = []
  const listeners = new Map<string, Listener>()
  /** How the network answers: as it should, not at all (offline), with a server error, or never (until aborted). */
  let network: 'online' | 'offline' | 'serverError' | 'silent' = 'online'
  /** The waits the worker set (ms asked for); each runs a thousand times sooner here. */
  const waits: number[] = []
  const open = (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>()
    stores.set(name, store)
    return store
  }
  const cacheApi = (name: string) => {
    const store = open(name)
    return {
      put: async (url: string, response: Response) => void store.set(url, response),
      // a copy each time, as a real cache gives: a body is read once
      match: async (request: Request | string) =>
        store.get(typeof request === 'string' ? request : request.url)?.clone(),
    }
  }
  const caches = {
    open: async (name: string) => cacheApi(name),
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    match: async (request: Request | string, options: { cacheName: string; ignoreVary?: boolean }) => {
      // a real cache would miss on Vary: Origin without this option
      if (!options.ignoreVary) return undefined
      return cacheApi(options.cacheName).match(request)
    },
  }
  const self = {
    location: new URL('http://app.test/sw.js'),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: async () => undefined,
    clients: { claim: async () => undefined },
  }
  const fetch = async (input: Request | string, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input.url
    fetched.push({ url, cache: init?.cache })
    if (network === 'offline') throw new TypeError('Failed to fetch')
    if (network === 'serverError') return new Response('<h1>503 Service Unavailable</h1>', { status: 503 })
    if (network === 'silent')
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )
    return new Response(`network:${url}`, { headers: { Vary: 'Origin' } })
  }
  const setTimeoutScaled = (run: () => void, ms: number) => {
    waits.push(ms)
    return setTimeout(run, ms / 1000)
  }
  runInNewContext(workerSource(TEMPLATE, manifest), {
    self,
    caches,
    fetch,
    URL,
    console,
    AbortController,
    setTimeout: setTimeoutScaled,
    clearTimeout,
  })

  async function dispatch(type: string, extra: Record<string, unknown> = {}): Promise<Response | undefined> {
    const pending: Promise<unknown>[] = []
    let answer: Promise<Response> | undefined
    listeners.get(type)?.({
      ...extra,
      waitUntil: (p: Promise<unknown>) => pending.push(p),
      respondWith: (p: Promise<Response>) => {
        answer = p
      },
    })
    await Promise.all(pending)
    return answer
  }
  const request = (path: string, mode: RequestMode = 'cors') =>
    ({ url: `http://app.test/${path}`, method: 'GET', mode }) as Request
  return {
    stores,
    fetched,
    dispatch,
    request,
    waits,
    goOffline: () => {
      network = 'offline'
    },
    setNetwork: (how: typeof network) => {
      network = how
    },
  }
}

describe('the service worker', () => {
  const manifest: PrecacheManifest = {
    version: 'abc123',
    files: ['assets/index-D4MiiAtg.js', 'assets/overview.worker-Bwuoi4go.js', 'index.html', 'robots.txt'],
  }

  it('saves every file of its build at install, hashed ones from the HTTP cache', async () => {
    const sw = workerSandbox(manifest)
    await sw.dispatch('install')
    expect([...(sw.stores.get('facet-abc123')?.keys() ?? [])].sort()).toEqual(
      manifest.files.map((f) => `http://app.test/${f}`),
    )
    const modes = Object.fromEntries(sw.fetched.map((f) => [f.url.replace('http://app.test/', ''), f.cache]))
    expect(modes).toEqual({
      'assets/index-D4MiiAtg.js': 'force-cache',
      'assets/overview.worker-Bwuoi4go.js': 'force-cache',
      'index.html': 'no-cache',
      'robots.txt': 'no-cache',
    })
  })

  it('deletes older builds’ caches when it activates, and keeps caches that are not its own', async () => {
    const sw = workerSandbox(manifest, ['facet-old1', 'facet-app-v1', 'someone-else'])
    await sw.dispatch('install')
    await sw.dispatch('activate')
    expect([...sw.stores.keys()].sort()).toEqual(['facet-abc123', 'someone-else'])
  })

  it('answers hashed files from its cache without the network, ignoring Vary', async () => {
    const sw = workerSandbox(manifest)
    await sw.dispatch('install')
    sw.fetched.length = 0
    const response = await sw.dispatch('fetch', { request: sw.request('assets/index-D4MiiAtg.js') })
    expect(await response?.text()).toBe('network:http://app.test/assets/index-D4MiiAtg.js')
    expect(sw.fetched).toEqual([])
  })

  it('loads the page from the network when online and from the saved index.html when not', async () => {
    const sw = workerSandbox(manifest)
    await sw.dispatch('install')
    sw.fetched.length = 0
    const online = await sw.dispatch('fetch', { request: sw.request('?s=L4', 'navigate') })
    expect(sw.fetched.map((f) => f.url)).toEqual(['http://app.test/?s=L4'])
    expect(await online?.text()).toBe('network:http://app.test/?s=L4')
    sw.goOffline()
    const offline = await sw.dispatch('fetch', { request: sw.request('?s=L4', 'navigate') })
    expect(await offline?.text()).toBe('network:http://app.test/index.html')
  })

  it('loads the saved index.html when the server answers the page with an error, or nothing comes back in 4 s', async () => {
    const sw = workerSandbox(manifest)
    await sw.dispatch('install')
    // a proxy's or host's 503: the saved app, not the error page
    sw.setNetwork('serverError')
    const failing = await sw.dispatch('fetch', { request: sw.request('?s=L4', 'navigate') })
    expect(failing?.status).toBe(200)
    expect(await failing?.text()).toBe('network:http://app.test/index.html')
    // a connection that carries nothing: the saved app after the wait
    sw.setNetwork('silent')
    const silent = await sw.dispatch('fetch', { request: sw.request('?s=L4', 'navigate') })
    expect(await silent?.text()).toBe('network:http://app.test/index.html')
    expect(sw.waits).toContain(4000)
  })
})
