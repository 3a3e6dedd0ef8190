import type { RootExamSentences, RootExamWords } from '../../anatomy/rootExam'
import type { TextPair } from '../overlay'

/**
 * What each nerve root serves, in Spanish: the same facts as src/anatomy/rootExam.ts root by root (the
 * ISNCSCI test points and key muscles, the reflexes and squeezed roots of the radiculopathy tables).
 * The reader is addressed as "usted", as everywhere in the Spanish texts.
 */
const p = (plain: string, detailed: string): TextPair => ({ plain, detailed })

const PERIANAL = p(
  'la piel de alrededor del ano (una sola prueba para S4 y S5)',
  'la zona perianal, a menos de 1 cm por fuera de la unión mucocutánea (S4 y S5 son un solo punto)',
)

export const ROOT_EXAM_ES: RootExamWords = {
  skin: {
    C2: p(
      'la parte de atrás de la cabeza, al lado del bulto de la base del cráneo',
      'al menos 1 cm lateral a la protuberancia occipital externa (o 3 cm detrás de la oreja)',
    ),
    C3: p('el hueco de encima de la clavícula', 'la fosa supraclavicular en la línea medioclavicular'),
    C4: p('la parte de arriba del hombro', 'sobre la articulación acromioclavicular'),
    C5: p(
      'el lado de fuera del pliegue del codo',
      'el lado lateral (radial) de la fosa antecubital, justo proximal al codo',
    ),
    C6: p('el dorso del pulgar', 'la cara dorsal de la falange proximal del pulgar'),
    C7: p('el dorso del dedo medio', 'la cara dorsal de la falange proximal del dedo medio'),
    C8: p('el dorso del meñique', 'la cara dorsal de la falange proximal del meñique'),
    T1: p(
      'el lado de dentro del pliegue del codo',
      'el lado medial (cubital) de la fosa antecubital, justo proximal al epicóndilo medial',
    ),
    T2: p('lo alto de la axila', 'el vértice de la axila'),
    T3: p(
      'el pecho, en línea con el pezón, entre la tercera y la cuarta costilla',
      'el tercer espacio intercostal en la línea medioclavicular',
    ),
    T4: p(
      'el pecho, a la altura del pezón',
      'el cuarto espacio intercostal en la línea medioclavicular, a la altura de los pezones',
    ),
    T5: p(
      'el pecho, en línea con el pezón, a medio camino de la punta del esternón',
      'el quinto espacio intercostal en la línea medioclavicular, a medio camino entre los puntos de T4 y T6',
    ),
    T6: p(
      'el pecho, en línea con el pezón, a la altura de la punta del esternón',
      'la línea medioclavicular a la altura del apéndice xifoides',
    ),
    T7: p(
      'el vientre, en línea con el pezón, un poco por debajo de la punta del esternón',
      'la línea medioclavicular, a un cuarto de la distancia entre la altura del xifoides (T6) y la del ombligo (T10)',
    ),
    T8: p(
      'el vientre, en línea con el pezón, a medio camino del ombligo',
      'la línea medioclavicular, a medio camino entre la altura del xifoides (T6) y la del ombligo (T10)',
    ),
    T9: p(
      'el vientre, en línea con el pezón, un poco por encima del ombligo',
      'la línea medioclavicular, a tres cuartos de la distancia entre la altura del xifoides (T6) y la del ombligo (T10)',
    ),
    T10: p(
      'el vientre, en línea con el pezón, a la altura del ombligo',
      'la línea medioclavicular a la altura del ombligo',
    ),
    T11: p(
      'la parte baja del vientre, en línea con el pezón, a medio camino de la ingle',
      'la línea medioclavicular, a medio camino entre la altura del ombligo (T10) y la del punto medio del ligamento inguinal (T12)',
    ),
    T12: p('el centro del pliegue de la ingle', 'el punto medio del ligamento inguinal'),
    L1: p(
      'lo alto de la parte de delante del muslo, por debajo de la ingle',
      'a medio camino entre los puntos de T12 y L2',
    ),
    L2: p(
      'la parte de delante del muslo, a media altura',
      'la cara anteromedial del muslo, a medio camino entre el punto medio del ligamento inguinal y el cóndilo femoral medial',
    ),
    L3: p('el lado de dentro del muslo, justo encima de la rodilla', 'el cóndilo femoral medial, encima de la rodilla'),
    L4: p('el hueso que sobresale en el lado de dentro del tobillo', 'el maléolo medial'),
    L5: p(
      'el dorso del pie, cerca de la base del tercer dedo',
      'el dorso del pie en la tercera articulación metatarsofalángica',
    ),
    S1: p('el lado de fuera del talón', 'la cara lateral del talón (calcáneo)'),
    S2: p('el centro de la parte de atrás de la rodilla', 'la fosa poplítea, en la línea media'),
    S3: p('el hueso sobre el que se sienta', 'la tuberosidad isquiática (o el pliegue infraglúteo)'),
    S4: PERIANAL,
    S5: PERIANAL,
  },
  band: p(
    'La piel de esta raíz es una franja que va por un lado del cuerpo, desde la columna hasta el frente.',
    'Su dermatoma es una franja alrededor de un lado del tronco, de la línea media posterior a la anterior.',
  ),
  muscle: {
    C5: p('doble el codo', 'flexores del codo (bíceps, braquial)'),
    C6: p('lleve la muñeca hacia atrás', 'extensores de la muñeca (extensores radiales largo y corto del carpo)'),
    C7: p('estire el codo', 'extensores del codo (tríceps)'),
    C8: p('doble la punta del dedo medio', 'flexores de los dedos (flexor profundo de los dedos, al dedo medio)'),
    T1: p('separe el meñique de los otros dedos', 'abductores del meñique (abductor del dedo meñique)'),
    L2: p('suba la rodilla hacia el pecho', 'flexores de la cadera (iliopsoas)'),
    L3: p('estire la rodilla', 'extensores de la rodilla (cuádriceps)'),
    L4: p('levante la punta del pie', 'flexores dorsales del tobillo (tibial anterior)'),
    L5: p('levante el dedo gordo del pie', 'extensores largos de los dedos del pie (extensor largo del dedo gordo)'),
    S1: p('empuje el pie hacia abajo, como en un pedal', 'flexores plantares del tobillo (gastrocnemio, sóleo)'),
  },
  reflex: {
    C5: p('un golpecito en el tendón de la parte de delante del codo', 'el reflejo bicipital'),
    C6: p(
      'un golpecito en la parte de delante del codo, o en el antebrazo cerca de la muñeca, del lado del pulgar',
      'los reflejos bicipital y braquiorradial (estilorradial)',
    ),
    C7: p('un golpecito en el tendón justo encima de la parte de atrás del codo', 'el reflejo tricipital'),
    L4: p('un golpecito justo debajo de la rótula, que hace saltar la pierna', 'el reflejo rotuliano (cuadricipital)'),
    S1: p('un golpecito en el tendón de Aquiles, detrás del tobillo', 'el reflejo aquíleo (gastrocnemio–sóleo)'),
  },
  overlap: p(
    'La zona de piel de cada raíz se superpone con la de al lado. Además, cambia de una persona a otra.',
    'Los dermatomas se superponen y varían entre personas; estos son los puntos en los que la exploración neurológica de la lesión medular (ISNCSCI) valora cada uno.',
  ),
  squeezed: {
    C5: p(
      'Cuando algo presiona esta raíz, el dolor puede ir del cuello, por encima del omóplato, a la parte de fuera del brazo. Puede haber menos fuerza al levantar el brazo hacia un lado y al doblar el codo.',
      'Radiculopatía C5: dolor en el cuello, la región supraescapular y la cara lateral del brazo hasta el codo; debilidad en la abducción y la rotación externa del hombro y en la flexión del codo; cambios en el reflejo bicipital.',
    ),
    C6: p(
      'Cuando algo presiona esta raíz, el dolor puede ir del cuello por la parte de fuera del antebrazo hasta el pulgar y el índice. Puede haber menos fuerza al doblar el codo y al llevar la muñeca hacia atrás.',
      'Radiculopatía C6: dolor en el cuello, la cara lateral del antebrazo, el pulgar y el índice; debilidad en la flexión del codo, la supinación del antebrazo y la extensión de la muñeca; cambios en los reflejos bicipital y braquiorradial.',
    ),
    C7: p(
      'Cuando algo presiona esta raíz, puede doler la parte baja del cuello y entre los omóplatos. El dolor puede bajar por detrás del antebrazo hasta el dedo medio. Puede haber menos fuerza al estirar el codo y los dedos.',
      'Radiculopatía C7: dolor en la parte baja del cuello, la región interescapular, la cara posterior del antebrazo y el dedo medio; debilidad en la extensión del codo, la pronación del antebrazo, la flexión de la muñeca y la extensión de los dedos; cambios en el reflejo tricipital.',
    ),
    C8: p(
      'Cuando algo presiona esta raíz, puede doler entre los omóplatos. El dolor puede bajar por el lado de dentro del antebrazo hasta el anular y el meñique. Los músculos pequeños de la mano y los que doblan los dedos pueden tener menos fuerza.',
      'Radiculopatía C8: dolor en las regiones interescapular e infraescapular, la cara medial del antebrazo y los dedos cuarto y quinto; debilidad de los músculos intrínsecos de la mano y de la flexión de los dedos; la tabla no da cambio de reflejo.',
    ),
    L2: p(
      'Cuando algo presiona esta raíz, el dolor puede ir a la parte de delante del muslo. La parte de arriba del muslo, por delante, puede quedar dormida. Puede haber menos fuerza al subir el muslo.',
      'Radiculopatía L2: dolor en la cara anterior del muslo; pérdida sensitiva en la parte alta de la cara anterior del muslo; debilidad en la flexión de la cadera (psoas); la tabla no da reflejo.',
    ),
    L3: p(
      'Cuando algo presiona esta raíz, el dolor puede ir a la parte de delante del muslo y a la rodilla. La parte baja del muslo, por delante, y el frente de la rodilla pueden quedar dormidos. Puede haber menos fuerza al estirar la rodilla.',
      'Radiculopatía L3: dolor en la cara anterior del muslo y en la rodilla; pérdida sensitiva en la parte baja de la cara anterior del muslo y en la cara anterior de la rodilla; debilidad en la flexión de la cadera, la extensión de la rodilla y la aducción del muslo; la tabla no da reflejo.',
    ),
    L4: p(
      'Cuando algo presiona esta raíz, el dolor puede ir a la parte de delante y de fuera del muslo, a la rodilla y al lado de dentro de la pantorrilla. El lado de dentro de la pantorrilla puede quedar dormido. Puede haber menos fuerza al estirar la rodilla, y el reflejo de la rodilla puede ser más débil.',
      'Radiculopatía L4: dolor en la cara anterolateral del muslo, la rodilla y la cara medial de la pantorrilla; pérdida sensitiva en la cara medial de la pantorrilla; debilidad en la extensión de la rodilla y la aducción del muslo; reflejo rotuliano disminuido.',
    ),
    L5: p(
      'Cuando algo presiona esta raíz, el dolor puede ir de la nalga, por detrás y por el lado del muslo y por fuera de la pantorrilla, hasta el dorso del pie. El dorso del pie y el lado de fuera de la pantorrilla pueden quedar dormidos. Puede haber menos fuerza al levantar el pie y los dedos.',
      'Radiculopatía L5: dolor en la nalga, la cara posterolateral del muslo, la cara lateral de la pantorrilla y el dorso del pie; pérdida sensitiva en el dorso del pie y la cara lateral de la pantorrilla; debilidad en la eversión y la flexión dorsal del pie, la flexión dorsal de los dedos y la abducción de la cadera; la tabla no da reflejo.',
    ),
    S1: p(
      'Cuando algo presiona esta raíz, el dolor puede ir de la nalga, por detrás del muslo y de la pantorrilla, hasta la planta del pie. La planta y el borde de fuera del pie pueden quedar dormidos. Puede haber menos fuerza al empujar el pie hacia abajo, y el reflejo del tobillo puede ser más débil.',
      'Radiculopatía S1: dolor en la nalga, la cara posterior del muslo y de la pantorrilla y la planta; pérdida sensitiva en la planta y el borde lateral del pie; debilidad en la flexión plantar, la flexión de los dedos y la extensión de la cadera; reflejo aquíleo disminuido.',
    ),
  },
}

export const ROOT_EXAM_SENTENCES_ES: RootExamSentences = {
  skin: (where) => `Para revisar la sensibilidad de esta raíz, el médico puede tocarle ${where}.`,
  muscle: (action) => `Para ver su fuerza, le pide que ${action}.`,
  reflex: (tap) => `También puede revisar su reflejo con ${tap}.`,
  skinTerms: (root, where) => `Punto sensitivo clave del dermatoma ${root} (ISNCSCI): ${where}.`,
  muscleTerms: (muscles) => `Músculo clave: ${muscles}.`,
  reflexTerms: (reflex) => `Reflejo osteotendinoso: ${reflex}.`,
  sharedMuscle: {
    plain:
      'La mayoría de los músculos reciben nervios de más de una raíz. Por eso esta es la prueba principal, no la única.',
    detailed:
      'Los músculos clave suelen depender de dos o más segmentos: uno débil orienta hacia una raíz, pero no la demuestra.',
  },
  footUpTwoTables: 'La ISNCSCI sitúa el tibial anterior en L4 y la tabla lumbosacra, en L5.',
  lookAlike: {
    arm: {
      plain:
        'Un nervio apretado en el codo o en la muñeca puede causar los mismos síntomas. Solo una revisión médica lo puede saber.',
      detailed:
        'Los cuadros periféricos parecidos (rotura del manguito rotador, síndrome del túnel carpiano o cubital, síndrome del nervio interóseo posterior) se distinguen con la exploración y los estudios de los nervios.',
    },
    leg: {
      plain: 'Solo una revisión médica puede saber qué lo causa.',
      detailed:
        'El patrón orienta hacia la raíz; la causa se busca con la exploración y, si hace falta, con pruebas de imagen.',
    },
  },
  noReflexInTable: 'La tabla de radiculopatía citada no da ningún reflejo osteotendinoso para esta raíz.',
  guideReflex: (tap) => `Una guía para médicos dice que también se puede revisar esta raíz con ${tap}.`,
  guideReflexTerms: (reflex, span, root) =>
    `Una guía docente de exploración física, en cambio, da ${reflex} a las raíces ${span}, entre ellas ${root}.`,
}
