import type { StretchesOverlay, StretchOverlay } from '../overlay'

/*
 * The stretch cards in Spanish, by the ids of src/content/stretches.ts. Only the words: the dose numbers,
 * the motion on the 3D spine and the sources are the English card's, and the numbers in each dose note are
 * the English note's (a test compares them). Plain Spanish, usted, the glossary's words
 * (shared/reference/spanish.md §3).
 */

const GENERAL_DOSE =
  'Nuestras fuentes no dan una dosis para este, así que usamos la pauta general para estirar: mantenga de 10 a 30 segundos y hágalo de 2 a 4 veces seguidas; lo mejor es a diario.'

/** Who should not do any neck card (the English NECK_SKIP, in its order). */
const NECK_SKIP = [
  'Tiene un problema conocido en las arterias del cuello, o tuvo un derrame cerebral',
  'Se lastimó el cuello hace poco, en una caída, un accidente o un deporte',
]
/** When to stop any neck card (the English NECK_STOP, in its order). */
const NECK_STOP = [
  'Se marea, siente que se va a desmayar o tiene náuseas',
  'Su vista cambia: ve doble, o todo se ve borroso',
  'Su habla cambia, o arrastra las palabras',
  'Le cuesta tragar',
  'Siente la cara dormida',
  'El dolor o el hormigueo baja hacia un brazo',
]
const BACK_STOP = ['El dolor baja por una pierna, o empeora', 'Siente una parte del cuerpo dormida o con hormigueo']
const NO_INJURY = 'Se lastimó esta zona hace poco, en una caída o un accidente'
const WEAK_BONES = 'Tiene los huesos débiles y delgados (pregunte antes)'
const LOOSE_JOINTS = 'Sus articulaciones son muy flojas y se doblan de más (pregunte antes)'
const INFLAMMATORY_ARTHRITIS = 'Tiene artritis y se le hinchan las rodillas, las manos u otras partes (pregunte antes)'
const PREGNANT_SUPINE = 'Tiene más de tres meses de embarazo (este se hace boca arriba)'
const KNEE_KNEELING = 'Le duele la rodilla al arrodillarse'

const cards: Record<string, StretchOverlay> = {
  'chin-tuck': {
    name: 'Meter la barbilla',
    purpose: {
      plain: 'Sirve para aliviar el cuello rígido y llevar la cabeza atrás, sobre los hombros.',
      detailed:
        'Retracción de la cabeza: flexión de los segmentos cervicales altos con extensión de los bajos, para la postura de cabeza adelantada y la rigidez del cuello.',
    },
    steps: [
      'Siéntese o acuéstese con la cabeza recta.',
      'Lleve la barbilla recta hacia atrás, como si hiciera papada.',
      'Mire al frente. No baje la cabeza.',
      'Quédese así y luego suelte.',
    ],
    doseNote: 'Programas de clínicas: mantener 5 segundos, 5 veces sentado (10 veces acostado), de 3 a 4 veces al día.',
    shouldFeel: 'Un estiramiento suave en la nuca.',
    shouldNotFeel: 'Dolor. Pare si se marea.',
    stopIf: [...NECK_STOP],
    skipIf: [...NECK_SKIP],
  },
  'neck-turn': {
    name: 'Girar el cuello',
    purpose: {
      plain: 'Sirve para que el cuello pueda girar a los dos lados.',
      detailed: 'Rotación axial activa dentro del rango sin dolor.',
    },
    steps: [
      'Siéntese con la espalda recta.',
      'Gire la cabeza despacio para mirar sobre un hombro.',
      'Quédese así y vuelva al centro.',
      'Haga lo mismo hacia el otro lado.',
    ],
    doseNote:
      'Mantenga 5 segundos, 5 veces a cada lado. El folleto del que sale no dice cuántas veces al día: pregunte a su fisioterapeuta o médico.',
    shouldFeel: 'Un estiramiento leve al lado del cuello.',
    shouldNotFeel: 'Un dolor fuerte o mareo.',
    stopIf: [...NECK_STOP],
    skipIf: [...NECK_SKIP],
  },
  'neck-tilt': {
    name: 'Inclinar el cuello de lado',
    purpose: {
      plain: 'Sirve para estirar los lados del cuello.',
      detailed: 'Inclinación lateral de la columna cervical.',
    },
    steps: [
      'Siéntese con la espalda recta y los hombros abajo.',
      'Incline la oreja hacia el hombro. No suba el hombro.',
      'Quédese así y luego ponga la cabeza recta.',
      'Haga el otro lado.',
    ],
    doseNote:
      'Mantenga 5 segundos, 5 veces a cada lado. El folleto del que sale no dice cuántas veces al día: pregunte a su fisioterapeuta o médico.',
    shouldFeel: 'Un estiramiento en el otro lado del cuello: el que queda arriba.',
    shouldNotFeel: 'Dolor que baja por el brazo.',
    stopIf: [...NECK_STOP],
    skipIf: [...NECK_SKIP],
  },
  'towel-neck-rotation': {
    name: 'Girar el cuello con una toalla',
    purpose: {
      plain: 'Es para un cuello que está rígido al girar hacia un lado.',
      detailed: 'Self-SNAG (Mulligan): una toalla desliza C2 mientras la cabeza rota hacia el lado limitado.',
    },
    steps: [
      'Ponga una toalla pequeña detrás del cuello, justo bajo el cráneo.',
      'Sujete las dos puntas. Tire de la punta del lado rígido hacia su ojo.',
      'Gire la cabeza hacia ese lado, siguiendo la toalla.',
      'Quédese así al final del giro y luego vuelva.',
    ],
    doseNote: 'Pauta de una clínica: 12 veces, mantener unos 5 segundos, dos veces al día; no debe doler nada.',
    shouldFeel: 'Un giro fácil, sin nada de dolor.',
    shouldNotFeel: 'Ningún dolor. Este no debe doler nada.',
    stopIf: [...NECK_STOP, 'Le duele, aunque sea poco'],
    skipIf: [...NECK_SKIP, WEAK_BONES, LOOSE_JOINTS, INFLAMMATORY_ARTHRITIS],
  },
  'chair-extension': {
    name: 'Extensión sobre el respaldo de una silla',
    purpose: {
      plain: 'Sirve para abrir la parte alta de la espalda cuando está encorvada.',
      detailed: 'Extensión torácica usando el respaldo de la silla como punto de apoyo.',
    },
    steps: [
      'Siéntese en una silla de respaldo firme que llegue a sus omóplatos.',
      'Ponga las manos detrás de la cabeza.',
      'Échese hacia atrás sobre el borde del respaldo.',
      'Haga una pausa y vuelva a sentarse bien.',
    ],
    doseNote:
      'Pauta de una clínica: pausa de 2 a 3 segundos, 5 veces. Nuestra fuente no dice cuántas veces al día: pregunte a su fisioterapeuta o médico.',
    shouldFeel: 'Un estiramiento en la parte alta de la espalda y el pecho.',
    shouldNotFeel: 'Una sensación de pellizco en la parte baja de la espalda o en el cuello.',
    stopIf: [...BACK_STOP],
    skipIf: [NO_INJURY, WEAK_BONES, LOOSE_JOINTS],
  },
  'foam-roller-extension': {
    name: 'Extensión sobre un rodillo de espuma',
    purpose: {
      plain: 'Sirve para soltar la parte alta de la espalda cuando está rígida.',
      detailed: 'Extensión torácica boca arriba sobre un rodillo de espuma, en varios niveles.',
    },
    steps: [
      'Acuéstese boca arriba sobre un rodillo de espuma. El rodillo va de lado a lado, bajo la parte alta de la espalda.',
      'Doble las rodillas. Sostenga la cabeza con las manos.',
      'Deje que la parte alta de la espalda se doble suave sobre el rodillo.',
      'Haga una pausa, mueva un poco el rodillo y repita.',
    ],
    doseNote:
      'Pauta de una clínica: pausa de 2 a 3 segundos, 5 veces en varios niveles; aumente poco a poco en 6 a 8 semanas. Nuestra fuente no dice cuántas veces al día: pregunte a su fisioterapeuta o médico.',
    shouldFeel: 'Estiramiento y presión en la parte alta de la espalda.',
    shouldNotFeel: 'Que se arquee la parte baja de la espalda, o tensión en el cuello.',
    stopIf: [...BACK_STOP],
    skipIf: [NO_INJURY, WEAK_BONES, PREGNANT_SUPINE, LOOSE_JOINTS],
  },
  'standing-rotation': {
    name: 'Giro de la espalda de pie',
    purpose: {
      plain: 'Sirve para que la espalda pueda girar.',
      detailed: 'Rotación axial toracolumbar activa de pie.',
    },
    steps: [
      'Póngase de pie con los pies separados y los brazos cruzados.',
      'Mantenga la cadera mirando al frente.',
      'Gire la parte de arriba del cuerpo hacia un lado.',
      'Quédese así, vuelva y gire hacia el otro lado.',
    ],
    doseNote: GENERAL_DOSE,
    shouldFeel: 'Un giro en el medio de la espalda.',
    shouldNotFeel: 'Dolor agudo.',
    stopIf: [...BACK_STOP],
    skipIf: [NO_INJURY, WEAK_BONES, LOOSE_JOINTS],
  },
  'cat-camel': {
    name: 'Gato y camello',
    purpose: {
      plain: 'Sirve para calentar toda la espalda con un movimiento fácil.',
      detailed:
        'Flexión y extensión cíclicas de la columna torácica y lumbar; un ejercicio de movilidad más que un estiramiento sostenido.',
    },
    steps: [
      'Apoye las manos y las rodillas en el suelo.',
      'Redondee la espalda hacia el techo.',
      'Luego deje que baje suave hacia el otro lado.',
      'Muévase despacio. No empuje fuerte al final.',
    ],
    doseNote:
      'De 5 a 6 ciclos lentos, de unos 4 segundos cada uno; se gana poco más allá de 6 a 8 (McGill, según un resumen). Nuestra fuente no dice cuántas veces al día: pregunte a su fisioterapeuta o médico.',
    shouldFeel: 'Un movimiento fácil a lo largo de la espalda.',
    shouldNotFeel: 'Dolor en cualquiera de los dos extremos del movimiento.',
    stopIf: [...BACK_STOP],
    skipIf: [NO_INJURY, 'Le duelen las muñecas o las rodillas al apoyarlas en el suelo', WEAK_BONES, LOOSE_JOINTS],
  },
  'single-knee-to-chest': {
    name: 'Una rodilla al pecho',
    purpose: {
      plain: 'Sirve para aliviar la parte baja de la espalda cuando está rígida.',
      detailed: 'Flexión lumbar con flexión de cadera, de un lado.',
    },
    steps: [
      'Acuéstese de espaldas y doble las rodillas.',
      'Lleve una rodilla hacia el pecho. Sujétela con las manos.',
      'Deje el otro pie en el suelo.',
      'Quédese así, bájela y haga el otro lado.',
    ],
    doseNote:
      'Mantenga 5 segundos, hasta 5 veces a cada lado. El folleto del que sale no dice cuántas veces al día: pregunte a su fisioterapeuta o médico.',
    shouldFeel: 'Un estiramiento suave en la parte baja de la espalda y la nalga.',
    shouldNotFeel: 'Dolor que baja por la pierna.',
    stopIf: [...BACK_STOP],
    skipIf: [NO_INJURY, PREGNANT_SUPINE, WEAK_BONES, LOOSE_JOINTS],
  },
  'double-knee-to-chest': {
    name: 'Las dos rodillas al pecho',
    purpose: {
      plain: 'Sirve para estirar más a fondo la parte baja de la espalda.',
      detailed: 'Flexión de ambas caderas que lleva la columna lumbar a flexión.',
    },
    steps: [
      'Acuéstese de espaldas y doble las rodillas.',
      'Lleve las dos rodillas hacia el pecho.',
      'Tómelas por detrás y tráigalas hacia usted.',
      'Quédese así y luego baje los pies de uno en uno.',
    ],
    doseNote: GENERAL_DOSE,
    shouldFeel: 'Un estiramiento en la parte baja de la espalda.',
    shouldNotFeel: 'Dolor u hormigueo en las piernas.',
    stopIf: [...BACK_STOP],
    skipIf: [NO_INJURY, PREGNANT_SUPINE, WEAK_BONES, LOOSE_JOINTS],
  },
  'knee-rolls': {
    name: 'Rodillas de lado a lado',
    purpose: {
      plain: 'Sirve para girar con suavidad la parte baja de la espalda.',
      detailed: 'Rotación lumbar boca arriba con las rodillas juntas.',
    },
    steps: [
      'Acuéstese de espaldas con las rodillas juntas y dobladas.',
      'Deje caer las dos rodillas despacio hacia un lado.',
      'Mantenga los hombros en el suelo.',
      'Quédese así, vuelva al centro y luego hacia el otro lado.',
    ],
    doseNote: 'Mantenga 2 segundos, 5 veces, 3 veces al día; cada pocos días, haga 1 o 2 veces más.',
    shouldFeel: 'Un giro suave en la parte baja de la espalda.',
    shouldNotFeel: 'Dolor agudo.',
    stopIf: [...BACK_STOP],
    skipIf: [NO_INJURY, PREGNANT_SUPINE, WEAK_BONES, LOOSE_JOINTS],
  },
  'seated-rotation': {
    name: 'Giro sentado',
    purpose: {
      plain: 'Sirve para girar la espalda sin levantarse de la silla.',
      detailed: 'Rotación toracolumbar en sedestación.',
    },
    steps: [
      'Siéntese en una silla con la espalda recta y los pies en el suelo.',
      'Cruce los brazos o sujete el respaldo.',
      'Gire la parte de arriba del cuerpo hacia un lado.',
      'Quédese así y luego gire hacia el otro lado.',
    ],
    doseNote: GENERAL_DOSE,
    shouldFeel: 'Un giro a lo largo de la espalda.',
    shouldNotFeel: 'Dolor agudo.',
    stopIf: [...BACK_STOP],
    skipIf: [NO_INJURY, WEAK_BONES, LOOSE_JOINTS],
  },
  'prone-press-up': {
    name: 'Subir el pecho boca abajo',
    purpose: {
      plain: 'Sirve para doblar la parte baja de la espalda hacia atrás, al revés que al sentarse.',
      detailed: 'Extensión lumbar en decúbito prono (McKenzie), progresando desde boca abajo y apoyado en los codos.',
    },
    steps: [
      'Empiece boca abajo unos 5 minutos, sin hacer nada más.',
      'Si se siente bien, apóyese en los codos unos 5 minutos.',
      'Si eso también se siente bien, ponga las manos bajo los hombros.',
      'Deje la cadera en el suelo. Empuje con los brazos para subir el pecho.',
      'Quédese así y luego baje poco a poco.',
    ],
    doseNote:
      'Vaya poco a poco: boca abajo, luego sobre los codos (unos 5 minutos cada uno), antes de subir con los brazos. Pase al siguiente paso solo si se siente bien y el dolor de la pierna no baja más. Subir con los brazos (consejo del servicio de salud británico, según un informe): mantener hasta 10 segundos, de 8 a 10 veces. Nuestra fuente no dice cuántas veces al día: pregunte a su fisioterapeuta o médico.',
    shouldFeel: 'Un estiramiento en la parte baja de la espalda y el vientre.',
    shouldNotFeel: 'Dolor de pierna que baja más.',
    stopIf: ['El dolor baja más por la pierna', 'Siente una parte del cuerpo dormida o con hormigueo'],
    skipIf: [NO_INJURY, 'Está embarazada', LOOSE_JOINTS],
  },
  'childs-pose': {
    name: 'Postura del niño',
    purpose: {
      plain: 'Sirve para descansar y estirar toda la espalda.',
      detailed: 'Flexión de la columna lumbar y torácica de rodillas (“nalgas a los talones”).',
    },
    steps: [
      'Apoye las manos y las rodillas en el suelo.',
      'Lleve las nalgas hacia atrás, hacia los talones.',
      'Estire los brazos al frente, sobre el suelo.',
      'Respire hondo una vez y luego suba.',
    ],
    doseNote:
      'Mantenga la postura durante una respiración profunda; repítalo de 8 a 10 veces. Nuestra fuente no dice cuántas veces al día: pregunte a su fisioterapeuta o médico.',
    shouldFeel: 'Un estiramiento largo a lo largo de la espalda.',
    shouldNotFeel: 'Dolor de rodilla. No baje del todo si le duelen las rodillas.',
    stopIf: [...BACK_STOP],
    skipIf: [NO_INJURY, KNEE_KNEELING, WEAK_BONES, LOOSE_JOINTS],
  },
  'warm-forward-fold': {
    name: 'Doblarse al frente tras una ducha caliente',
    purpose: {
      plain: 'Una flexión suave hacia delante con los músculos calientes.',
      detailed: 'Flexión lumbar de pie tras calentar los tejidos.',
    },
    steps: [
      'Tras una ducha caliente, póngase de pie con las rodillas un poco dobladas.',
      'Deje caer el cuerpo despacio hacia delante desde la cadera.',
      'Deje colgar los brazos. No rebote.',
      'Quédese así y luego suba poco a poco.',
    ],
    doseNote:
      'Quédese colgando de 15 a 30 segundos tras una ducha caliente. Lo dice un cirujano ortopedista, citado en una revista. No dice cuántas veces al día.',
    shouldFeel: 'Un estiramiento en la parte de atrás de las piernas y en la parte baja de la espalda.',
    shouldNotFeel: 'Mareo al subir.',
    stopIf: [...BACK_STOP, 'Se marea'],
    skipIf: [NO_INJURY, WEAK_BONES, LOOSE_JOINTS],
  },
  'hip-flexor-lunge': {
    name: 'Rodilla al suelo, cadera al frente',
    purpose: {
      plain: 'Sirve para estirar la parte delantera de la cadera, que tira de la parte baja de la espalda.',
      detailed: 'Estocada de rodillas que estira los flexores de la cadera (psoas ilíaco), con leve extensión lumbar.',
    },
    steps: [
      'Ponga una rodilla en el suelo y el otro pie delante.',
      'Tenga la espalda recta.',
      'Pase el peso hacia delante hasta sentir que se estira el frente de la cadera de atrás.',
      'Quédese así y luego cambie de lado.',
    ],
    doseNote:
      'Mantenga 5 segundos, 3 veces a cada lado. Nuestra fuente no dice cuántas veces al día: pregunte a su fisioterapeuta o médico.',
    shouldFeel: 'Un estiramiento en el frente de la cadera.',
    shouldNotFeel: 'Dolor en la parte baja de la espalda.',
    stopIf: [...BACK_STOP],
    skipIf: [NO_INJURY, KNEE_KNEELING, LOOSE_JOINTS],
  },
  'figure-4-piriformis': {
    name: 'Piernas en forma de 4',
    purpose: {
      plain: 'Sirve para estirar el músculo profundo de la nalga.',
      detailed: 'Estiramiento en 4, boca arriba, del piriforme y de los rotadores externos de la cadera.',
    },
    steps: [
      'Acuéstese de espaldas y doble las rodillas.',
      'Cruce un tobillo sobre la otra rodilla.',
      'Tire del muslo de abajo hacia usted.',
      'Quédese así y luego cambie de lado.',
    ],
    doseNote: 'Pauta de una clínica: mantener unos 30 segundos, 3 veces al día.',
    shouldFeel: 'Un estiramiento en lo hondo de la nalga.',
    shouldNotFeel: 'Una sensación de pellizco en la cadera o dolor que baja por la pierna.',
    stopIf: ['Dolor o pellizco en la cadera', ...BACK_STOP],
    skipIf: [NO_INJURY, 'Le cambiaron la cadera (pregunte antes)', PREGNANT_SUPINE, LOOSE_JOINTS],
  },
  'hamstring-fold': {
    name: 'Estirar la parte de atrás del muslo',
    purpose: {
      plain: 'Sirve para estirar la parte de atrás de los muslos, que tira de la pelvis.',
      detailed: 'Estiramiento estático de los isquiotibiales (de pie o sentado).',
    },
    steps: [
      'Ponga un talón sobre un escalón bajo, con la pierna recta.',
      'Tenga la espalda recta.',
      'Doble el cuerpo hacia delante desde la cadera hasta que sienta el muslo por detrás.',
      'Quédese así y luego cambie de pierna.',
    ],
    doseNote: '30 segundos una vez al día, 5 días por semana, funciona igual que más tiempo o más veces.',
    shouldFeel: 'Un estiramiento en la parte de atrás del muslo.',
    shouldNotFeel: 'Dolor detrás de la rodilla o que baja por la pierna.',
    stopIf: [...BACK_STOP],
    skipIf: [NO_INJURY, WEAK_BONES, LOOSE_JOINTS],
  },
  'coccyx-offloading': {
    name: 'Alivio para el coxis',
    purpose: {
      plain: 'El coxis no se estira bien. Estos pasos le quitan peso, también tras una caída.',
      detailed:
        'Descarga para la coccigodinia en lugar de estiramiento. Una caída sobre el coxis es una causa común; valen las mismas medidas, con una revisión clínica (para buscar una fractura u otra causa) si el dolor es intenso o no empieza a ceder en unas semanas.',
    },
    steps: [
      '¿Se cayó? Estos pasos también le sirven. Vea a un médico si el dolor es muy fuerte, o si no se calma en unas semanas.',
      'No pase mucho rato en una silla. Levántese a menudo.',
      'Al sentarse, échese un poco hacia delante.',
      'Use un cojín en forma de U o de cuña.',
      'Póngase algo frío, como una bolsa de hielo, hasta 20 minutos, unas veces al día.',
      'De pie, dóblese suave hacia atrás y a los lados, unas veces cada hora.',
    ],
    doseNote:
      'Unas flexiones suaves de pie, de 2 a 3 veces por hora durante el día (unas 30 veces en total); mantener 5 segundos y repetir 3 veces es sugerencia nuestra, no de la fuente. Frío: hasta 20 minutos.',
    shouldFeel: 'Menos presión sobre el coxis.',
    shouldNotFeel: 'Dolor agudo.',
    stopIf: [
      'Se le duerme la piel en las nalgas o entre las piernas. O no puede orinar o defecar como siempre. Entonces vaya ya a la sala de emergencias',
      'Piernas dormidas o sin fuerza',
      'El dolor empeora',
    ],
    skipIf: [
      'Tiene fiebre, o sangra por el ano. Vea antes a un médico.',
      'El dolor se extiende más allá del coxis. Vea antes a un médico.',
    ],
  },
}

export const STRETCHES_ES: StretchesOverlay = {
  cards,
  notes: {
    'neck-call-now': {
      plain:
        'Si cambia su vista, su habla o su cara, si le cuesta tragar o le da de repente un dolor de cabeza fuerte, pare y llame al 911, al 112 o al 999. Llame aunque se le pase.',
      detailed:
        'Alteraciones visuales, disartria, disfagia, entumecimiento facial o una cefalea súbita e intensa al mover el cuello pueden indicar una disección de la arteria vertebral o un accidente cerebrovascular: pare y llame de inmediato a emergencias (911 EE. UU. y México, 112 UE, 999 Reino Unido), aunque los síntomas cedan.',
    },
    'neck-no-pop-chasing': {
      plain:
        'Muévase despacio, y solo hasta donde le resulte fácil. No intente que el cuello cruja, y nunca lo fuerce. Pare si se marea, si cambia su vista o su habla, o si le cuesta tragar.',
      detailed:
        'Mueva el cuello despacio y dentro del rango cómodo; no busque ni fuerce la cavitación. Los profesionales consultados sobre hacerse crujir a uno mismo advierten que puede seguir moviendo los segmentos que ya se mueven bien, en lugar de los rígidos, y un caso publicado describe una disección de la arteria vertebral en una mujer que se hacía crujir el cuello a menudo. Aquí no se marca ninguna articulación del cuello: la cifra de separación de la cavitación viene de articulaciones lumbares.',
    },
    'opens-as-far-as-cracked': {
      plain:
        'En nuestro modelo, estas articulaciones de la parte baja de la espalda se abren más o menos como las que crujieron en un estudio. Esas se abrieron 0,56 mm en promedio. En ese estudio, el movimiento lo hacían profesionales. Es un promedio, no una línea que haya que pasar para crujir. No hace falta que cruja. No fuerce para que cruja.',
      detailed:
        'En algún punto de este movimiento, nuestro modelo (cuyos rangos segmentarios son en parte valores de manual y estimaciones) separa estas articulaciones facetarias lumbares al menos 0,56 mm: la separación media en RM de las articulaciones cigapofisarias lumbares que cavitaron durante una manipulación en decúbito lateral hecha por profesionales en adultos sanos (0,22 mm en las que no; Cramer 2012). Es la media de un grupo en un estudio, no un umbral que una articulación deba pasar para cavitar; nunca se marcan articulaciones del cuello. No busque ni fuerce la cavitación: los profesionales consultados sobre hacerse crujir a uno mismo advierten que puede seguir moviendo los segmentos que ya se mueven de más, en lugar de los rígidos.',
    },
  },
}
