import { CONDITION_MODELS, genantGrade, meyerdingGrade } from '../../anatomy/conditionModels'
import type { ConditionsOverlay, TextPair } from '../overlay'

/**
 * The conditions' texts in Spanish, by the English ids: what it is, what the model shows, its grade, the
 * root it presses on, what it feels like, how it usually goes, what helps and its warning signs. Plain in
 * the glossary's everyday words, addressed as usted; detailed with the clinical terms. The numbers, levels
 * and sources are the English texts' own (the tests hold them to it).
 */

/** The slip's grade, from the same model numbers as the English (content/conditions.ts). */
const slip = (id: 'spondylolisthesis-l5-s1-isthmic' | 'spondylolisthesis-l4-l5-degenerative'): TextPair => {
  const m = CONDITION_MODELS[id]
  const g = meyerdingGrade(m.slipPercent)
  const roman = ['I', 'II', 'III', 'IV', 'V'][g - 1]
  return {
    plain: `Aquí se ve así: el hueso se ha deslizado hacia delante sobre el de abajo: ${m.slipPercent} de cada 100 partes de lo que este mide de delante atrás. Los médicos lo llaman grado ${g} de 5.`,
    detailed: `Deslizamiento modelado del ${m.slipPercent} % de la profundidad del platillo superior de la vértebra de abajo: grado ${roman} de Meyerding (I ≤25 %, II 26–50 %, III 51–75 %, IV 76–100 %, V >100 %).`,
  }
}

const fractureGrade = (): TextPair => {
  const m = CONDITION_MODELS['compression-fracture-l1']
  const pct = Math.round(m.heightLoss * 100)
  return {
    plain: `Aquí se ve así: la parte de delante del hueso ha perdido ${pct} de cada 100 partes de su altura. Es el grado ${genantGrade(m.heightLoss)} de 3.`,
    detailed: `Pérdida de altura anterior modelada del ${pct} %: grado ${genantGrade(m.heightLoss)} de la escala semicuantitativa de Genant (1: 20–25 %, 2: 25–40 %, 3: >40 %).`,
  }
}

const LUMBAR_HERNIATION_COURSE: TextPair = {
  plain:
    'La mayoría mejora sola en semanas o meses. Muchas veces la hernia se encoge. Pasa más con las grandes que se han salido del todo.',
  detailed:
    'La historia natural es favorable: en una revisión sistemática hubo regresión espontánea en el 96 % de los secuestros, el 70 % de las extrusiones y el 41 % de las protrusiones.',
}

const STAY_ACTIVE: TextPair = {
  plain:
    'Siga con su vida normal todo lo que pueda. Quedarse en cama no ayuda. Pregunte a su médico o farmacéutico qué medicamento le sirve para el dolor. Un fisioterapeuta le puede ayudar a moverse.',
  detailed:
    'Mantenerse activo: en la lumbalgia aguda, el consejo de seguir activo es algo mejor que el reposo en cama para el dolor; en la ciática, apenas hay diferencia entre ambos. La guía NICE aconseja seguir con las actividades normales y no hacer pruebas de imagen de rutina, con ejercicio, y terapia manual solo dentro de un plan que incluya ejercicio.',
}

/**
 * Safety text, at the English's three speeds: the cauda equina signs (saddle, bladder or bowel, both legs)
 * to the emergency room now; a leg or foot getting weaker to a doctor that same day; more numbness, fever,
 * weight loss or cancer to an urgent doctor's visit.
 */
const NUMB_WARNING: TextPair = {
  plain:
    'Vaya enseguida a la sala de emergencias si se le duerme la zona entre las piernas. Vaya también si no puede orinar o no aguanta la orina, si se le escapan las heces o si las dos piernas pierden fuerza. Vea a un médico ese mismo día si una pierna o un pie pierde fuerza, por ejemplo si el pie se arrastra o golpea el suelo al caminar. Pida una cita urgente con un médico si una pierna se le duerme más. También si el dolor de espalda viene con fiebre, si baja de peso sin razón o si tiene o tuvo cáncer.',
  detailed:
    'La anestesia en silla de montar, una retención o incontinencia urinaria nueva, la incontinencia fecal, una disfunción sexual nueva, o la debilidad o el entumecimiento de ambas piernas hacen pensar en una compresión de la cola de caballo: valoración inmediata en la sala de emergencias. Una debilidad nueva o progresiva de una pierna, como el pie caído, requiere una valoración médica el mismo día (ante un pie caído agudo, una opinión quirúrgica temprana). Un entumecimiento que se extiende, o un dolor de espalda con fiebre, pérdida de peso inexplicada o antecedentes de cáncer, requieren una cita urgente de atención primaria.',
}

const HOW_IT_GOES: TextPair = {
  plain: 'Cambia de una persona a otra. Si el hueso se ha deslizado más, es más fácil que empeore.',
  detailed: 'La progresión es variable; los grados más altos tienden más a progresar.',
}

export const CONDITIONS_ES: ConditionsOverlay = {
  'herniation-l4-l5-posterolateral': {
    what: {
      plain:
        'El centro blando de un disco se sale por su capa externa, que es dura. Aquí sale hacia atrás y a un lado. Así presiona el nervio L5, que baja junto al disco. Se suele decir que el disco “se salió”, pero el disco en sí no se mueve de su sitio.',
      detailed:
        'Desplazamiento del núcleo pulposo a través del anillo fibroso en dirección posterolateral, hacia el receso lateral, que comprime la raíz L5 descendente (la raíz L4 sale por encima del disco, en el agujero de conjunción). L4–L5 es uno de los dos niveles más frecuentes.',
    },
    shown: {
      plain:
        'El disco sale hacia atrás y a la izquierda. El nervio L5 que presiona brilla en rosa. Los huesos se ven transparentes.',
      detailed:
        'El disco L4–L5 se deforma en dirección posterolateral hasta tocar la raíz L5 izquierda descendente (resaltada); huesos transparentes. El tamaño de la hernia es ilustrativo.',
    },
    root: {
      name: 'Raíz del nervio L5 (la que baja)',
      symptoms: {
        plain:
          'Dolor que baja desde la nalga por el lado de la pierna. Hormigueo o zona dormida en el empeine y en la parte externa de la pantorrilla. Puede costar levantar el pie y los dedos.',
        detailed:
          'Radiculopatía L5: dolor en la nalga, la cara posterolateral del muslo, la cara lateral de la pantorrilla y el dorso del pie; alteración sensitiva en el dorso del pie y la cara lateral de la pantorrilla; debilidad de la dorsiflexión del tobillo y de los dedos (también la extensión del primer dedo) y de la eversión del pie.',
      },
    },
    feelsLike: {
      plain:
        'Dolor que baja por la pierna. Puede arder o dar como una descarga. Sentarse mucho rato, toser o estornudar lo puede empeorar.',
      detailed:
        'Dolor radicular en la pierna (ciática) con entumecimiento u hormigueo; a menudo empeora con la sedestación prolongada, al toser o al estornudar.',
    },
    course: LUMBAR_HERNIATION_COURSE,
    helps: STAY_ACTIVE,
    warning: NUMB_WARNING,
  },
  'herniation-l4-l5-foraminal': {
    what: {
      plain:
        'El disco se sale muy hacia un lado, al hueco por donde sale el nervio. A esta altura presiona el nervio L4, el que sale aquí, no el L5. El disco en sí no se mueve de su sitio.',
      detailed:
        'Una hernia lateral extrema (foraminal) está a la altura del pedículo o por fuera de él y comprime la raíz que sale: en L4–L5, la raíz L4 y su ganglio. Son el 2,6–11,7 % de las hernias lumbares, y el 52 % de ellas están en L4–L5.',
    },
    shown: {
      plain: 'El disco sale hacia el lado izquierdo, al hueco por donde sale el nervio. El nervio L4 brilla en rosa.',
      detailed:
        'El disco L4–L5 se deforma hacia fuera, dentro del agujero de conjunción izquierdo, hasta tocar la raíz L4 que sale (resaltada). El tamaño de la hernia es ilustrativo.',
    },
    root: {
      name: 'Raíz del nervio L4 (la que sale)',
      symptoms: {
        plain: 'Dolor que baja hasta la rodilla y la parte de dentro de la espinilla. Puede notar la rodilla débil.',
        detailed:
          'Radiculopatía L4: dolor en la rodilla y la cara medial de la pantorrilla, entumecimiento de la cara medial de la pantorrilla, debilidad de la extensión de la rodilla (cuádriceps), reflejo rotuliano disminuido.',
      },
    },
    feelsLike: {
      plain:
        'Dolor punzante que baja por la pierna. Puede ser fuerte. Una parte de la pierna se puede dormir o perder fuerza.',
      detailed:
        'Dolor radicular a menudo intenso; los déficits neurológicos (motores, de reflejos o sensitivos) son frecuentes en las hernias laterales extremas.',
    },
    course: LUMBAR_HERNIATION_COURSE,
    helps: STAY_ACTIVE,
    warning: NUMB_WARNING,
  },
  'herniation-c5-c6': {
    what: {
      plain:
        'Un disco del cuello se sale hacia atrás y a un lado. Aprieta el nervio C6. En el cuello, cada nervio sale por encima de la vértebra de su número. Por eso el C6 sale entre C5 y C6. El disco en sí no se mueve de su sitio.',
      detailed:
        'Hernia C5–C6 posterolateral que comprime la raíz C6: las raíces cervicales C2–C7 salen por encima de la vértebra del mismo número, así que la raíz C6 sale por el agujero de conjunción C5–C6. C6 y C7 son las raíces más afectadas en la radiculopatía cervical.',
    },
    shown: {
      plain: 'El disco del cuello sale hacia atrás y a la izquierda. El nervio C6 brilla en rosa.',
      detailed:
        'El disco C5–C6 se deforma en dirección posterolateral hasta tocar la raíz C6 izquierda (resaltada); huesos transparentes. El tamaño de la hernia es ilustrativo.',
    },
    root: {
      name: 'Raíz del nervio C6',
      symptoms: {
        plain: 'Dolor que va del cuello por el brazo hasta el pulgar. El lado del pulgar de la mano se puede dormir.',
        detailed:
          'Radiculopatía C6: dolor irradiado a la cara lateral del antebrazo, al pulgar y al índice; debilidad de la flexión del codo, de la supinación del antebrazo y de la extensión de la muñeca; reflejo bicipital o braquiorradial disminuido.',
      },
    },
    feelsLike: {
      plain: 'Dolor de cuello con dolor, hormigueo o falta de fuerza en un brazo.',
      detailed: 'Cervicalgia con dolor radicular en el brazo, parestesias o debilidad en el territorio de la raíz.',
    },
    course: {
      plain:
        'La mayoría mejora mucho. En un estudio grande, 9 de cada 10 estaban bien o casi bien unos cinco años después. Cerca de 1 de cada 4 se había operado.',
      detailed:
        'En un estudio poblacional de 561 pacientes, el 90 % no tenía síntomas o eran leves en el último control (mediana de 4,9 años); el 26 % se había operado.',
    },
    helps: {
      plain:
        'La mayoría mejora con el tiempo. Algunos necesitan una operación. Pregunte a su médico o a un fisioterapeuta qué le alivia el dolor y cómo mover el cuello con suavidad.',
      detailed:
        'La mayoría mejora con el tiempo (en un estudio poblacional, el 90 % no tenía síntomas o eran leves a una mediana de 4,9 años, y el 26 % se había operado). Hable del alivio del dolor y del ejercicio del cuello con un profesional.',
    },
    warning: {
      plain:
        'Vaya enseguida a la sala de emergencias si las dos piernas pierden fuerza o si no puede controlar la orina o las heces. Vea a un médico ese mismo día si nota las manos torpes, por ejemplo con los botones, o si se nota inestable al caminar. Puede ser que la médula espinal del cuello esté apretada. Vea también a un médico ese mismo día si un brazo o una mano pierde fuerza. Pida una cita urgente con un médico si el brazo o la mano se le duerme cada vez más, o si el dolor no para de empeorar.',
      detailed:
        'Una debilidad nueva de ambas piernas o una alteración de los esfínteres: valoración inmediata en la sala de emergencias. Los signos de compresión de la médula (mielopatía: manos torpes o entumecidas, pérdida de destreza, marcha inestable, caídas) requieren una valoración médica urgente el mismo día y una derivación rápida a un especialista de columna. Un déficit motor radicular nuevo o progresivo requiere valoración el mismo día; un entumecimiento que se extiende o un dolor que empeora, una cita urgente de atención primaria.',
    },
  },
  'spondylolisthesis-l5-s1-isthmic': {
    what: {
      plain:
        'Una parte fina de atrás del hueso L5 tiene una grieta, muchas veces por el esfuerzo repetido durante años. Por eso la parte de delante del hueso se desliza hacia delante sobre el hueso de abajo. La parte de atrás se queda en su sitio.',
      detailed:
        'Un defecto de la pars interarticularis (espondilólisis) deja que el cuerpo de L5, sus pedículos y sus apófisis articulares superiores se deslicen hacia delante sobre S1 mientras el arco posterior se queda atrás. La espondilolistesis ístmica se da sobre todo en L5–S1. En la TC de 188 adultos de la población general de 40 a 80 años, 21 tenían un defecto de la pars, y la mayoría de los que lo tenían en ambos lados presentaba deslizamiento.',
    },
    shown: {
      plain: 'L5 se ha ido hacia delante. La grieta se ve en rojo a cada lado, con un hueco.',
      detailed:
        'L5 por delante del corte de la pars se traslada sobre el platillo de S1; el defecto de la pars es un hueco abierto (rojo). El disco de abajo se deforma en cizalla para seguirlo.',
    },
    grade: slip('spondylolisthesis-l5-s1-isthmic'),
    feelsLike: {
      plain:
        'Muchas veces no se nota nada. Hay quien tiene dolor en la parte baja de la espalda, o dolor que baja por una pierna.',
      detailed:
        'Con mayor frecuencia es asintomática; entre los síntomas están la lumbalgia y el dolor radicular en la pierna.',
    },
    course: HOW_IT_GOES,
    helps: {
      plain:
        'Siga moviéndose. El ejercicio y un fisioterapeuta pueden ayudar a muchas personas con dolor de espalda. Vea a un médico si el dolor de la pierna no se calma.',
      detailed:
        'Se aplica el cuidado general de la lumbalgia: mantenerse activo, terapia con ejercicio; los síntomas radiculares persistentes requieren revisión.',
    },
    warning: NUMB_WARNING,
  },
  'spondylolisthesis-l4-l5-degenerative': {
    what: {
      plain:
        'Las articulaciones y el disco gastados dejan que todo el hueso L4 se deslice un poco hacia delante sobre L5. No hay grieta. Es más común en las mujeres.',
      detailed:
        'La degeneración facetaria y discal deja que toda la vértebra L4, con su arco (sin defecto de la pars), se traslade hacia delante sobre L5; es más frecuente en L4–L5 y en mujeres.',
    },
    shown: {
      plain: 'L4 se ha ido hacia delante sobre L5. Las articulaciones gastadas de atrás se ven de color café (marrón).',
      detailed:
        'L4 trasladada sobre el platillo de L5; las articulaciones facetarias L4–L5 (teñidas) se mueven la mitad; los discos se deforman en cizalla para seguirla.',
    },
    grade: slip('spondylolisthesis-l4-l5-degenerative'),
    feelsLike: {
      plain:
        'Dolor en la parte baja de la espalda. Hay quien tiene dolor o piernas pesadas al caminar, y se le pasa al sentarse.',
      detailed: 'Lumbalgia mecánica; a menudo estrecha el canal y produce claudicación neurógena.',
    },
    course: HOW_IT_GOES,
    helps: STAY_ACTIVE,
    warning: NUMB_WARNING,
  },
  'compression-fracture-l1': {
    what: {
      plain:
        'Cuando los huesos son débiles, la parte de delante de una vértebra se puede aplastar en forma de cuña. Pasa más donde la parte del pecho de la columna se une con la parte baja.',
      detailed:
        'Una fractura vertebral por compresión osteoporótica (en cuña): pérdida de altura anterior del cuerpo vertebral. En una serie hospitalaria amplia de fracturas agudas, los niveles más frecuentes fueron L1, T12 y L2, en la unión toracolumbar.',
    },
    shown: {
      plain: 'El hueso L1 está aplastado por delante en forma de cuña, en rojo.',
      detailed:
        'Acuñamiento anterior del cuerpo de L1; los discos vecinos siguen sus platillos. La pérdida de altura se eligió dentro del grado 2.',
    },
    grade: fractureGrade(),
    feelsLike: {
      plain:
        'Dolor de espalda, muchas veces tras algo tan normal como agacharse, caminar o levantar algo ligero. La mayoría nunca se descubre, porque muchas no dan un dolor fuerte. Si hay varias, puede perder altura y la espalda se puede curvar más.',
      detailed:
        'Ocurre típicamente en actividades cotidianas (agacharse, caminar, levantar objetos ligeros); la mayoría pasa inadvertida en la clínica, tres de cada cuatro personas no consultan y hasta dos tercios no causan síntomas especialmente graves. Las fracturas múltiples pueden causar pérdida de talla y aumento de la cifosis torácica.',
    },
    course: {
      plain: 'Muchas dan pocos problemas. Pero tener una fractura hace más fácil tener otra.',
      detailed:
        'Hasta dos tercios no causan síntomas especialmente graves; una fractura vertebral predice nuevas fracturas.',
    },
    helps: {
      plain:
        'Pregunte a su médico por una revisión de los huesos. Tratar los huesos débiles puede bajar el riesgo de más fracturas.',
      detailed:
        'Reconocerla lleva a valorar la fragilidad ósea; el tratamiento puede reducir nuevas fracturas vertebrales y de cadera.',
    },
    warning: {
      plain:
        'Pida una cita urgente con un médico por un dolor de espalda nuevo si tiene los huesos débiles, si tiene o tuvo cáncer, si toma pastillas de esteroides (como la prednisona) desde hace tiempo o si baja de peso sin razón. También si el dolor empezó después de una caída. Vaya enseguida a la sala de emergencias si las dos piernas pierden fuerza o se le duermen, o si no puede controlar la orina o las heces.',
      detailed:
        'Un dolor de espalda nuevo con osteoporosis, cáncer, corticoides de larga duración o pérdida de peso inexplicada, o tras un traumatismo, requiere una cita urgente de atención primaria para descartar una fractura o una metástasis; una debilidad o un entumecimiento nuevo de ambas piernas, o una alteración de los esfínteres, requiere valoración inmediata en la sala de emergencias.',
    },
  },
  'disc-degeneration-l4-l5': {
    what: {
      plain:
        'Con la edad, un disco se seca y se vuelve más fino. Dentro de un disco gastado se puede juntar gas. Es muy común, también en gente sin dolor.',
      detailed:
        'Deshidratación y pérdida de altura (grados IV–V de Pfirrmann); el gas dentro del disco (fenómeno de vacío) indica una degeneración discal avanzada. En imagen, la degeneración sube del 37 % a los 20 años al 96 % a los 80 en personas sin dolor; se ven discos con vacío en la mitad de los mayores de 60.',
    },
    shown: {
      plain:
        'El disco es más fino, así que los huesos están más cerca. La mancha oscura de dentro es gas. El disco se ve transparente para que pueda ver dentro.',
      detailed:
        'Altura del disco reducida (45 %, ilustrativo), el disco dibujado translúcido para mostrar una colección central de gas; la vértebra de arriba baja para encontrarlo.',
    },
    feelsLike: {
      plain: 'Muchas veces no se nota nada. Hay quien tiene dolor de espalda y rigidez.',
      detailed: 'Con frecuencia es asintomática; los hallazgos de imagen se relacionan poco con el dolor.',
    },
    course: {
      plain: 'Es parte de hacerse mayor. Una crisis de dolor de espalda suele mejorar mucho en unas semanas.',
      detailed:
        'Un proceso ligado a la edad; los episodios de dolor de espalda agudo mejoran mucho en seis semanas en la mayoría de las personas.',
    },
    helps: STAY_ACTIVE,
    warning: NUMB_WARNING,
  },
  'stenosis-central-l4-l5': {
    what: {
      plain:
        'El canal de los nervios se estrecha. Un disco abultado empuja por delante. Por detrás empuja una banda gruesa, que es un ligamento. También empujan unas articulaciones grandes y gastadas.',
      detailed:
        'Estenosis del canal central por una protrusión discal posterior, la hipertrofia del ligamento amarillo y la hipertrofia facetaria. En TC a los 60–69 años se halló estenosis relativa en el 47 % y estenosis absoluta en el 19 %.',
    },
    shown: {
      plain:
        'El disco sale hacia atrás. La banda amarilla de detrás de los nervios es gruesa. Las articulaciones son grandes y ásperas.',
      detailed:
        'Protrusión discal posterior (3,5 mm en el modelo), ligamento amarillo dibujado con 7 mm de grosor (ilustrativo; normal ≈3,7 mm en L4–5, media de 4,4 mm en L4–5 en pacientes con estenosis lumbar), articulaciones facetarias aumentadas de tamaño, con osteofitos; huesos transparentes.',
    },
    feelsLike: {
      plain:
        'Dolor, peso o zonas dormidas en las nalgas y las piernas al caminar o estar de pie. Se calma al sentarse o al inclinarse hacia delante, como al apoyarse en un carrito del supermercado.',
      detailed:
        'Claudicación neurógena: dolor en las nalgas y las piernas al caminar o estar de pie, que se alivia al sentarse o con la flexión (el canal es más amplio en flexión).',
    },
    course: {
      plain:
        'Cambia de una persona a otra. Pocas veces los nervios quedan tan apretados que se pierde el control de las piernas o de la orina. Eso es una emergencia: vaya enseguida a la sala de emergencias.',
      detailed: 'La evolución es variable; rara vez causa un síndrome de cola de caballo, que es una urgencia.',
    },
    helps: {
      plain:
        'Siga moviéndose. Inclinarse hacia delante suele aliviar las piernas. Por ejemplo, al empujar el carrito del súper o al ir con un andador. Un fisioterapeuta le puede ayudar.',
      detailed:
        'Mantenerse activo; las posturas en flexión (un carrito de la compra, un andador con ruedas) alivian la claudicación neurógena.',
    },
    warning: NUMB_WARNING,
  },
  'stenosis-foraminal-l4-l5': {
    what: {
      plain:
        'El hueco por donde un nervio sale de la columna se hace pequeño. Aquí una articulación gastada y un disco abultado aprietan el nervio L4 al salir.',
      detailed:
        'Estenosis foraminal por una protrusión discal lateral y la hipertrofia facetaria, que comprime la raíz L4 que sale. En un estudio en cadáveres de 100 agujeros de conjunción lumbares, la raíz estaba comprimida en 8 de los 10 con una altura discal posterior de 4 mm o menos y en 4 de los 5 con una altura del agujero de 15 mm o menos.',
    },
    shown: {
      plain:
        'El disco sale hacia la izquierda y la articulación izquierda es grande y áspera. El nervio L4 brilla en rosa.',
      detailed:
        'Una protrusión discal lateral y la articulación facetaria L4–L5 izquierda, aumentada de tamaño y con osteofitos, estrechan el agujero de conjunción; la raíz L4 que sale, resaltada.',
    },
    root: {
      name: 'Raíz del nervio L4 (la que sale)',
      symptoms: {
        plain: 'Dolor que baja hasta la rodilla y la parte de dentro de la espinilla, de un lado.',
        detailed:
          'Dolor radicular L4 unilateral en la rodilla y la cara medial de la pantorrilla; debilidad del cuádriceps.',
      },
    },
    feelsLike: {
      plain: 'Dolor que baja por una pierna. Puede ser peor al inclinarse hacia atrás o estar mucho rato de pie.',
      detailed: 'Dolor radicular unilateral, a menudo peor con la extensión y la bipedestación.',
    },
    course: {
      plain: 'Cambia de una persona a otra. Una crisis de dolor de espalda suele mejorar mucho en unas semanas.',
      detailed:
        'La evolución es variable; los episodios de dolor de espalda agudo mejoran mucho en seis semanas en la mayoría de las personas.',
    },
    helps: STAY_ACTIVE,
    warning: NUMB_WARNING,
  },
  'facet-arthritis-l4-l5': {
    what: {
      plain:
        'Las pequeñas articulaciones de atrás de la columna se gastan. El hueco de la articulación se estrecha, las caras se ponen ásperas y en los bordes crecen picos de hueso (espolones, los “picos de loro”).',
      detailed:
        'Artrosis facetaria: estrechamiento del espacio articular, esclerosis subcondral y osteofitos. En TC sube del 24 % antes de los 40 años al 89 % en la década de los 60; L4–L5 es el nivel más frecuente (45 %).',
    },
    shown: {
      plain:
        'Las dos articulaciones se ven estrechas y ásperas. Son de color café (marrón). Tienen bultos de hueso a su lado.',
      detailed:
        'Articulaciones facetarias L4–L5 con el espacio estrechado, la superficie irregular y aumentadas de tamaño, con osteofitos; grado ilustrativo.',
    },
    feelsLike: {
      plain:
        'Muchas veces no se nota nada. Es común también en gente sin dolor de espalda. Hay quien nota un roce en la parte baja de la espalda al moverse. Un estudio pequeño lo vio más en gente mayor y en gente con dolor de espalda. Ningún estudio ha probado que venga de articulaciones gastadas.',
      detailed:
        'A menudo es asintomática: en la población no hay una relación clara con el dolor de espalda. En un estudio de viabilidad con 10 personas se pudo registrar crepitación lumbar, más frecuente con la edad y con lumbalgia; ningún estudio relaciona la crepitación de la columna con la artrosis facetaria.',
    },
    course: {
      plain: 'Es parte de hacerse mayor. Cuando el dolor aumenta, suele calmarse en unas semanas.',
      detailed: 'Ligada a la edad; los episodios con síntomas suelen mejorar en semanas.',
    },
    helps: STAY_ACTIVE,
    warning: {
      plain: `Pida que le revisen el roce si viene con dolor, con hinchazón o con menos movimiento. ${NUMB_WARNING.plain}`,
      detailed: `La crepitación con dolor, derrame articular o menor amplitud de movimiento requiere valoración. ${NUMB_WARNING.detailed}`,
    },
  },
}
