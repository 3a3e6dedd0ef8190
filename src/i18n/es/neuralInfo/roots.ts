/** The nerve roots, in Spanish: case by case as src/anatomy/neuralInfo/roots.ts builds the English. */
import { inCaudaEquina, NERVE_ROOT_ANATOMY, type NerveRoot } from '../../../anatomy/neural'
import { orderRootFacts, rootExamFacts } from '../../../anatomy/rootExam'
import type { TextPair } from '../../overlay'
import { ROOT_EXAM_ES, ROOT_EXAM_SENTENCES_ES } from '../rootExam'
import { f } from './facts'

const ORD_F = ['primer', 'segundo', 'tercer', 'cuarto']

function exitText(root: NerveRoot): TextPair {
  const a = NERVE_ROOT_ANATOMY[root]
  const e = a.exit
  if (e.kind === 'sacral-foramen') {
    const ord = ORD_F[e.foramen - 1]
    return f(
      `Sale por el ${ord} par de agujeros del sacro. Su rama de delante sale por el frente del sacro.`,
      `Sale por los ${['primeros', 'segundos', 'terceros', 'cuartos'][e.foramen - 1]} agujeros sacros: su ramo ventral por el agujero pélvico (anterior), su ramo dorsal por el dorsal.`,
    )
  }
  if (e.kind === 'sacral-hiatus')
    return f(
      'Sale al final del sacro, por el hueco que hay justo encima del coxis.',
      'Sale del extremo inferior del conducto sacro por el hiato sacro, junto al cóccix.',
    )
  const lower = e.lower === 'S1' ? 'el sacro' : e.lower
  const gap = e.lower === 'S1' ? 'L5–S1' : `${e.upper}–${e.lower}`
  if (root === 'C1')
    return f(
      'Sale entre el cráneo y el primer hueso del cuello, por encima de la parte de atrás de su anillo.',
      'Sale entre el occipital y el atlas, pasando sobre el arco posterior del atlas bajo la arteria vertebral; no hay agujero intervertebral.',
    )
  if (root === 'C2')
    return f(
      'Sale entre los dos primeros huesos del cuello, detrás de la articulación donde se unen.',
      'Sale entre el atlas y el axis, detrás de la articulación atlantoaxial lateral; no hay agujero intervertebral.',
    )
  if (a.relation === 'above')
    return f(
      `Sale por el hueco entre ${e.upper} y ${lower}. En el cuello, cada raíz sale por encima del hueso de su número.`,
      `Sale por el agujero intervertebral ${gap}, por encima del pedículo de ${e.lower}: de C2 a C7 salen por encima de la vértebra del mismo número.`,
    )
  if (a.relation === 'between')
    return f(
      'No hay un hueso C8. Por eso la raíz C8 sale por el hueco entre C7 y T1.',
      'Con ocho nervios cervicales y siete vértebras cervicales, C8 sale por el agujero C7–T1; de T1 hacia abajo, cada raíz sale bajo su propia vértebra.',
    )
  return f(
    `Sale por el hueco entre ${e.upper} y ${lower}. De T1 hacia abajo, cada raíz sale justo debajo del hueso de su número.`,
    `Sale por el agujero intervertebral ${gap}, bajo el pedículo de ${e.upper}: de T1 hacia abajo, cada raíz sale bajo su propia vértebra.`,
  )
}

function ganglionFact(root: NerveRoot): TextPair {
  const a = NERVE_ROOT_ANATOMY[root]
  const bump = 'Un bulto pequeño en la raíz, el ganglio, guarda las células de los nervios que sienten.'
  switch (a.ganglion) {
    case 'above-arch':
      return f(
        `${bump} En C1 es pequeño, y algunas personas no lo tienen.`,
        'Su raíz dorsal y su ganglio son pequeños y a veces faltan; el nervio es sobre todo motor, para los músculos suboccipitales.',
      )
    case 'behind-joint':
      return f(
        `${bump} Aquí está justo detrás de la articulación entre los dos primeros huesos del cuello.`,
        'Su ganglio de la raíz dorsal queda detrás de la articulación atlantoaxial lateral, entre el arco posterior del atlas y la lámina del axis.',
      )
    case 'foramen':
      return f(
        `${bump} Está dentro del hueco de hueso por donde sale la raíz.`,
        'Su ganglio de la raíz dorsal está en el agujero intervertebral, justo antes de que las raíces dorsal y ventral se unan en el nervio espinal.',
      )
    case 'foramen-medial':
    case 'foramen-lateral':
      return f(
        `${bump} Está dentro del hueco de hueso, en su parte ${a.ganglion === 'foramen-medial' ? 'de dentro' : 'de fuera'}.`,
        'Su ganglio de la raíz dorsal está en el agujero: en la zona medial de L1 a L4 y en la lateral en L5 (16 cadáveres con RM); en la RM 3D de 115 adultos sanos, la mayoría de los ganglios lumbares estaban en el agujero y solo el 5,7 % de los de L5 quedaban dentro del conducto.',
      )
    case 'canal':
      return root === 'S1'
        ? f(
            `${bump} En S1 suele estar dentro del canal, no en el hueco.`,
            'El ganglio de la raíz dorsal S1 estaba dentro del conducto en el 83 % de 457 pacientes (imágenes con contraste); los ganglios sacros y coccígeos quedan dentro del conducto sacro.',
          )
        : f(
            `${bump} En las raíces bajas está dentro del canal del sacro.`,
            'Los ganglios de las raíces dorsales sacras y coccígeas quedan dentro del conducto sacro y no en los agujeros.',
          )
  }
}

function segmentFact(root: NerveRoot): TextPair | null {
  if (root === 'C6' || root === 'C7')
    return f(
      'Esta raíz nace de la médula un hueso más arriba, más o menos, que el hueco por donde sale.',
      'Su zona de entrada está a la altura de la vértebra de encima de la suya (C6: 94 %, C7: 81 % de 16 cadáveres), así que baja y sale hacia su agujero.',
    )
  if (/^T([3-9]|1[0-2])$/.test(root))
    return f(
      'Esta raíz nace de la médula unos dos huesos más arriba. Baja junto a la médula antes de girar hacia fuera.',
      'Su zona de entrada queda unas dos vértebras por encima de la suya (T3–T12 en 16 cadáveres), así que baja junto a la médula antes de girar hacia su agujero.',
    )
  if (/^L[2-4]$/.test(root))
    return f(
      'Esta raíz nace de la parte gruesa y baja de la médula, más o menos a la altura de los huesos T10 a T12. Baja en el haz de raíces antes de girar hacia fuera.',
      'Su segmento está en el engrosamiento lumbar de la médula, detrás de T10–T12 más o menos (más ancho en T10–T11 en la RM); baja por la cola de caballo y sale del saco dural cerca de su agujero.',
    )
  if (inCaudaEquina(root))
    return f(
      'Esta raíz nace del extremo inferior de la médula. Baja en el haz de raíces antes de girar hacia fuera.',
      'Su segmento está en el extremo bajo de la médula, en el cono medular o justo encima, cerca de T12–L1; baja por la cola de caballo y sale del saco dural cerca de su agujero.',
    )
  return null
}

function clinicalFacts(root: NerveRoot): TextPair[] {
  const out: TextPair[] = []
  if (root === 'C6' || root === 'C7')
    out.push(
      f(
        'En un estudio de 561 personas con un nervio comprimido en el cuello, C7 fue la raíz afectada más a menudo. Luego venía C6.',
        'En un estudio de población de 561 personas con radiculopatía cervical, la más frecuente fue la monorradiculopatía C7, seguida de C6.',
      ),
    )
  if (root === 'L5')
    out.push(
      f(
        'En L4–L5, la raíz L4 ya ha salido por su propio hueco. La raíz L5 sigue bajando junto al disco. Por eso una hernia en L4–L5 suele apretar L5.',
        'En L4–L5 la raíz L4 ya ha entrado en su agujero, mientras que la vaina de la raíz L5 suele salir del saco a la altura del disco o justo debajo (64 % debajo, 28 % a la altura, 8 % encima, en cadáveres en formol) y lo cruza, así que una hernia posterolateral L4–L5 suele comprimir L5.',
      ),
    )
  if (root === 'S1')
    out.push(
      f(
        'La raíz S1 sale de la bolsa justo encima del disco L5–S1 y pasa junto a él. Por eso una hernia en L5–S1 suele apretar S1.',
        'La vaina de la raíz S1 nace por encima del disco L5–S1 en cerca de tres cuartas partes de los cadáveres y lo cruza, así que una hernia posterolateral L5–S1 suele comprimir S1.',
      ),
    )
  out.push(
    f(
      'Si un brazo, una mano, una pierna o un pie va perdiendo fuerza, vea a un médico ese mismo día. Haga lo mismo si las manos se le vuelven torpes o se siente poco firme al caminar. Si un brazo o una pierna se le duerme o le hormiguea durante unos días, pida una cita urgente con un médico. Si hace poco que siente dormida la zona entre las piernas, tiene problemas nuevos para orinar o pierde fuerza en las dos piernas, vaya ya a la sala de emergencias.',
      'Un miembro que pierde fuerza (como el pie caído) o los signos de compresión medular (manos torpes, marcha inestable) requieren una evaluación médica el mismo día; el entumecimiento o el hormigueo de un miembro durante días, una cita urgente de atención primaria; la anestesia en silla de montar, un trastorno nuevo de la vejiga o del intestino, o la debilidad en ambas piernas, una evaluación inmediata en la sala de emergencias.',
    ),
  )
  return out
}

/** In the English order (src/anatomy/neuralInfo/roots.ts rootFacts). */
export const rootFacts = (root: NerveRoot): TextPair[] =>
  orderRootFacts(
    { exit: exitText(root), ganglion: ganglionFact(root), segment: segmentFact(root), clinical: clinicalFacts(root) },
    rootExamFacts(root, ROOT_EXAM_ES, ROOT_EXAM_SENTENCES_ES),
  )
