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
    expect(key?.textContent).toContain('textbook: a typical figure from anatomy books')
    expect(key?.textContent).not.toContain('estimate')
    expect(screen.getByRole('table').textContent).toContain('90 ° textbook')
  })

  it('has no key when every value is published', () => {
    show([{ label: 'Body height', unit: 'mm', measure: measure(27.1, 'panjabi1992', 'P') }])
    expect(document.querySelector('.dims-key')).toBeNull()
  })
})
