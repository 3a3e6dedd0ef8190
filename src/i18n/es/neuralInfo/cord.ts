/** The spinal cord and the cauda equina, in Spanish, in the English order (src/anatomy/neuralInfo/cord.ts). */
import type { TextPair } from '../../overlay'
import { f } from './facts'

export const CORD: readonly TextPair[] = [
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

export const CAUDA: readonly TextPair[] = [
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
    'La compresión de la cola de caballo es una urgencia: una anestesia en silla de montar nueva, un trastorno nuevo de la vejiga, del intestino o de la función sexual, o debilidad nueva en ambas piernas requieren valoración inmediata en la sala de emergencias.',
  ),
]
