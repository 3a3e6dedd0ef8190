import { useEffect, useState } from 'react'
import { useT } from '../i18n'
import { isLocalAddress, shortAddress } from './handoutAddress'

interface Modules {
  size: number
  dark: (x: number, y: number) => boolean
}

/** The QR code's dark modules as one SVG path (a 1×1 square each), inside a quiet zone of 4 modules. */
function modulePath(m: Modules): string {
  let d = ''
  for (let y = 0; y < m.size; y++) for (let x = 0; x < m.size; x++) if (m.dark(x, y)) d += `M${x + 4} ${y + 4}h1v1h-1z`
  return d
}

/**
 * The printed size: modules of at least 0.33 mm (a phone camera reads that a hand's length off the page), and
 * never under 20 mm; a short link (one note or none) gives the smallest.
 */
const qrMillimetres = (size: number) => Math.max(20, Math.ceil((size + 8) * 0.33))

/**
 * A QR code of `link`, drawn as SVG from the `qrcode` package's module matrix (so it prints sharp at any
 * size). The package is fetched only when a handout is made (a stretch card opens), never with the page.
 */
export function HandoutQr({ link }: { link: string }) {
  const [modules, setModules] = useState<Modules | null>(null)
  // the package could not be fetched (no connection, a deploy since the page opened): said on the handout
  // instead of "Making the QR code…" for ever (a trust review, s37)
  const [failed, setFailed] = useState(false)
  const t = useT()
  const page = new URL(link)
  const local = isLocalAddress(link)
  const address = local ? null : shortAddress(`${page.origin}${page.pathname}`)
  useEffect(() => {
    let live = true
    setFailed(false)
    import('qrcode').then(
      (qr) => {
        if (!live) return
        // level M: a crease or smudge on paper still scans (15 % of the code may be lost)
        const code = qr.create(link, { errorCorrectionLevel: 'M' })
        const { size, data } = code.modules
        setModules({ size, dark: (x, y) => data[y * size + x] === 1 })
      },
      () => {
        if (live) setFailed(true)
      },
    )
    return () => {
      live = false
    }
  }, [link])
  return (
    <figure className="handout-qr">
      {modules ? (
        <svg
          viewBox={`0 0 ${modules.size + 8} ${modules.size + 8}`}
          role="img"
          aria-label={t('handout.qrLabel')}
          shapeRendering="crispEdges"
          style={{ width: `${qrMillimetres(modules.size)}mm`, height: `${qrMillimetres(modules.size)}mm` }}
        >
          <rect width={modules.size + 8} height={modules.size + 8} fill="#fff" />
          <path d={modulePath(modules)} fill="#000" />
        </svg>
      ) : (
        <p data-testid="handout-qr-state">{t(failed ? 'handout.qrFailed' : 'handout.qrLoading')}</p>
      )}
      <figcaption>
        {!failed && t(local ? 'handout.qrCaptionLocal' : 'handout.qrCaption')}
        {/* for a reader without a camera, where to go (the view itself is in the code only); not an address
            that only this device or its network can open (the stretch card tells the clinician instead) */}
        {address !== null && <span className="handout-qr-address"> {t('handout.qrAddress', { address })}</span>}
      </figcaption>
    </figure>
  )
}
