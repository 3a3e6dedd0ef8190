import { VERTEBRA_LEVELS, type VertebraLevel } from './ids'
import { type Confidence, type Measure, measure } from './measure'
import type { SourceKey } from './sources'

/**
 * Per-level morphometry of the 24 mobile vertebrae, in millimetres and degrees, each value with its
 * source and confidence (see measure.ts). One series per quantity where the brief allows, because
 * series disagree (canal depth differs by 30–40 % between Panjabi and Tan).
 *
 * Frame: x to the subject's left, y up (cranial), z forward (anterior). Facet orientation is that of
 * the vertebra's SUPERIOR articular facets (the lower half of the joint above it):
 *  - facetInclination: angle between the facet plane and the transverse (horizontal) plane; 90 = vertical;
 *  - facetRotation: angle between the facet plane and the coronal plane seen from above; 0 = coronal,
 *    +90 = sagittal facing the midline, negative = turned to face laterally (thoracic).
 */
export interface VertebraMeasurements {
  readonly level: VertebraLevel
  /** Upper endplate width (left–right). C1 has no body: lateral-mass span is used. */
  readonly bodyWidth: Measure
  /** Endplate depth (front–back). */
  readonly bodyDepth: Measure
  readonly bodyHeightAnterior: Measure
  readonly bodyHeightPosterior: Measure
  /** Interpedicular width of the canal. */
  readonly canalWidth: Measure
  /** Midsagittal depth of the canal, from the back of the body to the front of the laminae. */
  readonly canalDepth: Measure
  readonly pedicleWidth: Measure
  readonly laminaThickness: Measure
  /** From the back of the canal (midline) to the tip of the spinous process. */
  readonly spinousLength: Measure
  /** Downward slope of the spinous process below the horizontal. */
  readonly spinousSlope: Measure
  /** Tip-to-tip width of the transverse processes. */
  readonly transverseSpan: Measure
  readonly facetWidth: Measure
  readonly facetHeight: Measure
  readonly facetInclination: Measure
  readonly facetRotation: Measure
}

type Cell = readonly [number, SourceKey, Confidence] | null
type Column = readonly Cell[]

/** Fills null cells by linear interpolation between the nearest given neighbours, tagged 'I'. */
function column(cells: Column): Measure[] {
  if (cells.length !== VERTEBRA_LEVELS.length) throw new Error(`column needs ${VERTEBRA_LEVELS.length} cells`)
  return cells.map((cell, i) => {
    if (cell) return measure(cell[0], cell[1], cell[2])
    let lo = i - 1
    while (lo >= 0 && !cells[lo]) lo--
    let hi = i + 1
    while (hi < cells.length && !cells[hi]) hi++
    const a = cells[lo]
    const b = cells[hi]
    if (!a || !b) throw new Error(`cannot interpolate level ${VERTEBRA_LEVELS[i]}`)
    const t = (i - lo) / (hi - lo)
    return measure(Math.round((a[0] + (b[0] - a[0]) * t) * 100) / 100, a[1], 'I')
  })
}

const e = (v: number): Cell => [v, 'estimate', 'E']

//                C1            C2              C3 … C7 / T1 … T12 / L1 … L5
const bodyWidth = column([
  e(42),
  e(18),
  e(20.0),
  e(20.8),
  // C3–C7 pooled (100 dry typical cervical vertebrae), not C5's own: placed at the middle level as an estimate
  [21.61, 'cervicalBody', 'E'],
  e(22.4),
  e(23.2),
  [24.5, 'panjabi1991t', 'S'],
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  [35.2, 'panjabi1991t', 'S'],
  [39.2, 'panjabi1991t', 'S'],
  [41.2, 'panjabi1992', 'S'],
  [42.6, 'panjabi1992', 'S'],
  [44.1, 'panjabi1992', 'S'],
  [46.6, 'panjabi1992', 'S'],
  [47.3, 'panjabi1992', 'S'],
])
const bodyDepth = column([
  e(10),
  e(15),
  e(13.8),
  e(14.2),
  [14.55, 'cervicalBody', 'E'],
  e(14.9),
  e(15.4),
  e(16),
  null,
  null,
  null,
  // T2–T9 pooled (200 dry typical thoracic vertebrae), not T5's own: an estimate from it
  [20.78, 'thoracicBody', 'E'],
  null,
  null,
  null,
  null,
  null,
  null,
  e(28),
  e(30.2),
  // L2–L5: our level pattern, scaled so its mean is the CT mean of 87 patients (35.0 mm, Clouthier 2023)
  [34.7, 'clouthier2023', 'E'],
  [35.6, 'clouthier2023', 'E'],
  [35.9, 'clouthier2023', 'E'],
  [33.9, 'clouthier2023', 'E'],
])
const bodyHeightAnterior = column([
  [10.21, 'patel', 'P'],
  e(22),
  e(10.2),
  e(10.0),
  [9.6, 'cervicalBody', 'E'],
  e(9.9),
  e(10.3),
  e(14.5),
  [16.93, 'egwu2019', 'P'],
  null,
  null,
  null,
  null,
  null,
  null,
  [18.83, 'egwu2019', 'P'],
  null,
  null,
  [25.6, 'busscher2010', 'S'],
  [25.5, 'busscher2010', 'S'],
  [27.3, 'busscher2010', 'S'],
  [28.7, 'busscher2010', 'S'],
  [27.8, 'busscher2010', 'S'],
  [29.5, 'busscher2010', 'S'],
])
const bodyHeightPosterior = column([
  [10.21, 'patel', 'P'],
  e(22),
  e(11.3),
  e(11.0),
  [10.7, 'cervicalBody', 'E'],
  e(11.0),
  e(11.5),
  e(15.5),
  [17.59, 'egwu2019', 'P'],
  null,
  null,
  null,
  null,
  null,
  null,
  [20.46, 'egwu2019', 'P'],
  null,
  null,
  [28.5, 'busscher2010', 'S'],
  [28.5, 'busscher2010', 'S'],
  [29.8, 'busscher2010', 'S'],
  [29.8, 'busscher2010', 'S'],
  [28.0, 'busscher2010', 'S'],
  [24.9, 'busscher2010', 'S'],
])
const canalWidth = column([
  [26.63, 'patel', 'P'],
  [23.12, 'kaur2017', 'P'],
  // one pooled C3–C7 mean, not a per-level value: shown at each level as an estimate from it
  [21.1, 'cervicalCanalCT', 'E'],
  [21.1, 'cervicalCanalCT', 'E'],
  [21.1, 'cervicalCanalCT', 'E'],
  [21.1, 'cervicalCanalCT', 'E'],
  [21.1, 'cervicalCanalCT', 'E'],
  e(20.5),
  e(17.5),
  e(16.2),
  null,
  null,
  null,
  null,
  null,
  e(16.5),
  null,
  [19.4, 'panjabi1991t', 'S'],
  [22.2, 'panjabi1991t', 'S'],
  [23.7, 'panjabi1992', 'S'],
  [23.8, 'panjabi1992', 'S'],
  [24.3, 'panjabi1992', 'S'],
  [25.4, 'panjabi1992', 'S'],
  [27.1, 'panjabi1992', 'S'],
])
const canalDepth = column([
  [28.16, 'patel', 'P'],
  [19.06, 'kaur2017', 'P'],
  e(14.5),
  e(14.5),
  e(14.5),
  e(14.5),
  e(14.5),
  e(15.0),
  e(15.0),
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  e(15.2),
  [16.0, 'panjabi1991t', 'S'],
  [18.1, 'panjabi1991t', 'S'],
  [19.0, 'panjabi1992', 'S'],
  [18.2, 'panjabi1992', 'S'],
  [17.5, 'panjabi1992', 'S'],
  [18.6, 'panjabi1992', 'S'],
  [19.7, 'panjabi1992', 'S'],
])
const pedicleWidth = column([
  e(8),
  [8.82, 'axisLateralMass2014', 'P'],
  e(5.5),
  e(5.5),
  e(5.5),
  e(5.8),
  e(6.5),
  [9.27, 'kaur2016', 'P'],
  null,
  null,
  [4.5, 'kaur2016', 'P'],
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  [8.31, 'kaur2016', 'P'],
  e(8.5),
  e(9),
  e(10),
  e(12.5),
  e(16),
])
const laminaThickness = column([
  e(5),
  [6.64, 'saetia2015', 'P'],
  e(5),
  e(5),
  e(5),
  e(5),
  e(5.5),
  e(6.2),
  [6.6, 'egwu2019', 'P'],
  null,
  null,
  null,
  null,
  null,
  null,
  [7.3, 'egwu2019', 'P'],
  e(7.5),
  e(7.8),
  e(8.0),
  e(8),
  e(8),
  e(8),
  e(8),
  e(8),
])
const spinousLength = column([
  e(8),
  e(24),
  e(14),
  e(14.5),
  // typical cervical vertebrae pooled (100 dry C3–C6): 15.25 ± 4.25 mm
  [15.25, 'cervicalTypical2020', 'E'],
  e(18),
  e(28),
  // T1–L5: no per-level series was found. Thoracic processes are long (about 40 mm mid-thorax) and steep,
  // so the whole T6 reaches 60 mm or more from the front of its body to the tip; lumbar lengths are set
  // so that the whole L4 and L1 reach their measured depths (Clouthier 2023 and issue 10's models).
  e(36),
  e(37),
  e(38),
  e(39),
  e(42),
  e(43.5),
  e(43.5),
  e(42),
  e(39.5),
  e(37.5),
  e(35),
  e(33),
  e(34.5),
  e(36),
  e(37),
  [36, 'clouthier2023', 'E'],
  // L5's is the shortest lumbar spinous process (MRI of 215 adults)
  [29, 'lumbarSpinousMri', 'E'],
])
const spinousSlope = column([
  e(0),
  e(15),
  e(20),
  e(22),
  e(24),
  e(22),
  e(18),
  // Kaur 2016 (CT, 50 patients): 30.11° at T1, rising to 57.89° at T6, falling to 16.21° at T12
  [30.11, 'kaur2016', 'P'],
  null,
  null,
  null,
  null,
  [57.89, 'kaur2016', 'P'],
  null,
  null,
  null,
  null,
  null,
  [16.21, 'kaur2016', 'P'],
  e(6),
  e(5),
  e(5),
  e(6),
  e(10),
])
const transverseSpan = column([
  [71.19, 'patel', 'P'],
  e(56),
  e(52),
  e(53),
  e(54),
  e(56),
  e(66),
  e(76),
  e(72),
  e(70),
  e(68),
  e(66),
  e(64),
  e(62),
  e(60),
  e(58),
  e(56),
  e(52),
  e(46),
  // Lumbar: Li 2003's process lengths (about 10 mm at L1, 15 at L2, 19 at L3, 15 at L4 and L5) added to a
  // root placed so that L4 spans the mean L4 of Clouthier 2023's shape model (89.8 mm tip to tip).
  [79.8, 'li2003', 'E'],
  [89.8, 'li2003', 'E'],
  [97.8, 'li2003', 'E'],
  [89.8, 'clouthier2023', 'S'],
  [89.8, 'li2003', 'E'],
])
// C1 and C2: the transverse diameter of the superior facet as width, its front-to-back length as height
const facetWidth = column([
  [11.35, 'patel', 'P'],
  [14.35, 'axisLateralMass2014', 'P'],
  e(10.5),
  e(10.5),
  e(11),
  e(11),
  e(11),
  e(11),
  e(11),
  e(11),
  e(11),
  e(11),
  e(11),
  e(11),
  e(11),
  e(11),
  e(11),
  e(11),
  e(12),
  e(13),
  e(13.5),
  e(14),
  e(15),
  e(16),
])
const facetHeight = column([
  [20.8, 'patel', 'P'],
  [16.34, 'axisLateralMass2014', 'P'],
  e(11),
  e(11),
  e(11.5),
  e(11.5),
  e(12),
  e(12),
  e(12),
  e(12),
  e(12),
  e(12),
  e(12),
  e(12),
  e(12),
  e(12),
  e(12.5),
  e(13),
  e(14),
  // lumbar: within the C3–L5 range of Panjabi 1993 (10.2–18.4 mm); per-level values were not reached
  e(14),
  e(14),
  e(14.5),
  e(14.5),
  e(15),
])
// Cervical 45° to the horizontal and lumbar at right angles to it (classic teaching, White & Panjabi);
// thoracic about 60° (same textbook). C2's superior facets face up and out about 20° (Neumann). The turns
// between them (T1 55°, T10–T12 65–80°) are ours: no level-by-level inclination was reached, hence 'E'.
const facetInclination = column([
  e(30),
  [20, 'neumann2010', 'U'],
  [45, 'whitePanjabi1990', 'U'],
  [45, 'whitePanjabi1990', 'U'],
  [45, 'whitePanjabi1990', 'U'],
  [45, 'whitePanjabi1990', 'U'],
  [45, 'whitePanjabi1990', 'U'],
  e(55),
  [60, 'whitePanjabi1990', 'U'],
  [60, 'whitePanjabi1990', 'U'],
  [60, 'whitePanjabi1990', 'U'],
  [60, 'whitePanjabi1990', 'U'],
  [60, 'whitePanjabi1990', 'U'],
  [60, 'whitePanjabi1990', 'U'],
  [60, 'whitePanjabi1990', 'U'],
  [60, 'whitePanjabi1990', 'U'],
  e(65),
  e(70),
  e(80),
  [90, 'whitePanjabi1990', 'U'],
  [90, 'whitePanjabi1990', 'U'],
  [90, 'whitePanjabi1990', 'U'],
  [90, 'whitePanjabi1990', 'U'],
  [90, 'whitePanjabi1990', 'U'],
])
/**
 * The facet joints of the thoracolumbar junction, by their upper bone (T11–T12, T12–L1): their facets take
 * Masharawi's T12–L2 angles below, close to the midsagittal plane as the lumbar ones, so what the app says
 * of them must not be the thoracic text about coronal, roof-tile facets (anatomy/info.ts).
 */
export const isJunctionJoint = (upper: string): boolean => upper === 'T11' || upper === 'T12'

/**
 * A region's facts, as anatomy/info.ts and its translations keep them: the second of each is about how the
 * region's facets stand. The two functions below choose from them, so every language chooses alike.
 */
type RegionFacts<T> = Readonly<Record<'C' | 'T' | 'L', readonly T[]>>

/**
 * A vertebra's region facts. The atlas, the axis and T12 have their own text on how their facets stand (their
 * joint with each other slopes about 20°, not the neck's 45°; T12's are lumbar-like, not the thoracic roof
 * tiles), so they leave off their region's.
 */
export function vertebraRegionFacts<T>(facts: RegionFacts<T>, level: string): readonly T[] {
  const region = facts[level[0] as 'C' | 'T' | 'L']
  return level === 'C1' || level === 'C2' || level === 'T12' ? region.slice(0, 1) : region
}

/**
 * The features of a vertebra's level that anatomy books teach and exams ask for, by group: the uncinate processes
 * and uncovertebral joints (C3–C7), the tubercles of the cervical transverse processes (C3–C6), C6's carotid
 * tubercle, the cervical canal's triangle (C3–C7), the typical thoracic body and its half rib facets (T2–T9),
 * the lumbar body and its muscle processes (L1–L5). anatomy/info.ts and its translations keep one fact per
 * group, and this chooses among them for a level, so every language chooses alike.
 */
export type LevelFeature =
  | 'uncinate'
  | 'cervicalTubercles'
  | 'carotidTubercle'
  | 'cervicalCanal'
  | 'thoracicBody'
  | 'demifacets'
  | 'lumbarBody'
  | 'lumbarProcesses'

const FEATURES_OF: readonly (readonly [LevelFeature, readonly string[]])[] = [
  ['uncinate', ['C3', 'C4', 'C5', 'C6', 'C7']],
  ['cervicalTubercles', ['C3', 'C4', 'C5', 'C6']],
  ['carotidTubercle', ['C6']],
  ['cervicalCanal', ['C3', 'C4', 'C5', 'C6', 'C7']],
  ['thoracicBody', ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9']],
  ['demifacets', ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9']],
  ['lumbarBody', ['L1', 'L2', 'L3', 'L4', 'L5']],
  ['lumbarProcesses', ['L1', 'L2', 'L3', 'L4', 'L5']],
]

/** A vertebra's level-feature facts (see `LevelFeature`), in the order above; none for a level without any. */
export function levelFeatureFacts<T>(facts: Readonly<Record<LevelFeature, T>>, level: string): readonly T[] {
  return FEATURES_OF.filter(([, levels]) => levels.includes(level)).map(([feature]) => facts[feature])
}

/**
 * What a facet joint's panel says of how its facets stand: the junction's own text for T11–T12 and T12–L1,
 * else the region of the facet its numbers are (the superior facet of the bone below), so C7–T1 reads as
 * thoracic as T1's facet is, and L5–S1, whose sacral facet has no region text, as lumbar.
 */
export function jointOrientationFacts<T>(
  facts: RegionFacts<T>,
  junction: T,
  upper: string,
  lower: string,
): readonly T[] {
  if (isJunctionJoint(upper)) return [junction]
  const region = /^[CTL]\d/.test(lower) ? lower[0] : upper[0]
  return facts[region as 'C' | 'T' | 'L'].slice(1)
}

// Masharawi 2004: T1–T11 near-coronal (25–30° off the frontal plane, facing back and out);
// T12–L2 25.9–33.9° from the midsagittal plane; L3–L5 40.4–56.3° from it (rotation = 90° − that angle).
// C1: the superior facets face in, and (their long axes converging forward) a little back, as Gray's 1918
// text describes them; the 15° back from straight in is our estimate, the angle of the lateral masses' own
// convergence (geometry/atlas.ts), hence 'E'.
const facetRotation = column([
  [75, 'gray1918Atlas', 'E'],
  e(-90),
  e(0),
  e(0),
  e(0),
  e(0),
  e(-10),
  [-27.5, 'masharawi2004', 'P'],
  [-27.5, 'masharawi2004', 'P'],
  [-27.5, 'masharawi2004', 'P'],
  [-27.5, 'masharawi2004', 'P'],
  [-27.5, 'masharawi2004', 'P'],
  [-27.5, 'masharawi2004', 'P'],
  [-27.5, 'masharawi2004', 'P'],
  [-27.5, 'masharawi2004', 'P'],
  [-27.5, 'masharawi2004', 'P'],
  [-27.5, 'masharawi2004', 'P'],
  [-27.5, 'masharawi2004', 'P'],
  // Masharawi's abstract gives the two groups' ranges of means, not each level's: putting the ends of each
  // range at T12 and L2, L3 and L5 (turning steadily down the column) is our reading, hence 'E'
  [64.1, 'masharawi2004', 'E'],
  null,
  [56.1, 'masharawi2004', 'E'],
  [49.6, 'masharawi2004', 'E'],
  null,
  [33.7, 'masharawi2004', 'E'],
])

export const VERTEBRA_MEASUREMENTS: Readonly<Record<VertebraLevel, VertebraMeasurements>> = Object.fromEntries(
  VERTEBRA_LEVELS.map((level, i) => {
    const at = (c: Measure[]): Measure => c[i] as Measure
    const row: VertebraMeasurements = {
      level,
      bodyWidth: at(bodyWidth),
      bodyDepth: at(bodyDepth),
      bodyHeightAnterior: at(bodyHeightAnterior),
      bodyHeightPosterior: at(bodyHeightPosterior),
      canalWidth: at(canalWidth),
      canalDepth: at(canalDepth),
      pedicleWidth: at(pedicleWidth),
      laminaThickness: at(laminaThickness),
      spinousLength: at(spinousLength),
      spinousSlope: at(spinousSlope),
      transverseSpan: at(transverseSpan),
      facetWidth: at(facetWidth),
      facetHeight: at(facetHeight),
      facetInclination: at(facetInclination),
      facetRotation: at(facetRotation),
    }
    return [level, row]
  }),
) as Record<VertebraLevel, VertebraMeasurements>

/**
 * The superior facets of S1, which form the L5–S1 joint.
 *  - inclination: vertical, as the lumbar rows (textbook value, White & Panjabi). No measured tilt of the S1
 *    facet was reached: the one series found with sagittal facet angles down to S1 (Kou et al., CT and dual
 *    fluoroscopy of L3–S1 in 10 people) gives its numbers past the part of its page we could read.
 *  - rotation: 599 dry lumbar spines of the Hamann-Todd collection (Spine 2016, abstract): with the sacral
 *    endplate levelled, the angle between each S1 superior facet and the spinous process, that is the
 *    midsagittal plane, is 49.1 ± 12.4°; rotation = 90° − 49.1° = 40.9°, as for the L1–L5 rows from Masharawi
 *    2004. That series found the facets turning toward the coronal plane from T12–L1 down to L5–S1, but
 *    across the two studies S1's value lies 7° nearer the sagittal plane than Masharawi's L5 (33.7°). The
 *    methods differ (angles on photographs of the levelled bone, against Masharawi's three-dimensional
 *    measurements); neither study claims that S1's facets turn back toward the sagittal plane.
 *  - width and height: our estimates, near Panjabi 1993's largest lumbar facets. Mahato 2011 (Spine
 *    36(9):E569–73) measured the height, width, area and angle to the midsagittal plane of both S1 superior
 *    facets in dry sacra, but its numbers were past the part of the abstract we could read; Otsuka 2010 (L3–S1
 *    facet areas on CT) gave no per-level number in its abstract; searches for dry-sacrum morphometry of the
 *    superior articular process found none.
 */
export const S1_FACET = {
  inclination: measure(90, 'whitePanjabi1990', 'U'),
  rotation: measure(40.9, 'facetAngles599Spines2016', 'P'),
  width: measure(16, 'estimate', 'E'),
  height: measure(17, 'estimate', 'E'),
} as const

/** Atlas (C1) and axis (C2) specifics. */
export const ATLAS = {
  totalWidth: measure(71.19, 'patel', 'P'),
  canalDepth: measure(28.16, 'patel', 'P'),
  canalWidth: measure(26.63, 'patel', 'P'),
  anteriorArchHeight: measure(10.21, 'patel', 'P'),
  posteriorArchHeight: measure(8.68, 'patel', 'P'),
  superiorFacetLength: measure(20.8, 'patel', 'P'),
  superiorFacetWidth: measure(11.35, 'patel', 'P'),
  inferiorFacetLength: measure(17.8, 'patel', 'P'),
  inferiorFacetWidth: measure(15.0, 'patel', 'P'),
  dentalFacetHeight: measure(8.96, 'patel', 'P'),
  dentalFacetWidth: measure(9.18, 'patel', 'P'),
  /** Across the two transverse foramina: between their outer edges, and between their inner edges. */
  transverseForaminaOuter: measure(55.48, 'patel', 'P'),
  transverseForaminaInner: measure(44.77, 'patel', 'P'),
  /** Bone under the groove for the vertebral artery on the posterior arch (mean of Patel's two sides). */
  arteryGrooveThickness: measure(4.07, 'patel', 'P'),
  /** How far the groove's inner edge lies from the midline (50 dry atlases, Kaur 2023). */
  arteryGrooveInner: measure(13.1, 'kaur2023', 'P'),
  /**
   * Width of the groove across the arch, where the artery and its veins lie (mean of Patel's two sides, 8.26
   * and 8.1 mm; Ravichandran 2011 and Kawale 2015 measured 7.9–8.1 mm in other dry series).
   */
  arteryGrooveWidth: measure(8.18, 'patel', 'P'),
  /**
   * How far the floor of the groove lies below the top of the arch behind it: the arch's height at the
   * midline less the bone under the groove (derived from Patel's two means, so an estimate).
   */
  arteryGrooveDepth: measure(4.61, 'patel', 'E'),
  /**
   * The ring from the front of the anterior arch to the back of the posterior arch in the midline (Rekha's
   * "outer AP diameter" of the vertebral foramen; her inner one, 28.51 mm, is close to Patel's canal depth).
   */
  outerDepth: measure(42, 'rekha2016', 'P'),
  /** The anterior arch's thickness front to back beside the tubercle (our estimate: a bar about 2.2 times as tall as thick). */
  anteriorArchThickness: measure(4.6, 'estimate', 'E'),
  /**
   * The posterior arch's width across the bar beside the lateral masses, where the artery groove runs (our
   * estimate: room for Patel's 8.18 mm groove with a lip of bone behind it; a flat bar there, not a round one).
   */
  posteriorArchWidth: measure(10, 'estimate', 'E'),
} as const

/**
 * The pillar of each lateral mass of the atlas (the geometry's; its depth is shown in the panel): front to back
 * on axial CT of 120 adults (Hung 2020), and across between the canal and the transverse foramen, which is
 * Patel's distance between the foramina's inner edges less his canal width, halved (derived, so an
 * estimate). Hung measured 12.2 mm across at the mass's widest, where its facets overhang the canal and the
 * foramen; the pillar between them is narrower. Longer than wide either way, as its facets are.
 */
export const ATLAS_LATERAL_MASS = {
  depth: measure(19.7, 'hung2020', 'P'),
  width: measure(9.07, 'patel', 'E'),
} as const

export const AXIS = {
  densHeight: measure(15.8, 'yousuf', 'P'),
  densDepth: measure(10.7, 'yousuf', 'P'),
  densWidth: measure(9.85, 'kulkarni2013', 'P'),
  /** The dens is waisted: its least outer width, at the neck above the body. */
  densNeckWidth: measure(8.8, 'acharya2021', 'P'),
  totalHeight: measure(38.1, 'yousuf', 'P'),
  canalDepth: measure(19.06, 'kaur2017', 'P'),
  canalWidth: measure(23.12, 'kaur2017', 'P'),
  /** Height of the lamina: the axis's are the largest of the neck, but far lower than its body. */
  laminaHeight: measure(11.76, 'chan2021', 'P'),
} as const

/**
 * The lumbar vertebra as a whole, from a statistical shape model of the CT of 87 patients (Clouthier 2023).
 * The part means are over L2–L5, read from the data files published with the model. The whole-L4 box (tip
 * to tip of the transverse processes, front of the body to the tip of the spinous process, top of the
 * superior to the bottom of the inferior articular processes) is as issue 10 reports it from the model's
 * mean mesh, not measured again here, hence 'S'.
 */
export const LUMBAR_SSM = {
  bodyDepth: measure(35.04, 'clouthier2023', 'P'),
  bodyHeight: measure(27.75, 'clouthier2023', 'P'),
  spinousHeight: measure(23.51, 'clouthier2023', 'P'),
  l4Width: measure(89.8, 'clouthier2023', 'S'),
  l4Depth: measure(88.8, 'clouthier2023', 'S'),
  l4Height: measure(45.7, 'clouthier2023', 'S'),
} as const

/**
 * Height (top to bottom) of each lumbar spinous process: the CT mean over L2–L5 (Clouthier 2023, 23.51 mm)
 * spread by the level trend of Masharawi 2011 (tallest in the upper lumbar spine, about 8 mm lower by L5;
 * on MRI too the lowest is at L5).
 */
export const LUMBAR_SPINOUS_HEIGHT: Readonly<Record<'L1' | 'L2' | 'L3' | 'L4' | 'L5', Measure>> = {
  L1: measure(27.5, 'masharawi2011', 'E'),
  L2: measure(27.5, 'masharawi2011', 'E'),
  L3: measure(24.8, 'masharawi2011', 'E'),
  L4: measure(22.2, 'masharawi2011', 'E'),
  L5: measure(19.5, 'masharawi2011', 'E'),
}

/**
 * Male values, to match the mostly male vertebral series above. S1's body is the male mean of 282 dry sacra
 * (Sharma 2018, read in the abstract, which gives 3.07 and 4.78 with no unit: centimetres, as no other reading
 * fits a sacral body). Its depth replaces our estimate of 31 mm, which sat at the top of the published range
 * (27–29 mm in dry and cadaver series, 30–32 mm on MRI).
 */
export const SACRUM = {
  length: measure(104.27, 'sacrumMymensingh', 'P'),
  width: measure(99.51, 'sacrumMymensingh', 'P'),
  s1Width: measure(47.8, 'sharma2018', 'P'),
  s1Depth: measure(30.7, 'sharma2018', 'P'),
} as const

/**
 * Width of the body of S2, side to side (Ebraheim 1997, read in a secondary transcription, hence 'S'): the only
 * published size found of a sacral body below S1. Its depth front to back there, 13.5 mm, and its height, 25.0 mm,
 * were quoted with it. The geometry's body of S2 is drawn this wide (sacralLayout in landmarks.ts); its depth is
 * still our estimate, deeper than that.
 */
export const S2_BODY_WIDTH = measure(29.4, 'ebraheim1997', 'S')

/** Width of the first posterior sacral foramen, men (3D CT of 632 patients, Kim 2023). */
export const S1_FORAMEN_WIDTH = measure(8.3, 'kim2023', 'P')

/**
 * The first two pairs of sacral foramina on 108 dry sacra (Saluja 2018): where they open in front (pelvic, the
 * wider, for the ventral rami), height and width, and the second pair's back (dorsal) opening, width; the first
 * pair's back opening is Kim's (S1_FORAMEN_WIDTH). No published size of the third and fourth pairs was found, so those
 * parts show none.
 */
export const SACRAL_FORAMEN_SIZES = {
  S1: {
    frontHeight: measure(12.97, 'saluja2018', 'P'),
    frontWidth: measure(12.23, 'saluja2018', 'P'),
    backWidth: S1_FORAMEN_WIDTH,
  },
  S2: {
    frontHeight: measure(12.85, 'saluja2018', 'P'),
    frontWidth: measure(13.13, 'saluja2018', 'P'),
    backWidth: measure(7.3, 'saluja2018', 'P'),
  },
  // the only size of a foramen below S2 found: its height on a side X-ray of 21 dry sacra with the foramina
  // outlined in wire, given as "approximately" 10 mm (13 mm at S1 and S2 in the same series), with no spread and
  // without saying whether the front or the back opening
  S3: { sideHeight: measure(10, 'ebraheim1998', 'P') },
} as const

/**
 * The sacral hiatus, where the fused laminae stop short of the apex and the canal opens behind: its length
 * from apex to base (61 dry sacra, Abera 2021) and its width between the cornua at its base (males, 204 dry
 * sacra, Shewale 2013). Its apex lies most often at S4 (60.7 % and 66.5 % in those series). On 155 Greek dry
 * sacra (Nastoulis 2023) the canal was 5.39 mm deep at the apex, front to back, and the cornua 12.41 mm apart.
 */
export const SACRAL_HIATUS = {
  length: measure(22.67, 'abera2021', 'P'),
  baseWidth: measure(13.68, 'shewale2013', 'P'),
  canalDepthAtApex: measure(5.39, 'nastoulis2023', 'P'),
  intercornualDistance: measure(12.41, 'nastoulis2023', 'P'),
} as const

/** Four fused segments, the commonest count (76 % on CT, Woon 2013). */
export const COCCYX = {
  segments: 4,
  segmentsSource: measure(76, 'woon2013', 'P'),
  straightLength: measure(33.8, 'indiran2017', 'P'),
  sacrococcygealAngle: measure(110, 'yoon2016', 'P'),
} as const

/**
 * The transverse foramen of C3–C7, side to side, on 200 dry vertebrae of 40 spines (Patra): one mean per side,
 * pooled over the five levels (per-level means were not reached). The axis's foramen was not in that series:
 * see AXIS_TRANSVERSE_FORAMEN_LENGTH.
 */
export const CERVICAL_TRANSVERSE_FORAMEN_WIDTH: Readonly<Record<'left' | 'right', Measure>> = {
  left: measure(5.76, 'patraForamen', 'P'),
  right: measure(5.68, 'patraForamen', 'P'),
}

/**
 * The axis's transverse foramen, which turns outward under its superior facet: its length on dry axis vertebrae,
 * 5.11 ± 0.91 mm (range 2.75–6.50), from the same table as the axis's facet and pedicle (axisLateralMass2014).
 * The study's width of the foramen did not survive on the page read, and how its length was taken (front to back
 * or along the bend) was not captured, so the panel names it only as the study does. The geometry's hole is round,
 * this long across at its longest (axisTransverseForamen in landmarks.ts).
 */
export const AXIS_TRANSVERSE_FORAMEN_LENGTH = measure(5.11, 'axisLateralMass2014', 'P')

/**
 * The uncinate processes, C3–C7, on 270 dry vertebrae (Lu 1998): tallest at C4–C6, where the three levels'
 * mean heights lie between 5.8 and 6.1 mm (which level had which was not reached, so C4–C6 show the middle
 * of that range as an estimate); the base, from its inner to its outer edge, 4.9 mm wide at C3 and 6.3 mm
 * at C7 (those two levels' heights, lower, were not given).
 */
export const UNCINATE_PROCESS = {
  baseWidthC3: measure(4.9, 'lu1998', 'P'),
  baseWidthC7: measure(6.3, 'lu1998', 'P'),
  heightC4toC6: measure(5.95, 'lu1998', 'E'),
} as const

export const vertebra = (level: VertebraLevel): VertebraMeasurements => VERTEBRA_MEASUREMENTS[level]
