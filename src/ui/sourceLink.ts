/** A link's visible text says what it is: the DOI, the PubMed or PMC number, or the site. */
export function linkLabel(link: string): string {
  const url = new URL(link)
  if (url.hostname === 'doi.org') return `doi:${decodeURIComponent(url.pathname.slice(1))}`
  const pmid = /^\/(\d+)\/?$/.exec(url.pathname)
  if (url.hostname === 'pubmed.ncbi.nlm.nih.gov' && pmid) return `PMID ${pmid[1]}`
  const pmc = /(PMC\d+)/.exec(url.pathname)
  if (pmc) return pmc[1] as string
  return url.hostname.replace(/^www\./, '')
}
