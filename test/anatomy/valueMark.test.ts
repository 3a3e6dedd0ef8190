import { describe, expect, it } from 'vitest'
import { isPublished, measure, valueMark } from '../../src/anatomy/measure'

describe('what a value that is not published is marked', () => {
  it('tells an interpolation, a textbook figure, our reading of a source and our own estimate apart', () => {
    expect(valueMark(measure(20, 'panjabi1992', 'I'))).toBe('interpolated')
    expect(valueMark(measure(45, 'whitePanjabi1990', 'U'))).toBe('textbook')
    // Masharawi's range put at its levels by us: a reading of the source, not a figure made up for want of one
    expect(valueMark(measure(33.7, 'masharawi2004', 'E'))).toBe('reading')
    expect(valueMark(measure(12.5, 'estimate', 'E'))).toBe('estimate')
    expect(isPublished(measure(27.1, 'panjabi1992', 'P'))).toBe(true)
  })
})
