/** The base of the skull (occiput), in Spanish, in the English order (src/anatomy/neuralInfo/skullBase.ts). */
import type { TextPair } from '../../overlay'
import { f } from './facts'

export const OCCIPUT: readonly TextPair[] = [
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
    'Aquí acaban los amarres de la clavija de C2. Los dos cordones cortos acaban en la cara de dentro de los bultos. El cordón fino acaba en el borde de delante del agujero. La membrana ancha acaba en la cuesta de hueso de encima.',
    'Los ligamentos alares se fijan en un tubérculo de la cara medial de cada cóndilo, el ligamento apical en el basion y la membrana tectoria en la cara superior (craneal) de la porción basilar, delante del agujero magno.',
  ),
  f(
    'Solo se muestra la parte del cráneo que rodea el agujero, con una forma simple. Los tamaños del agujero y de los bultos vienen de estudios. El resto de la forma es nuestro mejor cálculo.',
    'Solo se modela la base alrededor del agujero magno. El agujero y los cóndilos (22,4 × 11,2 × 9,9 mm en la TC de 340 cóndilos) tienen tamaños medios publicados, y el clivus sube con el ángulo clivoaxial publicado; los grosores del hueso, la escama y la altura del basion sobre el diente son estimaciones. Los cóndilos siguen las articulaciones C0–C1 del modelo, así que convergen hacia delante menos que en los cráneos secos (puntas delanteras a 21 mm, traseras a 41,6 mm, 404 cóndilos).',
  ),
]
