import { describe, expect, it } from 'vitest'
import { DISC_IDS, VERTEBRA_LEVELS } from '../../src/anatomy/ids'
import { POSTURE_TARGETS, posture } from '../../src/anatomy/posture'

describe('standing posture', () => {
  const p = posture()

  it('reproduces the normative regional curves', () => {
    expect(p.summary.lumbarLordosis).toBeCloseTo(POSTURE_TARGETS.lumbarLordosis.value, 1)
    expect(p.summary.thoracicKyphosis).toBeCloseTo(POSTURE_TARGETS.thoracicKyphosis.value, 1)
    expect(p.summary.cervicalLordosis).toBeCloseTo(POSTURE_TARGETS.cervicalLordosis.value, 1)
    expect(p.bones.sacrum.tilt).toBe(41)
  })

  it('balances C7 over the sacrum at the normative sagittal vertical axis', () => {
    expect(p.summary.sagittalVerticalAxis).toBeCloseTo(-0.5, 0)
    expect(Math.abs(p.summary.thoracolumbarAngle)).toBeLessThan(15)
  })

  it('puts most of the lordosis at L4–S1, as measured in standing adults', () => {
    expect(p.summary.lowerLumbarShare).toBeGreaterThan(0.6)
    expect(p.summary.lowerLumbarShare).toBeLessThan(0.8)
  })

  it('stacks the vertebrae upward in order, about 60 cm from S1 to C1', () => {
    const ys = VERTEBRA_LEVELS.map((l) => p.bones[l].position[1])
    for (let i = 1; i < ys.length; i++) expect(ys[i - 1]).toBeGreaterThan(ys[i] as number)
    expect(p.bones.C1.position[1]).toBeGreaterThan(520)
    expect(p.bones.C1.position[1]).toBeLessThan(700)
  })

  it('keeps every disc open at front and back (wedged, never inverted)', () => {
    for (const id of DISC_IDS) {
      const d = p.discs[id]!
      const half = (Math.tan(((d.upperTilt - d.lowerTilt) * Math.PI) / 360) * (d.upperHalfDepth + d.lowerHalfDepth)) / 2
      expect(d.height / 2 - Math.abs(half), id).toBeGreaterThan(0)
    }
  })

  it('gives lumbar discs a lordotic wedge', () => {
    for (const id of ['disc:L3-L4', 'disc:L4-L5', 'disc:L5-S1'] as const) expect(p.discs[id]!.wedge).toBeGreaterThan(5)
  })
})
