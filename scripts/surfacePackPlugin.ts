import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Plugin } from 'vite'

/** The packs a build makes: the module the app imports for each one's address, the file's name, and its maker. */
const PACKS = {
  'virtual:facet-overview-pack': {
    file: 'overview-surfaces.bin',
    make: async (load: (path: string) => Promise<unknown>) =>
      (
        (await load('../src/geometry/boneSurface.ts')) as typeof import('../src/geometry/boneSurface.ts')
      ).buildOverviewSurfacePack(),
  },
  'virtual:facet-neural-pack': {
    file: 'neural-surfaces.bin',
    make: async (load: (path: string) => Promise<unknown>) =>
      (
        (await load('../src/geometry/neuralPack.ts')) as typeof import('../src/geometry/neuralPack.ts')
      ).buildNeuralPack(),
  },
  'virtual:facet-neural-layer-pack': {
    file: 'neural-layer.bin',
    make: async (load: (path: string) => Promise<unknown>) => {
      const { buildNeuralPack, NEURAL_LAYER_PACKED } = (await load(
        '../src/geometry/neuralPack.ts',
      )) as typeof import('../src/geometry/neuralPack.ts')
      return buildNeuralPack(NEURAL_LAYER_PACKED)
    },
  },
} as const
type PackModule = keyof typeof PACKS
/** The module whose default export maps each bone to the address of its close-up surface's own pack. */
const CLOSE_UP_PACKS = 'virtual:facet-close-up-packs'
/** The close-up packs' file names start with this (scripts/offlinePlugin.ts leaves them out of the precache). */
export const CLOSE_UP_PACK_PREFIX = 'close-up-surface-'
const RESOLVED_PREFIX = '\0'

/**
 * Makes, once while the app is built, what every visitor's browser would otherwise mesh for itself, and ships
 * each as one file (geometry/surfacePack.ts's format): every bone's overview surface (about 0.4 MB, seconds of
 * a core saved), the neural layer's structures shown at start, the sacroiliac joints and ilia, and the rest of
 * that layer, fetched when a visitor first shows it (geometry/neuralPack.ts). Each file is named by its content
 * like the rest of the build, precached for offline use with it (scripts/offlinePlugin.ts), and fetched by its
 * worker after the first frame. Each bone's close-up surface is a file of its own too (about 0.2 MB; 5.7 MB for
 * all 26, too much to precache), fetched when the bone is first shown up close. A dev server has no packs
 * (their modules export null) and the workers build everything, as they also do wherever a pack cannot be read.
 *
 * Making them all takes about 15 s of a core, so what a build makes is kept in `node_modules/.cache` under a
 * key from every source it is made from (src/anatomy, src/geometry) and the lockfile; a build with the same key
 * (the test run's second build, a rebuild that changed no geometry) reads them back.
 */
export function surfacePacks(): Plugin {
  let building = false
  let cache = ''
  /** The pack named `file` from this build's cache, or made now by `make` and kept there. */
  const cached = async (file: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> => {
    const path = join(cache, file)
    if (existsSync(path)) return new Uint8Array(readFileSync(path))
    const made = await make()
    mkdirSync(cache, { recursive: true })
    writeFileSync(path, made)
    return made
  }
  return {
    name: 'facet:overview-surface-pack',
    configResolved(config) {
      building = config.command === 'build'
      if (building) cache = join(config.root, 'node_modules', '.cache', 'facet-surface-packs', sourceKey(config.root))
    },
    resolveId(id) {
      return id in PACKS || id === CLOSE_UP_PACKS ? `${RESOLVED_PREFIX}${id}` : null
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null
      const name = id.slice(1)
      if (!(name in PACKS) && name !== CLOSE_UP_PACKS) return null
      if (!building) return 'export default null'
      // the same code the workers run, loaded only when a build asks for it, through tsx (vite would bundle it
      // into its config otherwise, for every command)
      const { tsImport } = await import('tsx/esm/api')
      const load = (path: string) => tsImport(path, import.meta.url)
      if (name === CLOSE_UP_PACKS) {
        const { BONE_IDS } = (await load('../src/anatomy/ids.ts')) as typeof import('../src/anatomy/ids.ts')
        const { buildCloseUpSurfacePack } = (await load(
          '../src/geometry/boneSurface.ts',
        )) as typeof import('../src/geometry/boneSurface.ts')
        const entries: string[] = []
        for (const bone of BONE_IDS) {
          const file = `${CLOSE_UP_PACK_PREFIX}${bone}.bin`
          const reference = this.emitFile({
            type: 'asset',
            name: file,
            source: await cached(file, () => buildCloseUpSurfacePack(bone)),
          })
          entries.push(`${JSON.stringify(bone)}: import.meta.ROLLUP_FILE_URL_${reference}`)
        }
        return `export default {\n${entries.join(',\n')}\n}`
      }
      const pack = PACKS[name as PackModule]
      const reference = this.emitFile({
        type: 'asset',
        name: pack.file,
        source: await cached(pack.file, () => pack.make(load)),
      })
      return `export default import.meta.ROLLUP_FILE_URL_${reference}`
    },
  }
}

/** A key for everything the packs are made from: the anatomy and geometry sources, and the locked dependencies. */
function sourceKey(root: string): string {
  const hash = createHash('sha256')
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    )
  for (const path of [
    ...files(join(root, 'src', 'anatomy')),
    ...files(join(root, 'src', 'geometry')),
    join(root, 'package-lock.json'),
  ].sort()) {
    hash.update(relative(root, path).split(sep).join('/'))
    hash.update('\0')
    hash.update(readFileSync(path))
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}
