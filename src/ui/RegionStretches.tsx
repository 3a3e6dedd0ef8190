import type { Region } from '../anatomy/ids'
import { stretchesForRegion } from '../content/stretches'
import { useFacetStore } from '../runtime/react'
import './RegionStretches.css'

const TITLES: Record<Region, string> = {
  cervical: 'Stretches for the neck',
  thoracic: 'Stretches for the upper and mid back',
  lumbar: 'Stretches for the lower back',
  sacrum: 'Stretches for the pelvis and hips',
  coccyx: 'Easing the tailbone',
}

/** The stretch cards for the selected structure's region; choosing one opens it and tints the region. */
export function RegionStretches({ region }: { region: Region }) {
  const open = useFacetStore((s) => s.openStretch)
  const current = useFacetStore((s) => s.openStretchId)
  const cards = stretchesForRegion(region)
  if (cards.length === 0) return null
  return (
    <section className="region-stretches" aria-label={TITLES[region]}>
      <h3>{TITLES[region]}</h3>
      <ul>
        {cards.map((c) => (
          <li key={c.id}>
            <button type="button" data-stretch={c.id} aria-pressed={current === c.id} onClick={() => open(c.id)}>
              {c.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
