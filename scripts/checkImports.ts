// Imports run one way: each module of src/ may import its own layer or a lower one, never a higher one, and no two
// modules may need each other at run time. `npx tsx scripts/checkImports.ts [srcDir]` prints what breaks the rule;
// test/project/imports.test.ts runs the same check in `npm test`.
//
// The files are read with the parser Vite builds them with (`parseSync`, Oxc), so comments, strings and JSX
// cannot pass for imports. TypeScript 7 has no stable JavaScript compiler API to do this, and dependency-cruiser
// needs Node 22 or later while the project supports Node 20.
//
// What counts as an import, and for what:
// - `import … from`, `export … from`, a bare `import '…'` and `import('…')` are run-time imports: they count for the
//   direction and for cycles.
// - `import type …`, `export type … from` and type positions such as `typeof import('…')` are erased by the build:
//   they count for the direction (a lower layer should not even name a higher layer's types) but cannot make a
//   cycle at run time, so cycles ignore them. With `verbatimModuleSyntax` on, `import { type A } from '…'` is kept
//   as `import {} from '…'`, which still loads the module: only a declaration marked `type` as a whole is erased.
// - `new URL('./x.ts', import.meta.url)` (how a worker is started) counts for the direction only: the worker is a
//   separate copy of its modules in another thread, so it cannot close a cycle with the page's modules.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseSync } from 'vite'

/**
 * The layers, lowest first: a top-level folder or file of src/ in layer n may import layers 0…n. Every top-level
 * entry that holds code must be listed here, so a new folder has to be given its place.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['anatomy', 'config.ts', 'linkNames.ts', 'earlyWarningTap.ts'],
  ['geometry', 'physics', 'content', 'quiz', 'i18n', 'study'],
  ['audio'],
  ['store', 'runtime', 'url.ts'],
  ['api'],
  ['scene'],
  ['ui'],
  ['App.tsx', 'main.tsx', 'boot.ts', 'bootEs.ts', 'offline.ts', 'sw.js'],
]

export type ImportKind = 'static' | 'dynamic' | 'type' | 'worker'

export interface ImportEdge {
  /** Both paths relative to the checked directory, with forward slashes. */
  from: string
  to: string
  kind: ImportKind
}

export interface Violation {
  from: string
  to: string
  kind: ImportKind
  fromLayer: number
  toLayer: number
}

export interface Cycle {
  /** The modules that need each other, sorted. */
  members: string[]
  /** One closed path through them, starting and ending at the first member: `a → b → a`. */
  path: string[]
}

export interface ImportReport {
  edges: ImportEdge[]
  violations: Violation[]
  cycles: Cycle[]
  /** Modules (importers or imported) whose top-level entry has no layer. */
  unplaced: string[]
  /** Relative imports that lead to no file, or whose target is computed and so cannot be checked. */
  unresolved: { from: string; specifier: string }[]
}

const CODE = /\.(ts|tsx|mts|cts|js|jsx|mjs)$/
const TRY_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs']
/** Kinds that run code when the importer runs: the ones a cycle is made of. */
const RUNTIME_KINDS: ReadonlySet<ImportKind> = new Set(['static', 'dynamic'])

const toPosix = (path: string): string => path.split(sep).join('/')

function codeFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...codeFiles(path))
    else if (CODE.test(name) && !name.endsWith('.d.ts')) out.push(path)
  }
  return out
}

/** The file a relative specifier names, as Vite resolves it: exact, then with an extension, then as a folder index. */
function resolveSpecifier(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier.replace(/[?#].*$/, ''))
  if (existsSync(base) && statSync(base).isFile()) return base
  for (const ext of TRY_EXTENSIONS) if (existsSync(base + ext)) return base + ext
  for (const ext of TRY_EXTENSIONS) if (existsSync(join(base, `index${ext}`))) return join(base, `index${ext}`)
  return undefined
}

interface Node {
  type: string
  [key: string]: unknown
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'

/** The text of a string literal or a template literal without `${}`; undefined for anything computed. */
function staticString(node: unknown): string | undefined {
  if (!isNode(node)) return undefined
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    const [quasi] = node.quasis as { value: { cooked: string | null } }[]
    return quasi?.value.cooked ?? undefined
  }
  return undefined
}

const isImportMetaUrl = (node: unknown): boolean =>
  isNode(node) &&
  node.type === 'MemberExpression' &&
  isNode(node.object) &&
  node.object.type === 'MetaProperty' &&
  isNode(node.property) &&
  node.property.name === 'url'

/** Every module specifier the file names, with how it uses it. Computed `import(…)` targets come back as undefined. */
export function importsOf(fileName: string, source: string): { specifier: string | undefined; kind: ImportKind }[] {
  const parsed = parseSync(fileName, source)
  if (parsed.errors.length > 0) {
    throw new Error(`${fileName}: ${parsed.errors.map((e) => e.message).join('; ')}`)
  }
  const found: { specifier: string | undefined; kind: ImportKind }[] = []
  const visit = (node: Node): void => {
    switch (node.type) {
      case 'ImportDeclaration':
        found.push({ specifier: staticString(node.source), kind: node.importKind === 'type' ? 'type' : 'static' })
        break
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration':
        if (node.source) {
          found.push({ specifier: staticString(node.source), kind: node.exportKind === 'type' ? 'type' : 'static' })
        }
        break
      case 'ImportExpression':
        found.push({ specifier: staticString(node.source), kind: 'dynamic' })
        break
      case 'TSImportType':
        found.push({ specifier: staticString(node.source), kind: 'type' })
        break
      case 'NewExpression': {
        const [url, base] = node.arguments as unknown[]
        if (isNode(node.callee) && node.callee.name === 'URL' && isImportMetaUrl(base)) {
          const specifier = staticString(url)
          if (specifier !== undefined) found.push({ specifier, kind: 'worker' })
        }
        break
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) visit(item)
      } else if (isNode(value)) visit(value)
    }
  }
  visit(parsed.program as unknown as Node)
  return found
}

/** Layer of a module path relative to the checked directory, or undefined when its top-level entry is not listed. */
export function layerOf(path: string, layers: readonly (readonly string[])[] = LAYERS): number | undefined {
  const top = path.split('/')[0] ?? path
  const index = layers.findIndex((entries) => entries.includes(top))
  return index < 0 ? undefined : index
}

/** Strongly connected components (Tarjan) of the graph with more than one module, or one that imports itself. */
function stronglyConnected(nodes: readonly string[], next: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  let counter = 0
  const connect = (v: string): void => {
    index.set(v, counter)
    low.set(v, counter)
    counter++
    stack.push(v)
    onStack.add(v)
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w)
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number))
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop() as string
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) components.push(component.sort())
    }
  }
  for (const v of nodes) if (!index.has(v)) connect(v)
  return components
}

/** Shortest closed path from `start` back to itself inside the component (breadth first). */
function shortestLoop(start: string, members: ReadonlySet<string>, next: ReadonlyMap<string, readonly string[]>) {
  const cameFrom = new Map<string, string>()
  const queue = [start]
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i] as string
    for (const w of next.get(v) ?? []) {
      if (!members.has(w)) continue
      if (w === start) {
        const path: string[] = []
        for (let at: string | undefined = v; at !== start && at !== undefined; at = cameFrom.get(at)) path.unshift(at)
        return [start, ...path, start]
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v)
        queue.push(w)
      }
    }
  }
  return [start, start]
}

/** Reads every code file under `srcDir` and checks its imports against the layers and for run-time cycles. */
export function checkImports(srcDir: string, layers: readonly (readonly string[])[] = LAYERS): ImportReport {
  const root = resolve(srcDir)
  const name = (file: string): string => toPosix(relative(root, file))
  const files = codeFiles(root)
  const edges: ImportEdge[] = []
  const unresolved: ImportReport['unresolved'] = []
  for (const file of files) {
    for (const { specifier, kind } of importsOf(file, readFileSync(file, 'utf8'))) {
      if (specifier === undefined) {
        unresolved.push({ from: name(file), specifier: '(computed)' })
        continue
      }
      if (!specifier.startsWith('.')) continue // a package, not one of ours
      const target = resolveSpecifier(file, specifier)
      if (!target) unresolved.push({ from: name(file), specifier })
      else if (CODE.test(target)) edges.push({ from: name(file), to: name(target), kind })
      // Stylesheets and other assets carry no imports of their own.
    }
  }

  const unplaced = new Set<string>()
  const violations: Violation[] = []
  for (const file of files) if (layerOf(name(file), layers) === undefined) unplaced.add(name(file))
  for (const edge of edges) {
    const fromLayer = layerOf(edge.from, layers)
    const toLayer = layerOf(edge.to, layers)
    if (toLayer === undefined) unplaced.add(edge.to) // outside srcDir (`../…`), or a file with no layer
    if (fromLayer === undefined || toLayer === undefined) continue
    if (toLayer > fromLayer) violations.push({ ...edge, fromLayer, toLayer })
  }

  const next = new Map<string, string[]>()
  for (const edge of edges) {
    if (!RUNTIME_KINDS.has(edge.kind)) continue
    const list = next.get(edge.from) ?? []
    if (!list.includes(edge.to)) list.push(edge.to)
    next.set(edge.from, list)
  }
  for (const list of next.values()) list.sort()
  const cycles = stronglyConnected(files.map(name), next).map((members) => ({
    members,
    path: shortestLoop(members[0] as string, new Set(members), next),
  }))

  return { edges, violations, cycles, unplaced: [...unplaced].sort(), unresolved }
}

const layerName = (n: number, layers: readonly (readonly string[])[] = LAYERS): string =>
  `${n} ${(layers[n] ?? []).map((entry) => entry.replace(/\.(tsx?|js)$/, '')).join('/')}`

/** `from → to (layer a → layer b)`, with the kind when it is not a plain import. */
export function formatViolation(v: Violation, layers: readonly (readonly string[])[] = LAYERS): string {
  const kind = v.kind === 'static' ? '' : `, ${v.kind}`
  return `${v.from} → ${v.to} (layer ${layerName(v.fromLayer, layers)} → layer ${layerName(v.toLayer, layers)}${kind})`
}

export const formatCycle = (cycle: Cycle): string => cycle.path.join(' → ')

/** Every problem as one line each; empty when the imports are clean. */
export function formatReport(report: ImportReport, layers: readonly (readonly string[])[] = LAYERS): string[] {
  return [
    ...report.violations.map((v) => `upward: ${formatViolation(v, layers)}`),
    ...report.cycles.map((c) => `cycle: ${formatCycle(c)}`),
    ...report.unplaced.map((path) => `no layer: ${path} (add its top-level folder or file to LAYERS)`),
    ...report.unresolved.map((u) => `unresolved: ${u.from} imports '${u.specifier}'`),
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lines = formatReport(checkImports(process.argv[2] ?? 'src'))
  for (const line of lines) console.log(line)
  console.log(lines.length === 0 ? 'Imports run one way, with no cycles.' : `${lines.length} import problem(s).`)
  process.exitCode = lines.length === 0 ? 0 : 1
}
