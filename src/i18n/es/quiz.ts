import { listRoots, type RootExamQuizSentences, rootExamQuestionTexts } from '../../quiz/rootExamQuestions'
import type { QuizOverlay } from '../overlay'
import { ROOT_EXAM_ES, ROOT_EXAM_SENTENCES_ES } from './rootExam'

/**
 * Las preguntas que van de un hallazgo de la exploración a su raíz (un reflejo, un músculo clave, un punto
 * sensitivo clave), con las mismas palabras que el panel de cada raíz (./rootExam.ts). Se trata al lector de
 * usted.
 */
const ROOT_EXAM_QUIZ_ES: RootExamQuizSentences = {
  reflexPrompt: (reflex, shared) =>
    `¿Qué raíz nerviosa revisa el médico con ${reflex.detailed}, ${reflex.plain}? ${shared ? 'Haga clic en una.' : 'Haga clic en ella.'}`,
  musclePrompt: (action, group, shared) =>
    `¿Qué raíz nerviosa revisa el médico al pedirle que ${action}? En la ficha habitual de exploración de los nervios (ISNCSCI), es el músculo clave de esa raíz: los ${group}. ${shared ? 'Haga clic en una.' : 'Haga clic en ella.'}`,
  skinPrompt: (where) =>
    `¿Qué raíz nerviosa revisa el médico al tocarle ${where}? En la ficha habitual de exploración de los nervios (ISNCSCI), es el punto sensitivo clave de esa raíz. Haga clic en ella.`,
  muscleSharedPlain: (chart, table) =>
    `${chart} y ${table} son correctas. La ficha de la exploración de la médula pone esta prueba en ${chart}. Muchos libros sobre los nervios de la parte baja de la espalda la ponen en ${table}.`,
  muscleSharedTerms: (chart, table, muscles) =>
    `Las raíces ${chart} y ${table}: la ISNCSCI da los ${muscles} como músculo clave de ${chart}; la tabla de radiculopatía lumbosacra da la debilidad de la flexión dorsal para ${table}, así que cada una es una respuesta correcta.`,
  reflexPlain: (roots, tap) =>
    roots.length > 1
      ? `Las dos son correctas: ${listRoots(roots, 'es')}. El médico puede revisar el reflejo de las dos raíces con ${tap}.`
      : `Es la raíz ${roots[0]}. El médico puede revisar su reflejo con ${tap}.`,
  reflexGuidePlain: (table, guide, tap) =>
    `Las dos son correctas: ${listRoots([guide, table], 'es')}. El médico puede revisar este reflejo con ${tap}. La tabla de la parte baja de la espalda lo da para ${table}. Una guía para médicos lo da para varias raíces, así que aquí también vale ${guide}, la que está junto a ${table}.`,
  reflexGuideTerms: (table, guide, reflex, span) =>
    `Las raíces ${guide} y ${table}: la tabla de radiculopatía lumbosacra da ${reflex} para ${table}, y una guía docente de exploración física lo da para las raíces ${span}; la prueba acepta ${table} y la raíz siguiente de ese tramo, ${guide}.`,
  reflexTerms: (table, entries) => {
    const tableName = table === 'neck' ? 'cervical' : 'lumbosacra'
    const given = entries.map((e) => `${e.reflex} para ${e.root}`)
    const roots = entries.map((e) => e.root)
    return entries.length > 1
      ? `Las raíces ${listRoots(roots, 'es')}: la tabla de radiculopatía ${tableName} da ${given.join(' y ')}, así que cada una es una respuesta correcta.`
      : `La raíz ${roots[0]}: la tabla de radiculopatía ${tableName} da ${given[0]}.`
  },
  musclePlain: (root, action) =>
    `Es la raíz ${root}. Para revisar la fuerza que da esta raíz, el médico le pide que ${action}.`,
  muscleTerms: (root, muscles) => `La raíz ${root}. ${ROOT_EXAM_SENTENCES_ES.muscleTerms(muscles)}`,
  skinPlain: (root, where) => `Es la raíz ${root}. ${ROOT_EXAM_SENTENCES_ES.skin(where)}`,
}

/**
 * Póngase a prueba, en español: las preguntas escritas una a una (los rasgos de cada nivel, las afecciones)
 * por su id, y plantillas para las que se generan (por nombre, por parte, por raíz; las de la exploración de
 * una raíz, por su id desde las frases de arriba). Los nombres de las
 * estructuras ({name}) vienen de los nombres en español de la anatomía, no de aquí. Las cifras y los niveles
 * son los de las preguntas en inglés (una prueba lo comprueba). Se trata al lector de usted.
 */
export const QUIZ_ES: QuizOverlay = {
  questions: {
    'feature:dens': {
      prompt: 'Busque la vértebra que lleva la apófisis odontoides.',
      explanation:
        'La apófisis odontoides (el diente del axis) sale del cuerpo de C2, el axis; el atlas gira en torno a ella.',
      explanationPlain: 'El diente es una clavija de hueso que sube desde C2, el axis. El atlas gira en torno a él.',
    },
    'feature:atlas-ring': {
      prompt: 'Busque la vértebra que es un anillo sin cuerpo.',
      explanation: 'C1, el atlas, tiene un arco anterior, un arco posterior y masas laterales, pero no tiene cuerpo.',
      explanationPlain: 'C1, el atlas, es un anillo de hueso. No tiene un bloque sólido delante como las demás.',
    },
    'feature:bifid': {
      prompt: 'Busque una vértebra cuya apófisis espinosa se divida en dos (bífida).',
      explanation:
        'Los textos de anatomía describen apófisis espinosas bífidas en el axis (C2), cuya apófisis espinosa es grande, y de C3 a C6; la de C7 es larga y única.',
      explanationPlain: 'De C2 a C6, la punta de atrás de cada hueso se parte en dos. C7 tiene una sola punta larga.',
    },
    'feature:uncinate': {
      prompt:
        'Busque una vértebra con apófisis unciformes: bordes elevados a los lados de la parte de arriba de su cuerpo.',
      explanation:
        'De C3 a C7 los lados del platillo superior se elevan en apófisis unciformes, que se unen al cuerpo de arriba en las articulaciones uncovertebrales (de Luschka); el atlas y el axis no las tienen.',
      explanationPlain:
        'De C3 a C7, la parte de arriba de cada hueso tiene un borde elevado a cada lado. Esos bordes impiden que el hueso de arriba se deslice de lado.',
    },
    'feature:vertebral-artery': {
      prompt: 'Busque una vértebra por la que suela pasar la arteria vertebral.',
      explanation:
        'Todas las vértebras cervicales tienen agujeros transversos, pero la arteria vertebral suele entrar en C6 (el 92 % de las arterias en un análisis conjunto de 62 estudios) y sube por C6 hasta C1; los agujeros de C7 rara vez la contienen.',
      explanationPlain:
        'Todos los huesos del cuello tienen huecos a los dos lados. El gran vaso de sangre suele entrar en C6 y sube hasta C1. No pasa por C7.',
    },
    'feature:rib-facets': {
      prompt: 'Busque una vértebra con carillas para las costillas.',
      explanation:
        'Las vértebras torácicas tienen carillas costales en el cuerpo y, hasta T10, en las apófisis transversas.',
      explanationPlain:
        'Las costillas se unen a los huesos de la parte alta de la espalda, de T1 a T12. De T1 a T10, cada costilla se une en dos puntos.',
    },
    'feature:lumbar-features': {
      prompt:
        'Busque una vértebra con una apófisis espinosa ancha, en forma de hacha, y sin carillas para las costillas.',
      explanation:
        'Son rasgos lumbares: de L1 a L5 las apófisis espinosas son anchas, en forma de hacha, y no hay carillas costales (T12, que sostiene la duodécima costilla, tiene tubérculos parecidos a los lumbares pero aún una carilla costal).',
      explanationPlain:
        'Una punta ancha y plana atrás, y ninguna unión con costillas, marcan los huesos de la parte baja de la espalda, de L1 a L5. T12 aún sostiene una costilla.',
    },
    'feature:sacrum': {
      prompt: 'Busque el hueso con cuatro pares de agujeros y dos alas.',
      explanation:
        'El sacro: cinco vértebras fusionadas, con alas que se abren hacia las caderas y cuatro pares de agujeros sacros.',
      explanationPlain:
        'El sacro son cinco huesos unidos en uno. Sus alas se abren hacia las caderas. Los nervios salen por cuatro pares de huecos.',
    },
    'feature:sagittal-facets': {
      prompt:
        'Busque una articulación cuyas carillas sean las más cercanas al plano sagital de toda la columna y miren hacia la línea media (a menos de 35° de él).',
      explanation:
        'De T12 a L2 (las articulaciones de T11–T12 a L1–L2) las carillas forman unos 26–34° con el plano medio sagital; de L3 hacia abajo giran hacia el plano coronal (unos 40–56°).',
      explanationPlain:
        'En la parte más alta de la zona lumbar, las pequeñas articulaciones se miran de lado a lado. Más abajo giran y miran más hacia atrás.',
    },
    'feature:skull-joint': {
      prompt: 'Busque la articulación donde el cráneo se apoya en la columna.',
      explanation: 'Las articulaciones atlantooccipitales, entre los cóndilos del occipital y el atlas.',
      explanationPlain: 'En estas articulaciones el cráneo se apoya en C1, el primer hueso del cuello.',
    },
    'feature:no-crack': {
      prompt: 'Busque una articulación que no pueda “crujir”.',
      explanation:
        'Los discos intervertebrales son articulaciones cartilaginosas, sin una capa de líquido sinovial que pueda cavitar; en los discos degenerados se puede juntar gas (fenómeno de vacío), que no es la cavidad súbita del chasquido de una articulación.',
      explanationPlain:
        'Un disco no tiene líquido de articulación dentro, así que no puede crujir como las pequeñas articulaciones. Un disco gastado puede tener algo de gas, pero eso no es un crujido.',
    },
    'condition:herniation-l4-l5-posterolateral': {
      prompt: '¿Qué raíz nerviosa comprime esta hernia discal posterolateral L4–L5? Haga clic en ella.',
      explanation:
        'La raíz L5 izquierda, la raíz que pasa: una hernia posterolateral L4–L5 alcanza la raíz que baja junto al disco para salir un nivel más abajo; la raíz L4 ya salió por encima del disco, por su agujero.',
      explanationPlain:
        'Es el nervio L5 del lado izquierdo. Un disco que se abulta hacia atrás y a un lado toca el nervio que baja junto a él. Ese nervio sale un nivel más abajo.',
    },
    'condition:herniation-l4-l5-foraminal': {
      prompt: '¿Qué raíz nerviosa comprime esta hernia discal foraminal L4–L5? Haga clic en ella.',
      explanation:
        'La raíz L4 izquierda, la raíz que sale: una hernia foraminal está en el agujero L4–L5, por donde sale la raíz L4, más allá de la raíz que baja al nivel siguiente.',
      explanationPlain:
        'Es el nervio L4 del lado izquierdo. Este bulto va hacia el hueco por donde el nervio L4 sale de la columna.',
    },
    'condition:herniation-c5-c6': {
      prompt: '¿Qué raíz nerviosa comprime esta hernia discal C5–C6? Haga clic en ella.',
      explanation:
        'La raíz C6 izquierda. Las raíces cervicales salen por encima de la vértebra de su número, así que el agujero C5–C6 es el de la raíz C6, y una hernia posterolateral ahí la comprime.',
      explanationPlain:
        'Es el nervio C6 del lado izquierdo. En el cuello, cada nervio sale por encima del hueso con su número. Así que el nervio que sale en C5–C6 es C6.',
    },
    'condition:stenosis-foraminal-l4-l5': {
      prompt: '¿Qué raíz nerviosa aprieta esta estenosis foraminal L4–L5? Haga clic en ella.',
      explanation: 'La raíz L4 izquierda: el agujero L4–L5 estrechado es por donde sale la raíz L4.',
      explanationPlain: 'Es el nervio L4 del lado izquierdo. Sale de la columna por el hueco que se ha estrechado.',
    },
    'condition:spondylolisthesis-l5-s1-isthmic': {
      prompt: '¿Qué vértebra se ha deslizado hacia delante en esta espondilolistesis L5–S1? Haga clic en ella.',
      explanation:
        'L5: en una espondilolistesis la vértebra de arriba se desliza hacia delante sobre la de abajo, aquí L5 sobre el sacro (grado 2 de Meyerding en el modelo).',
      explanationPlain:
        'Es L5. El hueso de arriba se desliza hacia delante sobre el de abajo. Aquí L5 se ha deslizado sobre el sacro.',
    },
    'condition:spondylolisthesis-l4-l5-degenerative': {
      prompt: '¿Qué vértebra se ha deslizado hacia delante en esta espondilolistesis L4–L5? Haga clic en ella.',
      explanation:
        'L4: en una espondilolistesis la vértebra de arriba se desliza hacia delante sobre la de abajo, aquí L4 sobre L5 (grado 1 de Meyerding en el modelo).',
      explanationPlain:
        'Es L4. El hueso de arriba se desliza hacia delante sobre el de abajo. Aquí L4 se ha deslizado sobre L5.',
    },
    'condition:compression-fracture-l1': {
      prompt: '¿Qué vértebra ha quedado en forma de cuña por esta fractura por compresión? Haga clic en ella.',
      explanation:
        'L1: su cuerpo ha perdido altura por delante, así que tiene forma de cuña (grado 2 de Genant en el modelo); L1, T12 y L2 son los niveles más frecuentes.',
      explanationPlain: 'Es L1. La parte de delante del hueso se ha hundido, así que parece una cuña.',
    },
    'condition:disc-degeneration-l4-l5': {
      prompt: '¿Qué disco está desgastado en esta degeneración discal? Haga clic en él.',
      explanation:
        'El disco L4–L5: ha perdido altura y tiene gas dentro (el fenómeno de vacío), signo de una degeneración avanzada.',
      explanationPlain: 'Es el disco entre L4 y L5. Se ha gastado, está más fino y tiene un poco de gas.',
    },
    'condition:facet-arthritis-l4-l5': {
      prompt: '¿Qué articulación está desgastada por esta artrosis facetaria? Haga clic en una.',
      explanation:
        'Las articulaciones facetarias L4–L5, estrechadas y ásperas, con osteofitos en los bordes; L4–L5 es el nivel más afectado en la TC.',
      explanationPlain:
        'Son las pequeñas articulaciones de atrás, entre L4 y L5. Están gastadas y ásperas, con bultos de hueso.',
    },
    ...rootExamQuestionTexts(ROOT_EXAM_ES, ROOT_EXAM_SENTENCES_ES, ROOT_EXAM_QUIZ_ES),
  },
  byName: { prompt: 'Busque esta estructura: {name}.', explanation: 'Es esta estructura: {name}.' },
  plainAnswer: {
    vertebra: 'Es {level}, el hueso número {n} {region}, contando desde arriba.',
    sacrum: 'Es el sacro: cinco huesos unidos en uno, en la base de la columna.',
    coccyx: 'Es el coxis, el hueso de la cola, al final de la columna.',
    disc: 'Es el disco entre {upper} y {lower}. Es una almohadilla blanda entre dos huesos.',
    facet: 'Es la pequeña articulación {side}, atrás, entre {upper} y {lower}.',
    facetSkull: 'Es la pequeña articulación {side} donde el cráneo se apoya en C1.',
  },
  regions: { C: 'del cuello', T: 'de la parte alta de la espalda', L: 'de la parte baja de la espalda' },
  sides: { left: 'del lado izquierdo', right: 'del lado derecho' },
  byPart: {
    prompt: 'Haga clic en esta parte: {name}.',
    explanation: 'Es esta parte: {name}.',
    explanationPlain: 'Es esta parte: {name}.',
  },
  byRoot: {
    promptAbove: '¿Qué raíz nerviosa sale por encima de {lower}? Haga clic en ella.',
    promptBetween: '¿Qué raíz nerviosa sale entre {upper} y {lower}? Haga clic en ella.',
    promptSacrum: '¿Qué raíz nerviosa sale entre {upper} y el sacro? Haga clic en ella.',
    explanation:
      'La raíz {root}. De C1 a C7 salen por encima de la vértebra del mismo número y C8 entre C7 y T1; de T1 hacia abajo, cada raíz sale por debajo de la vértebra de su número, por el agujero que queda bajo su pedículo.',
    explanationPlain: {
      neck: 'Es la raíz {root}. En el cuello, cada raíz sale por encima del hueso con su número.',
      c8: 'Es la raíz C8. No hay un hueso C8, así que C8 sale entre C7 y T1.',
      below: 'Es la raíz {root}. De T1 hacia abajo, cada raíz sale por debajo del hueso con su número.',
    },
  },
}
