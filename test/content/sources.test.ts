import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SOURCES, type Source, sourceKeysByAudience } from '../../src/anatomy/sources'
import { claim } from '../../src/content/schema'

const entries = Object.entries(SOURCES) as [string, Source][]
const linked = entries.filter((entry): entry is [string, Source & { link: string }] => entry[1].link !== undefined)

describe('sources', () => {
  it('rejects a claim without a source or with a key that has no citation', () => {
    expect(() => claim.parse({ id: 'x', plain: 'abc', detailed: 'abc', sources: [] })).toThrow()
    expect(() => claim.parse({ id: 'x', plain: 'abc', detailed: 'abc', sources: ['nobody2099'] })).toThrow()
  })

  it('gives every source key a full citation', () => {
    for (const [key, source] of entries) expect(source.citation.length, key).toBeGreaterThan(20)
  })

  it('gives every link as a full https address a reader can open', () => {
    for (const [key, { link }] of linked) {
      expect(() => new URL(link), key).not.toThrow()
      const url = new URL(link)
      expect(url.protocol, key).toBe('https:')
      expect(url.hostname, key).toMatch(/\.[a-z]{2,}$/)
      expect(link, key).not.toMatch(/\s/)
    }
  })

  it('writes DOI links as https://doi.org/10.<registrant>/<suffix>', () => {
    const dois = linked.filter(([, { link }]) => /doi\.org/i.test(link))
    expect(dois.length).toBeGreaterThan(0)
    for (const [key, { link }] of dois) expect(link, key).toMatch(/^https:\/\/doi\.org\/10\.\d{4,9}\/\S+$/)
  })

  it('keeps identifiers out of the citation text, where the link carries them', () => {
    for (const [key, { citation }] of entries) {
      expect(citation, key).not.toMatch(/\bdoi:|doi\.org|PMC\d{5,}|PMID|https?:\/\//i)
    }
  })

  it('never gives two sources the same link', () => {
    const seen = new Map<string, string>()
    for (const [key, { link }] of linked) {
      const normal = link.toLowerCase().replace(/\/$/, '')
      expect(seen.get(normal), `${key} repeats the link of ${seen.get(normal)}`).toBeUndefined()
      seen.set(normal, key)
    }
  })

  it('links at least 90 % of sources, and says in the note why any source has no link', () => {
    expect(linked.length / entries.length).toBeGreaterThanOrEqual(0.9)
    for (const [key, source] of entries) {
      if (source.link !== undefined) continue
      expect(source.note, `${key} has no link and no note`).toBeDefined()
      expect(source.note, key).toMatch(/no online identifier|no link|not found|no published/i)
    }
  })
})

describe('the Sources list for a reader at home', () => {
  const { forPublic, research } = sourceKeysByAudience()

  it('lists what was written for the public first, then the studies and reference works, each source once', () => {
    expect([...forPublic, ...research].sort()).toEqual(Object.keys(SOURCES).sort())
    expect(forPublic).toEqual(expect.arrayContaining(['nhsBackPain', 'strokeSigns', 'csp', 'nhsInform']))
    expect(research).toEqual(expect.arrayContaining(['kawchuk2015', 'panjabi1992', 'niceNg59', 'estimate']))
  })

  it('says what a page for the public is worth where it is not a health service’s or a patient leaflet', () => {
    // health services and patient organisations stand on their own; clinic sheets, lay explainers and journalism
    // carry a note such as 'Clinic guidance, not a trial' or 'Expert opinion only'
    const services = /NHS|Chartered Society|Versus Arthritis|Arthritis Research|American Stroke|City Health Care/
    for (const key of forPublic) {
      const source = SOURCES[key] as Source
      if (!services.test(source.citation)) expect(source.note, key).toBeTruthy()
    }
  })
})

describe('every source is used', () => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    )
  // keys appear in the app as string literals ('kawchuk2015'), in content, measures and components alike
  const app = sourceFiles(join(__dirname, '../../src'))
    .filter((f) => !f.endsWith(join('anatomy', 'sources.ts')))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')

  it('cites every source in the list somewhere in the app, so the Sources list holds nothing unused', () => {
    const unused = Object.keys(SOURCES).filter((key) => !app.includes(`'${key}'`))
    expect(unused).toEqual([])
  })
})
