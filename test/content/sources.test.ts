import { describe, expect, it } from 'vitest'
import { SOURCES } from '../../src/anatomy/sources'
import { claim } from '../../src/content/schema'

describe('sources', () => {
  it('rejects a claim without a source or with a key that has no citation', () => {
    expect(() => claim.parse({ id: 'x', plain: 'abc', detailed: 'abc', sources: [] })).toThrow()
    expect(() => claim.parse({ id: 'x', plain: 'abc', detailed: 'abc', sources: ['nobody2099'] })).toThrow()
  })

  it('gives every source key a full citation', () => {
    for (const [key, source] of Object.entries(SOURCES)) expect(source.citation.length, key).toBeGreaterThan(20)
  })
})
