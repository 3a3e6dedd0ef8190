import type { ConditionNamesOverlay } from '../overlay'

/**
 * The conditions' names in Spanish, plain (the glossary's everyday words: hernia de disco, desgaste) and
 * detailed (the clinical terms), by the English ids. The levels (L4–L5, C5–C6, L5 on S1) are the English
 * names' own, and the tests hold them to it.
 */
export const CONDITION_NAMES_ES: ConditionNamesOverlay = {
  'herniation-l4-l5-posterolateral': {
    plain: 'Hernia de disco, parte baja de la espalda (L4–L5)',
    detailed: 'Hernia discal posterolateral, L4–L5',
  },
  'herniation-l4-l5-foraminal': {
    plain: 'Hernia de disco hacia un lado (L4–L5)',
    detailed: 'Hernia discal foraminal, L4–L5',
  },
  'herniation-c5-c6': { plain: 'Hernia de disco en el cuello (C5–C6)', detailed: 'Hernia discal cervical, C5–C6' },
  'spondylolisthesis-l5-s1-isthmic': {
    plain: 'Vértebra que se desliza por una fisura (L5 sobre S1)',
    detailed: 'Espondilolistesis ístmica, L5–S1',
  },
  'spondylolisthesis-l4-l5-degenerative': {
    plain: 'Vértebra que se desliza por desgaste (L4 sobre L5)',
    detailed: 'Espondilolistesis degenerativa, L4–L5',
  },
  'compression-fracture-l1': {
    plain: 'Vértebra aplastada por tener los huesos débiles (L1)',
    detailed: 'Fractura osteoporótica por compresión, L1',
  },
  'disc-degeneration-l4-l5': {
    plain: 'Disco gastado (L4–L5)',
    detailed: 'Degeneración discal con fenómeno de vacío, L4–L5',
  },
  'stenosis-central-l4-l5': {
    plain: 'Poco espacio para los nervios (L4–L5)',
    detailed: 'Estenosis central del canal lumbar, L4–L5',
  },
  'stenosis-foraminal-l4-l5': { plain: 'Salida estrecha del nervio (L4–L5)', detailed: 'Estenosis foraminal, L4–L5' },
  'facet-arthritis-l4-l5': {
    plain: 'Desgaste de las articulaciones de la espalda (L4–L5)',
    detailed: 'Artrosis (osteoartritis) de las articulaciones facetarias, L4–L5',
  },
}
