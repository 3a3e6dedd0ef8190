import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * What the built page asks of the network before its first paint: itself and the tiny early entry. Lighthouse's
 * mobile first contentful paint counts every stylesheet and every high-priority script (module scripts always
 * are) that finished loading before the page painted, as if the paint had waited for it on a slow phone link.
 * Builds the app with its own config into a scratch folder.
 */
const outDir = mkdtempSync(join(tmpdir(), 'facet-first-screen-'))
let html = ''
let mainChunk = ''

beforeAll(async () => {
  await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } })
  html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const main = /data-facet-entry="\.\/(assets\/index-[\w-]+\.js)"/.exec(html)?.[1]
  mainChunk = main ? readFileSync(join(outDir, main), 'utf8') : ''
}, 120_000)
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

const policy = () =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll('&#39;', "'")

describe('the built page', () => {
  it('carries its styles itself: no stylesheet to fetch before it can paint', () => {
    expect(html).not.toMatch(/<link rel="stylesheet"/)
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] as string)
    expect(styles.join('')).toContain('.topbar')
    expect(styles.join('')).toContain('.stage-progress')
    // each is allowed by its hash, and nothing else inline is
    const styleSrc =
      policy()
        ?.split('; ')
        .find((d) => d.startsWith('style-src ')) ?? ''
    for (const css of styles)
      expect(styleSrc).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`)
    expect(policy()).not.toContain('unsafe-inline')
    expect(policy()).toMatch(/script-src 'self';/)
  })

  it('asks for no script but the small early entry before its first paint; that entry starts the main bundle', () => {
    const fetched = [
      ...[...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1] as string),
      ...[...html.matchAll(/<link rel="modulepreload"[^>]* href="([^"]+)"/g)].map((m) => m[1] as string),
    ]
    expect(fetched.some((href) => /boot-[\w-]+\.js$/.test(href))).toBe(true)
    expect(fetched.filter((href) => /index-[\w-]+\.js$/.test(href))).toEqual([])
    // the early entry and what it imports (the spine's poster, scene/spinePoster.ts): a few KB in all
    const bytes = fetched.reduce((sum, href) => sum + statSync(join(outDir, href)).size, 0)
    expect(bytes, fetched.join(', ')).toBeLessThan(10_000)
    expect(html).not.toMatch(/<script(?![^>]*\basync\b)[^>]*\bsrc=/)
    // the early entry finds the main bundle and what it imports on its own element
    const entry = /data-facet-entry="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(entry).toMatch(/index-[\w-]+\.js$/)
    for (const href of /data-facet-entry-imports="([^"]*)"/.exec(html)?.[1]?.split(' ') ?? [])
      expect(statSync(join(outDir, href)).isFile(), href).toBe(true)
  })

  it('leaves out the parts of three no element names (animation, loaders)', () => {
    expect(mainChunk.length).toBeGreaterThan(100_000)
    expect(mainChunk).not.toContain('AnimationMixer')
    expect(mainChunk).not.toContain('LoadingManager')
  })
})
