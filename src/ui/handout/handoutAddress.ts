/**
 * Where a printed handout sends its reader back to, and whether a phone at home could get there: plain
 * functions (tested in Node) for the handout's QR code and the stretch card's note.
 */

/** The page a handout's link opens: the deployment's public address when it has one, else this page's. */
export function handoutBase(publicUrl: string | null, location: Pick<Location, 'origin' | 'pathname'>): string {
  if (publicUrl) {
    try {
      const url = new URL(publicUrl)
      if (url.protocol === 'https:' || url.protocol === 'http:') return `${url.origin}${url.pathname}`
    } catch {
      // a malformed setting falls back to this page's address rather than printing a broken code
    }
  }
  return `${location.origin}${location.pathname}`
}

/**
 * Whether an address only this computer or its local network can open: localhost, the loopback and private
 * IPv4 ranges (RFC 1918, RFC 6598), link-local, IPv6 loopback and unique-local, names of one label and the
 * local network's suffixes (`.local`, `.lan`, `.internal`, `.home.arpa`). A QR code to one of
 * them opens nothing on a patient's phone at home.
 */
export function isLocalAddress(address: string): boolean {
  let host: string
  try {
    host = new URL(address).hostname.toLowerCase()
  } catch {
    return false
  }
  if (host === 'localhost' || /\.(localhost|local|lan|internal|home\.arpa)$/.test(host)) return true
  // a name of one label ('exam-laptop') is found on the local network only
  if (/^[a-z0-9-]+$/.test(host) && !/^\d+$/.test(host)) return true
  const v6 = host.startsWith('[') ? host.slice(1, -1) : null
  if (v6 !== null) return v6 === '::1' || /^f[cd]/.test(v6) || v6.startsWith('fe80')
  const octets = host.split('.').map(Number)
  if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o < 0 || o > 255)) return false
  const [a, b] = octets as [number, number, number, number]
  return (
    a === 127 ||
    a === 10 ||
    a === 0 ||
    (a === 192 && b === 168) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 169 && b === 254) ||
    // shared address space behind a carrier's NAT (RFC 6598): not reachable from elsewhere either
    (a === 100 && b >= 64 && b <= 127)
  )
}

/** An address as a reader types it: no scheme, no trailing slash ('facet.example.org/clinic'). */
export const shortAddress = (address: string): string => address.replace(/^https?:\/\//, '').replace(/\/$/, '')
