import type { SoundsOverlay } from '../overlay'

/**
 * Why backs crack, in Spanish, by the ids of src/content/sounds.ts (the sources and the evidence flags are
 * the English items'; the figures are the English ones in Spanish form). Plain Spanish, usted.
 */
export const SOUNDS_ES: SoundsOverlay = {
  repeatsAtOnce: {
    no: { plain: 'No con cada movimiento', detailed: 'No: no se repite con cada movimiento' },
    yes: { plain: 'Sí, con cada movimiento', detailed: 'Sí, con cada movimiento' },
    unknown: { plain: 'No se sabe', detailed: 'No se sabe' },
  },
  mechanisms: {
    cavitation: {
      name: { plain: 'El crujido típico', detailed: 'Cavitación en una articulación facetaria sinovial' },
      what: {
        plain:
          'Dos caras de una pequeña articulación se separan. Se forma una bolsa de gas en el líquido de la articulación, y se oye un chasquido.',
        detailed:
          'La separación rápida de las superficies articulares baja la presión dentro de la cápsula cerrada hasta que se forma una cavidad de gas en el líquido sinovial.',
      },
      feelsLike: {
        plain: 'Un solo chasquido seco. Luego la articulación puede sentirse suelta o libre.',
        detailed:
          'Un único sonido seco, a menudo seguido de una sensación de liberación y de una pequeña ganancia en la amplitud de movimiento.',
      },
      concern: {
        plain:
          'No suele doler. Un nudillo no puede volver a sonar en unos 20 minutos. En la espalda, una articulación puede sonar más de una vez en un mismo tratamiento.',
        detailed:
          'Suele ser indoloro. El periodo refractario de unos 20 minutos se midió en los nudillos (articulaciones metacarpofalángicas); en la manipulación lumbar, 8 de 46 articulaciones facetarias que cavitaron lo hicieron más de una vez, y un impulso en el cuello suele dar varios chasquidos.',
      },
    },
    snapping: {
      name: { plain: 'Un chasquido de una banda de tejido', detailed: 'Chasquido de un tendón o un ligamento' },
      what: {
        plain: 'Una banda tensa, como un tendón, salta sobre un bulto del hueso al moverse.',
        detailed:
          'Un tendón o un ligamento se desliza sobre una prominencia ósea y vuelve de golpe durante el movimiento.',
      },
      feelsLike: {
        plain: 'Un clic o chasquido en el mismo punto cada vez que se mueve.',
        detailed: 'Un clic que se reproduce en un punto fijo del arco de movimiento.',
      },
      concern: {
        plain: 'Muchas veces no es grave. Si duele, que se lo revisen.',
        detailed: 'Suele ser benigno; el chasquido doloroso merece una evaluación.',
      },
    },
    crepitus: {
      name: { plain: 'Roce o crepitación', detailed: 'Crepitación (un roce continuo)' },
      what: {
        plain:
          'Un ruido áspero o crujiente al mover la espalda. Un estudio pequeño lo pudo registrar en la parte baja de la espalda. Lo vio más en gente mayor y en gente con dolor de espalda. Se suele culpar a las caras gastadas de las articulaciones, pero esto no se ha probado en la columna.',
        detailed:
          'Crepitación continua, que se suele atribuir a la fricción entre superficies articulares degeneradas, aunque ningún estudio la ha vinculado a la artrosis facetaria en la columna; en un pequeño estudio de viabilidad (10 personas) se pudo medir la crepitación lumbar con acelerómetros y un micrófono, y era más común con la edad y con dolor de espalda.',
      },
      feelsLike: {
        plain: 'Algo áspero y que cruje al moverse, no un solo chasquido limpio.',
        detailed: 'Roce continuo a lo largo del rango, a veces con dolor, hinchazón o rigidez.',
      },
      concern: {
        plain: 'Vale la pena que lo vean, sobre todo si hay dolor, hinchazón o se mueve menos.',
        detailed: 'Merece una evaluación si se acompaña de dolor, derrame o menos amplitud de movimiento.',
      },
    },
    disc: {
      name: { plain: 'Un clic de un disco', detailed: 'Un clic atribuido a un fragmento de disco' },
      what: {
        plain: 'Hay quien cree que un trozo de un disco dañado puede hacer clic. Hay muy pocas pruebas de esto.',
        detailed:
          'Se ha propuesto que un fragmento de disco desplazado sea fuente de clics; no se halló ningún estudio que describa cómo es.',
      },
      feelsLike: {
        plain: 'No lo sabemos. Ningún estudio ha mostrado cómo es.',
        detailed: 'No está descrito en la bibliografía revisada.',
      },
      concern: {
        plain: 'Consulte si viene con dolor de espalda o de pierna, piel dormida o falta de fuerza.',
        detailed: 'Evalúe signos radiculares o neurológicos.',
      },
    },
    'soft-tissue': {
      name: { plain: 'Un tejido blando que se suelta', detailed: 'Liberación del tejido conectivo' },
      what: {
        plain: 'No todo ruido es el de la articulación. Algunos vienen de las partes blandas que la rodean.',
        detailed:
          'No todo ruido articular es una cavitación; los tejidos blandos periarticulares también pueden producir sonidos.',
      },
      feelsLike: {
        plain: 'Un clic suave o un golpe sordo, a veces con una sensación de estiramiento.',
        detailed: 'Se describe como clics, chasquidos o golpes sordos; a menudo no se oye.',
      },
      concern: {
        plain: 'No suele ser de preocupar si no duele.',
        detailed: 'Benigno si no duele.',
      },
    },
  },
  normal: {
    painless: { plain: 'No duele, ni antes ni después.', detailed: 'El sonido no duele.' },
    gap: {
      plain:
        'No suena con cada movimiento. Un nudillo necesita unos 20 minutos antes de poder sonar otra vez. Una articulación de la espalda puede sonar más de una vez en un mismo tratamiento.',
      detailed:
        'No se repite con cada movimiento. Los nudillos muestran un periodo refractario de unos 20 minutos; se han registrado articulaciones facetarias de la columna que cavitaron más de una vez en una misma manipulación.',
    },
    freer: {
      plain: 'Luego la articulación se mueve un poco más libre.',
      detailed: 'La amplitud de movimiento aumenta un poco tras la cavitación.',
    },
  },
  check: {
    pain: {
      plain: 'Duele cuando suena, o después.',
      detailed: 'El sonido se acompaña de dolor (la crepitación era más común en personas con dolor de espalda).',
    },
    sooner: {
      plain:
        'No espere a una revisión si empezó tras un choque o una caída fuerte, o si hay un bulto o hinchazón. Vea los signos de alarma: esto necesita atención antes.',
      detailed:
        'No es para una revisión normal: el inicio tras un traumatismo grave necesita atención de urgencia, y un bulto o hinchazón de la espalda, una cita urgente con el médico de atención primaria (consejo del servicio de salud británico, el NHS); vea los signos de alarma.',
    },
    grinding: {
      plain: 'Raspa o cruje en vez de hacer un chasquido.',
      detailed: 'Crepitación continua.',
    },
    'every-move': {
      plain: 'Hace clic con cada movimiento, una y otra vez.',
      detailed: 'El ruido se repite con cada movimiento, lo que aleja la idea de una cavitación.',
    },
    locks: {
      plain: 'La articulación se traba o se bloquea.',
      detailed: 'Bloqueo o enganche.',
    },
  },
  myths: {
    bones: {
      myth: { plain: 'El crujido son sus huesos que crujen.', detailed: 'El sonido es hueso que se rompe o que roza.' },
      truth: {
        plain:
          'No se rompe ningún hueso. El sonido viene de dentro de una articulación, donde se forma una bolsa de gas.',
        detailed:
          'Las imágenes muestran que el sonido coincide con la formación de una cavidad dentro de la articulación sinovial; el hueso no interviene.',
      },
    },
    'back-in-place': {
      myth: { plain: 'Una articulación vuelve a su sitio.', detailed: 'Crujir recoloca una articulación desplazada.' },
      truth: {
        plain: 'La articulación no estaba fuera de su sitio. Sus dos caras se separan un momento, y nada más.',
        detailed:
          'La liberación articular aumenta la distancia entre las superficies; no hay pruebas de que se reduzca una articulación desplazada.',
      },
    },
    arthritis: {
      myth: {
        plain: 'Si se hace crujir los dedos o la espalda, le saldrá artrosis.',
        detailed: 'Crujir por hábito causa artrosis.',
      },
      truth: {
        plain:
          'No se ha probado. En un estudio, quienes se hacían crujir los nudillos no tenían más artrosis que los que no.',
        detailed:
          'La prevalencia de artrosis de la mano fue del 18,1 % en quienes se hacían crujir los nudillos por hábito y del 21,5 % en quienes no (p = 0,548).',
      },
    },
    nitrogen: {
      myth: { plain: 'El gas es nitrógeno.', detailed: 'El gas liberado es sobre todo nitrógeno.' },
      truth: {
        plain:
          'Puede que no. Un solo texto antiguo, de 1995, dice que es sobre todo dióxido de carbono, unas cuatro partes de cada cinco. Es una prueba débil, así que nadie lo puede decir con certeza.',
        detailed:
          'Una única revisión bibliográfica de 1995 indica que el gas liberado es un 80 % de CO₂ y ocupa un 15 % del volumen de la articulación; no se halló ninguna medida más nueva, así que la composición no está clara.',
      },
    },
    relief: {
      myth: {
        plain: 'El chasquido es lo que le hace sentir mejor.',
        detailed: 'El alivio depende de la liberación audible.',
      },
      truth: {
        plain:
          'Es probable que no, pero hay pocas pruebas. En unos pocos estudios pequeños, la gente con dolor de espalda mejoró igual con o sin chasquido. Sus músculos también reaccionaron igual.',
        detailed:
          'Pruebas limitadas de unos pocos estudios pequeños: en 71 pacientes con lumbalgia, el dolor, la discapacidad y el movimiento mejoraron igual con o sin chasquido audible tras la manipulación con impulso (Flynn 2003), y se describió que la respuesta refleja muscular era la misma con o sin cavitación (Herzog, según una fuente secundaria).',
      },
    },
    again: {
      myth: {
        plain: 'Puede volver a hacer crujir la misma articulación al momento.',
        detailed: 'Una articulación puede cavitar varias veces seguidas.',
      },
      truth: {
        plain:
          'En parte. Un nudillo necesita unos 20 minutos antes de poder sonar otra vez, mientras el gas vuelve al líquido. Pero se ha visto a una articulación de la espalda sonar más de una vez en una sola sesión.',
        detailed:
          'En parte. En los nudillos sigue un periodo refractario de unos 20 minutos mientras el gas se vuelve a disolver. En la manipulación lumbar en decúbito lateral (dos impulsos rápidos), 8 de 46 articulaciones facetarias que cavitaron lo hicieron más de una vez, así que el dato de los nudillos no es una regla para la columna.',
      },
    },
  },
  risks: {
    habit: {
      plain:
        'Hacerse crujir la espalda a menudo puede seguir moviendo las articulaciones que ya se mueven de más. Con el tiempo, esto puede estirar los ligamentos.',
      detailed:
        'La automanipulación repetida tiende a mover segmentos ya hipermóviles y puede distender los ligamentos (opinión de expertos); la liberación repetida podría llevar a hipermovilidad.',
    },
    untrained: {
      plain:
        'Un amigo que le gira la espalda, o se la pisa, no puede comprobar antes si hay signos de alarma. No lo permita.',
      detailed:
        'La manipulación tiene contraindicaciones (traumatismo, osteoporosis, signos neurológicos, sospecha de disección) que una persona sin formación no puede descartar.',
    },
    'neck-artery': {
      plain:
        'Un desgarro en una arteria del cuello es raro: unas 2,6 de cada 100 000 personas al año. Que un terapeuta le haga crujir el cuello se ha asociado con estos desgarros, pero no se ha probado que los cause. También se han visto desgarros en gente que se hacía crujir el cuello. Un desgarro es grave. Los signos son: un dolor de cabeza o de cuello fuerte y repentino, mareo, o dificultad para ver o para hablar. Si los tiene, llame ya al 911, al 112 o al 999.',
      detailed:
        'La disección de las arterias cervicales (carótida o vertebral) ocurre en unas 2,6 de cada 100 000 personas al año; la de la arteria vertebral sola, en 0,97. La manipulación del cuello por profesionales se asocia con la disección, pero no se ha establecido que la cause: el exceso de riesgo también se vio tras visitas al médico de familia, lo que sugiere que quien tiene una disección inicial busca ayuda por el dolor de cuello. Se han publicado casos tras la automanipulación. Estos síntomas requieren llamar de inmediato a emergencias.',
    },
    professional: {
      plain: 'Si la espalda le sigue rígida o le duele durante semanas, vea a un médico o a un fisioterapeuta.',
      detailed: 'La rigidez o el dolor que persisten y no mejoran en unas semanas merecen una evaluación.',
    },
  },
}
