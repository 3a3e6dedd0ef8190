import type { Region } from '../anatomy/ids'
import type { StretchCard } from '../content/schema'
import { stretchesForRegion } from '../content/stretches'
import type { MessageId } from '../i18n/en'
import { useFacetStore } from '../runtime/react'
import { useStretchesOverlay, useT } from './i18n'
import './RegionStretches.css'

const TITLES = {
  cervical: 'stretch.region.cervical',
  thoracic: 'stretch.region.thoracic',
  lumbar: 'stretch.region.lumbar',
  sacrum: 'stretch.region.sacrum',
  coccyx: 'stretch.region.coccyx',
} as const satisfies Record<Region, MessageId>

/**
 * The stretch cards for the selected structure's region (or those of them a condition leaves in); choosing one
 * opens it and tints the region.
 */
export function RegionStretches({ region, only }: { region: Region; only?: readonly StretchCard[] }) {
  const open = useFacetStore((s) => s.openStretch)
  const current = useFacetStore((s) => s.openStretchId)
  const t = useT()
  const overlay = useStretchesOverlay()
  const cards = only ?? stretchesForRegion(region)
  if (cards.length === 0) return null
  return (
    <section className="region-stretches" aria-label={t(TITLES[region])}>
      <h3>{t(TITLES[region])}</h3>
      <ul>
        {cards.map((c) => (
          <li key={c.id}>
            <button type="button" data-stretch={c.id} aria-pressed={current === c.id} onClick={() => open(c.id)}>
              {overlay?.cards[c.id]?.name ?? c.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
