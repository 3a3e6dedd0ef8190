import { describe, expect, it } from 'vitest'
import { searchPartsRanked } from '../../src/anatomy/partSearch'
import { searchParts } from '../../src/anatomy/parts'

describe('finding parts from the list’s search', () => {
  it('puts the part named by the query first, before parts whose names only include it', () => {
    // in spinal order C1's facet for the dens comes first; the dens itself is what a student means
    expect(searchParts('dens')[0]).toBe('C1/facet-for-dens')
    expect(searchPartsRanked('dens')[0]).toBe('C2/dens')
    expect(searchPartsRanked('left pedicle L4')[0]).toBe('L4/pedicle:left')
    expect(searchPartsRanked('transverse foramen c5')).toEqual([
      'C5/transverse-foramen:left',
      'C5/transverse-foramen:right',
    ])
    expect(searchPartsRanked('spinous')[0]).toBe('C2/spinous-process')
    expect(searchPartsRanked('L4/lamina:right')[0]).toBe('L4/lamina:right')
  })

  it('finds the same parts as the plain search, only in another order', () => {
    for (const q of ['dens', 'pedicle', 'facet L4', 'sacrum', 'bony bridge', 'c1', 'elbow', ''])
      expect([...searchPartsRanked(q)].sort()).toEqual([...searchParts(q)].sort())
  })
})
