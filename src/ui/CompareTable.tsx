import { type FacingWording, facingPhrase, type LowerFacing, meetingFacingPhrase } from '../anatomy/facetOrientation'
import type { BoneId } from '../anatomy/ids'
import { structureInfo } from '../anatomy/info'
import {
  facingLevel,
  LEVEL_FEATURES,
  type LevelFeature,
  type LevelFeatures,
  levelFeatures,
  lowerFacingLevel,
} from '../anatomy/levelFeatures'
import { listOf, type WordsLang } from '../anatomy/lists'
import { isPublished } from '../anatomy/measure'
import type { MessageId } from '../i18n/en'
import { useFacetStore } from '../runtime/react'
import { Cite } from './Cite'
import { markName } from './Dimensions'
import { type Translate, useAnatomy, useNumbers, useT } from './i18n'

/** One row of the table: a measure's label, and its value for each compared bone (or none there). */
export function compareTableRows(ids: readonly BoneId[]) {
  const labels: string[] = []
  const values = ids.map((id) => new Map(structureInfo(id).dimensions.map((d) => [d.label, d])))
  for (const byLabel of values) for (const label of byLabel.keys()) if (!labels.includes(label)) labels.push(label)
  return labels.map((label) => ({ label, cells: values.map((byLabel) => byLabel.get(label) ?? null) }))
}

/** Each feature row's label. */
const FEATURE_LABELS: Readonly<Record<LevelFeature, MessageId>> = {
  body: 'compare.feature.body',
  dens: 'compare.feature.dens',
  transverseForamen: 'compare.feature.transverseForamen',
  uncinateProcess: 'compare.feature.uncinateProcess',
  ribFacets: 'compare.feature.ribFacets',
  bifidSpinous: 'compare.feature.bifidSpinous',
  mammillaryProcess: 'compare.feature.mammillaryProcess',
}

/** A feature's value in words: yes or no, or the short word for how. */
function featureValue(value: LevelFeatures[LevelFeature]): MessageId {
  switch (value) {
    case true:
    case 'yes':
      return 'compare.yes'
    case false:
    case 'no':
    case 'none':
      return 'compare.no'
    case 'fused':
      return 'compare.fused'
    case 'above-and-below':
      return 'compare.ribFacets.aboveAndBelow'
    case 'above':
      return 'compare.ribFacets.above'
    case 'whole':
      return 'compare.ribFacets.whole'
  }
}

/** The feature rows: each feature's label, and its words for each compared bone. */
export function compareFeatureRows(ids: readonly BoneId[], t: Translate) {
  const features = ids.map(levelFeatures)
  return LEVEL_FEATURES.map((feature) => ({
    feature,
    label: t(FEATURE_LABELS[feature]),
    cells: features.map((f) => t(featureValue(f[feature]))),
    /** Every compared bone lacks it. */
    noneHas: features.every((f) => featureValue(f[feature]) === 'compare.no'),
  }))
}

/**
 * The feature rows worth a row when two or three bones are compared: a row where every bone says No tells
 * them apart in nothing (the dens beside T11, T12 and L1), so those are named once under the table
 * instead (`left`). A bone seen alone keeps every row: what it lacks is how it is told from other regions.
 */
export function shownFeatureRows(ids: readonly BoneId[], t: Translate) {
  const rows = compareFeatureRows(ids, t)
  if (ids.length < 2) return { rows, left: [] }
  return { rows: rows.filter((r) => !r.noneHas), left: rows.filter((r) => r.noneHas).map((r) => r.label) }
}

/**
 * Which way the upper facets face, in the words and joins the bone's panel uses (anatomy/info.ts and
 * i18n/es/anatomyInfo.ts, plain), so the row reads as the panel does: "back and up, and a little out to the side".
 */
export function facingWording(t: Translate, lang: WordsLang): FacingWording {
  return {
    words: {
      up: t('compare.facing.up'),
      back: t('compare.facing.back'),
      in: t('compare.facing.in'),
      out: t('compare.facing.out'),
    },
    join: (words) => listOf(words, lang),
    withSlight: (main, slight) => t('compare.facing.withSlight', { main, slight }),
  }
}

/** Each compared bone's upper facets' facing in words, or null where it has none (the coccyx). */
export function compareFacingRow(ids: readonly BoneId[], t: Translate, lang: WordsLang): (string | null)[] {
  const wording = facingWording(t, lang)
  return ids.map((id) => {
    const level = facingLevel(id)
    return level ? facingPhrase(level, wording) : null
  })
}

/** The lower facets' words: down, forward, toward the middle, out to the side; joined as the upper row's. */
export function lowerFacingWording(t: Translate, lang: WordsLang): FacingWording<LowerFacing> {
  const upper = facingWording(t, lang)
  return {
    ...upper,
    words: {
      down: t('compare.facing.down'),
      forward: t('compare.facing.forward'),
      in: upper.words.in,
      out: upper.words.out,
    },
  }
}

/**
 * Each compared bone's lower facets' (inferior facets') facing in words: the other way from the upper facets
 * of the bone below, which they meet (the model seats them so); null where it has none (the sacrum, the coccyx).
 */
export function compareLowerFacingRow(ids: readonly BoneId[], t: Translate, lang: WordsLang): (string | null)[] {
  const wording = lowerFacingWording(t, lang)
  return ids.map((id) => {
    const below = lowerFacingLevel(id)
    return below ? meetingFacingPhrase(below, wording) : null
  })
}

/**
 * The compared bones side by side, one column each: first their features (which way the upper joint faces
 * point, then the lower ones, then what each has, from its parts; what none of them has in one line), then their key dimensions with each value's source (loaded when
 * comparing starts). Cells wrap rather than widen the table, so every column fits the panel.
 */
export default function CompareTable({ ids }: { ids: readonly BoneId[] }) {
  const rows = compareTableRows(ids)
  const t = useT()
  const { fixed } = useNumbers()
  const anatomy = useAnatomy()
  const { rows: features, left } = shownFeatureRows(ids, t)
  const lang = useFacetStore((s) => s.lang)
  const facing = compareFacingRow(ids, t, lang)
  const lowerFacing = compareLowerFacingRow(ids, t, lang)
  const span = ids.length + 1
  return (
    <table className="dims compare-table" data-testid="compare-table">
      <caption className="sr-only">
        {t('compare.caption', { names: ids.map((id) => anatomy.short(id)).join(', ') })}
      </caption>
      <thead>
        <tr>
          <td />
          {ids.map((id) => (
            <th scope="col" key={id}>
              {anatomy.short(id)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody data-testid="compare-features">
        <tr className="group">
          <th scope="rowgroup" colSpan={span}>
            {t('compare.features')} <Cite keys={['grays2020']} />
          </th>
        </tr>
        {/* first: which way the joint faces point is what a comparison of levels is mostly for */}
        <tr data-testid="compare-facing">
          <th scope="row">{t('compare.feature.facing')}</th>
          {facing.map((phrase, i) => (
            <td key={ids[i]}>{phrase ?? t('compare.none')}</td>
          ))}
        </tr>
        {/* then the lower ones: at the transitional bone the two differ */}
        <tr data-testid="compare-lower-facing">
          <th scope="row">{t('compare.lowerFacing')}</th>
          {lowerFacing.map((phrase, i) => (
            <td key={ids[i]}>{phrase ?? t('compare.none')}</td>
          ))}
        </tr>
        {features.map((row) => (
          <tr key={row.feature}>
            <th scope="row">{row.label}</th>
            {row.cells.map((value, i) => (
              <td key={ids[i]}>{value}</td>
            ))}
          </tr>
        ))}
        {left.length > 0 && (
          <tr data-testid="compare-none-have">
            <td colSpan={span} className="none-have">
              {t('compare.noneHave', { features: listOf(left, lang) })}
            </td>
          </tr>
        )}
      </tbody>
      <tbody data-testid="compare-dimensions">
        <tr className="group">
          <th scope="rowgroup" colSpan={span}>
            {t('info.dimensions')}
          </th>
        </tr>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{anatomy.dimensionLabel(row.label)}</th>
            {row.cells.map((d, i) => (
              <td key={ids[i]}>
                {d ? (
                  <>
                    <span className="value">
                      {fixed(d.measure.value, 1)} {d.unit}
                    </span>
                    {!isPublished(d.measure) && (
                      <span className="estimate" title={t('dims.estimateTitle')}>
                        {` ${t(markName(d.measure))}`}
                      </span>
                    )}{' '}
                    <Cite keys={[d.measure.source]} />
                  </>
                ) : (
                  t('compare.none')
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
