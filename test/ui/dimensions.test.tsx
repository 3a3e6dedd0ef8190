// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { measure } from '../../src/anatomy/measure'
import { RuntimeProvider } from '../../src/runtime/react'
import { createFacetRuntime } from '../../src/runtime/runtime'
import { Dimensions } from '../../src/ui/Dimensions'

afterEach(cleanup)

const show = (rows: Parameters<typeof Dimensions>[0]['rows']) =>
  render(
    <RuntimeProvider runtime={createFacetRuntime()}>
      <Dimensions rows={rows} caption="Sizes" />
    </RuntimeProvider>,
  )

describe('a table of sizes', () => {
  it('says under it what each mark on a value means, for the marks it uses only', () => {
    show([
      { label: 'Body height', unit: 'mm', measure: measure(27.1, 'panjabi1992', 'P') },
      { label: 'Facet inclination', unit: '°', measure: measure(90, 'whitePanjabi1990', 'U') },
    ])
    const key = document.querySelector('.dims-key')
    // a recalled textbook value ([U] in the brief) says it was not checked, as the Sources list does for White
    // and Panjabi (student review s38, L6)
    expect(key?.textContent).toContain('textbook, unchecked: a typical figure recalled from a textbook')
    expect(key?.textContent).not.toContain('estimate')
    expect(screen.getByRole('table').textContent).toContain('90 ° textbook, unchecked')
  })

  it('tells our reading of a cited source from an estimate made for want of one', () => {
    show([
      // L5's facet turn, Masharawi's range put at its levels by us
      { label: 'Facet angle from the coronal plane', unit: '°', measure: measure(33.7, 'masharawi2004', 'E') },
      { label: 'Pedicle width', unit: 'mm', measure: measure(12.5, 'estimate', 'E') },
    ])
    const table = screen.getByRole('table').textContent
    expect(table).toContain('33.7 ° our reading')
    expect(table).toContain('12.5 mm estimate')
    const key = document.querySelector('.dims-key')?.textContent
    expect(key).toContain('our reading: worked out by us from the source cited')
    expect(key).toContain('estimate: our own estimate, as no published value was found')
  })

  it('has no key when every value is published', () => {
    show([{ label: 'Body height', unit: 'mm', measure: measure(27.1, 'panjabi1992', 'P') }])
    expect(document.querySelector('.dims-key')).toBeNull()
  })
})
