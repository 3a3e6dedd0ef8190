import { describe, expect, it } from 'vitest'
import { linkLabel } from '../../src/ui/sourceLink'

describe('source link labels', () => {
  it('names a DOI, a PubMed or PMC record, or else the site', () => {
    expect(linkLabel('https://doi.org/10.1136/ard.30.4.348')).toBe('doi:10.1136/ard.30.4.348')
    expect(linkLabel('https://pubmed.ncbi.nlm.nih.gov/12033758/')).toBe('PMID 12033758')
    expect(linkLabel('https://pmc.ncbi.nlm.nih.gov/articles/PMC4398549')).toBe('PMC4398549')
    expect(linkLabel('https://www.nhs.uk/conditions/back-pain/')).toBe('nhs.uk')
  })
})
