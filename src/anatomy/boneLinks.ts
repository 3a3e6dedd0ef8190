import { CONDITION_IDS, CONDITION_INVOLVES, type ConditionId } from './conditionModels'
import {
  type BoneId,
  boneOfLevel,
  DISC_LEVELS,
  discId,
  FACET_LEVELS,
  facetJointId,
  type JointLevel,
  parseStructureId,
  type StructureId,
} from './ids'
import { structureName } from './names'
import {
  ATLANTO_OCCIPITAL_MEMBRANES,
  type LigamentId,
  ligamentId,
  MEDIAN_ATLANTO_AXIAL,
  type MedianAtlantoAxialId,
  type NerveRoot,
  OCCIPUT,
  type OcciputId,
  PIVOT_LIGAMENTS,
  parseNeuralId,
  rootExit,
} from './neural'
import { partName } from './parts'

/**
 * The links between bones and the joints between them, for the panel: in the home view a facet joint is
 * a sliver a few pixels wide, and a click aimed at one often lands on the bone beside it, so every bone
 * offers its joints and discs one click away (and every joint its bones).
 */

// (the joints and discs on a bone are worked out in ./ids, which the page's first bundle loads without these words)
export { jointsOfBone } from './ids'

/**
 * The ligaments that hold the atlas and axis together at their pivot, for C1's and C2's panels: the transverse
 * ligament of the atlas (across C1's ring, behind C2's dens), the alar pair and the apical ligament (from the
 * dens to the skull) and the tectorial membrane behind them all.
 * They are small and sit inside the ring, where a click cannot reach them. None for any other bone.
 */
export function ligamentsOfBone(bone: BoneId): (LigamentId | MedianAtlantoAxialId | OcciputId)[] {
  const pivot: (LigamentId | MedianAtlantoAxialId)[] = [
    MEDIAN_ATLANTO_AXIAL,
    ...PIVOT_LIGAMENTS.map((name) => ligamentId(name)),
  ]
  // C1 also carries the skull, on the two joints above it, and the membranes from its arches up to it
  const membranes = ATLANTO_OCCIPITAL_MEMBRANES.map((name) => ligamentId(name))
  return bone === 'C1' ? [...pivot, ...membranes, OCCIPUT] : bone === 'C2' ? pivot : []
}

/**
 * The bones a disc or facet joint lies between, upper first ('occiput', the skull's base, above the joints under
 * the skull); [] for a bone.
 */
export function bonesOfJoint(id: StructureId): (BoneId | OcciputId)[] {
  const parsed = parseStructureId(id)
  if (!parsed || (parsed.kind !== 'disc' && parsed.kind !== 'facet')) return []
  const upper = parsed.joint.upper === 'C0' ? OCCIPUT : boneOfLevel(parsed.joint.upper)
  return [upper, boneOfLevel(parsed.joint.lower)].filter((b): b is BoneId | OcciputId => b !== null)
}

/**
 * What a nerve root leaves the spine between, for its panel: the bone above its gap, the disc in front of it,
 * the facet joint behind it on the root's side, and the bone below (the sacrum for L5). C2 has no disc in
 * front (it leaves behind the atlanto-axial joint); none for C1 (under the skull) and the sacral roots.
 */
export function structuresByRoot(root: NerveRoot, side: 'left' | 'right'): StructureId[] {
  const { exit } = rootExit(root)
  if (exit.kind !== 'intervertebral' || exit.upper === 'C0') return []
  const level = { upper: exit.upper, lower: exit.lower } as JointLevel
  const disc = DISC_LEVELS.find((d) => d.upper === level.upper && d.lower === level.lower)
  const joint = FACET_LEVELS.find((f) => f.upper === level.upper && f.lower === level.lower)
  return [
    boneOfLevel(level.upper),
    ...(disc ? [discId(disc)] : []),
    ...(joint ? [facetJointId(joint, side)] : []),
    boneOfLevel(level.lower),
  ].filter((id): id is StructureId => id !== null)
}

/**
 * The conditions Facet shows pressing on a root, on either side: the model shows each on one side (the left),
 * and a right root is pressed on the same way by the same condition on its side.
 */
export function conditionsOnRoot(root: NerveRoot): ConditionId[] {
  return CONDITION_IDS.filter((id) =>
    CONDITION_INVOLVES[id].some((s) => {
      const n = parseNeuralId(s)
      return n?.kind === 'nerve' && n.root === root
    }),
  )
}

/**
 * What users read for a selection: a structure's name, or a part's (plain words, or with the terms when
 * `detailed`). Null for an id that is neither.
 */
export function selectionName(id: string, detailed: boolean): string | null {
  if (id.includes('/')) return partName(id, detailed)
  const parsed = parseStructureId(id)
  return parsed ? structureName(parsed.id) : null
}
