import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Plugin } from 'vite'
import { CLOSE_UP_PACK_PREFIX } from './surfacePackPlugin'

/** What the service worker is told about the build it belongs to. */
export interface PrecacheManifest {
  /** A hash of every file's name and content: a new build gets a new cache, the old one is deleted. */
  version: string
  /** Every file of the build, relative to the worker (`index.html`, `assets/index-D4MiiAtg.js`, `robots.txt`…). */
  files: string[]
}

/** Files named with a content hash by vite (`assets/name-Hash1234.js`): their content never changes. */
export const HASHED = /^assets\/.+-[\w-]{8,}\.\w+$/

/**
 * Files fetched only when a visitor asks for what they hold, and left out of the precache: each bone's close-up
 * surface (scripts/surfacePackPlugin.ts), 5.7 MB for all 26 bones. Offline, a bone not fetched before is built
 * in the browser, as without the file.
 */
export const FETCHED_WHEN_ASKED = new RegExp(`^assets/${CLOSE_UP_PACK_PREFIX}`)

/**
 * The manifest for a build: every file but the worker itself and those fetched when asked, sorted, and a
 * version from their bytes.
 */
export function precacheManifest(files: ReadonlyMap<string, string | Uint8Array>, worker = 'sw.js'): PrecacheManifest {
  const names = [...files.keys()].filter((name) => name !== worker && !FETCHED_WHEN_ASKED.test(name)).sort()
  const hash = createHash('sha256')
  for (const name of names) {
    hash.update(name)
    hash.update('\0')
    hash.update(files.get(name) ?? '')
    hash.update('\0')
  }
  return { version: hash.digest('hex').slice(0, 16), files: names }
}

/** The worker's source with its build's manifest in front of it. */
export function workerSource(template: string, manifest: PrecacheManifest): string {
  return `self.FACET_BUILD = ${JSON.stringify(manifest)}\n${template}`
}

function listFiles(dir: string, root = dir, out = new Map<string, Uint8Array>()): Map<string, Uint8Array> {
  let entries: import('node:fs').Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return out // no public folder
  }
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) listFiles(path, root, out)
    else out.set(relative(root, path).split(sep).join('/'), readFileSync(path))
  }
  return out
}

/**
 * Emits `sw.js` from `template` (a plain-JS service worker) with a manifest of every file the build
 * writes: the bundle (index.html, every chunk, lazy ones and the overview worker included, CSS) and
 * the public folder. Written by us rather than taken from vite-plugin-pwa so the worker stays ~80
 * lines we can read, without Workbox's build chain, and so it can fill its cache from the browser's
 * HTTP cache instead of downloading the app a second time.
 */
export function offlinePrecache(template: string, worker = 'sw.js'): Plugin {
  let publicDir = ''
  return {
    name: 'facet:offline-precache',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir
    },
    generateBundle: {
      // after vite has added index.html to the bundle
      order: 'post',
      handler(_options, bundle) {
        const files = listFiles(publicDir) as Map<string, string | Uint8Array>
        for (const [name, output] of Object.entries(bundle)) {
          files.set(name, output.type === 'chunk' ? output.code : output.source)
        }
        const source = workerSource(readFileSync(template, 'utf8'), precacheManifest(files, worker))
        this.emitFile({ type: 'asset', fileName: worker, source })
      },
    },
  }
}
