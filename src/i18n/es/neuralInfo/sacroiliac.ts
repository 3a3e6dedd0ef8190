/** The sacroiliac joints and the ilia, in Spanish, in the English order (src/anatomy/neuralInfo/sacroiliac.ts). */
import type { TextPair } from '../../overlay'
import { f } from './facts'

export const SI: readonly TextPair[] = [
  f(
    'Es la articulación entre el sacro y el hueso de la cadera. Como las articulaciones pequeñas de la columna, tiene líquido dentro. Unas bandas muy fuertes la mantienen firme.',
    'La articulación sacroilíaca es sinovial por delante, entre las superficies auriculares del sacro y el ilion, y está unida por detrás por los ligamentos sacroilíacos interóseos. Su cartílago tiene crestas y hundimientos que encajan entre sí, más marcados en los hombres.',
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

export const ILIUM: readonly TextPair[] = [
  f(
    'El ilion es la parte grande de arriba del hueso de la cadera, con forma de ala. El sacro encaja entre los dos.',
    'El ilion, la parte superior del hueso coxal, se une al sacro por su superficie auricular; la cresta ilíaca recorre su borde superior.',
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
