/** The words the parts' texts share: names with their side and bone, facts with sources, dimension rows, joints. */

import type { BoneId, JointLower, JointUpper, Side } from '../ids'
import type { Fact } from '../info'
import type { Measure } from '../measure'
import type { SourceKey } from '../sources'
import type { PartDimension, TextPair } from './ids'

// ——— words ———

export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const sideWord = (side: Side | null) => (side ? `${capital(side)} ` : '')

/** The bone as a part's name ends: 'L4', 'the sacrum', 'the tailbone' (plain) or 'the coccyx'. */
function boneWords(bone: BoneId): TextPair {
  if (bone === 'sacrum') return { plain: 'the sacrum', detailed: 'the sacrum' }
  if (bone === 'coccyx') return { plain: 'the tailbone', detailed: 'the coccyx' }
  return { plain: bone, detailed: bone }
}

/** '<Side> <noun> of <bone>', capitalised. */
export function named(side: Side | null, bone: BoneId, plain: string, detailed: string): TextPair {
  const b = boneWords(bone)
  return {
    plain: capital(`${sideWord(side)}${plain} of ${b.plain}`),
    detailed: capital(`${sideWord(side)}${detailed} of ${b.detailed}`),
  }
}

export const fact = (plain: string, detailed: string, sources: readonly SourceKey[]): Fact => ({
  plain,
  detailed,
  sources,
})

export const G: readonly SourceKey[] = ['grays2020']

// ——— dimensions ———

export const dim = (label: string, plainLabel: string, unit: 'mm' | '°', m: Measure): PartDimension => ({
  label,
  plainLabel,
  unit,
  measure: m,
})

// ——— joint names ———

/** The synovial joint between two bones, as a student names it. */
export function jointName(upper: JointUpper, lower: JointLower): string {
  if (upper === 'C0') return 'atlanto-occipital joint'
  if (upper === 'C1') return 'lateral atlanto-axial joint (C1–C2)'
  return `${upper}–${lower === 'S1' ? 'S1' : lower} facet joint`
}

export const capsule = (joint: string): Fact =>
  fact(
    'A sealed sac with a little fluid inside wraps this small joint. It is the kind of joint that can crack.',
    `A fibrous capsule lined with synovium encloses the ${joint}; this is the kind of joint that cavitates (“cracks”).`,
    ['grays2020', 'kawchuk2015'],
  )
