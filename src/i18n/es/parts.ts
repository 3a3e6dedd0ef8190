/**
 * What each part of a bone is and what lies next to it, in Spanish: case by case as src/anatomy/parts/
 * builds the English (by part kind, then by level or region where the English varies), so each text keeps
 * the English one's sources. Plain texts say "usted", use short sentences and common words.
 */
import { type BoneId, type JointLower, type JointUpper, VERTEBRA_LEVELS, type VertebraLevel } from '../../anatomy/ids'
import { type PartKind, parsePartId } from '../../anatomy/parts'
import type { TextPair } from '../overlay'
import { ORDINALS_F } from './anatomyNames'

const f = (plain: string, detailed: string): TextPair => ({ plain, detailed })
interface PartText {
  readonly what: TextPair
  readonly nextTo: TextPair
}
const t = (what: TextPair, nextTo: TextPair): PartText => ({ what, nextTo })

const regionOf = (level: VertebraLevel) => level[0] as 'C' | 'T' | 'L'
const numberOf = (level: VertebraLevel) => Number(level.slice(1))
const indexOf = (level: VertebraLevel) => VERTEBRA_LEVELS.indexOf(level)
const boneBelow = (level: VertebraLevel): JointLower => VERTEBRA_LEVELS[indexOf(level) + 1] ?? 'S1'
const boneAbove = (level: VertebraLevel): JointUpper => VERTEBRA_LEVELS[indexOf(level) - 1] ?? 'C0'

/** The spinal nerve that leaves below `upper` (as in src/anatomy/parts/: C numbered for the bone below, T1 down for the one above). */
function rootBelow(upper: JointUpper): string {
  if (upper === 'C0') return 'C1'
  if (upper.startsWith('C')) return `C${Number(upper.slice(1)) + 1}`
  return upper
}

/** A bone in a sentence: 'L4', or 'el sacro'. */
const inText = (bone: JointLower | JointUpper): string => (bone === 'S1' ? 'el sacro' : bone)

/** A rib by its number, the first twelve in words ('la quinta costilla'). */
const rib = (n: number) => `${ORDINALS_F[n - 1] ?? `${n}.ª`} costilla`

/** The synovial joint between two bones, as a student names it. */
function jointName(upper: JointUpper, lower: JointLower): string {
  if (upper === 'C0') return 'la articulación atlantooccipital'
  if (upper === 'C1') return 'la articulación atlantoaxial lateral (C1–C2)'
  return `la articulación facetaria ${upper}–${lower}`
}

const capsule = (joint: string): TextPair =>
  f(
    'Una bolsa cerrada con un poco de líquido envuelve esta articulación. Es el tipo de unión que puede crujir.',
    `Una cápsula fibrosa revestida de sinovial envuelve ${joint}; es el tipo de articulación que cavita (“cruje”).`,
  )

function canalContents(level: VertebraLevel): TextPair {
  const i = indexOf(level)
  if (level === 'C1')
    return f(
      'La médula espinal baja por la parte de atrás de este anillo. La parte de delante aloja el diente de C2.',
      'La médula espinal, en su saco dural, pasa por la parte posterior del anillo; la parte anterior aloja el diente, separado de la médula por el ligamento transverso del atlas.',
    )
  if (i < indexOf('T12'))
    return f(
      'La médula espinal baja por este agujero. Una bolsa dura con líquido la envuelve.',
      'La médula espinal pasa por él dentro del saco dural y el líquido cefalorraquídeo, con grasa epidural y venas alrededor del saco.',
    )
  if (level === 'T12')
    return f(
      'El final de la médula espinal pasa por aquí. En la mayoría de los adultos la médula acaba justo debajo, cerca de L1.',
      'Pasa por él la médula inferior (el engrosamiento lumbar, que se estrecha en el cono medular); en la mayoría de los adultos el cono termina cerca de L1 o del disco L1–L2.',
    )
  if (level === 'L1')
    return f(
      'En la mayoría de los adultos la médula espinal acaba cerca de este hueso. De su punta sale un haz de raíces nerviosas que sigue hacia abajo.',
      'En la mayoría de los adultos el cono medular, el extremo afilado de la médula, está cerca de L1 o del disco L1–L2, rodeado por las raíces de la cola de caballo, que siguen hacia abajo.',
    )
  return f(
    'La médula espinal acaba más arriba. Aquí baja por el agujero un haz de raíces nerviosas, en una bolsa con líquido.',
    'Por debajo del final de la médula (por lo general cerca de L1 o del disco L1–L2) el conducto aloja la cola de caballo: las raíces lumbares y sacras en el saco dural, bañadas en líquido cefalorraquídeo.',
  )
}

/** What lies in front of a lamina: the cord down to L1, the roots below. */
const canalWord = (level: VertebraLevel): TextPair =>
  indexOf(level) <= indexOf('L1')
    ? f('la médula espinal', 'la médula espinal')
    : f('las raíces nerviosas', 'la cola de caballo')

function vertebraPartEs(level: VertebraLevel, part: PartKind): PartText | null {
  const n = numberOf(level)
  const above = boneAbove(level)
  const below = boneBelow(level)
  switch (part) {
    case 'body':
      return t(
        level === 'C2'
          ? f(
              'Es el bloque sólido de la parte de delante del hueso. De su parte de arriba sale una clavija de hueso.',
              'El cuerpo vertebral del axis, de cuya cara superior se eleva el diente.',
            )
          : f(
              'Es el bloque sólido de la parte de delante del hueso. Lleva la mayor parte del peso.',
              'El cuerpo vertebral: un cilindro corto de hueso esponjoso en una fina capa cortical, cubierto por los platillos, que soporta la mayor parte de la carga.',
            ),
        level === 'C2'
          ? f(
              'Debajo tiene un disco. Una banda fuerte baja por su frente, y otra por su parte de atrás.',
              'El disco C2–C3 se apoya en su platillo inferior; no hay disco por encima. El ligamento longitudinal anterior baja por su cara anterior y el longitudinal posterior por su cara posterior, dentro del conducto.',
            )
          : f(
              'Tiene un disco encima y otro debajo. Una banda fuerte baja por su frente, y otra por su parte de atrás.',
              `El disco ${above}–${level} se apoya en su platillo superior y el disco ${level}–${below} en el inferior. El ligamento longitudinal anterior baja por su cara anterior y el longitudinal posterior por su cara posterior, dentro del conducto.`,
            ),
      )
    case 'pedicle': {
      const under = rootBelow(level)
      const over = rootBelow(above)
      return t(
        f(
          'Es un puente de hueso corto y grueso. Une el bloque de delante con el anillo de hueso de atrás.',
          'El pedículo: la barra corta y robusta que une el cuerpo vertebral con el arco posterior. Los pedículos forman las paredes laterales del agujero vertebral.',
        ),
        f(
          `El nervio ${under} sale de la columna justo debajo de este puente, por el hueco entre ${level} y ${inText(below)}. El nervio ${over} sale justo encima.`,
          level === 'C2'
            ? 'El nervio espinal C3 sale por el agujero intervertebral situado bajo este pedículo (C2–C3); el nervio C2 sale por encima, detrás de la articulación atlantoaxial lateral, donde no hay agujero.'
            : `El nervio espinal ${under} sale por el agujero intervertebral situado bajo este pedículo (${level}–${below}); el nervio ${over} sale por el agujero de encima.`,
        ),
      )
    }
    case 'lamina': {
      const inside = canalWord(level)
      // the verb agrees with what lies there: 'La médula espinal está', 'Las raíces nerviosas están'
      const verb = inside.plain.startsWith('las ') ? 'están' : 'está'
      const inFront = `${inside.plain.charAt(0).toUpperCase()}${inside.plain.slice(1)} ${verb} justo delante.`
      return t(
        f(
          'Es una placa plana de hueso. Las dos placas se juntan atrás y cierran el anillo que rodea el canal.',
          'La lámina: la placa plana que va hacia atrás desde el pedículo hasta unirse con la del otro lado en la línea media, donde nace la apófisis espinosa. Las dos láminas forman el techo del conducto vertebral.',
        ),
        level === 'C2'
          ? f(
              `Una banda elástica la une a la placa de abajo. ${inFront}`,
              `El ligamento amarillo la une a la lámina de C3 (entre C1 y C2 lo sustituye una membrana fina); ${inside.detailed} queda justo delante, en el saco dural.`,
            )
          : f(
              `Una banda elástica la une a las placas de arriba y de abajo. ${inFront}`,
              `El ligamento amarillo la une a las láminas de arriba y de abajo; ${inside.detailed} queda justo delante, en el saco dural.`,
            ),
      )
    }
    case 'superior-articular-process': {
      const root = rootBelow(above)
      return t(
        f(
          `Es un saliente de hueso que sube. Su cara lisa forma una articulación pequeña con ${above === 'C1' ? 'C1' : `${above}, el hueso de arriba`}.`,
          level === 'C2'
            ? 'En el axis, las superficies articulares superiores quedan bajas y anchas, sobre el cuerpo y los pedículos a los lados del diente; sostienen el atlas en las articulaciones atlantoaxiales laterales.'
            : `La apófisis articular superior nace de la unión del pedículo y la lámina; su carilla forma ${jointName(above, level)} con la apófisis articular inferior de ${above}.`,
        ),
        level === 'C2'
          ? f(
              'El nervio C2 pasa justo detrás de esta articulación. No sale por un hueco entre dos huesos, como los nervios de abajo.',
              'El nervio espinal C2 y su ganglio quedan justo detrás de la articulación atlantoaxial lateral; entre C1 y C2 no hay agujero intervertebral.',
            )
          : f(
              `El nervio ${root} sale de la columna justo delante de este saliente, por el hueco entre ${above} y ${level}.`,
              `Forma la pared posterior del agujero intervertebral ${above}–${level}, por el que sale el nervio espinal ${root} justo delante de ella.`,
            ),
      )
    }
    case 'superior-articular-facet':
      if (level === 'C1')
        return t(
          f(
            'Es una copa larga y hueca encima del bloque lateral. En ella se apoya un saliente de la base del cráneo.',
            'La carilla superior de la masa lateral, cóncava y en forma de riñón, recibe el cóndilo occipital en la articulación atlantooccipital.',
          ),
          capsule(jointName('C0', 'C1')),
        )
      return t(
        f(
          'Es la cara lisa del saliente de arriba. Una capa resbaladiza la cubre, y así se desliza sobre el hueso de arriba.',
          `La superficie articular, cubierta de cartílago, de la apófisis articular superior: la mitad inferior de ${jointName(above, level)}.`,
        ),
        capsule(jointName(above, level)),
      )
    case 'inferior-articular-process': {
      const root = rootBelow(level)
      return t(
        f(
          `Es un saliente de hueso que baja. Su cara lisa forma una articulación pequeña con ${inText(below)}, el hueso de abajo.`,
          `La apófisis articular inferior desciende desde la lámina; su carilla forma ${jointName(level, below)} con la apófisis articular superior de ${below}.`,
        ),
        f(
          `El nervio ${root} sale de la columna justo delante de esta articulación, por el hueco entre ${level} y ${inText(below)}.`,
          `${jointName(level, below).replace(/^la/, 'La')} forma la pared posterior del agujero intervertebral ${level}–${below}, por el que sale el nervio espinal ${root}.`,
        ),
      )
    }
    case 'inferior-articular-facet':
      if (level === 'C1')
        return t(
          f(
            'Es una cara redonda y casi plana bajo el bloque lateral. Se apoya en la cara de arriba de C2.',
            'La carilla inferior de la masa lateral, plana o algo cóncava y casi circular: la mitad superior de la articulación atlantoaxial lateral.',
          ),
          capsule(jointName('C1', 'C2')),
        )
      return t(
        f(
          'Es la cara lisa del saliente de abajo. Una capa resbaladiza la cubre, y así se desliza sobre el hueso de abajo.',
          `La superficie articular, cubierta de cartílago, de la apófisis articular inferior: la mitad superior de ${jointName(level, below)}.`,
        ),
        capsule(jointName(level, below)),
      )
    case 'transverse-process':
      return t(transverseWhat(level), transverseNextTo(level))
    case 'transverse-foramen':
      return t(
        level === 'C7'
          ? f(
              'Es un agujero pequeño en el brazo lateral. Solo los huesos del cuello tienen estos agujeros, y en C7 es el más pequeño.',
              'El agujero transverso atraviesa la apófisis transversa de cada vértebra cervical; en C7 es pequeño y puede ser doble o faltar.',
            )
          : f(
              'Es un agujero redondo en el brazo lateral. Solo los huesos del cuello tienen estos agujeros.',
              'El agujero transverso atraviesa la apófisis transversa de cada vértebra cervical, entre sus raíces anterior y posterior.',
            ),
        transverseForamenNextTo(level),
      )
    case 'uncinate-process':
      return t(
        f(
          'Es un borde bajo de hueso que sube al lado de la cara de arriba del bloque. Ayuda a que el hueso de arriba no se deslice de lado.',
          `La apófisis unciforme: el borde lateral levantado del platillo superior. Se une a un bisel del cuerpo de ${above} en la articulación uncovertebral (de Luschka) y limita el desplazamiento lateral.`,
        ),
        f(
          `El nervio ${level} sale de la columna justo detrás de este borde. Con la edad, el hueso que crece aquí puede estrechar la salida del nervio.`,
          `Forma la pared anterior e interna del agujero intervertebral ${above}–${level}, así que la raíz ${level} queda justo detrás; los osteofitos que aparecen aquí con la edad pueden estrechar el agujero.`,
        ),
      )
    case 'spinous-process':
      return t(spinousWhat(level), spinousNextTo(level))
    case 'spinous-tubercle':
      return t(
        f(
          'La punta de atrás de este hueso se parte en dos bultos pequeños. Este es uno de ellos.',
          level === 'C2'
            ? 'Uno de los dos tubérculos de la apófisis espinosa, grande y bífida, del axis.'
            : 'Uno de los dos tubérculos de la apófisis espinosa bífida, como describen los textos de anatomía para C3–C6.',
        ),
        f(
          'Los músculos profundos del cuello y la banda gruesa de la nuca se sujetan a él.',
          'El ligamento nucal y los músculos profundos posteriores del cuello se insertan en los tubérculos.',
        ),
      )
    case 'vertebral-foramen':
      return t(
        f(
          'Es el agujero grande en medio del anillo de hueso. Los agujeros de todos los huesos se alinean y forman el canal de la columna.',
          level === 'C1'
            ? 'El amplio agujero vertebral del atlas, limitado por el arco anterior, las masas laterales y el arco posterior; con los agujeros de abajo forma el conducto vertebral.'
            : 'El agujero vertebral, limitado por el cuerpo delante, los pedículos a los lados y las láminas detrás; los agujeros de todas las vértebras se apilan en el conducto vertebral.',
        ),
        canalContents(level),
      )
    case 'costal-facet-upper':
    case 'costal-facet-lower':
    case 'costal-facet':
      return costalFacet(n, part)
    case 'transverse-costal-facet':
      return t(
        f(
          `Es una cara lisa cerca de la punta del brazo lateral. Un bulto de la parte de atrás de la costilla ${n} se apoya en ella.`,
          `La carilla costal transversa se articula con el tubérculo de la ${rib(n)} en la articulación costotransversa; T11 y T12 no la tienen.`,
        ),
        f(
          `El cuello de la costilla ${n} está justo delante. Unas bandas cortas atan la costilla a este brazo.`,
          `El cuello de la ${rib(n)} queda delante de la apófisis transversa, unido a ella por los ligamentos costotransversos.`,
        ),
      )
    case 'mammillary-process':
      return t(
        f(
          'Es un bulto pequeño y redondo en el borde de atrás del saliente de arriba. Un músculo profundo de la espalda se sujeta aquí.',
          'La apófisis mamilar: un tubérculo redondeado en el borde posterior de la apófisis articular superior, donde se inserta el multífido.',
        ),
        medialBranch(),
      )
    case 'accessory-process':
      return t(
        f(
          'Es una espina muy pequeña de hueso en la parte de atrás de la base del brazo lateral.',
          'La apófisis accesoria: un pequeño tubérculo en la cara posterior de la raíz de la apófisis transversa.',
        ),
        medialBranch(),
      )
    case 'dens':
      return t(
        f(
          'Es una clavija de hueso que sube desde el bloque de C2. C1 gira a su alrededor cuando usted gira la cabeza.',
          'El diente (apófisis odontoides) se proyecta hacia arriba desde el cuerpo del axis hasta el anillo del atlas: el eje de la articulación atlantoaxial media.',
        ),
        f(
          'Una banda fuerte lo sujeta contra el arco de delante de C1. La médula espinal queda justo detrás de esa banda.',
          'El ligamento transverso del atlas lo sujeta contra el arco anterior, y los ligamentos alares unen su punta al cráneo; la médula espinal queda justo detrás del ligamento transverso.',
        ),
      )
    case 'dens-facet':
      return t(
        f(
          'Es una cara pequeña y lisa en el frente del diente. Gira contra el arco de delante de C1.',
          'La carilla articular anterior del diente, que se une a la carilla para el diente del arco anterior del atlas en la articulación atlantoaxial media.',
        ),
        f(
          'El arco de delante de C1 está justo enfrente. Entre los dos hay una articulación pequeña y cerrada.',
          'El arco anterior del atlas queda justo delante, al otro lado de una pequeña articulación sinovial.',
        ),
      )
    default:
      return atlasPartEs(part)
  }
}

function transverseWhat(level: VertebraLevel): TextPair {
  const r = regionOf(level)
  const n = numberOf(level)
  if (level === 'C1')
    return f(
      'Es una barra larga de hueso que sale hacia el lado. Sus puntas son la parte más ancha de C1.',
      'La apófisis transversa del atlas es larga y acaba en una punta ancha, el punto más ancho del atlas; su agujero está en su raíz.',
    )
  if (level === 'C2')
    return f(
      'Es una barra pequeña de hueso que sale hacia el lado. Tiene un agujero.',
      'La apófisis transversa del axis es pequeña y apunta hacia abajo y afuera; su agujero transverso gira hacia fuera bajo la superficie articular superior.',
    )
  if (r === 'C')
    return f(
      'Es una barra corta de hueso que sale hacia el lado. Tiene un agujero, y un surco encima.',
      'La apófisis transversa cervical es corta, atravesada por el agujero transverso y con un surco superior para el nervio espinal; acaba en los tubérculos anterior y posterior.',
    )
  if (r === 'T')
    return n <= 10
      ? f(
          `Es una barra fuerte de hueso que sale hacia el lado y atrás. La costilla ${n} se apoya en su punta.`,
          `La apófisis transversa torácica se dirige hacia atrás y afuera; su punta lleva la carilla para el tubérculo de la ${rib(n)}.`,
        )
      : f(
          'Es una barra corta de hueso que sale hacia el lado. En este hueso no se une a ninguna costilla.',
          `La apófisis transversa de ${level} es corta y no tiene carilla para una costilla.`,
        )
  return f(
    level === 'L5'
      ? 'Es una barra corta y gruesa de hueso que sale hacia el lado. Una banda fuerte la une a la parte alta del hueso de la cadera.'
      : 'Es una barra larga y fina de hueso que sale hacia el lado. Los músculos tiran de ella para doblar y girar la parte baja de la espalda.',
    level === 'L5'
      ? 'La apófisis transversa de L5 es corta y gruesa, una palanca para los músculos de la espalda y el anclaje del ligamento iliolumbar.'
      : 'La apófisis transversa lumbar es larga y fina, una palanca para los músculos que inclinan y rotan la columna lumbar.',
  )
}

function transverseNextTo(level: VertebraLevel): TextPair {
  const r = regionOf(level)
  const n = numberOf(level)
  if (level === 'C1')
    return f(
      'Se sujetan a ella músculos pequeños que inclinan y giran la cabeza.',
      'Se insertan en ella músculos que mueven la cabeza sobre el cuello (oblicuos superior e inferior de la cabeza, recto lateral de la cabeza) y el elevador de la escápula.',
    )
  if (level === 'C2')
    return f(
      'Se sujetan a ella músculos pequeños del cuello.',
      'Se insertan en ella músculos del cuello (el elevador de la escápula, los intertransversos y otros).',
    )
  if (r === 'C')
    return f(
      `El nervio ${level} sale por el surco de su parte de arriba.`,
      `El nervio espinal ${level} sale por el surco de su cara superior.`,
    )
  if (r === 'T')
    return n <= 10
      ? f(
          `La costilla ${n} se une a su punta en una articulación pequeña. Los músculos de la espalda se sujetan a lo largo de ella.`,
          `El tubérculo de la ${rib(n)} se une a ella en la articulación costotransversa; se insertan en ella los músculos intertransversos y los profundos de la espalda.`,
        )
      : f(
          'Los músculos de la espalda se sujetan a ella. La costilla de este nivel no la toca.',
          `La ${rib(n)} no tiene articulación costotransversa; en la apófisis se insertan los músculos profundos de la espalda.`,
        )
  return level === 'L5'
    ? f(
        'Una banda fuerte la ata a la parte de arriba de la pelvis. Los músculos de la espalda se sujetan a ella.',
        'El ligamento iliolumbar va de ella a la cresta ilíaca; se insertan en ella los músculos profundos de la espalda y el cuadrado lumbar.',
      )
    : f(
        'Unas bandas cortas la unen a los brazos de arriba y de abajo. Los músculos profundos de la espalda se sujetan a ella.',
        'Los ligamentos y músculos intertransversos la unen a sus vecinas; se insertan en ella el psoas y el cuadrado lumbar.',
      )
}

function transverseForamenNextTo(level: VertebraLevel): TextPair {
  if (level === 'C7')
    return f(
      'La gran arteria del cuello suele entrar un hueso más arriba, en C6, y no pasa por aquí. Aquí hay venas pequeñas, nervios o grasa.',
      'La arteria vertebral no suele pasar por él: entró en C6 en el 92 % de las arterias reunidas de 62 estudios, y ninguno de 32 agujeros de C7 disecados la contenía; tenían venas, nervios o grasa.',
    )
  if (level === 'C1')
    return f(
      'Una arteria grande sube por este agujero. Sube por los agujeros de los lados desde C6, y luego se dobla hacia atrás sobre C1 para llegar al cerebro.',
      'La arteria vertebral, que suele entrar en los agujeros transversos en C6, asciende por él y luego se dobla hacia atrás sobre el arco posterior para entrar en el cráneo.',
    )
  return f(
    'Una arteria grande que va al cerebro sube por este agujero. En la mayoría de las personas entra en C6 y sube por los agujeros de arriba.',
    'La arteria vertebral, con sus venas y su plexo nervioso, asciende por él; suele entrar en C6 (el 92 % de las arterias en una revisión conjunta) y sube por los agujeros de C6 a C1.',
  )
}

const BIFID = new Set(['C2', 'C3', 'C4', 'C5', 'C6'])

function spinousWhat(level: VertebraLevel): TextPair {
  if (BIFID.has(level))
    return f(
      'Es una barra corta de hueso que apunta hacia atrás. En la punta se parte en dos bultos pequeños. Está en lo profundo del cuello.',
      level === 'C2'
        ? 'La apófisis espinosa del axis es grande y bífida: acaba en dos tubérculos.'
        : 'La apófisis espinosa cervical es corta y bífida, acaba en dos tubérculos y queda por debajo del ligamento nucal.',
    )
  if (level === 'C7')
    return f(
      'Es una barra larga de hueso que apunta hacia atrás. Su punta es el bulto que usted nota en la base del cuello.',
      'La apófisis espinosa larga y no bífida de la vértebra prominente, la primera que se palpa con facilidad en la base del cuello.',
    )
  return regionOf(level) === 'T'
    ? f(
        'Es una barra larga de hueso que apunta hacia atrás y abajo. Su punta es un bulto que usted nota en medio de la espalda.',
        'La apófisis espinosa torácica es larga y se inclina hacia abajo, sobre todo en la parte media de la columna torácica; su punta se palpa.',
      )
    : f(
        'Es una barra ancha y plana de hueso que apunta hacia atrás. Su punta es un bulto que usted nota en la parte baja de la espalda.',
        'La apófisis espinosa lumbar es ancha, plana y en forma de hacha, y se proyecta casi recta hacia atrás; su punta se palpa.',
      )
}

function spinousNextTo(level: VertebraLevel): TextPair {
  if (regionOf(level) === 'C')
    return f(
      'Unas bandas la unen a las puntas de arriba y de abajo. Una banda gruesa corre sobre las puntas, en la nuca.',
      'Los ligamentos interespinosos la unen a sus vecinas; sobre las puntas corre el ligamento nucal, la amplia continuación en el cuello del ligamento supraespinoso.',
    )
  if (level === 'L5')
    return f(
      'Unas bandas la unen a la punta de arriba y al sacro, abajo. Los músculos profundos de la espalda se sujetan a ella.',
      'Los ligamentos interespinosos la unen a L4 y a la cresta sacra media; se insertan en ella el multífido y la fascia toracolumbar.',
    )
  return f(
    'Unas bandas la unen a las puntas de arriba y de abajo. Otra banda corre sobre las puntas, justo bajo la piel.',
    'Los ligamentos interespinosos la unen a sus vecinas, y el ligamento supraespinoso corre sobre las puntas.',
  )
}

const medialBranch = (): TextPair =>
  f(
    'Un nervio pequeño que va a las articulaciones de atrás pasa por una muesca junto a este bulto. Una banda corta lo sujeta.',
    'El ramo medial del ramo dorsal, que inerva las articulaciones facetarias, pasa por la escotadura entre las apófisis mamilar y accesoria, bajo el ligamento mamiloaccesorio.',
  )

function costalFacet(n: number, part: PartKind): PartText {
  if (part === 'costal-facet-lower')
    return t(
      f(
        `Es media cara de articulación, abajo en el lado del bloque. Sostiene la parte de arriba de la cabeza de la costilla ${n + 1}.`,
        `La hemicarilla costal inferior recibe la mitad superior de la cabeza de la ${rib(n + 1)}; la mitad inferior se une a la hemicarilla superior de T${n + 1}.`,
      ),
      ribHead(n + 1),
    )
  const whole = part === 'costal-facet' || n === 1
  return t(
    whole
      ? f(
          `Es una cara de articulación entera en el lado del bloque. La cabeza de la costilla ${n} encaja en ella.`,
          `Una carilla costal entera en el lado del cuerpo para la cabeza de la ${rib(n)}${n === 1 ? '' : ', que solo se une a esta vértebra'}.`,
        )
      : f(
          `Es media cara de articulación, arriba en el lado del bloque. Sostiene la parte de abajo de la cabeza de la costilla ${n}.`,
          `La hemicarilla costal superior recibe la mitad inferior de la cabeza de la ${rib(n)}; la mitad superior se une a la hemicarilla inferior de T${n - 1}.`,
        ),
    ribHead(n),
  )
}

const ribHead = (n: number): TextPair =>
  f(
    `La cabeza de la costilla ${n} se une al hueso aquí, en una articulación pequeña. Cerca baja una fina cadena de nervios.`,
    `La cabeza de la ${rib(n)} se articula aquí (articulación costovertebral); el tronco simpático baja cerca, sobre las cabezas de las costillas y los lados de los cuerpos.`,
  )

function atlasPartEs(part: PartKind): PartText | null {
  switch (part) {
    case 'anterior-arch':
      return t(
        f(
          'Es una barra corta y curva que forma el frente del anillo. C1 no tiene un bloque sólido delante, solo este arco.',
          'El arco anterior forma la parte delantera del anillo del atlas, que no tiene cuerpo; en su cara posterior está la carilla para el diente.',
        ),
        f(
          'El diente de C2 está justo detrás. Una banda fuerte lo sujeta contra el arco.',
          'El diente del axis queda justo detrás, sujeto por el ligamento transverso del atlas.',
        ),
      )
    case 'anterior-tubercle':
      return t(
        f(
          'Es un bulto pequeño en medio del arco de delante.',
          'El tubérculo anterior, en la línea media del arco anterior.',
        ),
        f(
          'Se sujeta aquí un músculo largo de la parte de delante del cuello. También la banda fuerte que baja por delante de la columna.',
          'Se insertan en él el músculo largo del cuello y el ligamento longitudinal anterior.',
        ),
      )
    case 'facet-for-dens':
      return t(
        f(
          'Es una cara pequeña y lisa detrás del arco de delante. El diente de C2 gira contra ella.',
          'La carilla para el diente, en la cara posterior del arco anterior: un lado de la articulación atlantoaxial media.',
        ),
        f(
          'El diente de C2 está justo detrás, en su propia articulación pequeña y cerrada.',
          'La carilla anterior del diente queda justo detrás, al otro lado de una pequeña articulación sinovial.',
        ),
      )
    case 'lateral-mass':
      return t(
        f(
          'Es un bloque grueso de hueso a cada lado del anillo. Sostiene el cráneo arriba y se apoya en C2 abajo.',
          'La masa lateral: el pilar grueso a cada lado del atlas, con la carilla superior para el cráneo arriba y la carilla inferior sobre el axis abajo.',
        ),
        f(
          'Una banda fuerte cruza el anillo de un bloque lateral al otro. Mantiene el diente de C2 en su sitio.',
          'El ligamento transverso del atlas se inserta en un tubérculo de su cara interna y pasa por detrás del diente hasta la otra masa lateral.',
        ),
      )
    case 'posterior-arch':
      return t(
        f(
          'Es una barra curva que forma la parte de atrás del anillo. En lugar de una punta larga atrás, solo tiene un bulto pequeño.',
          'El arco posterior forma la parte trasera del anillo del atlas; un pequeño tubérculo posterior ocupa el lugar de la apófisis espinosa.',
        ),
        f(
          'Una arteria grande se dobla sobre su parte de arriba, en un surco detrás de cada bloque lateral. Ha subido por los agujeros de los lados desde C6.',
          'La arteria vertebral, que suele entrar en los agujeros transversos en C6, cruza su cara superior por un surco detrás de cada masa lateral, con el primer nervio cervical (suboccipital) por debajo.',
        ),
      )
    case 'posterior-tubercle':
      return t(
        f(
          'Es un bulto pequeño en medio del arco de atrás. Ocupa el lugar de la punta que tienen los otros huesos.',
          'El tubérculo posterior, una apófisis espinosa rudimentaria en la línea media del arco posterior.',
        ),
        f(
          'Se sujetan aquí músculos pequeños y profundos de la cabeza y la banda gruesa de la nuca.',
          'Se insertan en él el recto posterior menor de la cabeza y el ligamento nucal.',
        ),
      )
    default:
      return null
  }
}

function sacrumPartEs(part: PartKind): PartText | null {
  const segment = /^body-s(\d)$/.exec(part)
  if (segment) {
    const s = Number(segment[1])
    return s === 1
      ? t(
          f(
            'Es el bloque de arriba del sacro. El último disco de la parte baja de la espalda se apoya en él.',
            'El cuerpo de S1, el mayor de los cinco cuerpos sacros fusionados; su cara superior sostiene el disco L5–S1.',
          ),
          f(
            'El disco L5–S1 se apoya encima. Su borde de delante sale hacia la pelvis.',
            'El disco L5–S1 se apoya en su cara superior, cuyo borde anterior es el promontorio del sacro.',
          ),
        )
      : t(
          f(
            'Es uno de los cinco bloques que se unen para formar el sacro.',
            `El cuerpo de S${s}; los cuerpos sacros se fusionan en la edad adulta, y unas crestas en la cara anterior marcan dónde.`,
          ),
          f(
            'El canal de los nervios pasa por detrás. Los nervios salen por los agujeros de sus lados.',
            'El conducto sacro queda detrás; los nervios sacros salen por los agujeros de sus lados.',
          ),
        )
  }
  const foramen = /^(pelvic|dorsal)-foramen-s(\d)$/.exec(part)
  if (foramen) {
    const s = Number(foramen[2])
    if (foramen[1] === 'pelvic')
      return t(
        f(
          'Es un agujero en la cara delantera del sacro. Por él sale un nervio hacia la pelvis. Hay cuatro a cada lado.',
          'Uno de los cuatro pares de agujeros sacros anteriores (pélvicos), en la cara pélvica cóncava, junto a los cuerpos fusionados; cada uno se comunica, por detrás, con el agujero intervertebral de su segmento.',
        ),
        f(
          s <= 3
            ? `Por aquí sale la rama delantera del nervio S${s}. Ayuda a formar el nervio ciático, el gran nervio de la pierna.`
            : 'Por aquí sale la rama delantera del nervio S4. Va al suelo de la pelvis.',
          `El ramo ventral de S${s} sale por él${s <= 3 ? ' para unirse al plexo sacro (y al nervio ciático)' : ' hacia el plexo sacro y el suelo pélvico'}.`,
        ),
      )
    return t(
      f(
        'Es un agujero en la cara trasera del sacro. Por él sale una rama pequeña de un nervio. Es más pequeño que el delantero.',
        'Uno de los cuatro pares de agujeros sacros posteriores (dorsales), en la cara dorsal convexa; más pequeños que los anteriores.',
      ),
      f(
        s <= 3
          ? `Por aquí sale la rama trasera del nervio S${s}. Va a los músculos y a la piel de la parte de atrás de la pelvis.`
          : 'Por aquí sale la rama trasera del nervio S4. Va a la piel de alrededor del coxis.',
        s <= 3
          ? `El ramo dorsal de S${s} sale por él, hacia el multífido y la piel sobre el sacro y la nalga (los nervios clúneos medios).`
          : 'El ramo dorsal de S4 sale por él; sin dividirse, llega a la piel sobre el cóccix.',
      ),
    )
  }
  switch (part) {
    case 'promontory':
      return t(
        f(
          'Es el borde de delante de la parte de arriba del sacro. Sale hacia la pelvis.',
          'El promontorio: el borde anterior saliente de la cara superior de S1, en la parte posterior del estrecho superior de la pelvis.',
        ),
        f(
          'El último disco de la parte baja de la espalda está justo encima y detrás. Una arteria pequeña baja por su frente.',
          'El disco L5–S1 se apoya en la superficie justo detrás; los vasos sacros medios descienden por delante.',
        ),
      )
    case 'superior-articular-process':
      return t(
        f(
          'Es un saliente de hueso que sube desde el sacro. Su cara lisa forma una articulación pequeña con L5.',
          'La apófisis articular superior de S1; su carilla forma la articulación facetaria L5–S1 con la apófisis articular inferior de L5.',
        ),
        f(
          'El nervio L5 sale de la columna justo delante, por el hueco entre L5 y el sacro.',
          'Forma la pared posterior del agujero intervertebral L5–S1, por el que sale el nervio espinal L5.',
        ),
      )
    case 'superior-articular-facet':
      return t(
        f(
          'Es la cara lisa del saliente de arriba. Una capa resbaladiza la cubre, y así se desliza sobre L5.',
          'La carilla, cubierta de cartílago, de la apófisis articular superior de S1: la mitad inferior de la articulación facetaria L5–S1.',
        ),
        capsule(jointName('L5', 'S1')),
      )
    case 'ala':
      return t(
        f(
          'Es un ala ancha de hueso que sale de la parte de arriba del sacro hacia el hueso de la cadera.',
          'El ala: la cara superior de la porción lateral de S1, formada por sus elementos transverso y costal fusionados.',
        ),
        f(
          'Los nervios de L4 y L5 cruzan por su frente camino de la pierna.',
          'El tronco lumbosacro (de los ramos ventrales de L4 y L5) cruza por delante para unirse al plexo sacro.',
        ),
      )
    case 'lateral-part':
      return t(
        f(
          'Es la fuerte columna del lado del sacro, por fuera de los agujeros de los nervios.',
          'La porción lateral (pars lateralis): los elementos transverso y costal fusionados, por fuera de los agujeros sacros.',
        ),
        f(
          'Unas bandas muy fuertes la atan al hueso de la cadera, detrás de la articulación y debajo.',
          'Los ligamentos sacroilíacos interóseos y posteriores la unen al ilion; los ligamentos sacrotuberoso y sacroespinoso se insertan en su borde inferior.',
        ),
      )
    case 'auricular-surface':
      return t(
        f(
          'Es una cara con forma de oreja en el lado del sacro. Se une al hueso de la cadera en la articulación entre la columna y la pelvis.',
          'La superficie auricular, cubierta de cartílago, forma la articulación sacroilíaca con el ilion: sinovial por delante y unida por detrás por fuertes ligamentos interóseos.',
        ),
        f(
          'Unas bandas muy fuertes la unen al hueso de la cadera, así que esta articulación se mueve muy poco.',
          'Los ligamentos sacroilíacos interóseos, anteriores y posteriores unen la articulación, que solo permite movimientos pequeños.',
        ),
      )
    case 'canal':
      return t(
        f(
          'Es el túnel que baja por el medio del sacro. Sigue al canal de la columna de arriba.',
          'El conducto sacro, formado por los agujeros vertebrales fusionados, continúa el conducto vertebral hasta el hiato.',
        ),
        f(
          'Las últimas raíces de los nervios bajan por dentro. La bolsa de líquido que las rodea acaba hacia el segundo hueso del sacro.',
          'Aloja las raíces inferiores de la cola de caballo, el filum terminale y el final del saco dural, que suele acabar hacia S2.',
        ),
      )
    case 'laminae':
      return t(
        f(
          'Las placas de atrás de los cinco huesos se unen en una pared. Forma el techo del canal.',
          'Las láminas fusionadas de las vértebras sacras, que forman el techo del conducto sacro.',
        ),
        f(
          'El canal de los nervios está delante. Los músculos profundos de la espalda se apoyan en ella.',
          'El conducto sacro queda delante; el multífido y el erector de la columna se apoyan en su cara posterior.',
        ),
      )
    case 'median-crest':
      return t(
        f(
          'Es una fila de bultos pequeños por el medio de la parte de atrás del sacro. Son las puntas de los huesos, unidas.',
          'La cresta sacra media: las apófisis espinosas fusionadas de las vértebras sacras superiores, una fila de tubérculos en la línea media.',
        ),
        f(
          'Se sujetan a ella una capa gruesa de tejido y los músculos profundos de la espalda.',
          'Se insertan en ella la fascia toracolumbar, el erector de la columna y el multífido.',
        ),
      )
    case 'hiatus':
      return t(
        f(
          'Es un hueco al final de la pared de atrás, donde las placas de los últimos huesos no se unieron. Lo más común es que empiece en S4.',
          'El hiato sacro, donde las láminas de S5, y en la mayoría de los sacros también las de S4, no se unen: la abertura inferior del conducto sacro. Su vértice estaba en S4 en el 60,7 % y el 66,5 % de dos series de huesos secos (61 y 204 sacros).',
        ),
        f(
          'Por aquí salen los últimos nervios pequeños, y un hilo fino que viene del final de la médula.',
          'Salen por él los nervios S5 y coccígeo y el filum terminale; lo cubre el ligamento sacrococcígeo posterior.',
        ),
      )
    case 'cornu':
      return t(
        f(
          'Es un bulto pequeño de hueso al final de la parte de atrás del sacro, junto al hueco que hay allí.',
          'El asta sacra, resto de una apófisis articular inferior de S5, a un lado del hiato sacro.',
        ),
        f(
          'Unas bandas cortas lo unen a un cuerno igual del coxis. El último nervio del sacro sale a su lado.',
          'Los ligamentos intercornuales la unen al asta coccígea; el quinto nervio sacro sale a su lado.',
        ),
      )
    default:
      return null
  }
}

function coccyxPartEs(part: PartKind): PartText | null {
  const segment = /^segment-co(\d)$/.exec(part)
  if (segment)
    return t(
      f(
        'Es uno de los huesos pequeños que forman el coxis. Este modelo muestra cuatro, el número que más se halla.',
        'Un cuerpo vertebral rudimentario; los segmentos coccígeos suelen estar fusionados. Se muestran cuatro, el número más frecuente en dos estudios de TC.',
      ),
      segment[1] === '1'
        ? f(
            'Se une al sacro, arriba, por un cojín pequeño. Los músculos del suelo de la pelvis se sujetan a sus lados.',
            'Se une al vértice del sacro en la articulación sacrococcígea; el coccígeo y el elevador del ano se insertan en sus bordes.',
          )
        : f(
            'Los músculos del suelo de la pelvis se sujetan a sus lados. También el gran músculo de la nalga.',
            'El coccígeo, el elevador del ano y el glúteo mayor se insertan en los bordes y la cara posterior del cóccix.',
          ),
    )
  switch (part) {
    case 'cornu':
      return t(
        f(
          'Es un bulto pequeño que apunta hacia arriba desde la parte de atrás del coxis.',
          'El asta coccígea, una apófisis articular rudimentaria de Co1, que sube hasta el asta sacra.',
        ),
        f(
          'Unas bandas cortas lo unen a un cuerno igual del sacro. Un nervio pequeño sale por el hueco de al lado.',
          'Los ligamentos intercornuales la unen al asta sacra; entre las dos completan el agujero para el ramo dorsal de S5.',
        ),
      )
    case 'transverse-process':
      return t(
        f(
          'Es un pequeño resto de hueso al lado de la parte de arriba del coxis.',
          'Una apófisis transversa rudimentaria de Co1, que a menudo llega hasta el ángulo lateral inferior del sacro.',
        ),
        f(
          'La rama de delante del último nervio del sacro pasa justo encima.',
          'Con el sacro completa el agujero para el ramo ventral de S5, que pasa justo por encima.',
        ),
      )
    default:
      return null
  }
}

/** What a part is and what lies next to it, in Spanish; null for an unknown id. */
export function partTextEs(id: string): PartText | null {
  const parsed = parsePartId(id)
  if (!parsed) return null
  const bone: BoneId = parsed.bone
  if (bone === 'sacrum') return sacrumPartEs(parsed.part)
  if (bone === 'coccyx') return coccyxPartEs(parsed.part)
  return vertebraPartEs(bone, parsed.part)
}
