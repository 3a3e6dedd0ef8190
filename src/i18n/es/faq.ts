import type { FaqOverlay } from '../overlay'

/**
 * The questions people ask, in Spanish, by the ids of src/content/faq.ts: each answer's paragraphs in the
 * English order (their sources are the English paragraphs'), with the English figures written the Spanish
 * way (decimal comma, 100 000). Plain Spanish, usted.
 */
export const FAQ_ES: FaqOverlay = {
  evidenceLabels: {
    good: 'Pruebas sólidas',
    some: 'Algunas pruebas',
    thin: 'Pocas pruebas',
    'expert-opinion': 'Solo la opinión de expertos',
  },
  entries: {
    'self-cracking': {
      question: {
        plain: '¿Está bien que me haga crujir la espalda o el cuello? ¿Cuántas veces es demasiado?',
        detailed: '¿Es segura la automanipulación vertebral, y hay una frecuencia segura?',
      },
      answer: [
        {
          plain:
            'No se haga crujir el cuello a propósito. Es raro, pero algunas personas que lo hacían sufrieron un desgarro en una arteria del cuello, y un hombre murió. Tampoco fuerce la espalda.',
          detailed:
            'No se automanipule el cuello. Hay casos publicados que lo relacionan con la disección de la arteria vertebral: una mujer que se hacía crujir el cuello por hábito, y una disección mortal de ambas arterias vertebrales en un hombre de 40 años tras hacerse crujir el cuello en el trabajo. Los clínicos también desaconsejan forzar la cavitación en cualquier parte de la columna.',
        },
        {
          plain:
            'Ningún estudio ha dado con un número seguro de crujidos al día. En un estudio, quienes se hacían crujir los nudillos a menudo no tenían más artrosis en las manos que los demás.',
          detailed:
            'Ningún estudio ha establecido una frecuencia segura para la automanipulación vertebral. Los datos más cercanos vienen de la mano: en una encuesta a 215 personas, la artrosis de la mano no fue más común en quienes se hacían crujir los nudillos por hábito (18,1 %) que en quienes no (21,5 %; p = 0,548).',
        },
        {
          plain:
            'Lo que preocupa es el hábito. Algunos expertos creen que hacer crujir el mismo sitio una y otra vez puede dejar floja una articulación que ya lo está, mientras las rígidas de al lado siguen rígidas. Es su opinión. Ningún estudio lo ha puesto a prueba.',
          detailed:
            'La preocupación es opinión de expertos, no datos de ensayos: la liberación articular repetida podría favorecer la hipermovilidad, y la automanipulación habitual podría seguir movilizando segmentos ya hipermóviles en lugar de los rígidos.',
        },
        {
          plain:
            'No fuerce una articulación más allá de donde quiere ir. No deje que un amigo le gire o le dé un tirón en el cuello o la espalda. No lo haga y vea a un médico si tuvo una caída o un golpe, si tiene los huesos débiles, o si hace poco que nota la piel dormida o falta de fuerza en brazos o piernas.',
          detailed:
            'Evite la fuerza al final del rango y la manipulación por personas sin formación, que no pueden descartar contraindicaciones. Las guías citan como contraindicaciones de la manipulación con impulso el traumatismo reciente, los signos neurológicos que empeoran, la sospecha de disección arterial y el dolor no mecánico intenso; como precauciones, la osteoporosis, la hipermovilidad, la enfermedad inflamatoria y el uso prolongado de corticoides.',
        },
      ],
    },
    'neck-vs-back': {
      question: {
        plain: '¿Es distinto hacer crujir el cuello que la espalda?',
        detailed:
          '¿En qué se diferencia la automanipulación cervical de la torácica o la lumbar, en sonido y en riesgo?',
      },
      answer: [
        {
          plain:
            'Sí. Dos arterias que llevan sangre al cerebro suben por unos huecos de los huesos del cuello. Muy rara vez, la pared de una arteria del cuello se rasga. Cada año, unas 2,6 de cada 100 000 personas tienen un desgarro en alguna de las arterias del cuello, contando todas. En las dos que pasan por los huesos del cuello, es cerca de 1 de cada 100 000.',
          detailed:
            'Las arterias vertebrales recorren los agujeros transversos de las vértebras cervicales, y suelen entrar en C6 (92 % de las arterias en un análisis conjunto). La disección de las arterias cervicales es rara: en un estudio de población su incidencia fue de 2,6 por 100 000 al año para todas las arterias cervicales juntas (carótidas y vertebrales), y de 0,97 por 100 000 (IC del 95 %: 0,52–1,4) para la disección de la arteria vertebral; el 92 % de los pacientes evolucionó bien.',
        },
        {
          plain:
            'Que un terapeuta le haga crujir el cuello se asocia con estos desgarros, pero no se ha probado que los cause. Un desgarro suele empezar con dolor de cuello, y por eso la gente busca ayuda. Un gran estudio halló el mismo vínculo con las visitas al médico de familia que con las visitas al quiropráctico. También se han visto desgarros en gente que se hacía crujir el cuello.',
          detailed:
            'La disección se asocia estadísticamente con la manipulación cervical, pero no se ha establecido que la cause (declaración científica de la AHA/ASA). Entre 818 accidentes cerebrovasculares (ACV) vertebrobasilares en Ontario, los pacientes menores de 45 años tenían unas 3 veces más probabilidad de haber visto a un quiropráctico antes del ACV, y una probabilidad igualmente mayor de haber visto a un médico de atención primaria; no hubo más riesgo con la quiropráctica que con la atención primaria, lo que concuerda con que el dolor inicial de la disección motive la consulta. Tras la automanipulación solo hay casos publicados.',
        },
        {
          plain:
            'Una mujer que se hacía crujir el cuello a menudo tuvo un desgarro en una arteria del cuello. Así que no busque que el cuello cruja. Muévalo con suavidad, sin forzarlo.',
          detailed:
            'Hay casos publicados de disección de la arteria vertebral en una paciente que se automanipulaba el cuello por hábito (disección de C6 a C2–3 con un seudoaneurisma de 3 mm). La automanipulación cervical no debe forzarse ni repetirse para conseguir una cavitación.',
        },
        {
          plain:
            'El sonido también cambia. Un empujón rápido de un terapeuta en el cuello suele dar de dos a cuatro chasquidos. En lo alto del cuello, suelen venir de los dos lados. En la parte baja de la espalda, una articulación puede sonar más de una vez en un mismo tratamiento.',
          detailed:
            'Un impulso cervical alto (C1–C2) produjo una media de 3,57 cavitaciones, bilaterales en el 91,9 % de los impulsos; en C3–C4, el 82 % de las manipulaciones dio dos o más chasquidos. En la manipulación lumbar en decúbito lateral, 56 cavitaciones vinieron de 46 articulaciones, 8 de las cuales cavitaron más de una vez.',
        },
      ],
    },
    'why-it-feels-good': {
      question: {
        plain: '¿Por qué da tanto alivio un crujido?',
        detailed: '¿Por qué una cavitación se siente como un alivio?',
      },
      answer: [
        {
          plain:
            'Nadie lo sabe con certeza. Tras un chasquido, la articulación puede moverse un poco más por un rato. Eso puede sentirse como alivio.',
          detailed:
            'El mecanismo no está establecido. Se ha descrito que la amplitud de movimiento de la articulación aumenta tras la cavitación, lo que podría explicar la sensación de liberación.',
        },
        {
          plain:
            'El tratamiento con las manos también actúa sobre sus nervios y su cerebro. Lo que usted espera sentir también cuenta.',
          detailed:
            'Se cree que la terapia manual actúa en gran parte por respuestas neurofisiológicas del sistema nervioso periférico y central, con un papel de la expectativa y del placebo. Es un modelo para investigar, no un mecanismo probado.',
        },
        {
          plain:
            'Puede que el chasquido no sea lo que ayuda. En un estudio de gente con dolor en la parte baja de la espalda, a quienes no les sonó la articulación les fue igual de bien que a quienes sí.',
          detailed:
            'En 71 pacientes con lumbalgia no radicular que recibieron un impulso en la región sacroilíaca, los que tuvieron un chasquido audible (50) y los que no (21) mejoraron por igual en dolor, discapacidad y amplitud de movimiento a las 48 horas (razón de momios, u odds ratio, de una mejoría notable: 1,2; IC del 95 %: 0,38–4,04): un solo estudio pequeño con un intervalo amplio.',
        },
      ],
    },
    'joints-that-wont-crack': {
      question: {
        plain: '¿Por qué algunas de mis articulaciones no crujen?',
        detailed: '¿Por qué algunas articulaciones no cavitan?',
      },
      answer: [
        {
          plain:
            'No todas las articulaciones se pueden hacer sonar. Y una que acaba de sonar necesita tiempo antes de poder sonar otra vez. En pruebas con los nudillos, eso fue unos 20 minutos.',
          detailed:
            'No todas las articulaciones pueden cavitar. Tras la cavitación sigue un periodo refractario de unos 20 minutos en la articulación del nudillo (metacarpofalángica), y en la RM persiste una cavidad de gas tras el crujido.',
        },
        {
          plain:
            'En un estudio con imágenes de la parte baja de la espalda, las articulaciones que sonaron se abrieron más que las que no. La separación fue de cerca de medio milímetro, frente a una quinta parte de uno.',
          detailed:
            'En la RM tras una manipulación lumbar en decúbito lateral, las articulaciones cigapofisarias que cavitaron se separaron más que las que no (media de 0,56 frente a 0,22 mm).',
        },
        {
          plain: 'Así que, si no suena, no quiere decir que algo ande mal. No empuje más fuerte para que suene.',
          detailed:
            'La ausencia de cavitación no es un signo de disfunción, y el chasquido no es necesario para el beneficio de la manipulación; no se debe aumentar la fuerza para conseguirlo.',
        },
      ],
    },
    pregnancy: {
      question: {
        plain: '¿Puedo estirarme o hacerme crujir la espalda si espero un bebé?',
        detailed: 'Automanipulación y estiramientos en el embarazo: ¿qué se aconseja?',
      },
      answer: [
        {
          plain:
            'Moverse con calma le hace bien a la mayoría de las personas que esperan un bebé. Pero las articulaciones se aflojan, así que evite los rebotes y los tirones. Pasados los tres primeros meses, no se estire boca arriba.',
          detailed:
            'El ACOG anima a la actividad física en el embarazo sin complicaciones. Por la laxitud de los ligamentos debida a las hormonas, evite los movimientos bruscos, balísticos o de alto impacto, y tras el primer trimestre evite el ejercicio en decúbito supino.',
        },
        {
          plain:
            'No hallamos ningún estudio sobre hacer crujir la espalda en el embarazo. Pregunte a su partera o a su médico antes de que alguien le haga crujir o le empuje la columna.',
          detailed:
            'Facet no halló ningún estudio de automanipulación vertebral ni de terapia manipulativa en el embarazo. Consulte antes cualquier terapia manual con su partera u obstetra, que debe valorar las complicaciones antes de aconsejar sobre la actividad.',
        },
        {
          plain:
            'Pare y pida ayuda si se marea. Lo mismo si tiene dolor de cabeza, dolor en el pecho, dolor de vientre, vista borrosa, o una pantorrilla que duele o se hincha.',
          detailed:
            'Pare y busque atención ante mareo, cefalea, dolor torácico, dolor abdominal, visión borrosa, o dolor o hinchazón de la pantorrilla.',
        },
        {
          plain:
            'Pida ayuda enseguida también si sangra, pierde líquido, o tiene dolores que van y vienen como los del parto. Lo mismo si su bebé se mueve menos.',
          detailed:
            'Igual ante sangrado vaginal, pérdida de líquido, contracciones dolorosas regulares o menos movimientos del feto.',
        },
      ],
    },
    'physio-chiro': {
      question: {
        plain: '¿Qué hace un fisioterapeuta? ¿Y un quiropráctico? ¿Sirve de algo?',
        detailed: '¿Qué son la manipulación y la movilización vertebral, y qué dicen los estudios?',
      },
      answer: [
        {
          plain:
            'Pueden usar dos tipos de maniobras con las manos. Un impulso es un empujón corto y rápido que dura menos de una quinta parte de un segundo y a menudo hace un chasquido. Un movimiento lento mece la articulación con suavidad, sin sacudidas.',
          detailed:
            'La manipulación con impulso de alta velocidad y baja amplitud (HVLA) es un movimiento rápido y pequeño de unos 100–150 ms, a menudo con cavitación. La movilización es un movimiento pasivo lento dentro del rango de la articulación, de unos 2–3 s por movimiento.',
        },
        {
          plain:
            'Para el dolor de espalda que dura meses, un impulso ayuda más o menos como otros cuidados que se aconsejan, como el ejercicio. Para un dolor de espalda nuevo, ayuda un poco. Los efectos no deseados son comunes pero leves, como dolor o rigidez que pasan pronto.',
          detailed:
            'Lumbalgia crónica: pruebas de calidad moderada de 47 ensayos aleatorizados (9211 participantes) de que la terapia de manipulación vertebral tiene efectos parecidos a otras terapias recomendadas. Lumbalgia aguda (6 semanas o menos): pruebas de calidad moderada de un beneficio modesto, de unos 10 puntos en una escala de dolor de 0–100 (15 ensayos, 1711 pacientes); más de la mitad de los pacientes de grandes series de casos refirieron daños leves y pasajeros, como más dolor, rigidez muscular y cefalea.',
        },
        {
          plain:
            'En el Reino Unido, se aconseja usar el tratamiento con las manos solo junto con ejercicio. No se debe usar solo.',
          detailed:
            'NICE (NG59): considere la terapia manual (manipulación, movilización o técnicas de tejidos blandos) para la lumbalgia solo como parte de un tratamiento que incluya ejercicio.',
        },
        {
          plain:
            'Un impulso en el cuello tiene un riesgo raro para las arterias del cuello. Su terapeuta debe hablarle de él antes.',
          detailed:
            'La AHA/ASA aconseja informar a los pacientes de la asociación estadística entre la manipulación cervical y la disección de las arterias cervicales antes de manipular el cuello.',
        },
      ],
    },
    'acute-back-pain': {
      question: {
        plain: 'Me acabo de lastimar la parte baja de la espalda. ¿Cuánto va a durar?',
        detailed: '¿Cuál es la evolución habitual de la lumbalgia aguda?',
      },
      answer: [
        {
          plain:
            'La mayoría de los dolores nuevos en la parte baja de la espalda mejoran mucho en unas semanas. En estudios grandes, el dolor bajó a menos de la mitad en las primeras seis semanas.',
          detailed:
            'En un metaanálisis de 33 cohortes de inicio (11 166 personas), el dolor medio (0–100) en la lumbalgia aguda bajó de 52 al inicio a 23 a las 6 semanas, 12 a las 26 semanas y 6 al año; la mejoría se frenó tras las primeras 6 semanas.',
        },
        {
          plain:
            'A algunas personas les lleva más tiempo. En un estudio, unas 7 de cada 10 estaban bien del todo al cabo de un año.',
          detailed:
            'En una cohorte de atención primaria de 973 pacientes con lumbalgia de menos de 2 semanas, la mediana hasta recuperarse del dolor fue de 58 días, y el 72 % se había recuperado del todo a los 12 meses.',
        },
        {
          plain:
            'Moverse ayuda más que guardar cama. Siga con sus cosas de siempre lo mejor que pueda, aunque al principio vaya despacio.',
          detailed:
            'El consejo de seguir activo da pequeñas mejoras en el dolor (DME 0,22) y la función (DME 0,29) frente al consejo de reposo en cama (2 ensayos, 401 pacientes); NICE aconseja animar a seguir con las actividades normales.',
        },
        {
          plain: 'Revise la lista de signos de alarma. Si tiene alguno, pida ayuda médica ya.',
          detailed:
            'Descarte signos de alarma, incluidos los síntomas de cola de caballo (anestesia en silla de montar, alteración nueva de la vejiga, del intestino o de la función sexual, debilidad de ambas piernas), que requieren evaluación de urgencia.',
        },
      ],
    },
  },
}
