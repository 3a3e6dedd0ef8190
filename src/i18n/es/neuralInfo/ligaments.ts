/** The ligaments and membranes, in Spanish: case by case as src/anatomy/neuralInfo/ligaments.ts builds the English. */
import type { JointLevel } from '../../../anatomy/ids'
import type { ParsedNeural } from '../../../anatomy/neural'
import type { TextPair } from '../../overlay'
import { f } from './facts'

const GUESS_SIZE = f(
  'Su tamaño en este modelo es nuestro mejor cálculo.',
  'Su anchura y su grosor son estimaciones; no se encontró ninguna medida publicada.',
)
const GUESS_THICKNESS = f(
  'Su grosor aquí es nuestro mejor cálculo.',
  'No se encontró ningún grosor publicado para este nivel: el del modelo es una estimación.',
)

export function ligamentFacts(p: ParsedNeural & { kind: 'ligament' }): TextPair[] {
  switch (p.ligament) {
    case 'anterior-atlanto-occipital':
      return [
        f(
          'Una membrana ancha y fuerte une la parte de arriba del frente del anillo de C1 con el borde de delante del gran agujero de la base del cráneo. Está delante de la clavija de C2 y de los cordones que la sujetan.',
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
          'Una membrana ancha y fina une la parte de arriba de la parte de atrás del anillo de C1 con el borde de atrás del gran agujero del cráneo. Está detrás de la médula. A cada lado deja un hueco por donde pasan una arteria y el primer nervio del cuello.',
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
          'Una membrana ancha y fina sube desde la parte de atrás del cuerpo de C2. Pasa por detrás de la clavija y de la banda que la sujeta, y se abre sobre la base del cráneo. Su capa de fuera sigue hacia abajo como la banda larga de dentro del canal.',
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
