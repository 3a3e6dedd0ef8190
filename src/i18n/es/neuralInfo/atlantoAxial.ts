/** The median atlanto-axial joint, in Spanish, in the English order (src/anatomy/neuralInfo/atlantoAxial.ts). */
import type { TextPair } from '../../overlay'
import { f } from './facts'

export const MEDIAN_AA: readonly TextPair[] = [
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
