import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(__dirname, '../../src')
const SCHEMA_FILES = new Set(['content/schema.ts', 'content/redFlagsSchema.ts'])

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  )

describe('content schemas stay out of the app', () => {
  // zod probes for eval when its first schema is built; the page's security policy forbids eval, so a
  // schema reaching the bundle is a policy violation in every browser. The tests validate the content.
  it('no app module imports zod or a schema module except as types', () => {
    const offenders = sourceFiles(SRC)
      .map((f) => [relative(SRC, f).replaceAll('\\', '/'), readFileSync(f, 'utf8')] as const)
      .filter(([name]) => !SCHEMA_FILES.has(name))
      .filter(([, text]) =>
        /^import (?!type )[^;\n]*from '(zod|[./]*\/?(content\/)?(schema|redFlagsSchema))'/m.test(text),
      )
      .map(([name]) => name)
    expect(offenders).toEqual([])
  })
})
