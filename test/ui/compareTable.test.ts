import { describe, expect, it } from 'vitest'
import { structureInfo } from '../../src/anatomy/info'
import { compareTableRows } from '../../src/ui/CompareTable'

describe('the compare table', () => {
  it('has a row for every measure any compared bone has, blank where a bone has none', () => {
    const rows = compareTableRows(['C1', 'L5'])
    const labels = rows.map((r) => r.label)
    for (const id of ['C1', 'L5'] as const)
      for (const d of structureInfo(id).dimensions) {
        const row = rows.find((r) => r.label === d.label)
        expect(row?.cells[id === 'C1' ? 0 : 1]?.measure.value).toBe(d.measure.value)
      }
    expect(new Set(labels).size).toBe(labels.length)
    // the atlas has no body: L5's body width is blank under C1
    expect(rows.find((r) => r.label === 'Body width')?.cells[0]).toBeNull()
  })
})
