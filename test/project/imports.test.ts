import { describe, expect, it } from 'vitest'
import { checkImports, formatCycle, formatReport, formatViolation, type Violation } from '../../scripts/checkImports'

/**
 * Upward imports that exist today, `from → to` (paths under src/), each with why it is still there. The test fails
 * on any upward import not listed here and on any entry that no longer occurs: delete an entry once the refactor
 * removes its import, never add one.
 */
const KNOWN_UPWARD: Record<string, string> = {}

const key = (v: Pick<Violation, 'from' | 'to'>): string => `${v.from} → ${v.to}`

describe('imports in src/', () => {
  const report = checkImports('src')

  it('run one way: no module imports a higher layer, except the known ones', () => {
    const unexpected = report.violations.filter((v) => !(key(v) in KNOWN_UPWARD)).map((v) => formatViolation(v))
    expect(unexpected).toEqual([])
  })

  it('still has every known upward import (delete an entry once it is gone)', () => {
    const found = new Set(report.violations.map(key))
    expect(Object.keys(KNOWN_UPWARD).filter((entry) => !found.has(entry))).toEqual([])
  })

  it('make no cycle at run time', () => {
    expect(report.cycles.map(formatCycle)).toEqual([])
  })

  it('give every file a layer and resolve every relative import', () => {
    expect(report.unplaced).toEqual([])
    expect(report.unresolved).toEqual([])
  })

  it('are found at all (the checker reads the real tree)', () => {
    expect(report.edges.some((e) => e.from === 'scene/SpineModel.tsx' && e.to === 'geometry/world.ts')).toBe(true)
  })
})

describe('checkImports on a fixture tree', () => {
  const layers = [['low', 'peer'], ['high']]
  const report = checkImports('test/project/fixtures/imports', layers)
  const upward = report.violations.map((v) => `${key(v)} (${v.kind})`).sort()

  it('reports an import of a higher layer, static, dynamic or type-only', () => {
    expect(upward).toEqual([
      'low/area.ts → high/label.ts (static)',
      'low/lazy.ts → high/label.ts (dynamic)',
      'peer/unit.ts → high/shape.ts (type)',
    ])
  })

  it('does not report an import of the same layer, nor text that only looks like an import', () => {
    expect(report.edges.filter((e) => e.from === 'low/area.ts').map((e) => e.to)).toEqual([
      'high/label.ts',
      'peer/unit.ts',
    ])
    expect(report.violations.some((v) => v.to === 'peer/unit.ts')).toBe(false)
  })

  it('reports a run-time cycle as a closed path', () => {
    expect(report.cycles.map((c) => c.members)).toContainEqual(['high/cycleA.ts', 'high/cycleB.ts'])
    expect(report.cycles.map(formatCycle)).toContain('high/cycleA.ts → high/cycleB.ts → high/cycleA.ts')
  })

  it('makes no cycle of a type-only import', () => {
    expect(report.edges).toContainEqual({ from: 'high/typeOnlyA.ts', to: 'high/typeOnlyB.ts', kind: 'type' })
    expect(report.cycles.map((c) => c.members)).toEqual([['high/cycleA.ts', 'high/cycleB.ts']])
  })

  it('reports a file whose top-level entry has no layer', () => {
    expect(report.unplaced).toEqual(['stray.ts'])
  })

  it('prints each problem on one line, upward imports as `from → to (layer a → layer b)`', () => {
    expect(formatReport(report, layers)).toContain(
      'upward: low/area.ts → high/label.ts (layer 0 low/peer → layer 1 high)',
    )
  })
})
