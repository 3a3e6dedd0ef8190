import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { APP_VERSION } from '../../src/config'
import { composeReport, reportLink } from '../../src/study/report'

const item = { id: 'C2#fact-1', text: 'The dens rises from C2.', sources: ['yousuf' as const] }

describe('report a problem', () => {
  it('names the item, its text and sources, the version and the page', () => {
    const report = composeReport(item, {
      address: 'content@facet.example',
      version: APP_VERSION,
      link: reportLink('https://facet.example/app/?s=C2', 'C2'),
    })
    expect(report.body).toContain('Item: C2#fact-1')
    expect(report.body).toContain('Text: The dens rises from C2.')
    expect(report.body).toContain('Sources: yousuf')
    expect(report.body).toContain(`Facet version: ${APP_VERSION}`)
    expect(report.body).toContain('Page: https://facet.example/app/?s=C2')
    expect(report.mailto?.startsWith('mailto:content@facet.example?subject=')).toBe(true)
    expect(decodeURIComponent((report.mailto ?? '').split('&body=')[1] ?? '')).toBe(report.body)
  })

  it('offers no email link when no address is configured: nobody would read it', () => {
    const report = composeReport(item, { address: null, version: APP_VERSION, link: 'https://facet.example/' })
    expect(report.mailto).toBeNull()
    expect(report.body).toContain('Item: C2#fact-1')
  })

  it('leaves out everything else in the page link: pins, notes, camera, anything typed', () => {
    const page = 'https://facet.example/app/?s=L4&pins=L4~my%20private%20note&note=hello&cam=1,2,3,4,5,6#typed'
    const link = reportLink(page, 'L4')
    expect(link).toBe('https://facet.example/app/?s=L4')
    const report = composeReport({ ...item, id: 'L4#fact-1' }, { address: 'a@b.c', version: '1', link })
    expect(report.body).not.toMatch(/private|hello|pins|cam=|typed/)
  })

  it('never echoes an id that is not one of ours', () => {
    expect(reportLink('https://facet.example/', '<script>')).toBe('https://facet.example/')
    const report = composeReport({ ...item, id: 'x y <b>' }, { address: 'a@b.c', version: '1', link: 'https://f/' })
    expect(report.body).toContain('Item: unknown')
    expect(report.body).not.toContain('<b>')
  })

  it('states the same version as package.json', () => {
    expect(APP_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
})
