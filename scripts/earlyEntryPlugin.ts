import type { Plugin, Rolldown } from 'vite'

type OutputBundle = Rolldown.OutputBundle
type OutputChunk = Rolldown.OutputChunk

/** The attribute that marks the main bundle's preload for the early entry to start it. */
export const ENTRY_ATTRIBUTE = 'data-facet-entry'

/** The chunk built from `source` as an entry of its own. */
function entryChunk(bundle: OutputBundle, source: string): OutputChunk | undefined {
  return Object.values(bundle).find(
    (output): output is OutputChunk =>
      output.type === 'chunk' && output.isEntry && (output.facadeModuleId ?? '').endsWith(`/${source}`),
  )
}

/**
 * The first screen paints from the page alone, and the page's first script is a tiny one.
 *
 * Builds `source` (a path from the project root, e.g. `src/geometry/boot.ts`) as a small entry of its
 * own and makes it the page's first script, `async`, so it runs as soon as its few hundred bytes arrive
 * (vite would fold a second `<script type="module">` written in index.html into the main entry).
 *
 * In the build, the main bundle's `<script>` becomes a `<link rel="modulepreload" data-facet-entry>`:
 * the browser still fetches and compiles it at once, but the early entry runs it (by importing that URL)
 * only after the static first screen in index.html has been painted. Evaluating the bundle holds the
 * main thread for a long while on a phone; left to itself, the browser may run it before its first
 * paint. A module both entries import lands in a chunk they share, so both see one instance. The
 * preloads ask for low priority (`fetchpriority="low"`): nothing on the first screen needs them, and a
 * browser otherwise fetches a preloaded script as urgently as one that blocks rendering.
 *
 * The page's stylesheets are put into it (`inlineStylesheets`, returned with this plugin): the first
 * screen then waits for no request but the page itself. The Content-Security-Policy allows exactly
 * those styles by their hashes (scripts/cspPlugin.ts).
 *
 * In dev the main script stays as written and the early entry is only put in front of it.
 */
export function earlyEntry(source: string): Plugin[] {
  return [earlyScript(source), inlineStylesheets()]
}

function earlyScript(source: string): Plugin {
  let base = './'
  return {
    name: 'facet:early-entry',
    configResolved(config) {
      base = config.base === '' ? './' : config.base
    },
    buildStart() {
      if (this.environment.config.command === 'build') this.emitFile({ type: 'chunk', id: source, name: 'boot' })
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const main = /<script type="module" crossorigin src="([^"]+)"><\/script>\n?\s*/.exec(html)
        if (!ctx.bundle) {
          const at = html.indexOf('<script type="module"')
          if (at < 0) throw new Error('facet:early-entry: index.html has no module script')
          return `${html.slice(0, at)}<script type="module" src="/${source}"></script>\n    ${html.slice(at)}`
        }
        const chunk = entryChunk(ctx.bundle, source)
        if (!chunk) throw new Error(`facet:early-entry: no chunk was built from ${source}`)
        if (!main) throw new Error('facet:early-entry: the built index.html has no main module script')
        const preloads = chunk.imports.map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
        // a chunk shared with the main bundle is preloaded for it further down too: once is enough
        for (const link of preloads) html = html.replace(new RegExp(`${escapeRegExp(link)}\\n?\\s*`), '')
        const tags = [
          // before the early entry, which looks for it and, being async, may run before the parser gets further
          `<link rel="modulepreload" crossorigin href="${main[1]}" ${ENTRY_ATTRIBUTE}>`,
          `<script type="module" async crossorigin src="${base}${chunk.fileName}"></script>`,
          ...preloads,
        ]
        html = html.replace(main[0], `${tags.join('\n    ')}\n    `)
        return html.replaceAll(
          '<link rel="modulepreload" crossorigin',
          '<link rel="modulepreload" fetchpriority="low" crossorigin',
        )
      },
    },
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Replaces each `<link rel="stylesheet">` of a built file with a `<style>` holding that file's text. It
 * runs before the `post` hooks (where the policy's hashes are taken) and after vite has written the links.
 */
export function inlineStylesheets(): Plugin {
  return {
    name: 'facet:inline-stylesheets',
    apply: 'build',
    transformIndexHtml(html, ctx) {
      const bundle = ctx.bundle
      if (!bundle) return html
      return html.replace(/<link rel="stylesheet"[^>]*? href="([^"]+)"[^>]*>/g, (_link, href: string) => {
        const file = href.replace(/^(\.\/|\/)/, '')
        const asset = bundle[file]
        if (asset?.type !== 'asset') throw new Error(`facet:inline-stylesheets: ${href} is not a file of the build`)
        const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)
        if (css.includes('</style')) throw new Error(`facet:inline-stylesheets: ${href} cannot be put in a <style>`)
        return `<style>${css.trim()}</style>`
      })
    },
  }
}
