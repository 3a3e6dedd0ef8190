import type { WarningSignsOverlay } from '../overlay'

/**
 * The warning signs in Spanish, by the ids of src/content/redFlags.ts (whose sources, urgencies and order
 * hold). Plain Spanish addresses the reader as usted; the detailed lines use the clinical terms of the
 * glossary (shared/reference/spanish.md §3). The emergency numbers are the English text's: 911 (EE. UU. and
 * México), 112 (Europe) and 999 (Reino Unido).
 */
export const WARNING_SIGNS_ES: WarningSignsOverlay = {
  groups: {
    'stroke-like': {
      heading: {
        plain: 'Llame ya al 911, al 112 o al 999',
        detailed:
          'Llame ya a emergencias: posible accidente cerebrovascular, disección de una arteria cervical o urgencia cardíaca o aórtica',
      },
      action: {
        plain:
          'Llame al número de emergencias de su zona: 911 en EE. UU. y México, 112 en Europa, 999 en el Reino Unido. Llame aunque ya se sienta bien. No conduzca hasta el hospital. No haga crujir ni estire el cuello.',
        detailed:
          'Llame de inmediato a los servicios de emergencias (911 EE. UU. y México, 112 UE, 999 Reino Unido), aunque los síntomas cedan, en vez de trasladarse por su cuenta: posible accidente cerebrovascular, accidente isquémico transitorio, disección de la arteria cervical o causa cardíaca o aórtica. Sin manipulación ni estiramientos del cuello.',
      },
      signs: {
        'sudden-head-neck': {
          plain: 'De repente, un dolor de cabeza o de cuello muy fuerte, distinto de todos los que ha tenido antes.',
          detailed:
            'Cefalea o cervicalgia súbita, intensa e inusual: el síntoma más común de la disección de la arteria cervical.',
        },
        dizzy: {
          plain: 'Se marea, pierde el equilibrio o se cae de repente.',
          detailed:
            'Mareo o vértigo, pérdida del equilibrio o de la coordinación, caídas súbitas sin pérdida de conocimiento (drop attacks).',
        },
        seeing: {
          plain: 'Ve doble, o le cuesta ver con un ojo o con los dos.',
          detailed: 'Diplopía o pérdida súbita de la visión en uno o ambos ojos.',
        },
        speaking: {
          plain: 'Arrastra las palabras, o le cuesta hablar o entender lo que le dicen.',
          detailed: 'Disartria, o dificultad para hablar o para comprender el habla.',
        },
        swallowing: {
          plain: 'Le cuesta tragar.',
          detailed: 'Disfagia.',
        },
        face: {
          plain: 'Siente la cara dormida, o se le cae un lado de la cara.',
          detailed: 'Entumecimiento facial o caída de un lado de la cara.',
        },
        'eye-droop': {
          plain: 'Un párpado se cae, o una pupila se ve más pequeña.',
          detailed:
            'Ptosis o miosis de un lado (síndrome de Horner): aparece en cerca de una cuarta parte de las disecciones de la arteria cervical.',
        },
        'one-side': {
          plain: 'De repente, un brazo o una pierna pierde fuerza o se duerme, sobre todo de un lado.',
          detailed:
            'Debilidad o entumecimiento súbito de un brazo o una pierna de un solo lado (hemiparesia, hemihipoestesia).',
        },
        'chest-pain': {
          plain: 'Dolor en el pecho junto con el dolor de espalda.',
          detailed: 'Dolor de espalda con dolor torácico: considere una causa cardíaca o aórtica.',
        },
      },
    },
    'cauda-equina': {
      heading: {
        plain: 'Vaya ya a la sala de emergencias',
        detailed:
          'Evaluación inmediata en la sala de emergencias: posible síndrome de cola de caballo u otra causa grave',
      },
      action: {
        plain: 'Vaya ya a la sala de emergencias (urgencias). O pida una ambulancia.',
        detailed: 'Evaluación inmediata en la sala de emergencias, o llame a los servicios de emergencias.',
      },
      signs: {
        'saddle-numbness': {
          plain:
            'Desde hace poco nota la piel dormida o con hormigueo entre las piernas o en las nalgas, o nota algo raro al limpiarse.',
          detailed:
            'Anestesia o parestesia en silla de montar de nueva aparición, incluida una sensación distinta al limpiarse.',
        },
        'bladder-bowel': {
          plain: 'No puede orinar, o le cuesta empezar o cortar el chorro. O se le escapan la orina o las heces.',
          detailed:
            'De nueva aparición: retención urinaria, dificultad para iniciar o detener la micción, o incontinencia urinaria o fecal.',
        },
        'sexual-function': {
          plain: 'Tiene problemas nuevos con el sexo, como sentir menos en sus partes íntimas.',
          detailed: 'Disfunción sexual de nueva aparición, como menor sensibilidad genital o disfunción eréctil.',
        },
        'both-legs': {
          plain: 'Algo nuevo en las dos piernas: pierden fuerza, se duermen o le duelen.',
          detailed: 'Debilidad, pérdida de sensibilidad o dolor radicular en ambas piernas.',
        },
        'serious-accident': {
          plain: 'El dolor empezó tras un accidente grave, como un choque de auto.',
          detailed: 'Inicio tras un traumatismo grave, como un accidente de tránsito.',
        },
      },
    },
    'see-today': {
      heading: {
        plain: 'Vea a un médico hoy',
        detailed: 'Evaluación médica el mismo día',
      },
      action: {
        plain:
          'Llame ya a su médico y diga que necesita una cita para hoy. En el Reino Unido, llame al 111. No haga crujir ni estire la espalda o el cuello hasta entonces.',
        detailed:
          'Evaluación médica el mismo día: una cita urgente en el día con su médico de atención primaria o el NHS 111 (Reino Unido). Un déficit motor progresivo, como un pie caído agudo, o la sospecha de mielopatía cervical se comentan con el equipo de columna de guardia. El empeoramiento neurológico y el compromiso de la médula espinal contraindican la manipulación; no haga estiramientos por su cuenta antes de la evaluación.',
      },
      signs: {
        'weaker-limb': {
          plain:
            'Un brazo, una mano, una pierna o un pie va perdiendo fuerza: el pie se arrastra o golpea el suelo al caminar, o se le caen las cosas de la mano.',
          detailed:
            'Debilidad motora progresiva de un miembro, como el pie caído (dorsiflexión del tobillo débil; marcha en estepaje, con el pie que golpea el suelo al apoyarse) o una fuerza de prensión que disminuye. La debilidad súbita de un lado está entre los signos de accidente cerebrovascular; la de ambas piernas, entre los de cola de caballo.',
        },
        'clumsy-hands': {
          plain: 'Las manos se le vuelven torpes, por ejemplo con los botones o al escribir.',
          detailed:
            'Pérdida de destreza manual (botones, escritura, objetos pequeños), a menudo con manos entumecidas: un signo de mielopatía cervical (compresión de la médula espinal en el cuello).',
        },
        'unsteady-walking': {
          plain: 'En los últimos días o semanas, se siente cada vez menos firme al caminar, o se cae más a menudo.',
          detailed:
            'Inestabilidad de la marcha o caídas más frecuentes que aparecen en días o semanas: un signo de mielopatía cervical. La pérdida súbita del equilibrio está entre los signos de accidente cerebrovascular.',
        },
      },
    },
    'see-soon': {
      heading: {
        plain: 'Pida una cita urgente con un médico',
        detailed: 'Consulta urgente de atención primaria',
      },
      action: {
        plain:
          'Pida una cita urgente con un médico. En el Reino Unido puede llamar al 111. No haga crujir ni estire la espalda o el cuello hasta entonces.',
        detailed:
          'Solicite una cita urgente con su médico de atención primaria (NHS 111 en el Reino Unido). Son contraindicaciones para la manipulación; no haga estiramientos por su cuenta antes de la evaluación.',
      },
      signs: {
        fever: {
          plain: 'Tiene fiebre y le duele la espalda.',
          detailed: 'Fiebre (temperatura alta) con dolor de espalda.',
        },
        'weight-loss': {
          plain: 'Ha bajado de peso sin querer.',
          detailed: 'Pérdida de peso inexplicada con dolor de espalda.',
        },
        'upper-back-pain': {
          plain: 'El dolor está arriba, entre los omóplatos.',
          detailed: 'Dolor en la parte alta (dorsal) de la espalda, entre los omóplatos, y no en la zona lumbar.',
        },
        'cough-sneeze': {
          plain: 'Le duele más al toser, estornudar o hacer fuerza en el baño.',
          detailed: 'Dolor que aumenta con la tos, el estornudo o el esfuerzo al defecar.',
        },
        'night-pain': {
          plain: 'Un dolor que empeora de noche, o que no se calma al descansar.',
          detailed: 'Dolor nocturno persistente, o que no se alivia con el reposo (dolor no mecánico).',
        },
        swelling: {
          plain: 'Un bulto o hinchazón en la espalda, o la espalda cambió de forma.',
          detailed: 'Una masa, tumefacción o deformidad nueva de la columna.',
        },
        nerves: {
          plain: 'Un brazo o una pierna lleva unos días dormido o con hormigueo, o la zona dormida se extiende.',
          detailed:
            'Entumecimiento o parestesia de un miembro, nuevos o que se extienden a lo largo de días, incluidos signos de varias raíces nerviosas. Un miembro que pierde fuerza está entre los signos para el mismo día; la pérdida súbita de un lado, entre los de accidente cerebrovascular.',
        },
        injury: {
          plain:
            'El dolor empezó tras una caída o un golpe fuerte, no solo por un mal giro o por levantar algo. O tras cualquier caída si tiene los huesos débiles.',
          detailed:
            'Traumatismo reciente relevante (más que un esfuerzo al levantar o girar), o cualquier caída con osteoporosis: descartar fractura.',
        },
        'cancer-new-pain': {
          plain:
            'Dolor de espalda nuevo si tiene o tuvo cáncer. O si toma pastillas de esteroides (como la prednisona) desde hace mucho, o tiene los huesos débiles.',
          detailed:
            'Dolor de espalda nuevo con antecedente de cáncer, uso prolongado de corticoides u osteoporosis: descartar metástasis, infección o fractura.',
        },
        pain: {
          plain: 'Un dolor muy fuerte, o que empeora cada vez más.',
          detailed: 'Dolor intenso o progresivo.',
        },
      },
    },
    'worth-a-check': {
      heading: {
        plain: 'Vale la pena revisarlo en una cita normal',
        detailed: 'Revisión habitual con un médico o un fisioterapeuta',
      },
      action: {
        plain:
          'Pida una cita normal con un médico o un fisioterapeuta. Mientras tanto, no fuerce la espalda ni el cuello para que crujan.',
        detailed:
          'Evaluación habitual por un médico de atención primaria o un fisioterapeuta; mientras tanto, evite la automanipulación.',
      },
      signs: {
        'sound-with-pain': {
          plain: 'Un crujido, clic o roce que duele o deja dolor.',
          detailed:
            'Ruido articular (cavitación, chasquido o crepitación) con dolor o menos movimiento, durante o después (un bulto o hinchazón está entre los signos que piden una cita urgente).',
        },
        'not-settling': {
          plain: 'Dolor o rigidez que no se ha calmado tras unas semanas.',
          detailed: 'Dolor o rigidez que persiste más de unas semanas pese al autocuidado.',
        },
      },
    },
  },
  precautions: {
    pregnancy: {
      who: {
        plain: 'Tiene más de tres meses de embarazo.',
        detailed: 'Embarazo después del primer trimestre.',
      },
      advice: {
        plain: 'Evite los ejercicios boca arriba y los rebotes.',
        detailed: 'Evite el decúbito supino y los movimientos balísticos.',
      },
    },
    bones: {
      who: {
        plain: 'Tiene los huesos débiles.',
        detailed: 'Osteoporosis.',
      },
      advice: {
        plain: 'Pregunte antes de hacer crujir la espalda o el cuello, o de girarlos con fuerza.',
        detailed: 'Una precaución para la manipulación.',
      },
    },
    'cancer-steroids': {
      who: {
        plain: 'Tiene o tuvo cáncer, o toma pastillas de esteroides desde hace mucho.',
        detailed: 'Cáncer actual o previo, o uso prolongado de corticoides.',
      },
      advice: {
        plain: 'Pregunte antes de hacer crujir la espalda o el cuello, o de girarlos con fuerza.',
        detailed: 'Precauciones para la manipulación.',
      },
    },
    'stroke-risk': {
      who: {
        plain: 'Tuvo un derrame cerebral, o un problema en las arterias del cuello.',
        detailed: 'Accidente cerebrovascular previo, enfermedad arterial cervical conocida o disección previa.',
      },
      advice: {
        plain:
          'No haga los ejercicios del cuello de esta página si su médico o fisioterapeuta no le dice que puede. No haga crujir el cuello.',
        detailed:
          'Evite los ejercicios de cuello de esta página salvo autorización tras descartar una disfunción arterial cervical; evite la manipulación.',
      },
    },
    'loose-joints': {
      who: {
        plain: 'Tiene las articulaciones muy sueltas o flexibles.',
        detailed: 'Hipermovilidad o un trastorno del tejido conectivo.',
      },
      advice: {
        plain: 'Pregunte antes. Hacerlas crujir una y otra vez puede aflojarlas más.',
        detailed: 'Una precaución para la manipulación; la automanipulación repetida puede aumentar la hipermovilidad.',
      },
    },
    'inflammatory-arthritis': {
      who: {
        plain: 'Tiene artritis que le hincha las articulaciones.',
        detailed: 'Artritis inflamatoria, como la artritis reumatoide o la espondilitis anquilosante.',
      },
      advice: {
        plain: 'Pregunte antes de estirar el cuello, hacer crujir la espalda o el cuello, o girarlos con fuerza.',
        detailed:
          'Una precaución para la manipulación; consulte antes de hacer ejercicios de cuello o giros hasta el final del recorrido.',
      },
    },
  },
  precautionsHeading: {
    plain: 'Pregunte antes a su médico o a su fisioterapeuta si',
    detailed: 'Precauciones: consulte antes a un profesional si',
  },
  precautionsIntro: {
    plain: 'No son signos de alarma. Cambian qué ejercicios son seguros para usted.',
    detailed: 'Son precauciones, no signos de alarma: cambian qué técnicas son adecuadas.',
  },
}
