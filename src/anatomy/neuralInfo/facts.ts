/** What the families' texts share: the source keys they cite, and the `fact` and `dim` helpers. */
import type { NeuralDimension, NeuralFact, NeuralMeasure, NeuralSourceKey } from '../neural'

// Placeholders, one per pending key: swap nothing here, only the type above, when sources.ts has the key.
export const VALOSEK2024: NeuralSourceKey = 'valosek2024'
export const GRAY1918: NeuralSourceKey = 'gray1918'
export const SAIFUDDIN1998: NeuralSourceKey = 'saifuddin1998'
export const KIM2012: NeuralSourceKey = 'kim2012'
export const SUH2005: NeuralSourceKey = 'suh2005'
export const SILVERSTEIN2015: NeuralSourceKey = 'silverstein2015'
export const SHEN2006: NeuralSourceKey = 'shen2006'
export const MOON2010: NeuralSourceKey = 'moon2010'
export const KHASAWNEH2023: NeuralSourceKey = 'khasawneh2023'
export const FILUM2002: NeuralSourceKey = 'filum2002'
export const PANJABI1991_LIGAMENTS: NeuralSourceKey = 'panjabi1991ligaments'
export const SALAUD2018: NeuralSourceKey = 'salaud2018'
export const LEE2018_PLL: NeuralSourceKey = 'lee2018pll'
export const MAHATO2013: NeuralSourceKey = 'mahato2013'
export const HEYLINGS1978: NeuralSourceKey = 'heylings1978'
export const MERCER2003: NeuralSourceKey = 'mercer2003'
export const CATTRYSSE2007: NeuralSourceKey = 'cattrysse2007'
export const DVORAK1987_ALAR: NeuralSourceKey = 'dvorak1987alar'
export const PANJABI1991_ALAR: NeuralSourceKey = 'panjabi1991alar'
export const TUBBS2000_APICAL: NeuralSourceKey = 'tubbs2000apical'
export const ROJAS2007: NeuralSourceKey = 'rojas2007'
export const GRAY1918_PIVOT: NeuralSourceKey = 'gray1918Pivot'
export const GRAY1918_OCCIPITAL: NeuralSourceKey = 'gray1918Occipital'
export const SHARMA_MEHRA2018: NeuralSourceKey = 'sharmaMehra2018'
export const LE2011: NeuralSourceKey = 'le2011'
export const NADERI2005: NeuralSourceKey = 'naderi2005'
export const KANEKO2018: NeuralSourceKey = 'kaneko2018'
export const ISHII2004: NeuralSourceKey = 'ishii2004'
export const SAYAH2021: NeuralSourceKey = 'sayah2021'
export const ODA1992: NeuralSourceKey = 'oda1992'
export const OSMOTHERLY2020: NeuralSourceKey = 'osmotherly2020'
export const EBRAHEIM2003: NeuralSourceKey = 'ebraheim2003'
export const SIJ_LIMBS1993: NeuralSourceKey = 'sijLimbs1993'
export const VLEEMING1990: NeuralSourceKey = 'vleeming1990'
export const JACOB1995: NeuralSourceKey = 'jacob1995'
export const ILIOLUMBAR2023: NeuralSourceKey = 'iliolumbar2023'
export const RADHAKRISHNAN1994: NeuralSourceKey = 'radhakrishnan1994'

export const G: readonly NeuralSourceKey[] = ['grays2020']
export const fact = (plain: string, detailed: string, sources: readonly NeuralSourceKey[]): NeuralFact => ({
  plain,
  detailed,
  sources,
})
export const dim = (
  label: string,
  plainLabel: string,
  measure: NeuralMeasure,
  unit: NeuralDimension['unit'] = 'mm',
) => ({
  label,
  plainLabel,
  unit,
  measure,
})
