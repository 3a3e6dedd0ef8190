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
} as const
type PackModule = keyof typeof PACKS
const RESOLVED_PREFIX = '\0'

/**
 * Makes, once while the app is built, what every visitor's browser would otherwise mesh for itself, and ships
 * each as one file (geometry/surfacePack.ts's format): every bone's overview surface (about 0.4 MB, seconds of
 * a core saved) and the neural layer's structures shown at start, the sacroiliac joints and ilia
 * (geometry/neuralPack.ts). Each file is named by its content like the rest of the build, precached for offline
 * use with it (scripts/offlinePlugin.ts), and fetched by its worker after the first frame. A dev server has no
 * packs (their modules export null) and the workers build everything, as they also do wherever a pack cannot
 * be read.
 */
export function surfacePacks(): Plugin {
  let building = false
  return {
    name: 'facet:overview-surface-pack',
    configResolved(config) {
      building = config.command === 'build'
    },
    resolveId(id) {
      return id in PACKS ? `${RESOLVED_PREFIX}${id}` : null
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX) || !(id.slice(1) in PACKS)) return null
      if (!building) return 'export default null'
      const pack = PACKS[id.slice(1) as PackModule]
      // the same code the workers run, loaded only when a build asks for it, through tsx (vite would bundle it
      // into its config otherwise, for every command)
      const { tsImport } = await import('tsx/esm/api')
      const reference = this.emitFile({
        type: 'asset',
        name: pack.file,
        source: await pack.make((path) => tsImport(path, import.meta.url)),
      })
      return `export default import.meta.ROLLUP_FILE_URL_${reference}`
    },
  }
}
