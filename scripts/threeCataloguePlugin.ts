import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * react-three-fiber's `<Canvas>` registers every export of three (`extend(THREE)`), so that any JSX element
 * name works. Using the namespace as a value keeps all of three in the bundle: about 200 KB of script (54 KB
 * gzipped) that no element of this app names, parsed and run before the first frame. The rest of fiber reads
 * three by name (`THREE.WebGLRenderer`), which the bundler can prune.
 *
 * In the build, this plugin registers only the three classes the app's JSX names instead: lowercase element
 * names (`<meshLambertMaterial>` → `MeshLambertMaterial`) found in the sources under `src` and in the
 * modules of `@react-three/drei` they import, kept where three exports a class of that name. A new element in
 * a component is picked up by the next build. Dev and tests keep fiber as it is.
 *
 * The build fails if fiber's call is no longer where this expects it, rather than silently shipping all of
 * three again (or, worse, registering nothing).
 */
export function threeCatalogue(sourceRoot = 'src'): Plugin {
  let names: string[] | undefined
  return {
    name: 'facet:three-catalogue',
    async transform(code, id) {
      if (!/[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/.test(id)) return null
      names ??= catalogueFor(elementNames(sourceRoot), Object.keys(await import('three')))
      return registerOnly(code, names)
    },
  }
}

/** What fiber's `<Canvas>` does on mount, and what it becomes. */
export const FIBER_EXTEND = 'React.useMemo(() => extend(THREE), []);'

/** Fiber's module with the namespace registration replaced by the named classes. */
export function registerOnly(fiberModule: string, classes: readonly string[]): string {
  if (fiberModule.split(FIBER_EXTEND).length !== 2)
    throw new Error(`facet:three-catalogue: @react-three/fiber no longer calls "${FIBER_EXTEND}" once in its Canvas`)
  const list = classes.join(', ')
  return `import { ${list} } from 'three';\n${fiberModule.replace(FIBER_EXTEND, `React.useMemo(() => extend({ ${list} }), []);`)}`
}

/** The three classes named by the elements, sorted; names that are no export of three (HTML elements) are left out. */
export function catalogueFor(elements: Iterable<string>, threeExports: readonly string[]): string[] {
  const exported = new Set(threeExports)
  const classes = new Set<string>()
  for (const element of elements) {
    const name = element.charAt(0).toUpperCase() + element.slice(1)
    if (exported.has(name)) classes.add(name)
  }
  return [...classes].sort()
}

/** Lowercase JSX element names in TSX/JSX source, and in compiled `jsx("name"` / `createElement("name"` calls. */
export function elementsIn(code: string): Set<string> {
  const found = new Set<string>()
  for (const m of code.matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)) found.add(m[1] as string)
  for (const m of code.matchAll(/\b(?:jsxs?|jsxDEV|createElement)\(\s*["']([a-z][A-Za-z0-9]*)["']/g))
    found.add(m[1] as string)
  return found
}

/** Every element name in the app's sources and in the drei modules they import (following drei's own imports). */
function elementNames(root: string): Set<string> {
  const found = new Set<string>()
  const seen = new Set<string>()
  const require = createRequire(resolve('package.json'))
  const scan = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    for (const name of elementsIn(code)) found.add(name)
    for (const m of code.matchAll(/from\s+["']([^"']+)["']/g)) {
      const spec = m[1] as string
      if (spec.startsWith('@react-three/drei')) scan(require.resolve(spec))
      else if (spec.startsWith('.') && file.includes(`${join('node_modules', '@react-three', 'drei')}`))
        scan(require.resolve(resolve(dirname(file), spec)))
    }
  }
  for (const file of sourceFiles(root)) scan(file)
  return found
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.[jt]sx?$/.test(entry.name) ? [path] : []
  })
}
