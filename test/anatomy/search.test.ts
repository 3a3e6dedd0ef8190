import { describe, expect, it } from 'vitest'
import { searchAll } from '../../src/anatomy/search'

describe("the structure list's search", () => {
  it('puts first what is named by the words typed, in their order', () => {
    // a clinician looking for a sciatica's root: it came third, after the left L4–L5 and L5–S1 joints
    expect(searchAll('left L5')[0]).toBe('nerve:L5:left')
    expect(searchAll('left L5')).toEqual(expect.arrayContaining(['facet:L4-L5:left', 'facet:L5-S1:left']))
    expect(searchAll('L5 nerve').slice(0, 2).sort()).toEqual(['nerve:L5:left', 'nerve:L5:right'])
    expect(searchAll('right c6 nerve')[0]).toBe('nerve:C6:right')
  })

  it('keeps an exact id and a one-word query as they were: the bone first', () => {
    expect(searchAll('L4')[0]).toBe('L4')
    expect(searchAll('l5')[0]).toBe('L5')
    expect(searchAll('atlas')[0]).toBe('C1')
    expect(searchAll('facet:L4-L5:left')[0]).toBe('facet:L4-L5:left')
    expect(searchAll('zzz')).toEqual([])
  })

  it('puts first, for one word, what that word names by itself: the dens before the ligaments of the dens', () => {
    // a student typing 'dens' met the apical ligament 'of the dens' first, once the ligaments at the dens came
    expect(searchAll('dens')[0]).toBe('C2/dens')
    expect(searchAll('dens')).toContain('ligament:apical')
    expect(searchAll('peg')[0]).toBe('C2/dens')
    expect(searchAll('tectorial')[0]).toBe('ligament:tectorial')
    // what holds the dens, though its plain names call it 'the peg' (student review)
    expect(searchAll('dens')).toEqual(
      expect.arrayContaining([
        'ligament:transverse-atlas',
        'ligament:alar',
        'ligament:tectorial',
        'median-atlanto-axial',
      ]),
    )
    expect(searchAll('cruciform')).toEqual(['ligament:transverse-atlas'])
    expect(searchAll('ADI')).toContain('median-atlanto-axial')
    expect(searchAll('cord')[0]).toBe('cord')
  })

  it('finds by the names books and scans use for what Facet names otherwise (student review s38, L4 and M6)', () => {
    expect(searchAll('odontoid')[0]).toBe('C2/dens')
    expect(searchAll('foramen transversarium C5')).toEqual([
      'C5/transverse-foramen:left',
      'C5/transverse-foramen:right',
    ])
    expect(searchAll('uncovertebral joint')).toContain('C5/uncinate-process:left')
    expect(searchAll('Luschka')).toContain('C3/uncinate-process:right')
    expect(searchAll('pars interarticularis L5')).toEqual(['L5/lamina:left', 'L5/lamina:right'])
    expect(searchAll('intervertebral foramen')).toContain('nerve:L5:left')
    expect(searchAll('iliolumbar ligament')).toEqual(
      expect.arrayContaining(['L5/transverse-process:left', 'L5/transverse-process:right', 'ilium:left']),
    )
    expect(searchAll('vertebral artery')).toEqual(
      expect.arrayContaining(['C6/transverse-foramen:left', 'C1/posterior-arch']),
    )
    // a query without such a name is searched as it was
    expect(searchAll('dens')[0]).toBe('C2/dens')
    expect(searchAll('pedicle L4')).toEqual(['L4/pedicle:left', 'L4/pedicle:right'])
  })
})
