import { CONDITION_INVOLVES, type ConditionId, conditionView } from '../anatomy/conditionModels'
import { parseStructureId, regionOf } from '../anatomy/ids'
import { stretchesForCondition } from '../content/stretches'
import { useFacetStore } from '../runtime/react'
import { useAnatomyOverlay, useT } from './i18n'
import { PinSection } from './pins/PinSection'
import { pinPlaceName } from './pins/pinNames'
import { RegionStretches } from './RegionStretches'

/**
 * In a condition's panel, what a clinician sends the patient home with: a note on any structure the
 * condition involves (chosen here, or with a tap on the spine; the condition stays shown), and the stretches
 * for its region, whose handout and QR code carry the condition too. Before, the condition's panel had
 * neither, and the only way to them was to clear the condition.
 */
export function ConditionVisit({ id }: { id: ConditionId }) {
  const t = useT()
  const anatomy = useAnatomyOverlay()
  const selected = useFacetStore((s) => s.selectedPart ?? s.selected)
  const select = useFacetStore((s) => s.select)
  const focus = parseStructureId(conditionView(id).focus)
  const region = focus ? regionOf(focus) : null
  const stretches = region ? stretchesForCondition(id, region) : null
  return (
    <section className="condition-visit" aria-label={t('conditions.visitHeading')}>
      <h3>{t('conditions.visitHeading')}</h3>
      <p className="condition-places-label">{t('conditions.notePlaces')}</p>
      <ul className="condition-places">
        {CONDITION_INVOLVES[id].map((place) => (
          <li key={place}>
            <button type="button" aria-pressed={selected === place} onClick={() => select(place)}>
              {pinPlaceName(place, anatomy)}
            </button>
          </li>
        ))}
      </ul>
      <PinSection />
      {/* the region's cards, less those whose skip lines the condition meets (weak bones, for a fracture from them) */}
      {region && stretches && (
        <>
          <p className="hint">{t('conditions.stretchesAsk')}</p>
          {stretches.leftOut && (
            <p className="hint condition-stretches-left-out">{t('conditions.stretchesWeakBones')}</p>
          )}
          <RegionStretches region={region} only={stretches.cards} />
        </>
      )}
    </section>
  )
}
