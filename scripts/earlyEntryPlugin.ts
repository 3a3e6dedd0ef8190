import type { Plugin, Rolldown } from 'vite'

type OutputBundle = Rolldown.OutputBundle
type OutputChunk = Rolldown.OutputChunk

/** On the early entry's script element: the main bundle's URL, which the early entry starts after the first paint. */
export const ENTRY_ATTRIBUTE = 'data-facet-entry'
/** On the same element: the chunks the main bundle imports, space-separated, preloaded along with it. */
export const ENTRY_IMPORTS_ATTRIBUTE = 'data-facet-entry-imports'
/** The early entry's side chunk (the first screen's Spanish words): its URL, on the early entry's element. */
export const SIDE_ATTRIBUTE = 'data-facet-side'

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
 * Builds `source` (a path from the project root, e.g. `src/boot.ts`) as a small entry of its
 * own and makes it the page's first script, `async`, so it runs as soon as its few hundred bytes arrive
 * (vite would fold a second `<script type="module">` written in index.html into the main entry).
 *
 * In the build, the page does not ask for the main bundle at all: its `<script>` and the preloads of the
 * chunks it imports are taken out, and their URLs put on the early entry's element (`data-facet-entry`,
 * `data-facet-entry-imports`). The early entry fetches and runs them once the static first screen has been
 * painted. Before that paint the page fetches only the early entry and what it imports. Evaluating the
 * bundle holds the main thread for a long while on a phone, and left to itself the browser may run it
 * before its first paint; and a module script is always fetched at high priority (a `fetchpriority` on its
 * preload is ignored), which Lighthouse's simulated first paint counts as blocking whenever the download
 * happens to end before the observed paint. A module both entries import lands in a chunk they share, so
 * both see one instance.
 *
 * The page's stylesheets are put into it (`inlineStylesheets`, returned with this plugin): the first
 * screen then waits for no request but the page itself. The Content-Security-Policy allows exactly
 * those styles by their hashes (scripts/cspPlugin.ts).
 *
 * In dev the main script stays as written and the early entry is only put in front of it.
 */
export function earlyEntry(source: string, side?: string): Plugin[] {
  return [earlyScript(source, side), inlineStylesheets()]
}

/**
 * `side`: a module the early entry may fetch itself (boot.ts: the first screen's Spanish words, only for a
 * Spanish visit), built as a chunk of its own whose URL goes on the early entry's element. A plain `import()`
 * there would bring vite's preload helper (1.6 KB) into the first script for every visit.
 */
function earlyScript(source: string, side?: string): Plugin {
  let base = './'
  return {
    name: 'facet:early-entry',
    configResolved(config) {
      base = config.base === '' ? './' : config.base
    },
    buildStart() {
      if (this.environment.config.command !== 'build') return
      this.emitFile({ type: 'chunk', id: source, name: 'boot' })
      if (side) this.emitFile({ type: 'chunk', id: side, name: 'shell-es' })
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
        // vite preloads what the main bundle imports: all of that now waits for the early entry too
        const preloaded: string[] = []
        html = html.replace(/<link rel="modulepreload" crossorigin href="([^"]+)">\n?\s*/g, (_link, href: string) => {
          preloaded.push(href)
          return ''
        })
        const early = chunk.imports.map((file) => `${base}${file}`)
        const sideChunk = side ? entryChunk(ctx.bundle, side) : undefined
        if (side && !sideChunk) throw new Error(`facet:early-entry: no chunk was built from ${side}`)
        const sideUrl = sideChunk ? ` ${SIDE_ATTRIBUTE}="${base}${sideChunk.fileName}"` : ''
        const tags = [
          `<script type="module" async crossorigin src="${base}${chunk.fileName}" ${ENTRY_ATTRIBUTE}="${main[1]}" ` +
            `${ENTRY_IMPORTS_ATTRIBUTE}="${preloaded.filter((href) => !early.includes(href)).join(' ')}"${sideUrl}></script>`,
          ...early.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
        ]
        return html.replace(main[0], `${tags.join('\n    ')}\n    `)
      },
    },
  }
}

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
