/**
 * What the panel says about the cord, the cauda equina, the nerve roots, the ligaments, the sacroiliac
 * joints and the ilia, in Spanish: case by case as src/anatomy/neuralInfo.ts builds the English, in the same
 * order, so each fact keeps the English one's sources.
 */
import type { JointLevel } from '../../anatomy/ids'
import {
  inCaudaEquina,
  NERVE_ROOT_ANATOMY,
  type NerveRoot,
  type NeuralId,
  neural,
  type ParsedNeural,
} from '../../anatomy/neural'
import { orderRootFacts, rootExamFacts } from '../../anatomy/rootExam'
import type { TextPair } from '../overlay'
import { ROOT_EXAM_ES, ROOT_EXAM_SENTENCES_ES } from './rootExam'

const f = (plain: string, detailed: string): TextPair => ({ plain, detailed })

const CORD: readonly TextPair[] = [
  f(
    'La médula espinal es un cable largo y blando de nervios. Baja desde la base del cráneo por los agujeros de los huesos del cuello y de la parte alta de la espalda.',
    'La médula espinal continúa el bulbo raquídeo desde el agujero magno y baja por el conducto vertebral, dentro del saco dural y el líquido cefalorraquídeo; acaba en el cono medular, que se afila.',
  ),
  f(
    'En los hombres mide unos 45 cm, y en las mujeres unos 42 o 43 cm. Es mucho más corta que la columna.',
    'Su longitud adulta es de unos 45 cm en los hombres y 42–43 cm en las mujeres, así que solo ocupa la parte alta del conducto vertebral.',
  ),
  f(
    'Acaba en punta cerca del primer hueso lumbar, L1. En escáneres de 504 adultos, la punta solía estar en la parte baja de L1. En algunos estaba tan alta como T12 o tan baja como L3.',
    'El cono medular termina de media en el tercio inferior de L1 (RM de 504 adultos; rango del tercio medio de T12 al tercio superior de L3, sin diferencias por sexo ni edad). El modelo lo termina en el tercio inferior de L1.',
  ),
  f(
    'La médula es más gruesa en dos sitios. La parte del cuello manda nervios a los brazos. La parte baja manda nervios a las piernas.',
    'Dos engrosamientos llevan los nervios de las extremidades: el cervical, de C3 a T2 más o menos y más ancho en C4–C5 en la RM, y el lumbar, desde T9 más o menos y más ancho en T10–T11, que se afila bajo T12 hasta el cono.',
  ),
  f(
    'Cerca del cráneo mide unos 9 mm de delante atrás y 11 mm de lado a lado. En medio de la espalda es donde es más fina, de unos 6 por 8 mm.',
    'En la RM de adultos sanos mide 8,7 × 11,4 mm (anteroposterior × transversal) en C1, 7,3 × 12,6 mm en C5 y 5,7 × 7,7 mm en T6, su punto más fino (medias calculadas con los datos por sujeto del estudio).',
  ),
  f(
    'De la médula salen pares de nervios a todo lo largo, 31 pares en total. Más abajo, cada par nace de la médula bastante más arriba del hueco por donde sale.',
    'De ella nacen 31 pares de nervios espinales: 8 cervicales, 12 torácicos, 5 lumbares, 5 sacros y 1 coccígeo. Los segmentos medulares quedan por encima de sus vértebras: las zonas de entrada de las raíces C6 y C7, una vértebra más arriba (94 % y 81 % de 16 cadáveres); las de T3–T12, dos vértebras más arriba.',
  ),
]

const CAUDA: readonly TextPair[] = [
  f(
    'Bajo el final de la médula, las raíces de los nervios de las piernas, la vejiga y el intestino bajan en un haz. Se parece un poco a la cola de un caballo.',
    'Por debajo del cono, las raíces lumbares, sacras y coccígeas bajan por el saco dural como cola de caballo; cada una sale del saco cerca del agujero por el que sale.',
  ),
  f(
    'Un hilo fino baja por el medio, desde la punta de la médula hasta el coxis. Dentro de la bolsa mide unos 16 cm.',
    'El filum terminale va del cono al cóccix. Su parte intradural midió 156 mm (113–211 mm) de largo y 1,38 mm de grosor en su inicio en 41 cadáveres, y lo más a menudo se unía a la duramadre en S2.',
  ),
  f(
    'Que algo apriete este haz es raro, pero grave. Si hace poco que usted siente dormida la zona entre las piernas, vaya ya a la sala de emergencias. También si tiene problemas nuevos para orinar o defecar, o pierde fuerza en las dos piernas.',
    'La compresión de la cola de caballo es una urgencia: una anestesia en silla de montar nueva, un trastorno nuevo de la vejiga, del intestino o de la función sexual, o debilidad nueva en ambas piernas requieren valoración urgente el mismo día.',
  ),
]

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
        'En un estudio de 561 personas con un nervio del cuello pinzado, C7 fue la raíz afectada más a menudo. Luego venía C6.',
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
      'Si un brazo, una mano, una pierna o un pie va perdiendo fuerza, vea a un médico ese mismo día. Haga lo mismo si sus manos se vuelven torpes o se siente poco firme al caminar. Si lo nota dormido o con hormigueo unos días, vea a un médico en pocos días. Si hace poco que siente dormida la zona entre las piernas, tiene problemas nuevos para orinar o pierde fuerza en las dos piernas, vaya ya a la sala de emergencias.',
      'Un miembro que pierde fuerza (como el pie caído) o los signos de compresión medular (manos torpes, marcha inestable) requieren una evaluación médica el mismo día; el entumecimiento o el hormigueo de un miembro durante días, una consulta urgente en pocos días; la anestesia en silla de montar, un trastorno nuevo de la vejiga o del intestino, o la debilidad en ambas piernas, una evaluación de urgencia ya.',
    ),
  )
  return out
}

/** In the English order (src/anatomy/neuralInfo.ts rootFacts). */
const rootFacts = (root: NerveRoot): TextPair[] =>
  orderRootFacts(
    { exit: exitText(root), ganglion: ganglionFact(root), segment: segmentFact(root), clinical: clinicalFacts(root) },
    rootExamFacts(root, ROOT_EXAM_ES, ROOT_EXAM_SENTENCES_ES),
  )

const GUESS_SIZE = f(
  'Su tamaño en este modelo es nuestro mejor cálculo.',
  'Su anchura y su grosor son estimaciones; no se encontró ninguna medida publicada.',
)
const GUESS_THICKNESS = f(
  'Su grosor aquí es nuestro mejor cálculo.',
  'No se encontró ningún grosor publicado para este nivel: el del modelo es una estimación.',
)

function ligamentFacts(p: ParsedNeural & { kind: 'ligament' }): TextPair[] {
  switch (p.ligament) {
    case 'anterior-atlanto-occipital':
      return [
        f(
          'Una lámina ancha y fuerte une la parte de arriba del frente del anillo de C1 con el borde de delante del gran agujero de la base del cráneo. Está delante de la clavija de C2 y de los cordones que la sujetan.',
          'La membrana atlantooccipital anterior une el borde anterior del agujero magno con el borde superior del arco anterior del atlas. Es ancha y de fibras densas, se continúa a los lados con las cápsulas de las articulaciones atlantooccipitales y la refuerza en la línea media un cordón redondeado hasta el tubérculo anterior; los ligamentos alares quedan detrás de ella.',
        ),
        f(
          'Ningún estudio que hallamos dio su tamaño. Su anchura y su grosor aquí son nuestro mejor cálculo.',
          'Su anchura y su grosor son estimaciones: los estudios de RM la describen y la miden, pero no se encontró ninguna medida publicada.',
        ),
      ]
    case 'posterior-atlanto-occipital':
      return [
        f(
          'Una lámina ancha y fina une la parte de arriba de la parte de atrás del anillo de C1 con el borde de atrás del gran agujero del cráneo. Está detrás de la médula. A cada lado deja un hueco por donde pasan una arteria y el primer nervio del cuello.',
          'La membrana atlantooccipital posterior une el borde posterior del agujero magno con el borde superior del arco posterior del atlas. Es ancha pero fina, está muy pegada a la duramadre y a cada lado deja una abertura sobre el surco de la arteria vertebral, por la que pasan la arteria y el nervio suboccipital (primer nervio cervical).',
        ),
        f(
          'Ningún estudio que hallamos dio su tamaño. Su anchura y su grosor aquí son nuestro mejor cálculo. Se dibuja estrecha para dejar libres esos huecos.',
          'Su anchura y su grosor son estimaciones: no se encontró ninguna medida publicada. El modelo la deja lo bastante estrecha para no tapar los surcos de las arterias vertebrales y de los primeros nervios cervicales.',
        ),
      ]
    case 'anterior-longitudinal':
      return [
        f(
          'Una banda larga y plana baja por delante de los huesos y los discos, desde el primer hueso del cuello hasta el sacro. Ayuda a que la espalda no se doble demasiado hacia atrás.',
          'El ligamento longitudinal anterior va del atlas (y sigue hasta la base del cráneo) al sacro por delante de los cuerpos vertebrales y los discos; frena la extensión.',
        ),
        f(
          'En el cuello mide unos 7,5 mm de ancho, y la mitad en los dos primeros huesos. Más abajo, el ancho que se ve es nuestro mejor cálculo.',
          'Mide unos 7,5 mm de ancho de C3 a T1 y 3,8 mm en C1–C2 (seis cadáveres). No se encontró ninguna anchura publicada por debajo de T1: la del modelo es una estimación, más o menos la mitad de la anchura del cuerpo.',
        ),
      ]
    case 'posterior-longitudinal':
      return [
        f(
          'Una banda baja por detrás de los huesos y los discos, dentro del canal, justo delante de la médula. Es estrecha sobre los huesos y se abre en abanico sobre los discos.',
          'El ligamento longitudinal posterior recorre la cara posterior de los cuerpos y los discos dentro del conducto, desde el axis (sigue hacia arriba como membrana tectoria) hasta el sacro: estrecho sobre los cuerpos, en abanico sobre los discos. Frena la flexión.',
        ),
        f(
          'En la parte baja de la espalda se hace fina. Mide unos 8 mm de ancho en L1, pero solo unos 2 mm en L5.',
          'En la columna lumbar se estrecha de 7,8 mm en L1 a 1,9 mm en L5 (13 cadáveres). Sobre los discos, su banda central mide de 8,5 mm en L1–L2 a 4,8 mm en L5–S1, y su abanico 14,7–20,5 mm (14 cadáveres). En el cuello mide unos 7,5 mm de ancho.',
        ),
      ]
    case 'supraspinous':
      return [
        f(
          'Un cordón duro pasa sobre las puntas de atrás de la columna, desde C7 hasta L4 más o menos. Ayuda a que la columna no se doble demasiado hacia delante.',
          'El ligamento supraespinoso une las puntas de las apófisis espinosas desde C7, continuando el ligamento nucal; en la columna lumbar termina en L4 o L5, y por debajo lo sustituyen fibras tendinosas cruzadas del erector de la columna. El modelo lo termina en L4.',
        ),
        GUESS_SIZE,
      ]
    case 'nuchae':
      return [
        f(
          'En la nuca, una pared fina de tejido duro baja desde la parte de atrás del cráneo hasta C7. Los músculos del cuello se sujetan a ella.',
          'El ligamento nucal es un rafe dorsal de fibras entrelazadas del trapecio, el esplenio de la cabeza y el romboides menor, desde la protuberancia occipital externa hasta C7, con un tabique fascial medio que va hacia delante hasta las espinosas cervicales y las membranas atlantooccipital y atlantoaxial (10 cadáveres).',
        ),
        f(
          'Solo se muestra la base del cráneo, con una forma simple. Así que dónde está el extremo de arriba es nuestro mejor cálculo. Su tamaño también.',
          'El cráneo solo está modelado alrededor del agujero magno: la posición de la protuberancia occipital externa, hasta la que llega la escama dibujada, y el tamaño del ligamento son estimaciones.',
        ),
      ]
    case 'transverse-atlas':
      return [
        f(
          'Esta banda fuerte cruza el anillo de C1 de un lado al otro. Sujeta la clavija de C2 contra la parte de delante del anillo. Así la clavija no toca la médula, que pasa justo detrás.',
          'El ligamento transverso del atlas cruza el anillo entre los tubérculos de la cara interna de las masas laterales y se arquea por detrás del diente; la cara posterior del diente se articula con la cara anterior del ligamento, revestida de cartílago. Con sus fascículos superior e inferior forma el ligamento cruciforme. Sujeta el diente contra el arco anterior y divide el anillo en un espacio anterior para el diente y otro posterior, mayor, para la médula y sus meninges.',
        ),
        f(
          'En un estudio de 20 cuellos medía unos 21 mm de largo.',
          'Longitud media estimada de 21 mm (20 piezas frescas, digitalización 3D de huesos marcados).',
        ),
        f(
          'Su altura y su grosor aquí son nuestro mejor cálculo.',
          'Su altura y su grosor son estimaciones; la longitud entre los tubérculos del atlas del modelo se comprueba con la media publicada.',
        ),
      ]
    case 'alar':
      return [
        f(
          'Dos cordones cortos y fuertes suben desde lo alto de la clavija de C2 hasta la base del cráneo, uno a cada lado. Evitan que la cabeza gire demasiado.',
          'Los ligamentos alares van de las caras laterales altas del diente a la cara medial de los cóndilos occipitales.',
        ),
        f(
          'Cada uno impide que la cabeza gire demasiado hacia el otro lado. El cordón izquierdo frena el giro a la derecha.',
          'Cada uno frena la rotación axial de la cabeza hacia el lado contrario: el ligamento alar izquierdo limita la rotación a la derecha, y al revés (19 piezas). Cada uno mide 10–13 mm de largo y tiene una sección elíptica de unos 3 × 6 mm.',
        ),
        f(
          'También frenan la inclinación de la cabeza hacia un lado. En un estudio, al cortar el cordón izquierdo, la cabeza se inclinaba más a la derecha.',
          'También limitan la inclinación lateral hacia el lado contrario: cortar el ligamento alar izquierdo aumentó la zona neutra de la inclinación a la derecha en C0–C1 y la inclinación a la derecha en C1–C2, no a la izquierda (10 piezas).',
        ),
        f(
          'En un estudio de 20 cuellos medían unos 9 mm de largo.',
          'Longitud media de 9 ± 2,5 mm, con 117° ± 31° entre los dos (20 piezas frescas).',
        ),
        f(
          'Aquí acaban en la cara de dentro de los dos bultos de la base del cráneo. Su largo encaja con los estudios. Su grosor es nuestro mejor cálculo.',
          'Los cordones terminan en la cara medial de los cóndilos occipitales del modelo, con 10,9 mm de largo y 108° entre ellos, dentro de una desviación estándar de los 9 ± 2,5 mm y 117° ± 31° publicados; los cordones redondos del modelo miden 5 mm de ancho, una estimación entre los 3 y 6 mm publicados.',
        ),
      ]
    case 'apical':
      return [
        f(
          'Un cordón fino sube recto desde la punta de la clavija de C2 hasta el cráneo. Acaba en el borde de delante del gran agujero de la base del cráneo, donde empieza la médula.',
          'El ligamento del vértice del diente va del vértice del diente al borde anterior del agujero magno (el basion), entre los dos ligamentos alares.',
        ),
        f(
          'Es pequeño y sujeta poco. En un estudio de 20 cuerpos, 1 de cada 5 no lo tenía.',
          'Ausente en el 20 % de 20 cadáveres adultos; se describe como una estructura vestigial que no añade estabilidad importante.',
        ),
        f(
          'En escáneres de 200 adultos, la punta de la clavija estaba a menos de 8,5 mm del cráneo en 95 de cada 100. El cordón cruza ese hueco.',
          'El intervalo basion–diente, que el ligamento recorre, fue menor de 8,5 mm en el 95 % de 200 adultos en la TC.',
        ),
        f(
          'Aquí el borde de delante del gran agujero queda 5,5 mm por encima de la punta de la clavija. Es nuestro mejor cálculo. En escáneres, 95 de cada 100 adultos tenían menos de 8,5 mm. Su grosor también es un cálculo.',
          'El basion del modelo queda 5,5 mm por encima de la punta del diente, una estimación por debajo del límite de 8,5 mm del 95 % de los adultos en la TC; la anchura del cordón es una estimación.',
        ),
      ]
    case 'tectorial':
      return [
        f(
          'Una lámina ancha y fina sube desde la parte de atrás del cuerpo de C2. Pasa por detrás de la clavija y de la banda que la sujeta, y se abre sobre la base del cráneo. Su capa de fuera sigue hacia abajo como la banda larga de dentro del canal.',
          'La membrana tectoria es la continuación hacia arriba del ligamento longitudinal posterior: una capa profunda fija a la cara posterior del cuerpo de C2 y otra superficial que continúa en el ligamento longitudinal posterior; ambas se abren en abanico sobre la base del cráneo, delante del agujero magno (11 cadáveres).',
        ),
        f(
          'Ayuda a que la cabeza no se doble demasiado hacia delante. En un estudio, al cortarla, la cabeza se doblaba unos 7° más hacia delante. Hacia atrás no cambió.',
          'Cortarla aumentó la flexión del complejo occipucio–C1–C2 en 6,7° y la rotación axial en 5,9°; la extensión no cambió (5 piezas).',
        ),
        f(
          'Dónde acaba arriba, en el cráneo, es nuestro mejor cálculo. Su anchura y su grosor también.',
          'No se encontró ninguna medida publicada: su anchura, su grosor y hasta dónde sube por el clivus son estimaciones.',
        ),
      ]
    case 'flavum': {
      const level = p.level as JointLevel
      const lumbar = level.upper.startsWith('L')
      return [
        f(
          'Esta banda amarilla y elástica une los arcos de dos huesos. Cubre la parte de atrás del canal, justo detrás de la médula o de las raíces.',
          'El ligamento amarillo une las láminas de vértebras vecinas y reviste la parte posterior del conducto; sus fibras elásticas le dan el color amarillo y le permiten estirarse cuando la columna se flexiona y recuperarse al enderezarse.',
        ),
        lumbar
          ? f(
              'En escáneres de adultos sanos medía de 3 a 4 mm de grueso en la parte baja de la espalda.',
              'Grosor normal en la RM (350 adultos, lado derecho): 3,19 mm en L2–L3, 3,38 en L3–L4, 3,71 en L4–L5 y 3,64 en L5–S1; L1–L2 no está en el estudio, y su grosor aquí es una estimación.',
            )
          : GUESS_THICKNESS,
      ]
    }
    case 'interspinous':
      return [
        f(
          'Una hoja fina de tejido une las puntas de atrás de dos huesos. Ayuda a que la columna no se doble demasiado hacia delante.',
          'El ligamento interespinoso une apófisis espinosas vecinas, entre el ligamento amarillo delante y el supraespinoso detrás; sus fibras frenan la flexión.',
        ),
        (p.level as JointLevel).upper.startsWith('L')
          ? f(
              'En la parte baja de la espalda es muy fina, de menos de 1 mm. Es más gruesa abajo del todo, entre L5 y el sacro.',
              'En 25 cadáveres midió 0,22 mm de grosor en los espacios lumbares altos, 0,37 mm en los medios y 0,72 mm en L5–S1.',
            )
          : GUESS_THICKNESS,
      ]
    case 'intertransverse':
      return [
        f(
          'Una banda fina une los brazos laterales de dos huesos. En el cuello casi no hay; la sustituyen músculos pequeños.',
          'El ligamento intertransverso une apófisis transversas vecinas: unas pocas fibras sueltas en el cuello, donde lo sustituyen los músculos intertransversos, cordones redondeados en el tórax y una membrana fina en la columna lumbar.',
        ),
        GUESS_SIZE,
      ]
  }
}

const SI: readonly TextPair[] = [
  f(
    'Es la articulación entre el sacro y el hueso de la cadera. Como las articulaciones pequeñas de la columna, tiene líquido dentro. Unas bandas muy fuertes la mantienen firme.',
    'La articulación sacroilíaca es sinovial por delante, entre las carillas auriculares del sacro y el ilion, y está unida por detrás por los ligamentos sacroilíacos interóseos. Su cartílago tiene crestas y hundimientos que encajan entre sí, más marcados en los hombres.',
  ),
  f(
    'Su cara de articulación tiene forma de L, con un brazo corto y uno largo. En los hombres mide unos 11 cm², y en las mujeres unos 10.',
    'Tiene forma de L: brazos de unos 4,4 y 5,6 cm, de 2,0 cm de ancho y separados 93° en la cara externa del ilion (10 articulaciones). Su superficie articular en hueso seco es de 1138 mm² en los hombres y 993 mm² en las mujeres. El modelo mantiene las proporciones de la L, a escala de la superficie de los hombres; su inclinación es una estimación.',
  ),
  f(
    'Se mueve muy poco. En adultos sanos giró unos 2° y se deslizó menos de 1 mm.',
    'En 24 adultos sanos de 20 a 50 años, su rotación total media fue de 1,7° y su traslación de 0,7 mm entre posturas (estereofotogrametría de marcadores óseos).',
  ),
  f(
    'Empujar la parte baja de la espalda suele hacer chasquidos. En un estudio, la mayoría venía de las articulaciones bajas a las que se apuntaba. Unos pocos venían de más arriba o de esta articulación. Ningún estudio que hallamos prueba que esta articulación haga el ruido.',
    'Durante la manipulación lumbar, el 71,7 % de las cavitaciones localizadas con acelerómetros vinieron de los niveles tratados (L3/4–L5/S1) y el resto de L1/2, L2/3 o la articulación sacroilíaca. No se encontró ningún estudio que aísle una cavitación sacroilíaca audible.',
  ),
]

const ILIUM: readonly TextPair[] = [
  f(
    'El ilion es la parte grande de arriba del hueso de la cadera, con forma de ala. El sacro encaja entre los dos.',
    'El ilion, la parte superior del hueso coxal, se une al sacro por su carilla auricular; la cresta ilíaca recorre su borde superior.',
  ),
  f(
    'Una banda fuerte ata el brazo lateral de L5 al borde de arriba del ilion. En un estudio medía unos 32 mm.',
    'El ligamento iliolumbar une la apófisis transversa de L5 a la cresta ilíaca: longitud media 31,7 mm, una sola banda en 44 de 60.',
  ),
  f(
    'Solo se muestra la parte cerca de la columna, con una forma simple. Es nuestro mejor cálculo, para ver dónde está la articulación.',
    'Solo se muestra la parte del ilion cercana a la articulación sacroilíaca, con una forma simplificada: una estimación, para situar la articulación.',
  ),
]

const OCCIPUT: readonly TextPair[] = [
  f(
    'Esta es la parte de abajo del cráneo. La cabeza se apoya en C1 sobre dos bultos lisos de este hueso, uno a cada lado.',
    'La base del hueso occipital: la porción basilar (la parte baja del clivus) delante, los cóndilos occipitales a los lados y la escama detrás, alrededor del agujero magno. Los cóndilos son convexos y miran hacia abajo y afuera, sobre las carillas superiores del atlas.',
  ),
  f(
    'En el centro está el agujero más grande del cráneo. Aquí el tronco del encéfalo pasa a ser la médula espinal. Las dos arterias que suben por los huesos del cuello también pasan por él.',
    'El agujero magno, un óvalo más largo de delante atrás y más ancho por detrás, deja pasar el bulbo donde se continúa con la médula espinal, con sus meninges, las arterias vertebrales y las raíces espinales de los nervios accesorios; en 75 cráneos secos midió de media 35,1 × 29,4 mm.',
  ),
  f(
    'Los dos bultos se mecen en dos cazoletas encima de C1 cuando usted dice que sí con la cabeza. En escáneres de 157 adultos, esta articulación se movió unos 10 grados en total, de la barbilla abajo a la barbilla arriba, de media.',
    'Las articulaciones atlantooccipitales son un par de articulaciones sinoviales condíleas que se mueven sobre todo en flexión y extensión, con algo de inclinación lateral. En la RM de 157 voluntarios sanos, la flexión–extensión en C0–C1 fue de 9,9° de media (rango normal 0–21°).',
  ),
  f(
    'Esta articulación casi no gira: unos 2 grados a cada lado, de media. Cuando usted dice que no con la cabeza, mucho más del giro se hace una articulación más abajo, entre C1 y C2.',
    'En la RM en 3D de 15 voluntarios, la rotación axial en C0–C1 fue de 1,7 ± 1,5° a cada lado, frente a 36,2° en C1–C2; al girar la cabeza, C0–C1 además se inclinó un poco al lado contrario y se extendió.',
  ),
  f(
    'Aquí acaban los amarres de la clavija de C2. Los dos cordones cortos acaban en la cara de dentro de los bultos. El cordón fino acaba en el borde de delante del agujero. La lámina ancha acaba en la cuesta de hueso de encima.',
    'Los ligamentos alares se fijan en un tubérculo de la cara medial de cada cóndilo, el ligamento apical en el basion y la membrana tectoria en la cara superior (craneal) de la porción basilar, delante del agujero magno.',
  ),
  f(
    'Solo se muestra la parte del cráneo que rodea el agujero, con una forma simple. Los tamaños del agujero y de los bultos vienen de estudios. El resto de la forma es nuestro mejor cálculo.',
    'Solo se modela la base alrededor del agujero magno. El agujero y los cóndilos (22,4 × 11,2 × 9,9 mm en la TC de 340 cóndilos) tienen tamaños medios publicados, y el clivus sube con el ángulo clivoaxial publicado; los grosores del hueso, la escama y la altura del basion sobre el diente son estimaciones. Los cóndilos siguen las articulaciones C0–C1 del modelo, así que convergen hacia delante menos que en los cráneos secos (puntas delanteras a 21 mm, traseras a 41,6 mm, 404 cóndilos).',
  ),
]

const MEDIAN_AA: readonly TextPair[] = [
  f(
    'Esta es la articulación que le deja girar la cabeza para decir que no. La clavija de C2 se apoya en la cara de dentro del frente del anillo de C1. Al girar la cabeza, C1 y el cráneo giran alrededor de la clavija.',
    'La articulación atlantoaxial media es una articulación sinovial en pivote entre la carilla anterior del diente y la carilla para el diente de la cara posterior del arco anterior del atlas; con las dos articulaciones atlantoaxiales laterales deja que el atlas y la cabeza giren alrededor del diente.',
  ),
  f(
    'Detrás de la clavija, una banda fuerte la sujeta. Allí hay una segunda articulación pequeña, entre la parte de atrás de la clavija y esa banda.',
    'Una segunda cavidad sinovial queda entre la cara posterior del diente y la cara anterior, revestida de cartílago, del ligamento transverso del atlas, a menudo descrita como una bolsa; el ligamento mantiene el diente contra el arco anterior.',
  ),
  f(
    'En escáneres de 200 adultos, el hueco de esta articulación medía unos 1,3 mm de media. En 95 de cada 100 personas era de menos de 2 mm. Los médicos miden este hueco cuando revisan el cuello tras un golpe.',
    'El intervalo atlantodental (de la cara posterior del arco anterior a la cara anterior del diente) fue de 1,3 ± 0,37 mm de media en la TC de 200 adultos y menor de 2 mm en el 95 %; en la radiografía simple los límites clásicos son 3 mm en hombres y 2,5 mm en mujeres.',
  ),
  f(
    'La cara de la articulación en C1 mide unos 9 mm de alto y 9 mm de ancho.',
    'La carilla para el diente del atlas mide 8,96 mm de alto por 9,18 mm de ancho (100 atlas secos).',
  ),
  f(
    'Aquí la articulación llena el hueco que dejan los huesos del modelo. Su forma es nuestro mejor cálculo.',
    'La articulación del modelo llena el espacio que dejan el diente y el arco anterior generados, tan ancha y alta como la carilla publicada; su curvatura y su grosor son estimaciones.',
  ),
]

/** The Spanish facts about the cord and the rest, in `neuralInfo`'s order. */
export function neuralFactsEs(id: NeuralId): readonly TextPair[] {
  const p = neural(id)
  switch (p.kind) {
    case 'cord':
      return CORD
    case 'cauda-equina':
      return CAUDA
    case 'nerve':
      return rootFacts(p.root)
    case 'ligament':
      return ligamentFacts(p)
    case 'si-joint':
      return SI
    case 'ilium':
      return ILIUM
    case 'median-atlanto-axial':
      return MEDIAN_AA
    case 'occiput':
      return OCCIPUT
  }
}
