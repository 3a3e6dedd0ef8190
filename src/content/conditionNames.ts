import type { ConditionId } from '../anatomy/conditionModels'

/**
 * The conditions' names, plain and detailed: small, so the list and the API can name them without loading
 * their texts (content/conditions.ts).
 */
export const CONDITION_NAMES: Readonly<Record<ConditionId, { readonly plain: string; readonly detailed: string }>> = {
  'herniation-l4-l5-posterolateral': {
    plain: 'Slipped disc, low back (L4–L5)',
    detailed: 'Posterolateral disc herniation, L4–L5',
  },
  'herniation-l4-l5-foraminal': {
    plain: 'Slipped disc, out to the side (L4–L5)',
    detailed: 'Foraminal disc herniation, L4–L5',
  },
  'herniation-c5-c6': { plain: 'Slipped disc in the neck (C5–C6)', detailed: 'Cervical disc herniation, C5–C6' },
  'spondylolisthesis-l5-s1-isthmic': {
    plain: 'Slipped bone from a stress fracture (L5 on S1)',
    detailed: 'Isthmic spondylolisthesis, L5–S1',
  },
  'spondylolisthesis-l4-l5-degenerative': {
    plain: 'Slipped bone from wear (L4 on L5)',
    detailed: 'Degenerative spondylolisthesis, L4–L5',
  },
  'compression-fracture-l1': {
    plain: 'Squashed bone from thin bones (L1)',
    detailed: 'Osteoporotic compression fracture, L1',
  },
  'disc-degeneration-l4-l5': {
    plain: 'Worn disc (L4–L5)',
    detailed: 'Disc degeneration with vacuum phenomenon, L4–L5',
  },
  'stenosis-central-l4-l5': {
    plain: 'Tight space for the nerves (L4–L5)',
    detailed: 'Central lumbar spinal stenosis, L4–L5',
  },
  'stenosis-foraminal-l4-l5': { plain: 'Narrow nerve exit (L4–L5)', detailed: 'Foraminal stenosis, L4–L5' },
  'facet-arthritis-l4-l5': { plain: 'Worn back joints (L4–L5)', detailed: 'Facet joint osteoarthritis, L4–L5' },
}
