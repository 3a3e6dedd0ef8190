import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Styles live beside the components they style (src/ui/X.css, imported by X.tsx) plus src/app.css for the
 * page. These checks keep the one global stylesheet from coming back and keep the split files clean.
 */
const SRC = 'src'

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(path, test)
    return test(entry.name) ? [path] : []
  })
}

const stylesheets = filesUnder(SRC, (name) => name.endsWith('.css'))
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '')

interface Block {
  /** The selector or at-rule before the brace, whitespace collapsed. */
  prelude: string
  /** The at-rules it sits in, outermost first. */
  within: string[]
  /** Its text between the braces, comments removed. */
  body: string
  line: number
}

/** Every `{…}` block of a stylesheet, nested ones included. */
function cssBlocks(source: string): Block[] {
  const css = withoutComments(source)
  const blocks: Block[] = []
  const open: { prelude: string; start: number; line: number }[] = []
  let preludeStart = 0
  let line = 1
  for (let i = 0; i < css.length; i++) {
    const c = css[i]
    if (c === '\n') line++
    if (c === '{') {
      const prelude = css.slice(preludeStart, i).replace(/\s+/g, ' ').trim()
      open.push({ prelude, start: i + 1, line })
      preludeStart = i + 1
    } else if (c === '}') {
      const block = open.pop()
      if (!block) throw new Error(`unbalanced } on line ${line}`)
      blocks.push({
        prelude: block.prelude,
        within: open.map((o) => o.prelude),
        body: css.slice(block.start, i),
        line: block.line,
      })
      preludeStart = i + 1
    } else if (c === ';' && open.length > 0) {
      // a declaration or a statement at-rule (`@import …;`) ends here: the next prelude starts after it
      preludeStart = i + 1
    }
  }
  if (open.length > 0) throw new Error('unbalanced {')
  return blocks
}

describe('stylesheets under src/', () => {
  it('have no single global stylesheet: src/styles.css is split by component', () => {
    expect(existsSync(join(SRC, 'styles.css'))).toBe(false)
  })

  it('are found at all (the check reads the real tree)', () => {
    expect(stylesheets.map((f) => relative(SRC, f))).toEqual(expect.arrayContaining(['app.css', 'ui/Handout.css']))
  })

  it('have no empty rule block', () => {
    const empty = stylesheets.flatMap((file) =>
      cssBlocks(readFileSync(file, 'utf8'))
        .filter((b) => b.body.trim() === '')
        .map((b) => `${relative(SRC, file)}:${b.line} ${b.prelude}`),
    )
    expect(empty).toEqual([])
  })

  it('state each selector once per file and media query (one rule, not several to merge in the head)', () => {
    const repeated = stylesheets.flatMap((file) => {
      const seen = new Set<string>()
      return cssBlocks(readFileSync(file, 'utf8')).flatMap((b) => {
        if (b.prelude.startsWith('@')) return []
        const key = [...b.within, b.prelude].join(' › ')
        if (!seen.has(key)) {
          seen.add(key)
          return []
        }
        return [`${relative(SRC, file)}:${b.line} ${key}`]
      })
    })
    expect(repeated).toEqual([])
  })

  it('are each imported by a module (or linked from index.html), so none is left out of the build', () => {
    // the first screen's stylesheet is linked from the page itself, so it paints before any module runs
    const linked = [...readFileSync(join(SRC, '..', 'index.html'), 'utf8').matchAll(/href="\/src\/([^"]+\.css)"/g)].map(
      (m) => join(SRC, m[1] ?? ''),
    )
    const imported = new Set([
      ...linked,
      ...filesUnder(SRC, (name) => /\.tsx?$/.test(name)).flatMap((module) =>
        [...readFileSync(module, 'utf8').matchAll(/^import '(\.{1,2}\/[^']+\.css)'/gm)].map((m) =>
          join(dirname(module), m[1] ?? ''),
        ),
      ),
    ])
    expect(stylesheets.filter((file) => !imported.has(file)).map((f) => relative(SRC, f))).toEqual([])
  })
})

describe('cssBlocks', () => {
  it('finds empty, nested and repeated blocks with their lines', () => {
    const blocks = cssBlocks(
      '.a { color: red }\n/* note { } */\n.b {\n}\n@media print {\n  .a { color: blue }\n  .c { /* nothing */ }\n}\n',
    )
    expect(blocks.map((b) => [b.line, [...b.within, b.prelude].join(' › '), b.body.trim()])).toEqual([
      [1, '.a', 'color: red'],
      [3, '.b', ''],
      [6, '@media print › .a', 'color: blue'],
      [7, '@media print › .c', ''],
      [5, '@media print', '.a { color: blue }\n  .c {  }'],
    ])
  })
})
