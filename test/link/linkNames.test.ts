import { describe, expect, it } from 'vitest'
import { linkParam, readLinkNames } from '../../src/linkNames'
import { parseUrlView } from '../../src/url'

describe("a link's names, read the same by the first screen and the app", () => {
  it('reads a name in any case, and a view written after # where the query does not say', () => {
    expect(linkParam('?MODE=patient', '', 'mode')).toBe('patient')
    expect(linkParam('', '#mode=patient', 'mode')).toBe('patient')
    expect(linkParam('?lang=en', '#lang=es', 'lang'), 'the query wins').toBe('en')
    expect(linkParam('?Lang=es&lang=en', '', 'lang'), 'the first value wins').toBe('es')
    expect(linkParam('', '#main', 'mode')).toBeNull()
  })

  it("quotes a name Facet does not use, but not other sites' campaign tags or the fragment's anchors", () => {
    expect(readLinkNames('?sel=L4&utm_source=mail&fbclid=x&s=L3', '#top').unknown).toEqual(['sel=L4'])
  })

  it('leaves pins after # to url.ts, which reads them from there', () => {
    expect(readLinkNames('', '#pins=L4~sore').params.has('pins')).toBe(false)
    expect(parseUrlView('', '#pins=L4~sore').pins.map((p) => p.target)).toEqual(['L4'])
  })

  it('gives the first screen the view the app opens (patient view, language)', () => {
    for (const [search, hash] of [
      ['?MODE=patient', ''],
      ['', '#mode=patient'],
      ['?Mode=Patient', ''],
      ['?mode=study', '#mode=patient'],
    ] as const) {
      const first = linkParam(search, hash, 'mode') === 'patient'
      expect(first, `${search}${hash}`).toBe(parseUrlView(search, hash).mode === 'patient')
    }
  })
})
