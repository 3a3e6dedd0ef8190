import type { Plugin } from 'vite'

/** The module the app imports for the pack's address (a string in a build, null on a dev server). */
export const SURFACE_PACK_MODULE = 'virtual:facet-overview-pack'
const RESOLVED = `\0${SURFACE_PACK_MODULE}`

/**
 * Makes every bone's overview surface once, while the app is built, and ships them as one file
 * (geometry/surfacePack.ts, about 0.4 MB), so a visitor's browser reads them instead of meshing 26 bones
 * (seconds of a core). The file is named by its content like the rest of the build, precached for offline
 * use with it (scripts/offlinePlugin.ts), and fetched by the surface worker after the first frame. A dev
 * server has no pack (its module exports null) and the worker builds the surfaces, as it also does
 * wherever the pack cannot be read.
 */
export function overviewSurfacePack(): Plugin {
  let building = false
  return {
    name: 'facet:overview-surface-pack',
    configResolved(config) {
      building = config.command === 'build'
    },
    resolveId(id) {
      return id === SURFACE_PACK_MODULE ? RESOLVED : null
    },
    async load(id) {
      if (id !== RESOLVED) return null
      if (!building) return 'export default null'
      // the same code the worker runs, loaded only when a build asks for it, through tsx (vite would bundle it
      // into its config otherwise, for every command)
      const { tsImport } = await import('tsx/esm/api')
      const { buildOverviewSurfacePack } = (await tsImport(
        '../src/geometry/boneSurface.ts',
        import.meta.url,
      )) as typeof import('../src/geometry/boneSurface.ts')
      const reference = this.emitFile({
        type: 'asset',
        name: 'overview-surfaces.bin',
        source: await buildOverviewSurfacePack(),
      })
      return `export default import.meta.ROLLUP_FILE_URL_${reference}`
    },
  }
}
